"""Sends the latest of a stream of values (a slider being dragged) a few times a second.

While a send is under way or the interval has not passed, newer values replace the waiting
one; when the stream stops, its last value is always sent.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class LatestValueSender(Generic[T]):
    def __init__(
        self,
        send: Callable[[T], Awaitable[None]],
        min_interval_s: float = 0.25,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._send = send
        self._min_interval_s = min_interval_s
        self._clock = clock
        self._sleep = sleep
        self._waiting: tuple[T] | None = None
        self._worker: asyncio.Task[None] | None = None
        self._last_sent_at = float("-inf")

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def submit(self, value: T) -> None:
        self._waiting = (value,)
        if self._worker is None:
            self._worker = asyncio.ensure_future(self._drain())

    async def wait_idle(self) -> None:
        while self._worker is not None:
            await asyncio.shield(self._worker)

    async def _drain(self) -> None:
        try:
            while self._waiting is not None:
                wait = self._last_sent_at + self._min_interval_s - self._clock()
                if wait > 0:
                    await self._sleep(wait)
                (value,), self._waiting = self._waiting, None
                self._last_sent_at = self._clock()
                await self._send(value)
        finally:
            self._worker = None
