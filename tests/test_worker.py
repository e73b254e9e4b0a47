"""The supervisor of background loops (`api/worker.py`) on its own: what stopping means."""

from __future__ import annotations

import asyncio
from typing import Any

from conftest import fast_backoff, until

from app.api.worker import Worker


def test_a_loop_whose_cancellation_turns_into_an_error_still_stops(run: Any) -> None:
    """Stopping cancels the loop; an `except` clause that fails on the way out (a lazy
    import missing in a bundle did) raises an error in the cancellation's place. Stopping
    must still stop it, not restart it: the panel hung on SIGTERM."""
    started: list[int] = []

    async def loop() -> None:
        started.append(1)
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            raise AttributeError("module 'websockets' has no attribute 'exceptions'") from None

    async def scenario() -> None:
        worker = Worker(loop, name="The flaky loop", backoff_factory=fast_backoff)
        worker.start()
        await until(lambda: started == [1], what="running")
        await asyncio.wait_for(worker.stop(), 2.0)
        assert not worker.running
        assert (worker.crashes, started) == (0, [1])  # stopped, not counted as a crash

    run(scenario())
