"""Live calls of every room's extensions, from the PBX's events, reconciled on (re)connect.

While the event stream is down the book says "call status unavailable" and shows no call:
a call on screen that may have ended is worse than none. After every (re)connect the calls
are re-read with `call/query`, so nothing is left ringing. Commands are sent once.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from app.api.backoff import Backoff
from app.api.errors import ServiceError
from app.api.yeastar.client import YeastarClient
from app.api.yeastar.events import EventStream
from app.api.yeastar.models import (
    CALL_FAILED,
    CALL_STATE_CHANGED,
    CONFERENCE_HOST_LEFT,
    EXTENSION_CALL_STATE,
    EXTENSION_PRESENCE,
    EXTENSION_REGISTRATION,
    INCOMING_CALL,
    NEW_CDR,
    UACSTA_CALL,
    Call,
    Cdr,
    Event,
    Member,
)
from app.state.commands import Commands, TaskSet
from app.state.notices import Notice, NoticeKind

log = logging.getLogger(__name__)
RECENT_CALLS_KEPT = 20


@dataclass(frozen=True)
class CallRow:
    call_id: str
    state: str  # ringing | dialing | talking | on hold
    direction: str  # inbound | outbound | internal
    remote: str  # who is on the other end
    remote_name: str  # their name on the PBX, for an internal party ("" when unknown)
    trunk: str
    our_extension: str
    channel_id: str  # our leg: the one the panel controls
    since: float  # monotonic time the current state began (for the on-screen timer)
    muted: bool
    pending: str  # the control under way ("" when none)
    members: tuple[Member, ...]
    # The room's desk phone rings under uaCSTA control: the panel can make it answer.
    answerable: bool = False


@dataclass(frozen=True)
class RecentCall:
    call_id: str
    time_start: str
    remote: str
    direction: str
    status: str
    talk_duration: int


@dataclass(frozen=True)
class PhoneState:
    """One of a room's extensions as the PBX reports it (unknown until it says)."""

    extension: str
    registered: bool | None = None  # its SIP endpoint (the desk phone) registered
    call_state: str = ""  # Ringing | Busy | Idle
    presence: str = ""  # available | away | business_trip | do_not_disturb | lunch | off_work

    @property
    def known(self) -> bool:
        return self.registered is not None or bool(self.call_state or self.presence)


@dataclass(frozen=True)
class CallsView:
    """What the call book knows, as published: read-only, replaced on every change."""

    available: bool = False
    reason: str = "Connecting to the PBX…"
    calls: dict[str, tuple[CallRow, ...]] = field(default_factory=dict)  # by room
    recent: dict[str, tuple[RecentCall, ...]] = field(default_factory=dict)
    dialing: frozenset[str] = frozenset()  # rooms placing a call
    # "presence:1001", "call:1001", "registration:1001" -> the PBX's last word
    presence: dict[str, str] = field(default_factory=dict)
    extensions: dict[str, tuple[str, ...]] = field(default_factory=dict)  # by room
    # Configured extensions the PBX does not have: their calls can never show (a typo in the
    # configuration, a phone renumbered), said instead of silently showing no calls.
    missing: frozenset[str] = frozenset()

    def calls_for(self, room: str) -> tuple[CallRow, ...]:
        return self.calls.get(room, ())

    def phones_for(self, room: str) -> tuple[PhoneState, ...]:
        def state(extension: str) -> PhoneState:
            registration = self.presence.get(f"registration:{extension}")
            return PhoneState(extension, None if registration is None
                              else registration == "Registered",
                              self.presence.get(f"call:{extension}", ""),
                              self.presence.get(f"presence:{extension}", ""))
        return tuple(state(e) for e in self.extensions.get(room, ()))

    def recent_for(self, room: str) -> tuple[RecentCall, ...]:
        return self.recent.get(room, ())


ViewListener = Callable[[CallsView], None]
NoticeListener = Callable[[str, Notice], None]


def _state_of(member: Member) -> str:
    status = member.status.upper()
    if status == "HOLD":
        return "on hold"
    if status in ("ANSWERED", "ANSWER"):
        return "talking"
    if status == "ALERT":
        return "dialing"
    return "ringing" if status in ("RING", "EARLYMEDIA") else status.lower() or "ringing"


class _ShowsCalls(Protocol):
    @property
    def view(self) -> CallsView: ...


class CallsReading:
    """What a calls source answers from its published view (an attribute of the call book,
    a property of its mirror on a site hub's panel)."""

    @property
    def available(self: _ShowsCalls) -> bool:
        return self.view.available

    @property
    def reason(self: _ShowsCalls) -> str:
        return self.view.reason

    def calls_for(self: _ShowsCalls, room: str) -> list[CallRow]:
        return list(self.view.calls_for(room))

    def recent_for(self: _ShowsCalls, room: str) -> list[RecentCall]:
        return list(self.view.recent_for(room))

    def dialing(self: _ShowsCalls, room: str) -> bool:
        return room in self.view.dialing


class CallBook(CallsReading):
    def __init__(
        self,
        client: YeastarClient,
        room_extensions: dict[str, list[str]],
        *,
        clock: Callable[[], float] = time.monotonic,
        backoff_factory: Callable[[], Backoff] = Backoff,
        heartbeat_s: float = 20.0,
        dead_after_s: float = 45.0,
    ) -> None:
        self._client = client
        self._backoff_factory = backoff_factory
        self._rooms = room_extensions
        self._clock = clock
        self._calls: dict[str, Call] = {}
        self._since: dict[tuple[str, str], float] = {}  # (call id, state) -> since
        self._muted: set[str] = set()
        self._recent: dict[str, deque[RecentCall]] = {r: deque(maxlen=RECENT_CALLS_KEPT)
                                                      for r in room_extensions}
        self._presence: dict[str, str] = {}
        self._names: dict[str, str] = {}
        self._available = False
        self._reason = CallsView.reason
        self._unknown_types: set[int] = set()
        self._listeners: list[ViewListener] = []
        self._notice_listeners: list[NoticeListener] = []
        self._event_listeners: list[Callable[[Event], None]] = []
        self._tasks = TaskSet()
        # Keyed by call id (a control) or "dial:<room>"; the wish is the control's name.
        # A refusal is told to the room that sent the command (`failed` does it).
        self._commands: Commands[str] = Commands(self._changed, lambda notice: None,
                                                 self._tasks)
        self.view = CallsView()
        # Desk phones ringing under uaCSTA: extension -> (uaCSTA call id, phone's address).
        self._uacsta: dict[str, tuple[str, str]] = {}
        # Calls told to answer, shown pending until the PBX says they are no longer ringing.
        self._answering: set[str] = set()
        self._reconcile_generation = 0
        self._flush_scheduled = False
        self._closed = False
        self.stream = EventStream(client, self.on_event, self.on_link,
                                  heartbeat_s=heartbeat_s, dead_after_s=dead_after_s,
                                  backoff_factory=backoff_factory)

    @property
    def rooms(self) -> list[str]:
        return list(self._rooms)


    def add_listener(self, on_view: ViewListener, on_notice: NoticeListener) -> None:
        self._listeners.append(on_view)
        self._notice_listeners.append(on_notice)

    def add_event_listener(self, on_event: Callable[[Event], None]) -> None:
        """Every PBX event, for state that watches more than calls (a PBX conference)."""
        self._event_listeners.append(on_event)

    def start(self) -> None:
        if not self._closed:
            self.stream.start()

    async def stop(self) -> None:
        await self.stream.stop()
        await self._tasks.cancel()

    async def aclose(self) -> None:
        """Stop listening and revoke the PBX token."""
        self._closed = True
        await self.stop()
        await self._client.aclose()

    # --- the stream --------------------------------------------------------------------------

    def on_link(self, up: bool, reason: str) -> None:
        if up:
            self._tasks.spawn(self._reconcile())
            return
        self._reconcile_generation += 1  # a reconcile under way stops retrying
        self._available = False
        self._reason = reason or "The PBX event stream is down"
        self._calls.clear()
        self._changed()

    async def _reconcile(self) -> None:
        """After a (re)connect: the PBX's list of calls replaces ours, so no call is left
        ringing that ended while we were away. A failed read is tried again with backoff
        while the stream stays up: it is never the last word."""
        self._reconcile_generation += 1
        generation = self._reconcile_generation
        backoff = self._backoff_factory()
        while True:
            try:
                calls = await self._client.query_calls()
                if not self._names:
                    # Names of the PBX's extensions, so an internal call shows who it is.
                    self._names = await self._client.list_extensions()
                break
            except ServiceError as exc:
                reason = f"Calls could not be read: {exc.message}"
            except Exception as exc:
                log.exception("Reading the PBX's calls failed unexpectedly")
                reason = f"Calls could not be read ({type(exc).__name__})"
            if generation != self._reconcile_generation:
                return  # the stream went down or came up again meanwhile
            self._available = False
            self._reason = reason
            self._changed()
            await asyncio.sleep(backoff.next_delay())
            if generation != self._reconcile_generation:
                return
        if generation != self._reconcile_generation:
            return
        self._calls = {c.call_id: c for c in calls if not c.ended}
        self._available = True
        self._reason = ""
        self._changed()

    def on_event(self, event: Event) -> None:
        try:
            self._apply(event)
        except (ValueError, TypeError, KeyError) as exc:
            log.warning("Skipping PBX event %s that could not be read: %s", event.type, exc)
        for listener in list(self._event_listeners):
            listener(event)

    def _apply(self, event: Event) -> None:
        msg = event.msg
        if event.type in (CALL_STATE_CHANGED, INCOMING_CALL):
            call = Call.model_validate(msg)
            if call.ended:
                self._calls.pop(call.call_id, None)
            elif event.type == CALL_STATE_CHANGED or call.call_id not in self._calls:
                self._calls[call.call_id] = call
            self._changed()
        elif event.type == NEW_CDR:
            cdr = Cdr.model_validate(msg)
            for room, extensions in self._rooms.items():
                if cdr.call_from in extensions or cdr.call_to in extensions:
                    ours_called = cdr.call_to in extensions
                    self._recent[room].appendleft(RecentCall(
                        cdr.call_id, cdr.time_start,
                        cdr.call_from if ours_called else cdr.call_to,
                        cdr.type, cdr.status, cdr.talk_duration))
            self._changed()
        elif event.type == CALL_FAILED:
            members = [Member.from_wire(m) for m in msg.get("members", [])]
            reason = str(msg.get("reason", "unknown reason"))
            for room, extensions in self._rooms.items():
                if any(m.kind == "extension" and m.number in extensions for m in members):
                    others = [m.number for m in members if m.number not in extensions]
                    self._notify(room, Notice.of(NoticeKind.CALL_FAILED,
                                                 number=others[0] if others else "?",
                                                 reason=reason))
        elif event.type == CONFERENCE_HOST_LEFT:
            host = str(msg.get("host_num", ""))
            notice = Notice.info(NoticeKind.HOST_LEFT, host=host,
                                 conference=str(msg.get("conference_id", "")))
            hosts_room = [r for r, extensions in self._rooms.items() if host in extensions]
            for room in hosts_room or list(self._rooms):
                self._notify(room, notice)
        elif event.type == UACSTA_CALL:
            self._on_uacsta(msg)
        elif event.type in (EXTENSION_CALL_STATE, EXTENSION_PRESENCE):
            key = "presence" if event.type == EXTENSION_PRESENCE else "call"
            self._presence[f"{key}:{msg.get('extension')}"] = str(msg.get("status", ""))
            self._changed()
        elif event.type == EXTENSION_REGISTRATION:
            # The desk phone is the SIP endpoint; a Linkus app logging in or out is not it.
            if str(msg.get("kind", "Sip")) == "Sip":
                self._presence[f"registration:{msg.get('extension')}"] = str(
                    msg.get("status", ""))
                self._changed()
        elif event.type not in self._unknown_types:
            self._unknown_types.add(event.type)
            log.info("Ignoring PBX events of type %s", event.type)

    def _on_uacsta(self, msg: dict[str, Any]) -> None:
        extension = str(msg.get("extension", ""))
        operation = str(msg.get("operation", ""))
        if not extension:
            return
        if operation == "call_start" and msg.get("call_id") and msg.get("ip_address"):
            self._uacsta[extension] = (str(msg["call_id"]), str(msg["ip_address"]))
        elif operation in ("call_answer", "call_over"):
            self._uacsta.pop(extension, None)
        self._changed()

    # --- what a room shows ---------------------------------------------------------------

    def _rows_for(self, room: str, now: float) -> tuple[CallRow, ...]:
        extensions = self._rooms.get(room, [])
        rows = []
        for call in self._calls.values():
            ours = next((m for m in call.members
                         if m.kind == "extension" and m.number in extensions), None)
            if ours is None:
                continue
            others = [m for m in call.members if m is not ours]
            remote = others[0] if others else ours
            state = _state_of(ours)
            since = self._since.setdefault((call.call_id, state), now)
            direction = remote.kind if remote.kind in ("inbound", "outbound") else "internal"
            name = self._names.get(remote.number, "") if remote.kind == "extension" else ""
            answering = call.call_id in self._answering and state == "ringing"
            pending = self._commands.wish(call.call_id, "") or ("answer" if answering else "")
            rows.append(CallRow(call.call_id, state, direction, remote.number, name,
                                remote.trunk, ours.number, ours.channel_id, since,
                                ours.channel_id in self._muted, pending, call.members,
                                answerable=state == "ringing" and not pending
                                and direction != "outbound" and ours.number in self._uacsta))
        return tuple(sorted(rows, key=lambda r: r.call_id))

    def _derive(self) -> CallsView:
        now = self._clock()
        calls = {room: self._rows_for(room, now) for room in self._rooms} \
            if self._available else {}
        # A state's start is kept only while its call lasts; an answer only while it rings.
        live = set(self._calls)
        self._answering = {c for c in self._answering if c in live and any(
            _state_of(m) == "ringing" for m in self._calls[c].members if m.kind == "extension")}
        self._since = {key: at for key, at in self._since.items() if key[0] in live}
        return CallsView(
            available=self._available, reason=self._reason, calls=calls,
            recent={room: tuple(kept) for room, kept in self._recent.items()},
            dialing=frozenset(room for room in self._rooms if f"dial:{room}" in self._commands),
            presence=dict(self._presence),
            extensions={room: tuple(numbers) for room, numbers in self._rooms.items()},
            missing=frozenset({e for numbers in self._rooms.values() for e in numbers}
                              - set(self._names)) if self._names else frozenset())

    # --- commands: each sent once ------------------------------------------------------------

    def control(self, room: str, call_id: str, action: str) -> bool:
        row = next((r for r in self.view.calls_for(room) if r.call_id == call_id), None)
        if row is None:
            return False
        if action == "answer":
            return self._answer(room, row)
        commands: dict[str, Callable[[str], Awaitable[None]]] = {
            "hangup": self._client.hangup, "hold": self._client.hold,
            "resume": self._client.unhold, "mute": self._client.mute,
            "unmute": self._client.unmute,
        }
        if action not in commands:
            raise ValueError(action)

        async def send() -> None:
            await commands[action](row.channel_id)
            if action == "mute":
                self._muted.add(row.channel_id)
            elif action == "unmute":
                self._muted.discard(row.channel_id)

        return self._commands.send(
            call_id, send, wish=action,
            failed=lambda exc: self._notify(room, Notice.of(
                NoticeKind.CALL_CONTROL_FAILED, exc, action=action, remote=row.remote)))

    def _answer(self, room: str, row: CallRow) -> bool:
        """The room's desk phone picks up (uaCSTA); pending until the PBX says so."""
        phone = self._uacsta.get(row.our_extension)
        if not row.answerable or phone is None:
            return False

        async def answer() -> None:
            await self._client.uacsta_accept(row.our_extension, *phone)
            self._answering.add(row.call_id)

        return self._commands.send(
            row.call_id, answer, wish="answer",
            failed=lambda exc: self._notify(room, Notice.of(
                NoticeKind.CALL_CONTROL_FAILED, exc, action="answer", remote=row.remote)))

    def transfer(self, room: str, call_id: str, number: str) -> bool:
        """Hand the other party of a call in progress to `number` (blind): the room leaves
        the call, `number` rings."""
        row = next((r for r in self.view.calls_for(room) if r.call_id == call_id), None)
        if row is None or not number or row.state not in ("talking", "on hold"):
            return False
        other = next((m for m in row.members if m.channel_id != row.channel_id), None)
        if other is None:
            return False

        async def hand_over() -> None:
            await self._client.transfer_blind(other.channel_id, number, row.our_extension)

        return self._commands.send(
            call_id, hand_over, wish="transfer",
            failed=lambda exc: self._notify(room, Notice.of(
                NoticeKind.TRANSFER_FAILED, exc, remote=row.remote, number=number)))

    def dial(self, room: str, number: str) -> bool:
        extensions = self._rooms.get(room, [])
        if not extensions or not number:
            return False
        async def place_call() -> None:
            await self._client.dial(extensions[0], number)

        return self._commands.send(
            f"dial:{room}", place_call, wish=number,
            failed=lambda exc: self._notify(room, Notice.of(NoticeKind.DIAL_FAILED, exc,
                                                            number=number)))

    # --- plumbing ----------------------------------------------------------------------------

    async def wait_for_commands(self) -> None:
        await self._tasks.wait()

    def _changed(self) -> None:
        # Coalesced: a burst of events (a storm of 2,000 a second) refreshes the views once
        # per turn of the event loop, not once per event.
        if self._flush_scheduled:
            return
        self._flush_scheduled = True
        try:
            asyncio.get_running_loop().call_soon(self._flush)
        except RuntimeError:  # no loop running (a synchronous caller): tell them now
            self._flush()

    def _flush(self) -> None:
        self._flush_scheduled = False
        view = self._derive()
        if view == self.view:
            return
        self.view = view
        for listener in list(self._listeners):
            listener(view)

    def _notify(self, room: str, notice: Notice) -> None:
        for listener in list(self._notice_listeners):
            listener(room, notice)
