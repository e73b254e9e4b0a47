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
from typing import Any, Protocol, TypeVar

from app.api.backoff import Backoff
from app.api.errors import ServiceError
from app.api.yeastar.client import YeastarClient
from app.api.yeastar.events import EventStream
from app.api.yeastar.models import (
    CALL_FAILED,
    CALL_STATE_CHANGED,
    CONFERENCE_HOST_LEFT,
    ENDED_STATUSES,
    EXTENSION_CALL_STATE,
    EXTENSION_PRESENCE,
    EXTENSION_REGISTRATION,
    INCOMING_CALL,
    NEW_CDR,
    PRESENCE_STATES,
    SYSTEM_INFORMATION,
    SYSTEM_WARNING,
    TRUNK_REGISTRATION,
    UACSTA_CALL,
    Call,
    Cdr,
    CdrRecord,
    Event,
    Member,
)
from app.state.commands import Commands, TaskSet
from app.state.notices import Notice, NoticeKind

log = logging.getLogger(__name__)
T = TypeVar("T")
RECENT_CALLS_KEPT = 20
SYSTEM_EVENTS_KEPT = 5
# How far back the call records are read to back-fill every room's recent calls.
CDR_BACKFILL = 200
# Finishing an attended transfer: the PBX's word for each of our actions.
CONSULT_ENDINGS = {"transfer_complete": "complete", "transfer_abort": "abort",
                   "transfer_threeway": "threeway", "transfer_swap": "swap"}


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
    # Held on a controlled trunk (event 30016) for the panel to let through or refuse; the
    # PBX routes it by itself after 10 s.
    admission: bool = False
    consulting: str = ""  # the number our side is consulting (attended transfer under way)


@dataclass(frozen=True)
class RecentCall:
    call_id: str
    time_start: str
    remote: str
    direction: str
    status: str
    talk_duration: int


@dataclass(frozen=True)
class ParkedRow:
    slot: str
    party: str  # who waits
    parker: str  # the extension that parked it


@dataclass(frozen=True)
class SystemNotice:
    """One of the PBX's own system events (30034 information, 30035 warning)."""

    level: str  # info | warn
    name: str  # e.g. sip_trunk_disconnect
    content: str
    time: str


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
    # Site-wide, for the operator console: trunk name -> state (30010's number, 1 idle,
    # 2 busy, 41-44 down...), the PBX's last system events, calls waiting in parking slots.
    trunks: dict[str, int] = field(default_factory=dict)
    system: tuple[SystemNotice, ...] = ()
    parked: tuple[ParkedRow, ...] = ()
    parking: bool = True  # the PBX answers `call/park_status`
    presence_pending: frozenset[str] = frozenset()  # extensions whose presence is being set

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
        self._extension_ids: dict[str, str] = {}
        self._gated: set[str] = set()  # calls held on a controlled trunk (30016)
        # Commands that end in a change of the call (let through or refused, parked, handed
        # over, a member added): pending until the call's next event, so none is sent twice.
        self._until_event: dict[str, str] = {}
        # Presence asked for, shown pending until event 30009 says so: extension -> status.
        self._presence_asked: dict[str, str] = {}
        self._consulting: dict[str, str] = {}  # call id -> number being consulted
        self._trunks: dict[str, int] = {}
        self._system: deque[SystemNotice] = deque(maxlen=SYSTEM_EVENTS_KEPT)
        self._parked: tuple[ParkedRow, ...] = ()
        # Parked calls come with no event: read on every call change, so only by those who
        # show them (an operator console, a site hub); a panel's own parks are told anyway.
        self.watch_parking = False
        self._parking = True
        self._parked_reading = False
        self._parked_stale = False
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
                    extensions = await self._client.extensions()
                    self._names = {n: e.name for n, e in extensions.items()}
                    self._extension_ids = {n: e.id for n, e in extensions.items()}
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
        self._gated &= set(self._calls)
        self._until_event = {c: w for c, w in self._until_event.items() if c in self._calls}
        self._presence_asked.clear()  # what the PBX says from now on is the word
        self._consulting = {c: n for c, n in self._consulting.items() if c in self._calls}
        self._available = True
        self._reason = ""
        self._changed()
        self._tasks.spawn(self._backfill_recent())
        if self.watch_parking:
            self._read_parked()

    async def _backfill_recent(self) -> None:
        """The rooms' recent calls from the PBX's call records, after a restart or a gap in
        the event stream. Optional: a PBX that will not give them leaves the list to events."""
        try:
            records = await self._client.recent_cdrs(CDR_BACKFILL)
        except ServiceError as exc:
            log.info("Recent calls not back-filled: %s", exc.message)
            return
        seen = {call.call_id for kept in self._recent.values() for call in kept}
        for room, extensions in self._rooms.items():
            kept = self._recent[room]
            older = [_recent_of(record, extensions) for record in records
                     if record.uid not in seen
                     and (record.call_from in extensions or record.call_to in extensions)]
            kept.extend(older[:RECENT_CALLS_KEPT - len(kept)])
        self._changed()

    def _read_parked(self) -> None:
        """Parked calls come with no event: read after each change that may touch them (a
        park, a call event), one read at a time, one more if asked meanwhile."""
        if not self._parking or self._closed:
            return
        if self._parked_reading:
            self._parked_stale = True
            return
        self._parked_reading = True
        self._tasks.spawn(self._parked_loop())

    async def _parked_loop(self) -> None:
        from app.api.errors import NotOffered

        try:
            while True:
                self._parked_stale = False
                try:
                    parked = await self._client.parked_calls()
                except NotOffered as exc:
                    log.info("Parked calls not shown: %s", exc.message)
                    self._parking = False
                    self._changed()
                    return
                except ServiceError as exc:
                    log.info("Parked calls could not be read: %s", exc.message)
                    return
                self._parked = tuple(ParkedRow(p.parking_slot, p.parked_party, p.parker)
                                     for p in parked)
                self._changed()
                if not self._parked_stale:
                    return
        finally:
            self._parked_reading = False

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
            self._on_call(event.type, Call.model_validate(msg))
        elif event.type == NEW_CDR:
            self._on_cdr(Cdr.model_validate(msg))
        elif event.type == CALL_FAILED:
            self._on_call_failed(msg)
        elif event.type == CONFERENCE_HOST_LEFT:
            host = str(msg.get("host_num", ""))
            notice = Notice.info(NoticeKind.HOST_LEFT, host=host,
                                 conference=str(msg.get("conference_id", "")))
            hosts_room = [r for r, extensions in self._rooms.items() if host in extensions]
            for room in hosts_room or list(self._rooms):
                self._notify(room, notice)
        elif event.type == UACSTA_CALL:
            self._on_uacsta(msg)
        elif event.type in (EXTENSION_CALL_STATE, EXTENSION_PRESENCE, EXTENSION_REGISTRATION,
                            TRUNK_REGISTRATION, SYSTEM_INFORMATION, SYSTEM_WARNING):
            self._on_status(event.type, msg)
        elif event.type not in self._unknown_types:
            self._unknown_types.add(event.type)
            log.info("Ignoring PBX events of type %s", event.type)

    def _on_call(self, kind: int, call: Call) -> None:
        if kind == CALL_STATE_CHANGED:
            self._until_event.pop(call.call_id, None)
        if kind == INCOMING_CALL and call.call_id not in self._calls:
            self._gated.add(call.call_id)
        elif kind == CALL_STATE_CHANGED:
            self._gated.discard(call.call_id)  # the PBX has routed it
        if call.ended:
            self._calls.pop(call.call_id, None)
            self._consulting.pop(call.call_id, None)
        elif kind == CALL_STATE_CHANGED or call.call_id not in self._calls:
            self._calls[call.call_id] = call
        self._changed()
        if self.watch_parking and kind == CALL_STATE_CHANGED:
            self._read_parked()  # a call parked, picked up or given up

    def _on_cdr(self, cdr: Cdr) -> None:
        for room, extensions in self._rooms.items():
            if cdr.call_from in extensions or cdr.call_to in extensions:
                kept = self._recent[room]
                if any(call.call_id == cdr.call_id for call in kept):
                    continue  # back-filled already
                ours_called = cdr.call_to in extensions
                kept.appendleft(RecentCall(
                    cdr.call_id, cdr.time_start, cdr.call_from if ours_called else cdr.call_to,
                    cdr.type, cdr.status, cdr.talk_duration))
        self._changed()

    def _on_call_failed(self, msg: dict[str, Any]) -> None:
        members = [Member.from_wire(m) for m in msg.get("members", [])]
        reason = str(msg.get("reason", "unknown reason"))
        for room, extensions in self._rooms.items():
            if any(m.kind == "extension" and m.number in extensions for m in members):
                others = [m.number for m in members if m.number not in extensions]
                self._notify(room, Notice.of(NoticeKind.CALL_FAILED,
                                             number=others[0] if others else "?",
                                             reason=reason))

    def _on_status(self, kind: int, msg: dict[str, Any]) -> None:
        """Phones, trunks and the PBX itself: shown as they are, no command waits on them."""
        extension = str(msg.get("extension", ""))
        if kind in (EXTENSION_CALL_STATE, EXTENSION_PRESENCE):
            key = "presence" if kind == EXTENSION_PRESENCE else "call"
            self._presence[f"{key}:{extension}"] = str(msg.get("status", ""))
            if kind == EXTENSION_PRESENCE:
                self._presence_asked.pop(extension, None)
        elif kind == EXTENSION_REGISTRATION:
            # The desk phone is the SIP endpoint; a Linkus app logging in or out is not it.
            if str(msg.get("kind", "Sip")) != "Sip":
                return
            self._presence[f"registration:{extension}"] = str(msg.get("status", ""))
        elif kind == TRUNK_REGISTRATION:
            self._trunks[str(msg["trunk_name"])] = int(msg["status"])
        else:
            self._system.appendleft(SystemNotice(
                "warn" if kind == SYSTEM_WARNING else "info",
                str(msg.get("event_name", "")), str(msg.get("event_content", ""))[:500],
                str(msg.get("create_time", ""))))
        self._changed()

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
            # A member that said BYE has left a call that goes on (parked, handed over).
            present = [m for m in call.members if m.status not in ENDED_STATUSES]
            ours = next((m for m in present
                         if m.kind == "extension" and m.number in extensions), None)
            if ours is None:
                held = self._held_for(call, extensions, now)
                if held is not None:
                    rows.append(held)
                continue
            others = [m for m in present if m is not ours]
            remote = others[0] if others else ours
            state = _state_of(ours)
            since = self._since.setdefault((call.call_id, state), now)
            direction = remote.kind if remote.kind in ("inbound", "outbound") else "internal"
            name = self._names.get(remote.number, "") if remote.kind == "extension" else ""
            answering = call.call_id in self._answering and state == "ringing"
            pending = (self._commands.wish(call.call_id, "") or self._until_event.get(call.call_id)
                       or ("answer" if answering else ""))
            rows.append(CallRow(call.call_id, state, direction, remote.number, name,
                                remote.trunk, ours.number, ours.channel_id, since,
                                ours.channel_id in self._muted, pending, call.members,
                                answerable=state == "ringing" and not pending
                                and direction != "outbound" and ours.number in self._uacsta,
                                consulting=self._consulting.get(call.call_id, "")))
        return tuple(sorted(rows, key=lambda r: r.call_id))

    def _held_for(self, call: Call, extensions: list[str], now: float) -> CallRow | None:
        """A call held on a controlled trunk for one of the room's numbers: it rings the room
        only once let through."""
        if call.call_id not in self._gated:
            return None
        caller = next((m for m in call.members if m.kind == "inbound" and m.to in extensions),
                      None)
        if caller is None:
            return None
        since = self._since.setdefault((call.call_id, "ringing"), now)
        pending = self._commands.wish(call.call_id, "") or self._until_event.get(call.call_id, "")
        return CallRow(call.call_id, "ringing", "inbound", caller.number, "", caller.trunk,
                       caller.to, caller.channel_id, since, False, pending, call.members,
                       answerable=not pending, admission=True)

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
                              - set(self._names)) if self._names else frozenset(),
            trunks=dict(self._trunks), system=tuple(self._system), parked=self._parked,
            parking=self._parking,
            presence_pending=frozenset(key.removeprefix("presence:") for key in self._commands
                                       if key.startswith("presence:")) | set(self._presence_asked))

    # --- commands: each sent once ------------------------------------------------------------

    def control(self, room: str, call_id: str, action: str) -> bool:
        row = next((r for r in self.view.calls_for(room) if r.call_id == call_id), None)
        if row is None or call_id in self._until_event:
            return False
        if row.admission:
            return self._admit(room, row, action)
        if action == "answer":
            return self._answer(room, row)
        if action == "park":
            return self._park(room, row)
        if action in CONSULT_ENDINGS:
            return self._finish_consult(room, row, action)
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

    def _admit(self, room: str, row: CallRow, action: str) -> bool:
        """A call held on a controlled trunk: let through (it then rings the room's phone)
        or refused (the caller is dropped, nothing rings)."""
        if action not in ("answer", "hangup"):
            return False
        admit = action == "answer"

        async def decide() -> None:
            await self._until_changed(row.call_id, action, (
                self._client.accept_inbound if admit else self._client.refuse_inbound)(
                    row.channel_id))

        return self._commands.send(
            row.call_id, decide, wish=action,
            failed=lambda exc: self._notify(room, Notice.of(
                NoticeKind.CALL_CONTROL_FAILED, exc, action=action, remote=row.remote)))

    async def _until_changed(self, call_id: str, wish: str, request: Awaitable[T]) -> T:
        """Send `request`, the call shown pending (`wish`) until its next event. Marked
        before it is sent: the PBX's event may come before its answer does."""
        self._until_event[call_id] = wish
        try:
            return await request
        except ServiceError:
            self._until_event.pop(call_id, None)
            raise

    def _other_party(self, row: CallRow) -> Member | None:
        return next((m for m in row.members if m.channel_id != row.channel_id), None)

    def _park(self, room: str, row: CallRow) -> bool:
        """The other party waits in a parking slot; anyone picks it up by dialling the slot."""
        other = self._other_party(row)
        if other is None or row.state not in ("talking", "on hold"):
            return False

        async def park() -> None:
            slot = await self._until_changed(row.call_id, "park",
                                             self._client.park(other.channel_id))
            self._notify(room, Notice.info(NoticeKind.CALL_PARKED, remote=row.remote,
                                           slot=slot or "?"))
            if self.watch_parking:
                self._read_parked()

        return self._commands.send(
            row.call_id, park, wish="park",
            failed=lambda exc: self._notify(room, Notice.of(
                NoticeKind.CALL_CONTROL_FAILED, exc, action="park", remote=row.remote)))

    def _finish_consult(self, room: str, row: CallRow, action: str) -> bool:
        if not row.consulting:
            return False

        async def finish() -> None:
            request = self._client.finish_consult(row.channel_id, CONSULT_ENDINGS[action])
            if action == "transfer_swap":  # the call itself does not change
                await request
                return
            await self._until_changed(row.call_id, action, request)
            self._consulting.pop(row.call_id, None)

        return self._commands.send(
            row.call_id, finish, wish=action,
            failed=lambda exc: self._notify(room, Notice.of(
                NoticeKind.CALL_CONTROL_FAILED, exc, action=action, remote=row.remote)))

    def transfer(self, room: str, call_id: str, number: str, how: str = "blind") -> bool:
        """Hand the other party of a call in progress to `number`. Blind: the room leaves
        the call, `number` rings. Attended: the room first talks to `number` while the
        other party waits, then completes (or abandons) the transfer. Add: `number` joins
        the call and everyone stays."""
        row = next((r for r in self.view.calls_for(room) if r.call_id == call_id), None)
        if row is None or not number or row.state not in ("talking", "on hold") \
                or how not in ("blind", "attended", "add") or row.consulting or row.pending:
            return False
        other = self._other_party(row)
        if other is None:
            return False

        async def hand_over() -> None:
            wish = "add" if how == "add" else "transfer"
            if how == "blind":
                await self._until_changed(call_id, wish, self._client.transfer_blind(
                    other.channel_id, number, row.our_extension))
            elif how == "attended":
                await self._until_changed(call_id, wish, self._client.consult(
                    row.channel_id, number, row.our_extension))
                self._consulting[call_id] = number
            else:
                await self._until_changed(call_id, wish, self._client.add_member(
                    row.channel_id, number, row.our_extension))

        kind = NoticeKind.ADD_MEMBER_FAILED if how == "add" else NoticeKind.TRANSFER_FAILED
        return self._commands.send(
            call_id, hand_over, wish="add" if how == "add" else "transfer",
            failed=lambda exc: self._notify(room, Notice.of(
                kind, exc, remote=row.remote, number=number)))

    def set_presence(self, room: str, status: str) -> bool:
        """The room phone's presence (Available, Do Not Disturb...), pending until event
        30009 says so."""
        extensions = self._rooms.get(room, [])
        if not extensions or status not in PRESENCE_STATES:
            return False
        extension = extensions[0]
        extension_id = self._extension_ids.get(extension)
        if extension_id is None:
            return False

        async def update() -> None:
            await self._client.set_presence(extension_id, status)
            if self._presence.get(f"presence:{extension}") != status:
                self._presence_asked[extension] = status

        return self._commands.send(
            f"presence:{extension}", update, wish=status,
            failed=lambda exc: self._notify(room, Notice.of(
                NoticeKind.PRESENCE_FAILED, exc, extension=extension)))

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


def _recent_of(record: CdrRecord, extensions: list[str]) -> RecentCall:
    ours_called = record.call_to in extensions
    return RecentCall(record.uid, record.time.replace("/", "-"),
                      record.call_from if ours_called else record.call_to,
                      record.call_type.lower(), record.disposition, record.talk_duration)
