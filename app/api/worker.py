"""The one background loop of a client or a state holder (an event stream, a poller, a
coordinator): started once, and on stop cancelled and awaited, so its cancellation ends
while the event loop still runs."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any


class Worker:
    def __init__(self, run: Callable[[], Coroutine[Any, Any, None]]) -> None:
        self._run = run
        self._task: asyncio.Task[None] | None = None

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.ensure_future(self._run())

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)


async def wait_for_kick(kick: asyncio.Event, timeout_s: float,
                        on_timeout: Callable[[], None] | None = None) -> None:
    """Until `kick` is set (work is wanted now) or `timeout_s` has passed, then clear it.
    `on_timeout` (default: set the kick) runs when the time is up first. A timer, not
    `asyncio.wait_for`: cancelling that under qasync can hang."""
    timer = asyncio.get_running_loop().call_later(timeout_s, on_timeout or kick.set)
    try:
        await kick.wait()
    finally:
        timer.cancel()
    kick.clear()
