"""Every background loop is supervised: killed by an exception nobody foresaw (a bug), it is
logged, what it fed shows stale with the reason, and it restarts by itself.

The bug is planted by making one client call raise once; everything else is the real
client over loopback against the simulator."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from conftest import fast_backoff, until
from qml_helpers import find_item
from test_qml import Panel, open_panel
from test_room_state import open_room, session_for

from app.api.dingtalk.client import DingTalkClient
from app.api.portsip.client import PortSipClient
from app.sim.portsip import PASSWORD, USERNAME
from app.sim.server import Simulator
from app.state.conference import ConferenceCoordinator
from app.state.devices import DevicePoller
from app.state.freshness import Link

CRASH = "stopped unexpectedly"


def plant_bug(target: object, method: str, times: int = 1) -> list[int]:
    """`target.method` raises a RuntimeError the first `times` calls, then works again."""
    real: Callable[..., Awaitable[Any]] = getattr(target, method)
    calls = [0]

    async def buggy(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        if calls[0] <= times:
            raise RuntimeError("a bug nobody foresaw")
        return await real(*args, **kwargs)

    setattr(target, method, buggy)
    return calls


@pytest.fixture(autouse=True)
def crashes_are_logged(caplog: pytest.LogCaptureFixture) -> Any:
    caplog.set_level(logging.ERROR, logger="app.api.worker")
    yield
    assert any(CRASH in r.getMessage() for r in caplog.get_records("call")), \
        "no crash was logged"


def test_the_room_coordinator_restarts_and_shows_why_meanwhile(sim: Simulator,
                                                               run: Any) -> None:
    async def scenario() -> None:
        session = session_for(sim)
        try:
            coordinator = await open_room(session, "Boardroom")
            plant_bug(session.client, "list_macros", times=2)
            seen: list[tuple[Link, str]] = []
            coordinator.add_listener(lambda view: seen.append(
                (view.health.link, view.health.reason)), lambda notice: None)
            coordinator.request_refresh()
            await until(lambda: any(CRASH in reason for _, reason in seen), what="stale")
            assert next(link for link, reason in seen if CRASH in reason) is Link.STALE
            assert len(coordinator.view.macros) == 6  # the last known state stays
            await until(lambda: coordinator.view.health.link is Link.LIVE, 5.0, "live again")
        finally:
            await session.aclose()

    run(scenario())


def test_the_routing_coordinator_restarts(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        session = session_for(sim)
        try:
            await session.load_rooms()
            room = session.find_room("Boardroom")
            assert room is not None
            routing = session.routing(room)
            plant_bug(session.client, "list_device_groups")
            routing.start()
            await until(lambda: CRASH in routing.view.health.reason, what="routing stale")
            await until(lambda: routing.view.health.link is Link.LIVE and
                        bool(routing.view.displays), 5.0, "routing read again")
        finally:
            await session.aclose()

    run(scenario())


def test_the_change_feed_restarts_a_dead_long_poll(sim: Simulator, run: Any) -> None:
    sim.yealink.long_poll_timeout_s = 0.3

    async def scenario() -> None:
        session = session_for(sim)
        try:
            coordinator = await open_room(session, "Boardroom")
            polls = plant_bug(session.client, "wait_for_changes", times=3)
            await until(lambda: CRASH in coordinator.view.health.reason, what="feed stale")
            assert coordinator.view.health.link is Link.STALE
            await until(lambda: polls[0] > 3 and coordinator.view.health.link is Link.LIVE,
                        5.0, "notifications back")
            sim.call(lambda: sim.yealink.set_switch("Boardroom", "Shut down at 20:00", False))
            await until(lambda: not next(r for r in coordinator.view.automations
                                         if r.name == "Shut down at 20:00").on,
                        3.0, "a change arrives through the restarted poll")
        finally:
            await session.aclose()

    run(scenario())


def test_the_conference_source_restarts(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        client = PortSipClient(sim.portsip_url, USERNAME, PASSWORD)
        conference = ConferenceCoordinator(client, sim.portsip.board_id, interval_s=0.2,
                                           backoff_factory=fast_backoff)
        plant_bug(client, "participants")
        conference.start()
        try:
            await until(lambda: CRASH in conference.view.error, what="conference stale")
            await until(lambda: not conference.view.error and
                        bool(conference.view.participants), 5.0, "read again")
        finally:
            await conference.stop()
            await client.aclose()

    run(scenario())


def test_the_device_poller_restarts(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        client = DingTalkClient(sim.dingtalk_url, "ding-demo", "ding-secret",
                                "operator-union-id")
        poller = DevicePoller(client, ["1234"], interval_s=0.2, backoff_factory=fast_backoff)
        plant_bug(poller, "poll_once")
        poller.start()
        try:
            await until(lambda: poller.rows[0].stale and CRASH in poller.rows[0].error,
                        what="devices stale")
            await until(lambda: not poller.rows[0].stale and poller.rows[0].status == "idle",
                        5.0, "polled again")
        finally:
            await poller.stop()
            await client.aclose()

    run(scenario())


def test_the_pbx_event_stream_restarts(sim: Simulator, run: Any) -> None:
    from test_calls import make_book

    async def scenario() -> None:
        book = make_book(sim)
        plant_bug(book.stream, "_session")
        book.start()
        try:
            await until(lambda: CRASH in book.reason, what="calls unavailable, with why")
            await until(lambda: book.available, 5.0, "event stream back")
        finally:
            await book.aclose()

    run(scenario())


def test_a_crashed_room_loop_shows_stale_on_screen(sim: Simulator, run: Any,
                                                  panels: list[Panel]) -> None:
    panel = open_panel(panels, sim)

    async def scenario() -> None:
        await panel.room_live()
        room = panel.vm.room
        assert room is not None
        plant_bug(panel.vm._session.client, "list_macros", times=3)
        room.refresh()
        chip = find_item(panel.window, "linkChip")
        await until(lambda: room.link == "stale" and CRASH in room.linkReason, what="stale")
        await until(lambda: "stale" in str(chip.property("link")), what="the chip says so")
        await until(lambda: room.link == "live", 5.0, what="live again")

    run(scenario())


def test_the_operator_overview_restarts(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        session = session_for(sim)
        try:
            await session.load_rooms()
            overview = session.overview()
            plant_bug(session.client, "list_monitors", times=2)
            overview.start(session.rooms)
            await until(lambda: any(CRASH in s.error for s in overview.view.summaries.values()),
                        what="tiles say they are not being read")
            await until(lambda: all(not s.error and s.automations_on >= 0
                                    for s in overview.view.summaries.values()),
                        10.0, "every tile read again")
        finally:
            await session.aclose()

    run(scenario())

