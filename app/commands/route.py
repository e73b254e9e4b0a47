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
from app.state.routing_view import DisplayRow, SourceRow, signal_between

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
    from app.state.session import PanelSession

    session = PanelSession(config)
    try:
        room = await session.room_named(room_wanted)
        routing = session.routing(room)
        await routing.refresh()
        if routing.view.health.reason:
            raise RuntimeError(routing.view.health.reason)
        if routing.view.note:
            raise LookupError(routing.view.note)
        display = _pick(routing.view.displays, display_wanted, "display")
        clear = signal_name == "none"
        source = None if clear else _pick(routing.view.sources, source_wanted or "", "source")
        problems: list[Notice] = []
        routing.add_listener(lambda view: None, problems.append)
        routing.route(source.id if source else None, display.id,
                      None if clear else Signal(signal_name))
        await routing.wait_for_commands()
        if problems:
            from app.viewmodels.phrases import phrase_notice

            raise RuntimeError(phrase_notice(problems[0]))
        shown = next(d for d in routing.view.displays if d.id == display.id)
        if clear:
            if shown.video_source or shown.audio_source:
                raise RuntimeError(f"{display.name} still shows a source")
            return f"Cleared {display.name}"
        assert source is not None
        got = signal_between(shown, source.id)
        if not got or not (Signal(got).carries_video >= Signal(signal_name).carries_video
                           and Signal(got).carries_audio >= Signal(signal_name).carries_audio):
            raise RuntimeError(f"The route to {display.name} was not confirmed")
        return f"{source.name} → {display.name} ({signal_name}) confirmed"
    finally:
        await session.aclose()


Row = TypeVar("Row", SourceRow, DisplayRow)


def _pick(rows: tuple[Row, ...], wanted: str, what: str) -> Row:
    found = find_by_id_or_name(rows, wanted)
    if found is None:
        names = ", ".join(f"“{r.name}”" for r in rows) or "none"
        raise LookupError(f"No {what} “{wanted}” (there are: {names})")
    return found
