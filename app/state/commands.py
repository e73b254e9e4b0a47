"""Commands that change a room, each sent once, and the background tasks that carry them.

`Commands` is the one way a state holder sends one: a key already under way is refused (a
double tap, a second panel gesture), the key shows as pending from the tap until the answer,
a refusal becomes a notice, and the key is cleared whatever happens. Nothing here retries:
a command is never sent twice by accident.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Hashable, Iterator
from typing import Any, Generic, TypeVar

from app.api.errors import ServiceError
from app.state.notices import Notice

K = TypeVar("K", bound=Hashable)


class TaskSet:
    """Tasks a state holder started and must wait for, or cancel, when it stops."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Future[Any]] = set()

    def spawn(self, work: Awaitable[None]) -> asyncio.Future[None]:
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def __len__(self) -> int:
        return len(self._tasks)

    async def wait(self) -> None:
        """Until every task is done, those started meanwhile included."""
        while self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    async def cancel(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)


class Commands(Generic[K]):
    def __init__(self, publish: Callable[[], None], notify: Callable[[Notice], None],
                 tasks: TaskSet) -> None:
        self._publish = publish
        self._notify = notify
        self._tasks = tasks
        self._pending: dict[K, Any] = {}

    def __contains__(self, key: object) -> bool:
        return key in self._pending

    def __iter__(self) -> Iterator[K]:
        return iter(self._pending)

    def __bool__(self) -> bool:
        return bool(self._pending)

    def wish(self, key: K, default: Any = None) -> Any:
        """What the command under way for `key` asked for (shown until it is answered)."""
        return self._pending.get(key, default)

    def send(self, key: K, send: Callable[[], Awaitable[None]], *,
             failed: Callable[[ServiceError], Notice | None], wish: Any = True) -> bool:
        """Start `send` unless `key` is under way; False when the tap is ignored. `failed`
        turns a refusal into the notice to show (None: nothing to say)."""
        if key in self._pending:
            return False
        self._pending[key] = wish
        self._publish()
        self._tasks.spawn(self._carry_out(key, send, failed))
        return True

    async def _carry_out(self, key: K, send: Callable[[], Awaitable[None]],
                         failed: Callable[[ServiceError], Notice | None]) -> None:
        try:
            await send()
        except ServiceError as exc:
            notice = failed(exc)
            if notice is not None:
                self._notify(notice)
        finally:
            self._pending.pop(key, None)
            self._publish()
