"""The rooms the control service lists: read at start until the service answers (with
backoff, saying why meanwhile), read again when someone asks for the room list."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace

from app.api.backoff import Backoff
from app.api.errors import ServiceError
from app.api.yealink.client import YealinkClient
from app.state.lookup import find_by_id_or_name
from app.state.notices import Problem

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Room:
    """A room of the control service (its space): the id every other part keys on."""

    id: str
    name: str


@dataclass(frozen=True)
class DirectoryView:
    rooms: tuple[Room, ...] = ()
    loaded: bool = False  # a list has been read
    problem: Problem | None = None  # why the last read failed
    retrying: bool = False  # the first list is not in yet: reading it again after a pause


class DirectoryReading:
    """What a room list answers from its published view, direct or through the hub."""

    view: DirectoryView
    _listeners: list[Callable[[DirectoryView], None]]

    def add_listener(self, on_view: Callable[[DirectoryView], None]) -> None:
        self._listeners.append(on_view)

    @property
    def rooms(self) -> tuple[Room, ...]:
        return self.view.rooms

    def find(self, name_or_id: str) -> Room | None:
        return find_by_id_or_name(self.view.rooms, name_or_id)


class RoomDirectory(DirectoryReading):
    def __init__(self, client: YealinkClient, *,
                 backoff_factory: Callable[[], Backoff] = Backoff,
                 pause: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self._client = client
        self._backoff_factory = backoff_factory
        self._pause = pause
        self.view = DirectoryView()
        self._listeners: list[Callable[[DirectoryView], None]] = []

    async def read(self) -> tuple[Room, ...]:
        """Read the list once; raises the service's error (the command line's way)."""
        spaces = await self._client.list_spaces()
        rooms = tuple(Room(s.id, s.name) for s in spaces)
        self._publish(DirectoryView(rooms, loaded=True))
        return rooms

    async def load_until_reachable(self) -> tuple[Room, ...]:
        backoff = self._backoff_factory()
        while True:
            try:
                return await self.read()
            except ServiceError as exc:
                if self.view.problem is None:
                    log.warning("The room list could not be read: %s", exc.message)
                self._publish(replace(self.view, problem=Problem.of(exc), retrying=True))
                await self._pause(backoff.next_delay())

    async def reload(self) -> bool:
        """Read the list again; on failure the old one stays, with the reason."""
        try:
            await self.read()
        except ServiceError as exc:
            self._publish(replace(self.view, problem=Problem.of(exc), retrying=False))
            return False
        return True

    def _publish(self, view: DirectoryView) -> None:
        if view != self.view:
            self.view = view
            for listener in list(self._listeners):
                listener(view)
