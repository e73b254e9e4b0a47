"""Sessions heal by themselves and features degrade without taking their service down:
tokens renewed on a timer ahead of expiry, the calls read after a reconnect retried, a PBX
without conferences still showing calls, and the documents' rules kept."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from conftest import config_for, fast_backoff, until
from test_calls import ROOMS, pbx_client

from app.api.yeastar.client import YeastarClient
from app.cli import main
from app.config import ConfigError, parse_config
from app.logs import setup_logging
from app.sim.faults import Fault, FaultKind
from app.sim.server import Simulator
from app.state.calls import CallBook
from app.state.pbx_conference import PbxConferenceSource
from app.support import write_support_bundle


def test_an_idle_panel_renews_its_token_before_it_expires(sim: Simulator, run: Any) -> None:
    sim.yeastar.access_ttl_s = 2  # renewed at the latest half-way through its life

    async def scenario() -> None:
        client = pbx_client(sim)
        await client.query_calls()
        # Nothing asks for the token: it is renewed all the same.
        await until(lambda: len(sim.yeastar.seen("refresh_token")) >= 2, 5.0, "renewals")
        assert len(sim.yeastar.seen("get_token")) == 1
        assert sim.yeastar.valid_tokens == 1
        await client.aclose()

    run(scenario())
    assert sim.yeastar.valid_tokens == 0


def test_a_failed_read_after_a_reconnect_is_tried_again(sim: Simulator, run: Any) -> None:
    # More failures than one read's own retry: only the book's backoff gets past them.
    sim.call(lambda: sim.yeastar.fail(Fault(FaultKind.HTTP_STATUS, path="call/query",
                                             status=500, count=4)))
    states: list[tuple[bool, str]] = []

    async def scenario() -> None:
        book = CallBook(pbx_client(sim), ROOMS, backoff_factory=fast_backoff)
        book.add_listener(lambda view: states.append((view.available, view.reason)),
                          lambda room, notice: None)
        book.start()
        try:
            await until(lambda: book.available, 5.0, "calls read in the end")
        finally:
            await book.aclose()

    run(scenario())
    assert any("Calls could not be read" in reason for up, reason in states if not up)
    assert len(sim.yeastar.seen("call/query")) >= 5


def test_a_pbx_without_conferences_turns_that_feature_off_not_the_pbx(
        sim: Simulator, run: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for endpoint in ("conference/list", "conference/query_ongoing_conference"):
        sim.call(lambda endpoint=endpoint: sim.yeastar.fail(
            Fault(FaultKind.HTTP_STATUS, path=endpoint, status=404, count=100)))

    async def scenario() -> None:
        client = pbx_client(sim)
        source = PbxConferenceSource(client, "6400", dial_permission="1001",
                                     backoff_factory=fast_backoff)
        assert not await source.refresh()
        assert not source.view.offered
        assert "does not offer this" in source.view.error
        assert await client.query_calls() == []  # calls work on
        await client.aclose()
        # The diagnostics page says so too.
        from app.viewmodels.diagnostics import RpDiagnostics

        diagnostics = RpDiagnostics(["yealink", "yeastar"], version=lambda: "test",
                                    event_stream=None, write_bundle=lambda: None)
        pbx_row = next(r for r in diagnostics.services if r["service"] == "yeastar")
        assert pbx_row["featuresOff"].startswith("Conferences: The PBX does not offer this")

    run(scenario())
    path = tmp_path / "panel.toml"
    path.write_text(sim.config_toml(), encoding="utf-8")
    assert main(["doctor", "--config", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    pbx = report["services"]["yeastar"]
    assert pbx["ok"] is True
    assert pbx["features"]["conferences"]["available"] is False
    assert "does not offer this" in pbx["features"]["conferences"]["note"]


def test_doctor_warns_while_a_certificate_is_not_checked(
        sim: Simulator, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "panel.toml"
    path.write_text(sim.config_toml(), encoding="utf-8")
    assert main(["doctor", "--config", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    # The simulator is plain HTTP on loopback: nothing to verify, nothing to warn about.
    assert {s["tls"] for s in report["services"].values()} == {"none"}
    from app.services import SERVICE
    from app.state.report import _tls_of

    raw = {"yealink": {"url": "https://control.example.com", "client_id": "a",
                       "client_secret": "b", "verify_tls": False}}
    config = parse_config(raw, environ={})
    assert "not checked" in _tls_of(SERVICE["yealink"], config)["warning"]


def test_the_control_service_is_https_only_except_on_this_machine() -> None:
    def config(url: str) -> Any:
        return parse_config({"yealink": {"url": url, "client_id": "a", "client_secret": "b"}},
                            environ={})

    assert config("https://control.example.com").yealink.url == "https://control.example.com"
    assert config("http://127.0.0.1:8080").yealink.url == "http://127.0.0.1:8080"
    assert config("http://localhost:8080").yealink.url == "http://localhost:8080"
    with pytest.raises(ConfigError, match="HTTPS only"):
        config("http://control.example.com")


def test_support_bundles_and_logs_are_for_their_owner_only(tmp_path: Path) -> None:
    log_dir = tmp_path / "logs"
    setup_logging("INFO", log_dir)
    import logging

    logging.getLogger("app").info("a line for the log")
    bundle = write_support_bundle(tmp_path, {"panel": {}}, log_dir)
    setup_logging("WARNING", None)
    for path in (bundle, log_dir / "roompanel.log"):
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, path
    assert stat.S_IMODE(os.stat(log_dir).st_mode) & 0o077 == 0


def test_layouts_are_offered_only_for_video_rooms(sim: Simulator, run: Any) -> None:
    from app.api.portsip.client import PortSipClient
    from app.sim.portsip import PASSWORD, USERNAME
    from app.state.conference import ConferenceCoordinator

    def make_audio_only() -> None:
        sim.portsip.rooms[sim.portsip.board_id].settings["mode"] = "AUDIO"

    async def scenario() -> tuple[bool, bool, bool]:
        client = PortSipClient(sim.portsip_url, USERNAME, PASSWORD)
        conference = ConferenceCoordinator(client, sim.portsip.board_id)
        await conference.refresh()
        video = conference.view.video
        sim.call(make_audio_only)
        await conference.refresh()
        audio_only = conference.view.video
        sent = conference.set_layout("LAYOUT4")
        await client.aclose()
        return video, audio_only, sent

    assert run(scenario()) == (True, False, False)
    assert not [r for r in sim.portsip.seen("/conference_rooms/" + sim.portsip.board_id)
                if r[0] == "POST"]  # no layout was sent to an audio-only room


def test_a_pbx_login_that_reached_it_counts_for_the_backoff(sim: Simulator, run: Any) -> None:
    """A login whose answer never came may have issued a token: no new login at once."""
    now = [0.0]

    async def scenario() -> None:
        client = YeastarClient(sim.yeastar_url, sim.yeastar.client_id,
                               sim.yeastar.client_secret, clock=lambda: now[0],
                               request_timeout_s=0.3)
        sim.call(lambda: sim.yeastar.fail(Fault(FaultKind.DELAY, path="get_token",
                                                 seconds=1.0)))
        with pytest.raises(Exception, match="did not answer"):
            await client.query_calls()
        with pytest.raises(Exception, match="next attempt in 30 s"):
            await client.query_calls()
        now[0] += 31
        assert await client.query_calls() == []
        await client.aclose()

    run(scenario())
    assert len(sim.yeastar.seen("get_token")) == 2


def test_config_for_keeps_working(sim: Simulator) -> None:
    assert config_for(sim).yealink.url.startswith("http://127.0.0.1")
