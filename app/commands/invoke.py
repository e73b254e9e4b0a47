"""`roompanel invoke`: invoke one macro from the shell, exactly once."""

from __future__ import annotations

import asyncio
import sys

from app.api.errors import ServiceError
from app.config import Config
from app.state.lookup import find_by_id_or_name


def run_invoke(config: Config, *, room: str, macro: str) -> int:
    try:
        message = asyncio.run(_invoke(config, room, macro))
    except (ServiceError, LookupError) as exc:
        print(f"roompanel invoke: {exc}", file=sys.stderr)
        return 1
    print(message)
    return 0


async def _invoke(config: Config, room_wanted: str, macro_wanted: str) -> str:
    if config.through_hub:
        return await _invoke_through_hub(config, room_wanted, macro_wanted)
    from app.state.session import PanelSession

    session = PanelSession(config)
    try:
        room = await session.room_named(room_wanted)
        macros = await session.client.list_macros(room.id)
        found = find_by_id_or_name(macros, macro_wanted)
        if found is None:
            names = ", ".join(f"“{m.name}”" for m in macros) or "none"
            raise LookupError(f"No macro “{macro_wanted}” in “{room.name}” (it has: {names})")
        await session.client.invoke_macro(room.id, found.id)
        return f"Invoked “{found.name}” in “{room.name}”"
    finally:
        await session.aclose()


async def _invoke_through_hub(config: Config, room_wanted: str, macro_wanted: str) -> str:
    """Through the site hub: the room's macros as the hub publishes them, the macro sent as
    one command (the hub carries its id out at most once)."""
    from app.state.remote import HubSession
    from app.viewmodels.phrases import phrase_notice

    session = HubSession(config, tool="invoke")
    try:
        room = await session.room_named(room_wanted)
        controls = session.coordinator(room)
        controls.start()
        macros = (await session.heard(controls)).macros
        found = find_by_id_or_name(macros, macro_wanted)
        if found is None:
            names = ", ".join(f"“{m.name}”" for m in macros) or "none"
            raise LookupError(f"No macro “{macro_wanted}” in “{room.name}” (it has: {names})")
        told: list[str] = []
        await session.ask(room, "invoke_macro", {"macro": found.id},
                          lambda notice: told.append(phrase_notice(notice)))
        if told:
            raise LookupError(told[0])
        return f"Invoked “{found.name}” in “{room.name}” (through the site hub)"
    finally:
        await session.aclose()
