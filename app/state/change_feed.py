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
from app.api.errors import ServiceError
from app.api.worker import Worker, wait_for_kick
from app.api.yealink.client import ChangeTopic, YealinkClient
from app.state.freshness import loop_failure

log = logging.getLogger(__name__)

ChangeListener = Callable[[ChangeTopic, list[str]], None]
HealthListener = Callable[[ServiceError | None], None]


class ChangeFeed:
    def __init__(
        self,
        client: YealinkClient,
        *,
        backoff_factory: Callable[[], Backoff] = Backoff,
        probation_s: float = 1.0,
    ) -> None:
        self._client = client
        self._backoff_factory = backoff_factory
        # After an error, a poll that the server has held this long without failing means
        # the service is back (a long poll only answers when something changes).
        self._probation_s = probation_s
        # Set when a read shows the service is back: polls waiting out a backoff go now.
        self._service_back = {topic: asyncio.Event() for topic in ChangeTopic}
        self._polls = {topic: self._supervised(topic) for topic in ChangeTopic}
        self._stopping: set[asyncio.Task[None]] = set()
        self._errors: dict[ChangeTopic, ServiceError] = {}
        self._change_listeners: list[ChangeListener] = []
        self._health_listeners: list[HealthListener] = []
        self._users = 0

    def _supervised(self, topic: ChangeTopic) -> Worker:
        def crashed(exc: Exception) -> None:
            self._failed(topic, loop_failure("yealink", exc))

        return Worker(lambda: self._poll(topic), name=f"The {topic.value} long poll",
                      on_crash=crashed, backoff_factory=self._backoff_factory)

    @property
    def error(self) -> ServiceError | None:
        return next(iter(self._errors.values()), None)

    @property
    def running(self) -> bool:
        return any(poll.running for poll in self._polls.values())

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
        for poll in self._polls.values():
            poll.start()

    def _stop(self) -> None:
        # Kept until they have finished: a poll cancelled but never awaited would end its
        # cancellation after the loop is gone.
        for poll in self._polls.values():
            task = asyncio.ensure_future(poll.stop())
            self._stopping.add(task)
            task.add_done_callback(self._stopping.discard)
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
            except ServiceError as exc:
                failure: ServiceError | None = exc
            else:
                failure = None
            finally:
                if probation is not None:
                    probation.cancel()
            if failure is not None:
                self._failed(topic, failure)
                await wait_for_kick(self._service_back[topic], backoff.next_delay())
                continue
            backoff.reset()
            self._recovered(topic)
            if changed:
                for listener in list(self._change_listeners):
                    listener(topic, changed)

    def service_answered(self) -> None:
        """A read just worked: the service is back, so polls waiting to retry go now."""
        for topic in self._errors:
            self._service_back[topic].set()

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

