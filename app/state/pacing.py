"""Paces commands per device: the central control asks for "a certain time interval" between
route changes on the same device, so the device can take the first before the next.

Commands are never dropped: each waits its turn, in the order it arrived.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager


class DevicePacer:
    def __init__(
        self,
        interval_s: float = 0.5,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.interval_s = interval_s
        self._clock = clock
        self._sleep = sleep
        self._locks: dict[str, asyncio.Lock] = {}
        self._last_done: dict[str, float] = {}

    @asynccontextmanager
    async def turn(self, device_ids: Iterable[str]) -> AsyncIterator[None]:
        """Hold every named device for one command, at least `interval_s` after the last."""
        ordered = sorted(set(device_ids))  # one global order: no deadlock between commands
        locks = [self._locks.setdefault(d, asyncio.Lock()) for d in ordered]
        for lock in locks:
            await lock.acquire()
        try:
            ready_at = max((self._last_done.get(d, float("-inf")) + self.interval_s
                            for d in ordered), default=float("-inf"))
            wait = ready_at - self._clock()
            if wait > 0:
                await self._sleep(wait)
            try:
                yield
            finally:
                done = self._clock()
                for device in ordered:
                    self._last_done[device] = done
        finally:
            for lock in reversed(locks):
                lock.release()
