"""A room's conference on the PortSIP server: its status and participants, read while the
room is on screen (the server pushes nothing to us), and its controls, each sent once."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from app.api.backoff import Backoff
from app.api.errors import ServiceError
from app.api.portsip.client import PortSipClient
from app.api.portsip.models import Participant, RoomStatus
from app.state.room import Notice

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ConferenceView:
    subject: str = ""
    status: str = ""  # ONLINE | OFFLINE | ON_CALL | "" before the first read
    locked: bool = False
    muted: bool = False
    recording: bool = False
    layout: str = ""
    participants: tuple[Participant, ...] = ()
    pending: frozenset[str] = frozenset()  # actions under way: "lock", "mute:<id>", ...
    error: str = ""  # why what is shown may be out of date


class ConferenceCoordinator:
    def __init__(self, client: PortSipClient, room_id: str, *, interval_s: float = 3.0,
                 backoff_factory: Callable[[], Backoff] = Backoff) -> None:
        self.room_id = room_id
        self._client = client
        self._interval_s = interval_s
        self._backoff = backoff_factory()
        self.view = ConferenceView()
        self._pending: set[str] = set()
        self._task: asyncio.Task[None] | None = None
        self._kick = asyncio.Event()
        self._tasks: set[asyncio.Future[None]] = set()
        self._view_listeners: list[Callable[[ConferenceView], None]] = []
        self._notice_listeners: list[Callable[[Notice], None]] = []

    def add_listener(self, on_view: Callable[[ConferenceView], None],
                     on_notice: Callable[[Notice], None]) -> None:
        self._view_listeners.append(on_view)
        self._notice_listeners.append(on_notice)

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.ensure_future(self._run())

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    async def wait_for_commands(self) -> None:
        while self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _run(self) -> None:
        while True:
            ok = await self.refresh()
            wait = self._interval_s if ok else min(self._interval_s, self._backoff.next_delay())
            timer = asyncio.get_running_loop().call_later(wait, self._kick.set)
            try:
                await self._kick.wait()
            finally:
                timer.cancel()
            self._kick.clear()

    async def refresh(self) -> bool:
        try:
            room, status, people = await asyncio.gather(
                self._client.get_room(self.room_id), self._client.room_status(self.room_id),
                self._client.participants(self.room_id))
        except ServiceError as exc:
            if not self.view.error:
                log.warning("Conference %s could not be read: %s", self.room_id, exc.message)
            self._publish(error=exc.message)
            return False
        self._backoff.reset()
        self._publish(status=status, subject=room.subject, layout=room.layout,
                      participants=tuple(sorted(people, key=_order)))
        return True

    # --- commands ----------------------------------------------------------------------------

    def room_action(self, action: str) -> bool:
        """mute | unmute | lock | unlock | start_recording | stop_recording"""
        return self._command(action, lambda: self._client.room_action(self.room_id, action),
                             f"Could not {action.replace('_', ' ')}")

    def set_layout(self, layout: str) -> bool:
        return self._command("layout", lambda: self._client.set_layout(self.room_id, layout),
                             "Could not change the layout")

    def invite(self, number: str) -> bool:
        return self._command(f"invite:{number}",
                             lambda: self._client.invite(self.room_id, number),
                             f"Could not invite {number}")

    def participant_action(self, participant_id: str, action: str) -> bool:
        """mute | unmute | chairman | destroy (kick: the view asks for confirmation first)"""
        name = next((p.display_name for p in self.view.participants if p.id == participant_id),
                    participant_id)
        return self._command(
            f"{action}:{participant_id}",
            lambda: self._client.participant_action(self.room_id, participant_id, action),
            f"Could not {'remove' if action == 'destroy' else action} {name}")

    def _command(self, key: str, send: Callable[[], Awaitable[None]], failure: str) -> bool:
        if key in self._pending:
            return False  # a second tap while the first is under way
        self._pending.add(key)
        self._publish()
        self._spawn(self._carry_out(key, send, failure))
        return True

    async def _carry_out(self, key: str, send: Callable[[], Awaitable[None]],
                         failure: str) -> None:
        try:
            await send()
            await self.refresh()  # the server's own state confirms it
        except ServiceError as exc:
            for listener in list(self._notice_listeners):
                listener(Notice(f"{failure}: {exc.message}"))
        finally:
            self._pending.discard(key)
            self._publish()

    def _spawn(self, coro: Awaitable[None]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _publish(self, *, status: RoomStatus | None = None, subject: str | None = None,
                 layout: str | None = None, participants: tuple[Participant, ...] | None = None,
                 error: str | None = None) -> None:
        old = self.view
        view = ConferenceView(
            subject=old.subject if subject is None else subject,
            status=status.status if status else old.status,
            locked=status.locked if status else old.locked,
            muted=status.muted if status else old.muted,
            recording=status.recording if status else old.recording,
            layout=old.layout if layout is None else layout,
            participants=old.participants if participants is None else participants,
            pending=frozenset(self._pending),
            error=(error or "") if (status is not None or error is not None) else old.error,
        )
        if view != old:
            self.view = view
            for listener in list(self._view_listeners):
                listener(view)


def _order(participant: Participant) -> tuple[int, int, str]:
    # The chairman first, then by position on screen (-1: not shown), then by name.
    position = participant.position if participant.position >= 0 else 99
    return (0 if participant.chairman else 1, position, participant.display_name)
