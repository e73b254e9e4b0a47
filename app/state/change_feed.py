"""The central control's change notifications: three long polls, kept open while needed.

One feed serves every room the panel is looking at: the long-polling endpoints are not per
room, they answer with the ids of the rooms that changed. A poll is re-issued at once after
200/204 and after a capped, jittered backoff on errors. Health is reported on transitions
only, so the log gets one line when notifications stop and one when they are back.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from app.api.backoff import Backoff
from app.api.errors import InvalidResponse, ServiceError
from app.api.yealink.client import ChangeTopic, YealinkClient

log = logging.getLogger(__name__)

ChangeListener = Callable[[ChangeTopic, list[str]], None]
HealthListener = Callable[[ServiceError | None], None]


class ChangeFeed:
    def __init__(
        self,
        client: YealinkClient,
        *,
        backoff_factory: Callable[[], Backoff] = Backoff,
        probation_s: float = 2.0,
    ) -> None:
        self._client = client
        self._backoff_factory = backoff_factory
        # After an error, a poll that the server has held this long without failing means
        # the service is back (a long poll only answers when something changes).
        self._probation_s = probation_s
        self._tasks: list[asyncio.Task[None]] = []
        self._stopping: set[asyncio.Task[None]] = set()
        self._errors: dict[ChangeTopic, ServiceError] = {}
        self._change_listeners: list[ChangeListener] = []
        self._health_listeners: list[HealthListener] = []
        self._users = 0

    @property
    def error(self) -> ServiceError | None:
        return next(iter(self._errors.values()), None)

    @property
    def running(self) -> bool:
        return bool(self._tasks)

    def subscribe(self, on_change: ChangeListener, on_health: HealthListener) -> Callable[[], None]:
        """Listen for changes; the polls run while at least one listener is subscribed."""
        self._change_listeners.append(on_change)
        self._health_listeners.append(on_health)
        self._users += 1
        if self._users == 1:
            self._start()

        def unsubscribe() -> None:
            self._change_listeners.remove(on_change)
            self._health_listeners.remove(on_health)
            self._users -= 1
            if self._users == 0:
                self._stop()

        return unsubscribe

    def _start(self) -> None:
        self._tasks = [
            asyncio.ensure_future(self._poll(topic), loop=None) for topic in ChangeTopic
        ]

    def _stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        # Kept until they have finished: a poll cancelled but never awaited would end its
        # cancellation after the loop is gone.
        for task in self._tasks:
            self._stopping.add(task)
            task.add_done_callback(self._stopping.discard)
        self._tasks = []
        self._errors.clear()

    async def aclose(self) -> None:
        self._stop()
        stopping, self._stopping = list(self._stopping), set()
        await asyncio.gather(*stopping, return_exceptions=True)

    async def _poll(self, topic: ChangeTopic) -> None:
        backoff = self._backoff_factory()
        loop = asyncio.get_running_loop()
        while True:
            probation = (
                loop.call_later(self._probation_s, self._recovered, topic)
                if topic in self._errors
                else None
            )
            try:
                changed = await self._client.wait_for_changes(topic)
            except Exception as exc:
                if probation is not None:
                    probation.cancel()
                self._failed(topic, _as_service_error(topic, exc))
                await asyncio.sleep(backoff.next_delay())
                continue
            if probation is not None:
                probation.cancel()
            backoff.reset()
            self._recovered(topic)
            if changed:
                for listener in list(self._change_listeners):
                    listener(topic, changed)

    def _failed(self, topic: ChangeTopic, error: ServiceError) -> None:
        was_healthy = not self._errors
        self._errors[topic] = error
        if was_healthy:
            log.warning("Change notifications interrupted: %s", error.message)
            self._notify_health()

    def _recovered(self, topic: ChangeTopic) -> None:
        if self._errors.pop(topic, None) is not None and not self._errors:
            log.info("Change notifications restored")
            self._notify_health()

    def _notify_health(self) -> None:
        error = self.error
        for listener in list(self._health_listeners):
            listener(error)


def _as_service_error(topic: ChangeTopic, exc: Exception) -> ServiceError:
    if isinstance(exc, ServiceError):
        return exc
    # A bug must not end notifications for good: log it loudly and keep polling.
    log.error("Long poll %s failed unexpectedly", topic.value, exc_info=exc)
    return InvalidResponse("yealink", f"Unexpected error: {exc}")
