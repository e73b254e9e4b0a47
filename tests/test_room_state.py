"""The state layer: initial read, live updates from long polling, outages and recovery."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from conftest import config_for, fast_backoff, until

from app.api.backoff import Backoff
from app.api.errors import AuthenticationFailed, InvalidResponse, ServerFailure, ServiceUnreachable
from app.sim.faults import Fault, FaultKind
from app.sim.server import Simulator
from app.state.freshness import Health, Link, derive_health
from app.state.notices import Notice
from app.state.room import CommandStatus, RoomView, Section
from app.state.session import PanelSession
from app.viewmodels.phrases import phrase_notice


def session_for(sim: Simulator, **panel: Any) -> PanelSession:
    return PanelSession(config_for(sim, **panel), backoff_factory=fast_backoff)


async def open_room(session: PanelSession, name: str) -> Any:
    await session.load_rooms()
    room = session.find_room(name)
    assert room is not None
    coordinator = session.coordinator(room)
    coordinator.start()
    await until(lambda: coordinator.view.health.link is Link.LIVE, what="room live")
    return coordinator


def switch(view: RoomView, section: Section, name: str) -> Any:
    rows = view.automations if section is Section.AUTOMATIONS else view.auto_routings
    return next(r for r in rows if r.name == name)


def test_health_rule_table() -> None:
    down = ServiceUnreachable("yealink", "Cannot reach the control service")
    bad = InvalidResponse("yealink", "unexpected answer")
    refused = AuthenticationFailed("yealink", "sign-in refused")
    assert derive_health(False, None, None) == Health(Link.CONNECTING, "")
    assert derive_health(True, None, None) == Health(Link.LIVE, "")
    assert derive_health(True, down, None).link is Link.OFFLINE
    assert derive_health(False, down, None).link is Link.OFFLINE
    assert derive_health(True, refused, None).link is Link.OFFLINE
    assert derive_health(True, bad, None) == Health(Link.STALE, "unexpected answer")
    assert derive_health(True, None, down).link is Link.STALE
    assert "notifications" in derive_health(True, None, bad).reason


def test_backoff_doubles_with_jitter_up_to_the_cap() -> None:
    ceilings = []
    backoff = Backoff(base_s=1.0, cap_s=8.0, uniform=lambda low, high: high)
    ceilings = [backoff.next_delay() for _ in range(6)]
    assert ceilings == [1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    lows = Backoff(base_s=1.0, cap_s=8.0, uniform=lambda low, high: low)
    assert [lows.next_delay() for _ in range(3)] == [0.5, 1.0, 2.0]
    backoff.reset()
    assert backoff.next_delay() == 1.0


def test_initial_read_makes_the_room_live_with_confirmation_times(sim: Simulator, run: Any) -> None:
    async def scenario() -> RoomView:
        session = session_for(sim)
        try:
            coordinator = await open_room(session, "Boardroom")
            return coordinator.view
        finally:
            await session.aclose()

    before = time.time()
    view = run(scenario())
    assert view.macros[0].name == "Start presentation"
    assert switch(view, Section.AUTOMATIONS, "Shut down at 20:00").on
    assert view.confirmed_at is not None and view.confirmed_at >= before


def test_change_on_the_service_shows_within_a_second(sim: Simulator, run: Any) -> None:
    async def scenario() -> tuple[float, float]:
        session = session_for(sim)
        try:
            coordinator = await open_room(session, "Boardroom")
            await asyncio.sleep(0.1)  # let the three long polls reach the server
            started = time.perf_counter()
            sim.call(lambda: sim.yealink.add_macro("Boardroom", "Movie night"))
            await until(lambda: "Movie night" in [m.name for m in coordinator.view.macros], 1.0)
            macro_s = time.perf_counter() - started
            started = time.perf_counter()
            sim.call(lambda: sim.yealink.set_switch("Boardroom", "Shut down at 20:00", False))
            await until(lambda: not switch(coordinator.view, Section.AUTOMATIONS,
                                           "Shut down at 20:00").on, 1.0)
            return macro_s, time.perf_counter() - started
        finally:
            await session.aclose()

    macro_s, switch_s = run(scenario())
    assert macro_s < 1.0 and switch_s < 1.0


def test_a_notification_rereads_only_the_section_that_changed(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        session = session_for(sim)
        try:
            coordinator = await open_room(session, "Boardroom")
            await asyncio.sleep(0.1)
            macro_reads = len(sim.yealink.seen("/ctrl/macros/page"))
            sim.call(lambda: sim.yealink.set_switch("Boardroom", "Camera follows speaker", True))
            await until(lambda: switch(coordinator.view, Section.AUTO_ROUTINGS,
                                       "Camera follows speaker").on)
            assert len(sim.yealink.seen("/ctrl/macros/page")) == macro_reads
        finally:
            await session.aclose()

    run(scenario())


def test_periodic_reread_catches_a_missed_notification(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        session = session_for(sim, refresh_interval_s=5.0)
        try:
            coordinator = await open_room(session, "Huddle 3")
            # Changed behind the feed's back: no notification goes out.
            sim.call(lambda: setattr(sim.yealink.space("Huddle 3").monitors[0], "enable", False))
            coordinator._refresh_interval_s = 0.2  # a short safety net for the test only
            coordinator.request_refresh(frozenset())  # wake the timer with the new interval
            await until(lambda: not coordinator.view.automations[0].on, 3.0)
        finally:
            await session.aclose()

    run(scenario())


def test_outage_goes_offline_keeps_last_state_and_recovers(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        session = session_for(sim)
        try:
            coordinator = await open_room(session, "Boardroom")
            confirmed = coordinator.view.confirmed_at
            sim.take_offline()
            await until(lambda: coordinator.view.health.link is Link.OFFLINE, what="offline")
            view = coordinator.view
            assert "Cannot reach" in view.health.reason
            assert len(view.macros) == 6  # last known state is kept
            assert view.confirmed_at == confirmed
            sim.bring_online()
            await until(lambda: coordinator.view.health.link is Link.LIVE, 5.0, "live again")
            assert coordinator.view.confirmed_at is not None
            assert coordinator.view.confirmed_at > (confirmed or 0)
        finally:
            await session.aclose()

    run(scenario())


def test_server_errors_make_the_room_stale_not_offline(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        session = session_for(sim)
        try:
            coordinator = await open_room(session, "Boardroom")
            sim.call(lambda: sim.yealink.fail(Fault(FaultKind.HTTP_STATUS, path="Polling",
                                                    status=500, count=1000)))
            sim.call(lambda: sim.yealink.fail(Fault(FaultKind.HTTP_STATUS, path="page",
                                                    status=500, count=1000)))
            sim.call(lambda: sim.yealink.set_switch("Boardroom", "Shut down at 20:00", False))
            await until(lambda: coordinator.view.health.link is Link.STALE, what="stale")
            assert "HTTP 500" in coordinator.view.health.reason
            sim.call(sim.yealink.faults.clear)
            await until(lambda: coordinator.view.health.link is Link.LIVE, 5.0, "live again")
            assert not switch(coordinator.view, Section.AUTOMATIONS, "Shut down at 20:00").on
        finally:
            await session.aclose()

    run(scenario())


def test_only_the_room_on_screen_is_polled(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        session = session_for(sim)
        try:
            coordinator = await open_room(session, "Boardroom")
            assert session.feed.running
            await coordinator.stop()
            assert not session.feed.running
            reads = len(sim.yealink.seen("/ctrl/monitors/page"))
            sim.call(lambda: sim.yealink.set_switch("Boardroom", "Shut down at 20:00", False))
            await asyncio.sleep(0.3)  # nothing should happen: proving a negative needs time
            assert len(sim.yealink.seen("/ctrl/monitors/page")) == reads
        finally:
            await session.aclose()

    run(scenario())


def test_macro_goes_pending_then_succeeded_then_idle(sim: Simulator, run: Any) -> None:
    statuses: list[CommandStatus] = []

    async def scenario() -> None:
        session = session_for(sim)
        try:
            coordinator = await open_room(session, "Boardroom")
            coordinator.add_listener(
                lambda v: statuses.append(v.macros[0].status), lambda n: None)
            assert coordinator.invoke_macro("board-mac-1")
            assert coordinator.view.macros[0].status is CommandStatus.PENDING
            await until(lambda: coordinator.view.macros[0].status is CommandStatus.IDLE, 4.0)
        finally:
            await session.aclose()

    run(scenario())
    collapsed = [s for i, s in enumerate(statuses) if i == 0 or statuses[i - 1] != s]
    assert collapsed == [CommandStatus.PENDING, CommandStatus.SUCCEEDED, CommandStatus.IDLE]


def test_a_double_tap_fires_the_macro_once(sim: Simulator, run: Any) -> None:
    sim.call(lambda: sim.yealink.fail(Fault(FaultKind.DELAY, path="invoke", seconds=0.3)))

    async def scenario() -> None:
        session = session_for(sim)
        try:
            coordinator = await open_room(session, "Boardroom")
            assert coordinator.invoke_macro("board-mac-6")
            assert not coordinator.invoke_macro("board-mac-6")
            await coordinator.wait_for_commands()
        finally:
            await session.aclose()

    run(scenario())
    assert len(sim.yealink.seen("/ctrl/macro/invoke")) == 1


def test_refused_macro_fails_with_the_services_message(sim: Simulator, run: Any) -> None:
    notices: list[Notice] = []
    sim.call(lambda: sim.yealink.fail(Fault(FaultKind.REFUSE, path="invoke",
                                             message="Room is locked by the administrator")))

    async def scenario() -> Any:
        session = session_for(sim)
        try:
            coordinator = await open_room(session, "Boardroom")
            coordinator.add_listener(lambda v: None, notices.append)
            coordinator.invoke_macro("board-mac-1")
            await coordinator.wait_for_commands()
            return coordinator.view.macros[0]
        finally:
            await session.aclose()

    row = run(scenario())
    assert row.status is CommandStatus.FAILED
    assert row.message == "Room is locked by the administrator"
    assert notices and "Start presentation" in phrase_notice(notices[0])
    assert "Room is locked" in phrase_notice(notices[0])


def test_switch_flips_at_once_and_stays_when_accepted(sim: Simulator, run: Any) -> None:
    sim.call(lambda: sim.yealink.fail(Fault(FaultKind.DELAY, path="ctrl/monitor", seconds=0.2)))

    async def scenario() -> None:
        session = session_for(sim)
        try:
            coordinator = await open_room(session, "Boardroom")
            coordinator.set_switch(Section.AUTOMATIONS, "board-mon-1", False)
            row = switch(coordinator.view, Section.AUTOMATIONS, "Wake displays on occupancy")
            assert (row.on, row.pending) == (False, True)  # before any answer
            await coordinator.wait_for_commands()
            row = switch(coordinator.view, Section.AUTOMATIONS, "Wake displays on occupancy")
            assert (row.on, row.pending) == (False, False)
        finally:
            await session.aclose()

    run(scenario())
    assert sim.call(lambda: sim.yealink.switch_state("Boardroom", "board-mon-1")) is False


def test_refused_switch_flips_back_with_a_message(sim: Simulator, run: Any) -> None:
    notices: list[Notice] = []
    sim.call(lambda: sim.yealink.fail(Fault(FaultKind.REFUSE, path="ctrl/autoRouting",
                                             message="Encoder offline")))

    async def scenario() -> Any:
        session = session_for(sim)
        try:
            coordinator = await open_room(session, "Boardroom")
            coordinator.add_listener(lambda v: None, notices.append)
            coordinator.set_switch(Section.AUTO_ROUTINGS, "board-ar-1", True)
            assert switch(coordinator.view, Section.AUTO_ROUTINGS, "Laptop to main display").on
            await coordinator.wait_for_commands()
            return switch(coordinator.view, Section.AUTO_ROUTINGS, "Laptop to main display")
        finally:
            await session.aclose()

    row = run(scenario())
    assert (row.on, row.pending) == (False, False)
    assert phrase_notice(notices[0]) == \
        "Could not switch “Laptop to main display” on: Encoder offline"


def test_server_failure_type_is_kept_for_the_message(sim: Simulator, run: Any) -> None:
    sim.call(lambda: sim.yealink.fail(Fault(FaultKind.HTTP_STATUS, path="invoke", status=502)))

    async def scenario() -> str:
        session = session_for(sim)
        try:
            coordinator = await open_room(session, "Boardroom")
            coordinator.invoke_macro("board-mac-2")
            await coordinator.wait_for_commands()
            return coordinator.view.macros[1].message
        finally:
            await session.aclose()

    expected = ServerFailure("yealink", "The control service failed (HTTP 502)", 502)
    assert run(scenario()) == str(expected)
