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
