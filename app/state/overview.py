"""The operator's overview: one summary per room (automations on, devices offline, last
error), read for every room with a bounded number of requests in flight, then kept fresh by
the change feed (the room that changed is re-read) and a slow periodic re-read. Calls come
from the call book, not from here."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from app.api.errors import ServiceError
from app.api.worker import Worker, wait_for_kick
from app.api.yealink.av_models import DeviceGroup
from app.api.yealink.client import ChangeTopic, YealinkClient
from app.config import Config
from app.state.change_feed import ChangeFeed
from app.state.directory import Room
from app.state.freshness import loop_failure
from app.state.routing import resolve_groups

log = logging.getLogger(__name__)

# Measured (bench/operator_console.py, 200 rooms): 4 reads in flight fill the overview in
# about 1.9 s, 8 in 2.5-2.9 s, 32 in 3.4 s: more connections only queue at the service.
READS_IN_FLIGHT = 4


@dataclass(frozen=True)
class RoomSummary:
    room_id: str
    name: str
    automations_on: int = -1  # -1: not read yet
    automations: int = 0
    devices_offline: int = -1
    devices: int = 0
    error: str = ""
    checked_at: float = 0.0  # monotonic


@dataclass(frozen=True)
class OverviewView:
    summaries: dict[str, RoomSummary] = field(default_factory=dict)  # by room id


class Overview:
    def __init__(self, client: YealinkClient, feed: ChangeFeed, config: Config, *,
                 refresh_interval_s: float = 60.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._client = client
        self._feed = feed
        self._config = config
        self._refresh_interval_s = refresh_interval_s
        self._clock = clock
        self._summaries: dict[str, RoomSummary] = {}
        self.view = OverviewView()
        self._rooms: list[Room] = []
        self._groups: list[DeviceGroup] | None = None
        self._listeners: list[Callable[[OverviewView], None]] = []
        self._worker = Worker(self._run, name="The operator overview", on_crash=self._crashed)
        self._unsubscribe: Callable[[], None] | None = None
        self._dirty: set[str] = set()
        self._wake = asyncio.Event()
        self.first_full_read_s: float | None = None
        self._closed = False
        self._stopping = False

    def add_listener(self, on_view: Callable[[OverviewView], None]) -> None:
        self._listeners.append(on_view)

    @property
    def summaries(self) -> dict[str, RoomSummary]:
        return self.view.summaries

    def start(self, rooms: list[Room]) -> None:
        if self._closed:
            return
        self._rooms = list(rooms)
        for room in rooms:
            self._summaries.setdefault(room.id, RoomSummary(room.id, room.name))
        self._changed()
        if not self._worker.running:
            self._unsubscribe = self._feed.subscribe(self._on_change, lambda error: None)
            self._worker.start()

    async def aclose(self) -> None:
        """Stop for good: the panel is closing."""
        self._closed = True
        await self.stop()

    async def stop(self) -> None:
        """Ends the reads without cancelling a request in flight: httpx cancelled mid-request
        can leave its connection pool locked, and the client's other users behind it."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self._worker.running:
            self._stopping = True
            self._wake.set()
            await self._worker.join()
            self._stopping = False

    def _on_change(self, topic: ChangeTopic, room_ids: list[str]) -> None:
        if topic is ChangeTopic.MONITORS:
            self._dirty.update(r for r in room_ids if r in self._summaries)
            self._wake.set()

    async def _run(self) -> None:
        started = self._clock()
        await self._read_rooms([r.id for r in self._rooms])
        if self._stopping:
            return
        self.first_full_read_s = self._clock() - started
        log.info("Overview of %d rooms read in %.2f s", len(self._rooms),
                 self.first_full_read_s)
        last_full = self._clock()
        while True:
            wait = max(0.0, last_full + self._refresh_interval_s - self._clock())
            await wait_for_kick(self._wake, wait)
            if self._stopping:
                return
            if self._clock() - last_full >= self._refresh_interval_s:
                self._groups = None  # devices may have moved between groups
                self._dirty.clear()
                await self._read_rooms([r.id for r in self._rooms])
                last_full = self._clock()
            elif self._dirty:
                changed, self._dirty = sorted(self._dirty), set()
                await self._read_rooms(changed)

    async def _read_rooms(self, room_ids: list[str]) -> None:
        if self._groups is None:
            try:
                self._groups = await self._client.list_device_groups()
            except ServiceError as exc:
                log.warning("Overview: device groups could not be read: %s", exc.message)
                self._groups = []
        limit = asyncio.Semaphore(READS_IN_FLIGHT)
        by_id = {r.id: r for r in self._rooms}

        async def read(room: Room) -> None:
            async with limit:
                if self._stopping:
                    return  # what has not started yet is not started now
                summary = await self._summarise(room)
            if summary != self._summaries.get(room.id):
                self._summaries[room.id] = summary
                self._changed()

        await asyncio.gather(*(read(by_id[r]) for r in room_ids if r in by_id))

    async def _summarise(self, room: Room) -> RoomSummary:
        old = self._summaries.get(room.id, RoomSummary(room.id, room.name))
        groups, _ = resolve_groups(self._groups or [], room.name,
                                   self._config.room_settings(room.id, room.name))
        try:
            monitors = await self._client.list_monitors(room.id)
            devices = [d for g in groups for d in await self._client.list_devices(g.id)]
        except ServiceError as exc:
            return RoomSummary(room.id, room.name, old.automations_on, old.automations,
                               old.devices_offline, old.devices, exc.message, self._clock())
        return RoomSummary(
            room.id, room.name, sum(1 for m in monitors if m.enable), len(monitors),
            sum(1 for d in devices if d.status != "online") if groups else -1, len(devices),
            "", self._clock())

    def _crashed(self, exc: Exception) -> None:
        # Every tile says it is not being read, until a read succeeds again.
        error = loop_failure("yealink", exc).message
        for room_id, summary in self._summaries.items():
            self._summaries[room_id] = replace(summary, error=error)
        self._changed()

    def _changed(self) -> None:
        self.view = OverviewView(dict(self._summaries))
        for listener in list(self._listeners):
            listener(self.view)
