"""The fault matrix: every fault the simulator can act out, on every service, against the
command line and against the panel (offscreen). Each must end in a clear message, never a
crash or a hang, show the right state while it lasts, heal within 5 s once it clears, and
never send a command twice."""

from __future__ import annotations

import asyncio
import json
import os
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import until
from test_qml import Panel

from app.cli import main
from app.config import Config, parse_config
from app.sim.faults import Fault, FaultKind
from app.sim.server import Simulator
from app.state.session import PanelSession
from app.ui import build_ui
from app.viewmodels.app import RpApp

TIMEOUT_S = 1.0  # each service's timeout_s here, so slow answers show within the test
HEALED_WITHIN_S = 5.0

# What the person at the panel should see while a fault lasts.
BAD = "bad"  # the service answers, but not usably: stale, with why
DOWN = "down"  # the service cannot be talked to: offline, with why
FINE = "fine"  # the panel copes: live throughout


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[], Fault] | None  # None: `act` does it
    expect: str
    act: Callable[[Simulator, str], None] | None = None


def fault(kind: FaultKind, **fields: Any) -> Callable[[], Fault]:
    return lambda: Fault(kind, count=1_000_000, **fields)


CASES = [
    Case("http_500", fault(FaultKind.HTTP_STATUS, status=500), BAD),
    Case("http_401", fault(FaultKind.HTTP_STATUS, status=401), DOWN),
    Case("dropped", fault(FaultKind.DROP), DOWN),
    Case("truncated", fault(FaultKind.TRUNCATED), DOWN),
    Case("slow", fault(FaultKind.DELAY, seconds=3.0), DOWN),
    Case("dribbled", fault(FaultKind.DRIBBLE, seconds=0.2), DOWN),
    Case("malformed", fault(FaultKind.MALFORMED), BAD),
    Case("wrong_types", fault(FaultKind.REPLACE, body={
        "ret": 0, "errcode": 0, "data": {"list": 7, "total": "many"}, "items": "x",
        "result": [1], "accessToken": 5, "access_token": None}), BAD),
    Case("huge", fault(FaultKind.HUGE, size=9_000_000), BAD),
    Case("deeply_nested", fault(FaultKind.DEEP, depth=100_000), BAD),
    Case("gzip_bomb", fault(FaultKind.GZIP_BOMB, size=50_000_000), BAD),
    Case("paging_ignored", fault(FaultKind.IGNORE_SKIP), FINE),
    Case("tokens_forgotten", None, FINE, act=lambda sim, service: sim.call(
        getattr(sim, service).forget_tokens)),
]
SERVICES = ("yealink", "yeastar", "portsip", "dingtalk")


def applies(case: Case, service: str) -> bool:
    # DingTalk has no paged reads to ignore paging on.
    return not (case.name == "paging_ignored" and service == "dingtalk")


MATRIX = [pytest.param(case, service, id=f"{service}-{case.name}")
          for case in CASES for service in SERVICES if applies(case, service)]


def config_text(sim: Simulator) -> str:
    raw = tomllib.loads(sim.config_toml())
    for service in SERVICES:
        raw[service]["timeout_s"] = TIMEOUT_S
    raw["dingtalk"]["poll_interval_s"] = 2.0
    raw["panel"].update({"mode": "room", "room": "Boardroom"})
    import tomli_w

    return tomli_w.dumps(raw)


def inject(sim: Simulator, case: Case, service: str) -> None:
    if case.act is not None:
        case.act(sim, service)
    else:
        assert case.make is not None
        sim.call(lambda: getattr(sim, service).fail(case.make()))  # type: ignore[misc]


# --- the command line ------------------------------------------------------------------------

@pytest.mark.parametrize(("case", "service"), MATRIX)
def test_doctor_survives(sim: Simulator, tmp_path: Path, case: Case, service: str,
                         capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "panel.toml"
    path.write_text(config_text(sim), encoding="utf-8")
    inject(sim, case, service)
    started = time.monotonic()
    status = main(["doctor", "--config", str(path), "--json"])
    elapsed = time.monotonic() - started
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "Traceback" not in out
    report = json.loads(out)  # whatever happened, the report is whole
    checked = report["services"][service]
    if case.expect == FINE:
        assert status == 0 and checked["ok"], checked
    else:
        assert status == 1 and not checked["ok"]
        assert checked["error"], "a failure must say why"
        assert "unexpected error" not in checked["error"].lower(), checked["error"]
    assert elapsed < 60, f"doctor took {elapsed:.0f} s"


@pytest.mark.parametrize("case", [c for c in CASES if c.expect != FINE], ids=lambda c: c.name)
def test_invoke_never_sends_a_macro_twice(sim: Simulator, tmp_path: Path, case: Case,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "panel.toml"
    path.write_text(config_text(sim), encoding="utf-8")
    assert case.make is not None
    sim.call(lambda: sim.yealink.fail(Fault(**{**case.make().__dict__,
                                                "path": "/ctrl/macro/invoke"})))
    status = main(["invoke", "--config", str(path), "--room", "Boardroom",
                   "--macro", "All off"])
    _, err = capsys.readouterr()
    assert "Traceback" not in err
    # An answer of the documented envelope with "ret": 0 is an acceptance, whatever else
    # it carries; everything else fails, saying why.
    assert (status, bool(err)) == ((0, False) if case.name == "wrong_types" else (1, True))
    assert err == "" or err.startswith("roompanel invoke: ")
    assert len(sim.yealink.seen("/ctrl/macro/invoke")) == 1


# --- the panel ---------------------------------------------------------------------------------

class ChaosPanel(Panel):
    def __init__(self, sim: Simulator, config: Config) -> None:
        self.sim = sim
        # The panel's own backoff, not a test's: how soon it heals is what is measured.
        self.vm = RpApp(PanelSession(config))
        self.ui = build_ui(self.vm, width=1280, height=800)
        self.window = self.ui.window


def state_of(panel: ChaosPanel, service: str) -> tuple[str, str]:
    """(fine | bad | down | unknown, what the screen says about it)."""
    room = panel.vm.room
    assert room is not None
    if service == "yealink":
        link = room.link
        return ({"live": FINE, "stale": BAD, "offline": DOWN}.get(link, "unknown"),
                room.linkReason)
    if service == "yeastar":
        calls = room.calls
        return (FINE if calls.available else "not available", calls.unavailableReason)
    if service == "portsip":
        error = room.conference.error
        return (FINE if not error else "not available", error)
    rows = room.devices.rows
    row = rows[0]
    return (FINE if not row.stale else "not available", row.error)


def expected(case: Case, service: str) -> str:
    # The call book, the conference and the meeting devices are read or not: they say why,
    # but do not tell a bad answer from no answer the way the room's link does.
    if case.expect == FINE or service == "yealink":
        return case.expect
    return "not available"


def trigger(panel: ChaosPanel, sim: Simulator, service: str, case: Case) -> None:
    """Make the panel talk to the faulty service now."""
    room = panel.vm.room
    assert room is not None
    if service == "yealink":
        room.refresh()
    elif service == "yeastar" and case.expect != FINE:
        sim.run(sim.yeastar.drop_sockets(abrupt=True))  # the stream reconnects into it


def record_figure(name: str, healed_in_s: float) -> None:
    """With ROOMPANEL_FAULT_FIGURES=FILE, each case's recovery time is appended to FILE
    (the closing note's figures come from there)."""
    target = os.environ.get("ROOMPANEL_FAULT_FIGURES")
    if target:
        with open(target, "a", encoding="utf-8") as out:
            out.write(json.dumps({"case": name, "healed_in_s": round(healed_in_s, 3)}) + "\n")


def requests_to(sim: Simulator, service: str) -> int:
    return len(getattr(sim, service).requests)


def command(panel: ChaosPanel, service: str) -> None:
    """One command a person might send while the service is faulty."""
    room = panel.vm.room
    assert room is not None
    if service == "yealink":
        macro = room.macros.rows[0]
        room.invokeMacro(macro.id)
    elif service == "yeastar":
        room.calls.dial("1003")
    elif service == "portsip":
        room.conference.roomAction("lock")


def commands_sent(sim: Simulator, service: str) -> int:
    if service == "yealink":
        return len(sim.yealink.seen("/ctrl/macro/invoke"))
    if service == "yeastar":
        return len(sim.yeastar.seen("call/dial"))
    if service == "portsip":
        return len(sim.portsip.seen("/lock"))
    return 0


@pytest.mark.parametrize(("case", "service"), MATRIX)
def test_the_panel_shows_the_fault_and_heals(sim: Simulator, run: Any, panels: list[Any],
                                              case: Case, service: str) -> None:
    config = parse_config(tomllib.loads(config_text(sim)), environ={})
    panel = ChaosPanel(sim, config)
    panels.append(panel)
    panel.vm.start()
    seen: list[tuple[str, str]] = []

    async def scenario() -> None:
        await until(lambda: panel.vm.room is not None and panel.vm.room.link == "live",
                    what="room live")
        room = panel.vm.room
        assert room is not None
        if service == "portsip":
            room.showPage("conference")
        await until(lambda: state_of(panel, service)[0] == FINE, 5.0, "all fine at first")
        before = requests_to(sim, service)
        inject(sim, case, service)
        trigger(panel, sim, service, case)
        command(panel, service)

        def shows_it() -> bool:
            seen.append(state_of(panel, service))
            return seen[-1][0] == expected(case, service)

        if case.expect == FINE:
            # The PBX is asked only by the command (its events come on the socket).
            asked = 1 if service == "yeastar" else 3

            def exercised() -> bool:
                seen.append(state_of(panel, service))
                return requests_to(sim, service) >= before + asked
            await until(exercised, 8.0, "the panel talked to the service meanwhile")
            assert {state for state, _ in seen} == {FINE}, seen
        else:
            await until(shows_it, 8.0, f"the screen showing {expected(case, service)}")
            assert seen[-1][1], "the screen must say why"
        # A long outage lets the backoff grow to its cap (for the figures; CI holds none).
        hold_s = float(os.environ.get("ROOMPANEL_FAULT_HOLD_S", "0"))
        if hold_s:
            await asyncio.sleep(hold_s)
        sim.call(getattr(sim, service).clear_faults)
        healed_from = time.monotonic()
        await until(lambda: state_of(panel, service)[0] == FINE, HEALED_WITHIN_S,
                    f"healed within {HEALED_WITHIN_S:.0f} s")
        healed_in = time.monotonic() - healed_from
        assert healed_in < HEALED_WITHIN_S
        record_figure(f"{service}-{case.name}", healed_in)
        assert commands_sent(sim, service) <= 1, "a command was sent twice"

    run(scenario(), timeout=40.0)
