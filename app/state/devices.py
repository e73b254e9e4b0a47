"""A room's DingTalk meeting devices: polled while the room is on screen (DingTalk offers no
event stream to us), each reading kept with the time it was confirmed."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from app.api.backoff import Backoff
from app.api.dingtalk.client import DingTalkClient
from app.api.errors import NotOffered, ServiceError
from app.api.worker import Worker
from app.state import features
from app.state.freshness import loop_failure
from app.state.notices import Problem

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeviceRow:
    id: str
    name: str
    status: str  # idle | projection | conf_incoming | conf_running | white_board | offline | ""
    status_text: str
    share_code: str
    stale: bool  # the last poll failed: what is shown may be out of date
    error: str
    confirmed_at: float | None
    offered: bool = True  # False: DingTalk does not offer this device's state to the panel


@dataclass(frozen=True)
class DevicesView:
    rows: tuple[DeviceRow, ...] = field(default_factory=tuple)  # in the configured order


class DevicePoller:
    def __init__(self, client: DingTalkClient, device_ids: list[str], *,
                 interval_s: float = 30.0, wall_clock: Callable[[], float] = time.time,
                 backoff_factory: Callable[[], Backoff] = Backoff) -> None:
        self._client = client
        self._ids = device_ids
        self._interval_s = interval_s
        self._wall_clock = wall_clock
        self._backoff = backoff_factory()
        self._rows: dict[str, DeviceRow] = {
            d: DeviceRow(d, d, "", "Connecting…", "", False, "", None) for d in device_ids}
        self._failing = False
        self._worker = Worker(self._run, name="DingTalk device polling",
                              on_crash=self._crashed, backoff_factory=backoff_factory)
        self._listeners: list[Callable[[DevicesView], None]] = []
        self.view = DevicesView(tuple(self._rows[d] for d in device_ids))

    @property
    def rows(self) -> list[DeviceRow]:
        return list(self.view.rows)

    def add_listener(self, on_view: Callable[[DevicesView], None]) -> None:
        self._listeners.append(on_view)

    def start(self) -> None:
        if self._ids:
            self._worker.start()

    async def stop(self) -> None:
        await self._worker.stop()

    def _crashed(self, exc: Exception) -> None:
        # Every device shows stale, with why, until a poll succeeds again.
        message = loop_failure("dingtalk", exc).message
        for device_id, old in self._rows.items():
            self._rows[device_id] = DeviceRow(device_id, old.name, old.status, old.status_text,
                                              old.share_code, True, message, old.confirmed_at)
        self._failing = True
        self._publish()

    def _publish(self) -> None:
        self.view = DevicesView(tuple(self._rows[d] for d in self._ids))
        for listener in list(self._listeners):
            listener(self.view)

    async def poll_once(self) -> None:
        results = await asyncio.gather(*(self._client.get_device(d) for d in self._ids),
                                       return_exceptions=True)
        now = self._wall_clock()
        failed = False
        for device_id, result in zip(self._ids, results, strict=True):
            old = self._rows[device_id]
            if isinstance(result, ServiceError):
                failed = True
                self._rows[device_id] = DeviceRow(
                    device_id, old.name, old.status, old.status_text, old.share_code, True,
                    result.message, old.confirmed_at,
                    offered=not isinstance(result, NotOffered))
            elif isinstance(result, BaseException):
                raise result
            else:
                self._rows[device_id] = DeviceRow(
                    device_id, result.device_name or device_id, result.device_status,
                    result.status_text, result.share_code, False, "", now)
        off = next((r for r in results if isinstance(r, NotOffered)), None)
        features.report("dingtalk", "meeting devices", Problem.of(off) if off else None)
        if failed != self._failing:
            self._failing = failed
            if failed:
                log.warning("DingTalk devices could not be read: %s",
                            next(r.error for r in self._rows.values() if r.error))
            else:
                log.info("DingTalk devices readable again")
        self._publish()

    async def _run(self) -> None:
        while True:
            await self.poll_once()
            if self._failing:
                await asyncio.sleep(min(self._interval_s, self._backoff.next_delay()))
            else:
                self._backoff.reset()
                await asyncio.sleep(self._interval_s)
