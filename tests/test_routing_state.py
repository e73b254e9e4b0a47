"""Routing state against the simulator: pending until confirmed, pacing, refusals."""

from __future__ import annotations

import asyncio
import itertools
from typing import Any

from conftest import config_for, fast_backoff, until

from app.api.yealink.av_models import DeviceGroup, Signal
from app.config import RoomConfig
from app.sim.faults import Fault, FaultKind
from app.sim.server import Simulator
from app.state.freshness import Link
from app.state.notices import Notice
from app.state.pacing import DevicePacer
from app.state.routing import RoutingCoordinator, resolve_groups
from app.state.routing_view import RoutingView, signal_between
from app.state.session import PanelSession
from app.state.throttle import LatestValueSender
from app.viewmodels.phrases import phrase_notice


class FakeClock:
    """Time that only moves when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 100.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 6))
        self.now += seconds
        await asyncio.sleep(0)


def test_pacer_spaces_commands_on_one_device_and_keeps_their_order(run: Any) -> None:
    clock = FakeClock()
    pacer = DevicePacer(0.5, clock=clock, sleep=clock.sleep)
    done: list[tuple[str, float]] = []

    async def command(name: str, devices: list[str]) -> None:
        async with pacer.turn(devices):
            done.append((name, clock.now))

    async def scenario() -> None:
        await asyncio.gather(command("a", ["enc1", "dec1"]), command("b", ["dec1"]),
                             command("c", ["enc2"]), command("d", ["enc1", "dec1"]))

    run(scenario())
    assert [name for name, _ in done] == ["a", "c", "b", "d"]
    times = dict(done)
    assert times["a"] == 100.0
    assert times["b"] == 100.5 and times["d"] == 101.0
    assert clock.sleeps == [0.5, 0.5]  # only b and d waited: c uses another device


class ManualClock:
    """Time the test moves by hand; sleepers wake when it passes their deadline."""

    def __init__(self) -> None:
        self.now = 100.0
        self._sleepers: list[tuple[float, asyncio.Future[None]]] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        woken: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._sleepers.append((self.now + seconds, woken))
        await woken

    async def advance(self, seconds: float) -> None:
        self.now += seconds
        for deadline, woken in list(self._sleepers):
            if deadline <= self.now + 1e-9:
                self._sleepers.remove((deadline, woken))
                woken.set_result(None)
        for _ in range(3):
            await asyncio.sleep(0)


def test_latest_value_sender_throttles_and_always_sends_the_last(run: Any) -> None:
    clock = ManualClock()
    sent: list[int] = []
    sent_at: list[float] = []

    async def send(value: int) -> None:
        sent.append(value)
        sent_at.append(clock.now)

    sender = LatestValueSender(send, 0.25, clock=clock, sleep=clock.sleep)

    async def scenario() -> None:
        for value in range(0, 101, 5):  # a drag: a step every 20 ms
            sender.submit(value)
            await clock.advance(0.02)
        while sender.busy:  # the finger is off: time goes on until the last value is out
            await clock.advance(0.05)

    run(scenario())
    assert sent[0] == 0 and sent[-1] == 100
    assert len(sent) <= 3  # 0.42 s of dragging
    gaps = [b - a for a, b in itertools.pairwise(sent_at)]
    assert all(gap >= 0.25 - 1e-9 for gap in gaps)  # at most four a second


def test_room_groups_come_from_config_else_the_only_group_else_the_name() -> None:
    a, b = DeviceGroup(id="1", name="Boardroom"), DeviceGroup(id="2", name="Lab")
    assert resolve_groups([a, b], "Lab", RoomConfig(space="Lab", device_groups=["1"])) == (
        [a], "")
    assert resolve_groups([b], "Anything", None) == ([b], "")
    assert resolve_groups([a, b], "Lab", None) == ([b], "")
    groups, note = resolve_groups([a, b], "Atrium", None)
    assert groups == [] and "device_groups" in note
    assert "nope" in resolve_groups([a], "x", RoomConfig(space="x", device_groups=["nope"]))[1]


async def open_routing(sim: Simulator, room: str = "Boardroom") -> tuple[PanelSession,
                                                                         RoutingCoordinator]:
    session = PanelSession(config_for(sim), backoff_factory=fast_backoff)
    session.pacer.interval_s = 0.05
    await session.load_rooms()
    space = session.find_room(room)
    assert space is not None
    routing = session.routing(space)
    routing.start()
    await until(lambda: routing.view.health.link is Link.LIVE and bool(routing.view.displays))
    return session, routing


def display(view: RoutingView, name: str) -> Any:
    return next(d for d in view.displays if d.name == name)


def source_id(view: RoutingView, name: str) -> str:
    return next(s.id for s in view.sources if s.name == name)


def test_route_is_pending_until_read_back(sim: Simulator, run: Any) -> None:
    sim.call(lambda: sim.yealink.fail(Fault(FaultKind.DELAY, path="routing/av/real",
                                             seconds=0.2)))

    async def scenario() -> None:
        session, routing = await open_routing(sim)
        try:
            view = routing.view
            hdmi = source_id(view, "Table HDMI 1")
            left = display(view, "Left screen")
            assert routing.route(hdmi, left.id, Signal.AUDIO_VIDEO)
            assert not routing.route(hdmi, left.id, Signal.AUDIO_VIDEO)  # second tap: ignored
            assert display(routing.view, "Left screen").route_wish == (hdmi, "Audio/Video")
            assert signal_between(display(routing.view, "Left screen"), hdmi) == ""
            await routing.wait_for_commands()
            confirmed = display(routing.view, "Left screen")
            assert confirmed.route_wish is None
            assert signal_between(confirmed, hdmi) == "Audio/Video"
        finally:
            await session.aclose()

    run(scenario())
    assert len([r for r in sim.yealink.seen("/routing/av/real") if r.method == "PUT"]) == 1


def test_clearing_a_display_closes_its_routes(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        session, routing = await open_routing(sim)
        try:
            main = display(routing.view, "Main display")
            assert main.video_source is not None
            routing.route(None, main.id, None)
            await routing.wait_for_commands()
            main = display(routing.view, "Main display")
            assert (main.video_source, main.audio_source) == (None, None)
        finally:
            await session.aclose()

    run(scenario())
    closes = [r.body for r in sim.yealink.seen("/routing/av/real") if r.method == "PUT"]
    assert [c["action"] for c in closes] == ["close"]


def test_offline_device_cannot_be_routed_and_says_why(sim: Simulator, run: Any) -> None:
    notices: list[Notice] = []

    async def scenario() -> None:
        session, routing = await open_routing(sim)
        routing.add_listener(lambda v: None, notices.append)
        try:
            cast = source_id(routing.view, "Wireless cast")
            assert not routing.route(cast, display(routing.view, "Main display").id,
                                     Signal.VIDEO)
        finally:
            await session.aclose()

    run(scenario())
    assert phrase_notice(notices[0]) == "Wireless cast is offline and cannot be routed"
    assert not [r for r in sim.yealink.seen("/routing/av/real") if r.method == "PUT"]


def test_refused_route_is_reported_and_the_cell_returns(sim: Simulator, run: Any) -> None:
    notices: list[Notice] = []

    async def scenario() -> None:
        session, routing = await open_routing(sim)
        routing.add_listener(lambda v: None, notices.append)
        try:
            # The device drops off the network between the page's read and the tap.
            sim.call(lambda: sim.yealink.av.set_online("Projector", False))
            camera = source_id(routing.view, "Ceiling camera")
            projector = display(routing.view, "Projector")
            assert routing.route(camera, projector.id, Signal.VIDEO)
            await routing.wait_for_commands()
            after = display(routing.view, "Projector")
            assert after.route_wish is None and after.video_source is None
        finally:
            await session.aclose()

    run(scenario())
    assert phrase_notice(notices[0]) == ("Routing Ceiling camera to Projector failed: "
                               "Device Projector is offline")


def test_commands_on_one_display_are_paced_not_dropped(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        session, routing = await open_routing(sim)
        session.pacer.interval_s = 0.3
        try:
            view = routing.view
            right = display(view, "Right screen").id
            routing.route(source_id(view, "Table HDMI 1"), right, Signal.VIDEO)
            routing.route(source_id(view, "Table HDMI 2"), right, Signal.AUDIO)
            await routing.wait_for_commands()
            final = display(routing.view, "Right screen")
            assert final.video_source == source_id(view, "Table HDMI 1")
            assert final.audio_source == source_id(view, "Table HDMI 2")
        finally:
            await session.aclose()

    run(scenario())
    puts = [r for r in sim.yealink.seen("/routing/av/real") if r.method == "PUT"]
    assert len(puts) == 2
    assert puts[1].received_at - puts[0].received_at >= 0.29


def test_preset_auto_group_and_display_power(sim: Simulator, run: Any) -> None:
    async def scenario() -> RoutingView:
        session, routing = await open_routing(sim)
        try:
            routing.apply_preset("preset-board-2")
            routing.set_auto_group("auto-board-2", True)
            assert next(a for a in routing.view.auto_groups if a.id == "auto-board-2").on
            routing.set_display_power(display(routing.view, "Projector").id, True)
            await routing.wait_for_commands()
            return routing.view
        finally:
            await session.aclose()

    view = run(scenario())
    assert {p.name: p.applied for p in view.presets}["Video call"]
    assert next(a for a in view.auto_groups if a.id == "auto-board-2").on
    assert sim.yealink.av.device("Projector").display_on
    assert sim.yealink.seen("/displayControl/test")[0].body["commandString"] == "40 04"


def test_volume_drag_sends_a_few_requests_and_the_final_value(sim: Simulator, run: Any) -> None:
    async def scenario() -> RoutingView:
        session, routing = await open_routing(sim)
        try:
            await until(lambda: display(routing.view, "Main display").volume is not None)
            main = display(routing.view, "Main display").id
            for value in range(60, 0, -2):  # a fast drag down
                routing.set_volume(main, value)
                await asyncio.sleep(0.005)
            await routing.wait_for_commands()
            return routing.view
        finally:
            await session.aclose()

    view = run(scenario())
    sets = [r.body for r in sim.yealink.seen("/devices/audio") if r.method == "PUT"]
    assert 1 < len(sets) <= 4
    assert sets[-1]["singleList"][0]["audioOutVolume"] == 2
    assert display(view, "Main display").volume == 2
    assert sim.yealink.av.device("Main display").volume == 2


def test_usb_manual_mode_and_host_choice(sim: Simulator, run: Any) -> None:
    async def scenario() -> RoutingView:
        session, routing = await open_routing(sim)
        try:
            assert routing.view.usb_mode == "Follow Video"
            routing.set_usb_mode(True)
            await routing.wait_for_commands()
            main = display(routing.view, "Main display").id
            routing.set_usb_source(main, source_id(routing.view, "Table HDMI 2"))
            await routing.wait_for_commands()
            return routing.view
        finally:
            await session.aclose()

    view = run(scenario())
    assert view.usb_mode == "Manual"
    assert display(view, "Main display").usb_source == source_id(view, "Table HDMI 2")
