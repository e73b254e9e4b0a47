"""`roompanel route`: set one route from the shell; exit 0 only once the service confirms it."""

from __future__ import annotations

import asyncio
import sys
from typing import TypeVar

from app.api.errors import ServiceError
from app.api.yealink.av_models import Signal
from app.config import Config
from app.state.lookup import find_by_id_or_name
from app.state.notices import Notice
from app.state.routing_view import DisplayRow, RoutingView, SourceRow, signal_between
from app.state.sources import RoutingSource

SIGNAL_CHOICES = [s.value for s in Signal] + ["none"]


def run_route(config: Config, *, room: str, source: str | None, display: str,
              signal: str) -> int:
    try:
        message = asyncio.run(_route(config, room, source, display, signal))
    except (ServiceError, LookupError, RuntimeError) as exc:
        print(f"roompanel route: {exc}", file=sys.stderr)
        return 1
    print(message)
    return 0


async def _route(config: Config, room_wanted: str, source_wanted: str | None,
                 display_wanted: str, signal_name: str) -> str:
    if config.through_hub:
        from app.state.remote import HubSession

        remote = HubSession(config, tool="route")
        try:
            room = await remote.room_named(room_wanted)
            routing = remote.routing(room)
            routing.start()  # asks the hub to read the room's routing for a while
            await remote.arrival(routing)
            said = await _set(routing, source_wanted, display_wanted, signal_name,
                              confirm_within_s=config.hub.timeout_s if config.hub else 5.0)
            return f"{said} (through the site hub)"
        finally:
            await remote.aclose()
    from app.state.session import PanelSession

    session = PanelSession(config)
    try:
        room = await session.room_named(room_wanted)
        direct = session.routing(room)
        await direct.refresh()
        # The state layer reads the room back after a route: confirmed or not once done.
        return await _set(direct, source_wanted, display_wanted, signal_name,
                          confirm_within_s=0.0)
    finally:
        await session.aclose()


async def _set(routing: RoutingSource, source_wanted: str | None, display_wanted: str,
               signal_name: str, *, confirm_within_s: float) -> str:
    """Route (or clear) and wait until the room's routing, as read back, shows it."""
    if routing.view.health.reason:
        raise RuntimeError(routing.view.health.reason)
    if routing.view.note:
        raise LookupError(routing.view.note)
    display = _pick(routing.view.displays, display_wanted, "display")
    clear = signal_name == "none"
    source = None if clear else _pick(routing.view.sources, source_wanted or "", "source")
    problems: list[Notice] = []
    shown = asyncio.Event()

    def done(view: RoutingView) -> bool:
        row = next((d for d in view.displays if d.id == display.id), None)
        if row is None or row.route_wish is not None:
            return False
        if clear:
            return not (row.video_source or row.audio_source)
        assert source is not None
        got = signal_between(row, source.id)
        wanted = Signal(signal_name)
        return bool(got) and Signal(got).carries_video >= wanted.carries_video \
            and Signal(got).carries_audio >= wanted.carries_audio

    routing.add_listener(lambda view: shown.set() if done(view) else None, problems.append)
    routing.route(source.id if source else None, display.id,
                  None if clear else Signal(signal_name))
    await routing.wait_for_commands()
    if problems:
        from app.viewmodels.phrases import phrase_notice

        raise RuntimeError(phrase_notice(problems[0]))
    if not done(routing.view):
        try:
            async with asyncio.timeout(confirm_within_s):
                await shown.wait()
        except TimeoutError:
            pass
    if not done(routing.view):
        raise RuntimeError(f"{display.name} still shows a source" if clear
                           else f"The route to {display.name} was not confirmed")
    if clear:
        return f"Cleared {display.name}"
    assert source is not None
    return f"{source.name} → {display.name} ({signal_name}) confirmed"


Row = TypeVar("Row", SourceRow, DisplayRow)


def _pick(rows: tuple[Row, ...], wanted: str, what: str) -> Row:
    found = find_by_id_or_name(rows, wanted)
    if found is None:
        names = ", ".join(f"“{r.name}”" for r in rows) or "none"
        raise LookupError(f"No {what} “{wanted}” (there are: {names})")
    return found
