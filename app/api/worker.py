"""The one background loop of a client or a state holder (an event stream, a poller, a
coordinator): started once, supervised while it runs, and on stop cancelled and awaited, so
its cancellation ends while the event loop still runs.

Supervised: a loop that dies of an unexpected exception (a bug, an answer no parser
foresaw) is logged once with its cause, reported to its owner (`on_crash`, which shows what
the loop fed as stale, with the reason) and started again after a backoff. No loop can end
silently while the screen keeps showing what it fed as fresh.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from app.api.backoff import Backoff

log = logging.getLogger(__name__)


class Worker:
    def __init__(self, run: Callable[[], Coroutine[Any, Any, None]], *, name: str,
                 on_crash: Callable[[Exception], None] | None = None,
                 backoff_factory: Callable[[], Backoff] = Backoff,
                 pause: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self._run = run
        self.name = name
        self._on_crash = on_crash
        self._backoff_factory = backoff_factory
        self._pause = pause
        self._stopping = False
        self._task: asyncio.Task[None] | None = None
        self.crashes = 0

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.ensure_future(self._supervise())

    async def join(self) -> None:
        """Wait for a loop asked to end by other means to finish, without cancelling it."""
        task, self._task = self._task, None
        if task is not None:
            await asyncio.gather(task, return_exceptions=True)

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            self._stopping = True
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            self._stopping = False

    async def _supervise(self) -> None:
        backoff = self._backoff_factory()
        last_cause = ""
        while True:
            try:
                await self._run()
                return  # a loop that ends by itself has finished its work
            except Exception as exc:
                if self._stopping:
                    # The loop was being cancelled and an error took the cancellation's
                    # place (an `except` clause that failed, say): stopping still means stop.
                    return
                self.crashes += 1
                cause = f"{type(exc).__name__}: {exc}"
                if cause != last_cause:  # once per cause, not once per restart
                    log.error("%s stopped unexpectedly (%s); restarting it", self.name, cause,
                              exc_info=exc)
                    last_cause = cause
                if self._on_crash is not None:
                    try:
                        self._on_crash(exc)
                    except Exception:
                        log.exception("%s: reporting the failure failed", self.name)
                await self._pause(backoff.next_delay())


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
