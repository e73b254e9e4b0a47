"""A site hub end to end: the simulator's services, a real Mosquitto, the hub, and two
panels that hold no vendor secret (one on screen, offscreen, one headless). What a panel
shows through the hub is what it shows in direct mode; commands reach the services once;
the hub's absence is said within seconds and healed by itself."""

from __future__ import annotations

import asyncio
import json
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import until
from mosquitto import Broker, running_broker
from qml_helpers import find_item, is_shown, next_frame, tap
from test_qml import SIZES, Panel

from app.config import Config, parse_config
from app.hub.hub import Hub
from app.sim.faults import Fault, FaultKind
from app.sim.server import Simulator
from app.state.fleet import read_fleet
from app.state.remote import HubSession
from app.ui import build_ui
from app.viewmodels.app import RpApp
from app.viewmodels.fleet import PanelRoles


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[Broker]:
    yield from running_broker(tmp_path)


def hub_config(sim: Simulator, broker: Broker) -> Config:
    raw = tomllib.loads(sim.config_toml())
    raw["hub"] = {"broker": broker.url, "site": "hq", "timeout_s": 2.0}
    return parse_config(raw, environ={})


def panel_config(broker: Broker, panel_id: str, **panel: Any) -> Config:
    raw = {"hub": {"broker": broker.url, "site": "hq", "panel_id": panel_id, "timeout_s": 2.0},
           "panel": {"mode": "room", "room": "Boardroom", **panel}}
    return parse_config(raw, environ={})


class HubPanel(Panel):
    def __init__(self, config: Config, size: tuple[int, int] = SIZES[0]) -> None:
        self.session = HubSession(config)
        self.vm = RpApp(self.session)
        self.ui = build_ui(self.vm, width=size[0], height=size[1])
        self.window = self.ui.window


def test_a_panel_on_the_hub_shows_the_room_and_sends_each_command_once(
        sim: Simulator, broker: Broker, run: Any, panels: list[Any]) -> None:
    hub = Hub(hub_config(sim, broker))
    panel = HubPanel(panel_config(broker, "boardroom-wall"))
    panels.append(panel)
    headless = HubSession(panel_config(broker, "boardroom-door"))
    panel.vm.start()
    sim.call(lambda: sim.yealink.fail(Fault(FaultKind.REFUSE, path="macro/invoke",
                                             message="Projector is warming up")))

    async def scenario() -> None:
        await hub.start()
        try:
            await until(lambda: panel.vm.room is not None and panel.vm.room.link == "live",
                        10.0, "the room live through the hub")
            room = panel.vm.room
            assert room is not None
            assert room.macros.count == 6
            # The second panel reads the same room, without the panel on screen.
            door = await headless.load_rooms()
            coordinator = headless.coordinator(next(r for r in door if r.name == "Boardroom"))
            coordinator.start()
            await until(lambda: len(coordinator.view.macros) == 6, 5.0, "headless panel")
            # A refused macro: sent once, its banner in the service's own words.
            await tap(panel.window, find_item(panel.window, "macro:Start presentation"))
            await until(lambda: "Projector is warming up" in panel.vm.bannerText, 5.0,
                        "the refusal on the banner")
            # A switch: flipped at once, confirmed by the hub's next view.
            row = find_item(panel.window, "switch:Shut down at 20:00")
            await tap(panel.window, row)
            await until(lambda: sim.call(lambda: sim.yealink.switch_state(
                "Boardroom", "Shut down at 20:00")) is False, 5.0, "the switch reached it")
            await until(lambda: not coordinator.view.automations[
                [a.name for a in coordinator.view.automations].index("Shut down at 20:00")].on,
                5.0, "and the other panel sees it")
            # The site knows the panel and what it shows.
            fleet, hub_status, names = await read_fleet(panel_config(broker, "fleet"))
            wall = next(p for p in fleet if p.panel == "boardroom-wall")
            assert (wall.link, wall.mode, names[wall.room]) == ("live", "room", "Boardroom")
            assert hub_status is not None and hub_status["state"] == "online"
        finally:
            await headless.aclose()
            await hub.aclose()

    run(scenario(), timeout=40)
    assert len(sim.yealink.seen("/ctrl/macro/invoke")) == 1
    assert len(sim.yealink.seen("/ctrl/monitor")) == 1


def test_the_hub_gone_is_said_at_once_and_its_return_heals(
        sim: Simulator, broker: Broker, run: Any, panels: list[Any]) -> None:
    config = hub_config(sim, broker)
    hub = Hub(config)
    panel = HubPanel(panel_config(broker, "huddle"))
    panels.append(panel)
    panel.vm.start()

    async def scenario() -> None:
        nonlocal hub
        await hub.start()
        try:
            await until(lambda: panel.vm.room is not None and panel.vm.room.link == "live",
                        10.0, "live")
            room = panel.vm.room
            assert room is not None
            await hub.aclose()  # as on SIGTERM: it says so itself
            await until(lambda: room.link == "offline", 2.0, "offline within 2 s")
            assert "site hub is offline" in room.linkReason
            hub = Hub(config)
            await hub.start()
            await until(lambda: room.link == "live", 5.0, "live again within 5 s")
        finally:
            await hub.aclose()

    run(scenario(), timeout=40)
    assert sim.yeastar.valid_tokens == 0  # each hub revoked its PBX token on the way out


ACL = Path(__file__).resolve().parent.parent / "packaging" / "mosquitto" / "roompanel.acl"


def test_the_shipped_acl_keeps_each_panel_to_its_own_room_and_status(
        tmp_path: Path, run: Any) -> None:
    """packaging/mosquitto/roompanel.acl, as shipped plus one panel's room line."""
    from conftest import fast_backoff

    from app.api.broker import BrokerLink
    from app.config import HubConfig

    acl = ACL.read_text() + "user boardroom-wall\ntopic write roompanel/hq/rooms/r1/cmd\n"
    accounts = {"hub-hq": "hub-secret", "boardroom-wall": "wall-secret"}
    seen: list[tuple[str, Any]] = []

    def account(name: str, broker: Broker) -> BrokerLink:
        config = HubConfig(broker=broker.url, site="hq", username=name,
                           password=accounts[name], timeout_s=2.0)
        return BrokerLink(config, client_id=f"roompanel-panel-{name}"
                          if name != "hub-hq" else "roompanel-hub-hq",
                          backoff_factory=fast_backoff)

    for broker in running_broker(tmp_path, accounts=accounts, acl=acl):
        async def scenario(broker: Broker = broker) -> None:
            hub, wall = account("hub-hq", broker), account("boardroom-wall", broker)
            hub_tasks: list[asyncio.Future[None]] = []
            hub.subscribe("roompanel/hq/#", lambda topic, data: seen.append((topic, data)))
            hub.start()
            wall.start()
            try:
                await until(lambda: hub.connected and wall.connected, 5.0, "signed in")
                wall.keep("roompanel/hq/panels/boardroom-wall/status", {"link": "live"})
                wall.keep("roompanel/hq/panels/other-panel/status", {"link": "forged"})
                wall.keep("roompanel/hq/rooms/r1/controls", {"view": "forged"})
                await wall.send("roompanel/hq/rooms/r1/cmd", {"id": "mine"})
                await wall.send("roompanel/hq/rooms/r2/cmd", {"id": "not mine"})
                await until(lambda: ("roompanel/hq/rooms/r1/cmd", {"id": "mine"}) in seen,
                            5.0, "its own room's command")
                # A command asked and answered: the answer comes under the panel's account.
                hub.serve("roompanel/hq/rooms/+/cmd", lambda request: hub_tasks.append(
                    asyncio.ensure_future(hub.reply(request, {"id": request.payload["id"],
                                                              "sent": True}))))
                answer = await wall.request("roompanel/hq/rooms/r1/cmd", {"id": "asked"})
                assert answer == {"id": "asked", "sent": True}
                hub.keep("roompanel/hq/rooms/r1/controls", {"view": "from the hub"})
                await until(lambda: ("roompanel/hq/rooms/r1/controls",
                                     {"view": "from the hub"}) in seen, 5.0, "hub writes")
            finally:
                await wall.stop()
                await hub.stop()

        run(scenario(), timeout=20)
    topics = {topic: data for topic, data in seen}
    assert topics["roompanel/hq/panels/boardroom-wall/status"] == {"link": "live"}
    assert "roompanel/hq/panels/other-panel/status" not in topics
    assert topics["roompanel/hq/rooms/r1/controls"] == {"view": "from the hub"}
    assert ("roompanel/hq/rooms/r2/cmd", {"id": "not mine"}) not in seen
    assert ("roompanel/hq/rooms/r1/controls", {"view": "forged"}) not in seen


def test_invoke_route_and_fleet_work_through_the_hub(sim: Simulator, broker: Broker, run: Any,
                                                      tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """The tools with a panel's own configuration: through the hub, each with a client id
    of its own, so the panel that lends its account stays on the broker and on the list."""

    import tomli_w

    from app.cli import main

    hub = Hub(hub_config(sim, broker))
    wall = HubSession(panel_config(broker, "boardroom-wall"))
    path = tmp_path / "panel.toml"
    path.write_text(tomli_w.dumps({"hub": {"broker": broker.url, "site": "hq",
                                           "panel_id": "boardroom-wall", "timeout_s": 5.0}}))

    async def scenario() -> tuple[int, ...]:
        await hub.start()
        wall_app = RpApp(wall)
        wall_app.start()
        try:
            await until(lambda: wall_app.room is not None and wall_app.room.link == "live",
                        5.0, "the wall panel live")
            loop = asyncio.get_running_loop()
            # The command line runs its own loop: in a thread, while this one runs the hub.
            codes = []
            for argv in (
                    ["invoke", "--room", "Boardroom", "--macro", "All off"],
                    ["route", "--room", "Boardroom", "--source", "Ceiling camera",
                     "--display", "Projector", "--signal", "Video"],
                    ["route", "--room", "Boardroom", "--display", "Main display",
                     "--signal", "none"],
                    ["fleet", "--json"]):
                codes.append(await loop.run_in_executor(
                    None, main, [argv[0], "--config", str(path), *argv[1:]]))
            assert wall.link.connected  # not pushed off the broker by a tool's client id
            assert wall_app.room.link == "live"
            return tuple(codes)
        finally:
            await wall_app.aclose()
            await hub.aclose()

    assert run(scenario(), timeout=60) == (0, 0, 0, 0)
    out = capsys.readouterr().out
    assert "Invoked “All off” in “Boardroom” (through the site hub)" in out
    assert "Ceiling camera → Projector (Video) confirmed (through the site hub)" in out
    assert "Cleared Main display (through the site hub)" in out
    assert sim.yealink.av.device("Projector").video_from == sim.yealink.av.device(
        "Ceiling camera").mac
    assert sim.yealink.av.device("Main display").video_from is None
    listed = json.loads(out[out.index('{\n  "hub"'):])
    assert listed["hub"]["state"] == "online"
    assert [(p["panel"], p["link"], p["room_name"]) for p in listed["panels"]] == [
        ("boardroom-wall", "live", "Boardroom")]
    assert len(sim.yealink.seen("/ctrl/macro/invoke")) == 1


@pytest.mark.parametrize("size", SIZES)
def test_the_operator_console_lists_the_sites_panels(sim: Simulator, broker: Broker, run: Any,
                                                      panels: list[Any], tmp_path: Path,
                                                      size: tuple[int, int]) -> None:
    """The Panels page: every panel of the site with its room and link, the one that left
    shown offline with why, the count on the way in."""
    hub = Hub(hub_config(sim, broker))
    console = HubPanel(panel_config(broker, "operator-desk", mode="operator", room=None), size)
    panels.append(console)
    wall = HubSession(panel_config(broker, "boardroom-wall"))
    wall_app = RpApp(wall)

    async def scenario() -> None:
        await hub.start()
        console.vm.start()
        wall_app.start()
        try:
            await until(lambda: console.vm.page == "picker", 10.0, "the overview")
            await tap(console.window, find_item(console.window, "panelsButton"))
            assert console.vm.page == "panels"
            listed = console.vm.panels
            await until(lambda: [r.link for r in listed.rows] == ["live", "live"], 10.0,
                        "both panels live")
            assert console.vm.panels.summary == "All 2 panels online"
            row = next(r for r in listed.rows if r.panel == "boardroom-wall")
            index = listed.index(listed.rows.index(row))
            assert listed.data(index, PanelRoles.roomName) == "Boardroom"
            assert listed.data(index, PanelRoles.modeLabel) == "Room panel"
            assert is_shown(find_item(console.window, "panel:boardroom-wall"))
            # The wall panel goes: first on the list, offline, with why.
            await wall_app.aclose()
            await until(lambda: listed.rows[0].link == "offline", 5.0, "shown offline")
            assert listed.rows[0].panel == "boardroom-wall"
            assert listed.rows[0].reason == "The panel was closed"
            assert console.vm.panels.summary == "1 of 2 panels offline"
            await next_frame(console.window)
            reason = find_item(console.window, "panelReason:boardroom-wall")
            assert is_shown(reason) and reason.property("text") == "The panel was closed"
            console.window.grabWindow().save(str(tmp_path / "panels.png"))
            # Back to the rooms: the way in says one is offline.
            console.vm.showRooms()
            await until(lambda: console.vm.page == "picker", 2.0, "back to the rooms")
            assert find_item(console.window, "panelsButton").property("text") == \
                "Panels (1 offline)"
            await next_frame(console.window)
            console.window.grabWindow().save(str(tmp_path / "picker.png"))
        finally:
            await hub.aclose()

    run(scenario(), timeout=40)


def test_a_new_panel_is_put_on_the_site_hub_from_its_settings_screen(
        sim: Simulator, broker: Broker, run: Any, tmp_path: Path) -> None:
    """First run with no configuration: the installer fills in the hub's section only (no
    vendor secret on the wall), tests it, saves; the saved panel is a panel of the hub."""
    from app.config import load_config, setup_config
    from app.config_store import ConfigStore
    from app.state.session import PanelSession

    hub = Hub(hub_config(sim, broker))
    store = ConfigStore(tmp_path / "new" / "roompanel.toml", environ={})
    vm = RpApp(PanelSession(setup_config()), store=store, first_run=True)
    ui = build_ui(vm, width=800, height=480)
    vm.start()

    async def scenario() -> None:
        await hub.start()
        try:
            await until(lambda: is_shown(find_item(ui.window, "saveSettings")), 5.0,
                        "settings")
            settings = vm.settings
            for key, value in (("hub.broker", broker.url), ("hub.site", "hq"),
                               ("hub.panel_id", "huddle-wall"), ("panel.room", "Huddle 3")):
                settings.setValue(key, value)
            assert settings.setNewPin("2580")
            await tap(ui.window, find_item(ui.window, "testConnection"))
            await until(lambda: settings.message in ("test_ok", "test_failed"), 20.0,
                        "tested")
            assert settings.message == "test_ok", settings.testResults
            assert [r["service"] for r in settings.testResults] == ["hub"]
            await tap(ui.window, find_item(ui.window, "saveSettings"))
            await until(lambda: settings.message == "saved_restart", 5.0, "saved")
        finally:
            ui.window.close()
            await vm.aclose()
            ui.close()
            await hub.aclose()

    run(scenario(), timeout=40)
    config = load_config(store.path, environ={})
    assert config.through_hub and config.yealink is None
    assert config.hub is not None
    assert (config.hub.broker, config.hub.site, config.hub.panel_id, config.panel.room) == \
        (broker.url, "hq", "huddle-wall", "Huddle 3")


def test_a_call_is_answered_and_transferred_through_the_hub(
        sim: Simulator, broker: Broker, run: Any) -> None:
    """The new call controls reach the PBX once through the hub, like the old ones."""
    hub = Hub(hub_config(sim, broker))
    wall = HubSession(panel_config(broker, "boardroom-wall"))

    async def scenario() -> None:
        await hub.start()
        try:
            rooms = await wall.load_rooms()
            board = next(r for r in rooms if r.name == "Boardroom")
            key = wall.phone_of(board)
            assert key is not None
            wall.coordinator(board).start()  # as the room's screen does: its room is read
            calls = wall.calls
            # The desk phone's uaCSTA ring is an event: the hub must be listening for it.
            hub_calls = hub.session.calls
            assert hub_calls is not None
            await until(lambda: hub_calls.available, 5.0, "the hub hears the PBX")
            call = sim.call(lambda: sim.yeastar.ring("1001", "0812345678"))
            await until(lambda: any(r.answerable for r in calls.calls_for(key)), 5.0,
                        "answerable through the hub")
            assert calls.control(key, call, "answer")
            assert not calls.control(key, call, "answer")
            await until(lambda: [r.state for r in calls.calls_for(key)] == ["talking"], 5.0,
                        "answered")
            assert calls.transfer(key, call, "1000")
            await until(lambda: calls.calls_for(key) == [], 5.0, "handed over")
        finally:
            await wall.aclose()
            await hub.aclose()

    run(scenario(), timeout=40)
    assert len(sim.yeastar.seen("uacsta_call/accept")) == 1
    assert [b["number"] for _, _, b, _ in sim.yeastar.seen("call/transfer")] == ["1000"]


def test_talk_first_park_and_do_not_disturb_go_through_the_hub_once(
        sim: Simulator, broker: Broker, run: Any) -> None:
    """An attended transfer, Do Not Disturb and a park, each asked of the hub once; the
    site's parked calls and a trunk down reach the panel as the hub's calls part."""
    hub = Hub(hub_config(sim, broker))
    wall = HubSession(panel_config(broker, "boardroom-wall"))

    async def scenario() -> None:
        await hub.start()
        try:
            rooms = await wall.load_rooms()
            board = next(r for r in rooms if r.name == "Boardroom")
            key = wall.phone_of(board)
            assert key is not None
            wall.coordinator(board).start()
            calls = wall.calls
            hub_calls = hub.session.calls
            assert hub_calls is not None
            await until(lambda: hub_calls.available, 5.0, "the hub hears the PBX")
            call = sim.call(lambda: sim.yeastar.ring("1002", "0812345678"))
            sim.call(lambda: sim.yeastar.answer(call))
            await until(lambda: [r.state for r in calls.calls_for(key)] == ["talking"], 5.0,
                        "talking")
            assert calls.transfer(key, call, "1000", "attended")
            assert not calls.transfer(key, call, "1000", "attended")  # a double tap
            await until(lambda: [r.consulting for r in calls.calls_for(key)] == ["1000"], 5.0,
                        "consulting through the hub")
            assert calls.control(key, call, "transfer_abort")
            await until(lambda: [r.consulting for r in calls.calls_for(key)] == [""], 5.0,
                        "back to the caller")
            assert calls.set_presence(key, "do_not_disturb")
            await until(lambda: calls.view.phones_for(key)[0].presence == "do_not_disturb",
                        5.0, "DND as the PBX says")
            assert calls.control(key, call, "park")
            await until(lambda: [p.slot for p in calls.view.parked] == ["6000"], 5.0,
                        "the site's parked call")
            sim.call(lambda: sim.yeastar.trunk_state("AIS SIP Trunk", 41))
            await until(lambda: calls.view.trunks.get("AIS SIP Trunk") == 41, 5.0, "trunk")
        finally:
            await wall.aclose()
            await hub.aclose()

    run(scenario(), timeout=40)
    transfers = [b for _, _, b, _ in sim.yeastar.seen("call/transfer")]
    assert [b.get("attended_operate", b.get("number")) for b in transfers] == ["1000", "abort"]
    assert [b["presence_status"] for _, _, b, _ in sim.yeastar.seen("extension/update")] == \
        ["do_not_disturb"]
    assert len(sim.yeastar.seen("call/park")) == 1
