"""A room's calls: live calls with controls, the keypad's dial, speed dial, recent calls."""

from __future__ import annotations

import enum
import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Property, QObject, Qt, Signal, Slot
from PySide6.QtQml import QmlElement

from app.config import SpeedDial
from app.state.calls import CallRow, CallsView, PhoneState, RecentCall
from app.state.notices import Notice
from app.state.sources import CallSource
from app.viewmodels.keyed_list import KeyedListModel
from app.viewmodels.phrases import phrase_notice
from app.viewmodels.qml_types import uncreatable, weak_callback

QML_IMPORT_NAME = "RoomPanel.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1

_USER = Qt.ItemDataRole.UserRole.value


@dataclass(frozen=True)
class CallCard:
    row: CallRow
    started_ms: float  # wall clock, for the on-screen timer

    @property
    def id(self) -> str:
        return self.row.call_id


class CallRoles(enum.IntEnum):
    callId = _USER + 1
    callState = _USER + 2  # not "state": every QML Item has one
    direction = _USER + 3
    remote = _USER + 4
    trunk = _USER + 5
    extension = _USER + 6
    startedMs = _USER + 7
    muted = _USER + 8
    pending = _USER + 9
    remoteName = _USER + 10
    answerable = _USER + 11
    admission = _USER + 12
    consulting = _USER + 13


@QmlElement
@uncreatable("Owned by RpCallsViewModel")
class RpCallListModel(KeyedListModel):
    Roles = CallRoles

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(key=lambda card: card.id, parent=parent)

    def role_value(self, card: CallCard, role: Any) -> Any:
        row = card.row
        return {
            CallRoles.callId: row.call_id, CallRoles.callState: row.state,
            CallRoles.direction: row.direction, CallRoles.remote: row.remote,
            CallRoles.trunk: row.trunk, CallRoles.extension: row.our_extension,
            CallRoles.startedMs: card.started_ms, CallRoles.muted: row.muted,
            CallRoles.pending: row.pending, CallRoles.remoteName: row.remote_name,
            CallRoles.answerable: row.answerable, CallRoles.admission: row.admission,
            CallRoles.consulting: row.consulting,
        }[role]


class RecentRoles(enum.IntEnum):
    callId = _USER + 1
    remote = _USER + 2
    when = _USER + 3
    direction = _USER + 4
    status = _USER + 5
    talkSeconds = _USER + 6


@QmlElement
@uncreatable("Owned by RpCallsViewModel")
class RpRecentCallListModel(KeyedListModel):
    Roles = RecentRoles

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(key=lambda call: call.call_id, parent=parent)

    def role_value(self, call: RecentCall, role: Any) -> Any:
        return {
            RecentRoles.callId: call.call_id, RecentRoles.remote: call.remote,
            RecentRoles.when: call.time_start[-8:-3] if len(call.time_start) >= 8 else "",
            RecentRoles.direction: call.direction, RecentRoles.status: call.status,
            RecentRoles.talkSeconds: call.talk_duration,
        }[role]


@QmlElement
@uncreatable("Owned by a room view-model")
class RpCallsViewModel(QObject):
    stateChanged = Signal()
    notice = Signal(str, bool)

    def __init__(self, book: CallSource | None, room_key: str | None,
                 speed_dial: list[SpeedDial], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self._room = room_key
        self._speed_dial = [{"name": s.name, "number": s.number} for s in speed_dial]
        self._calls = RpCallListModel(self)
        self._recent = RpRecentCallListModel(self)
        self._state: tuple[Any, ...] = ()
        self._phones: tuple[PhoneState, ...] = ()
        self._missing: tuple[str, ...] = ()
        self._presence = ""
        self._presence_pending = False
        if book is not None and room_key is not None:
            book.add_listener(weak_callback(self._on_view), weak_callback(self._on_notice))
        self._refresh()

    @Property(bool, constant=True)
    def hasPhone(self) -> bool:
        return self.has_phone

    @property
    def has_phone(self) -> bool:
        return self._book is not None and self._room is not None

    @Property(bool, notify=stateChanged)
    def available(self) -> bool:
        return self._book is not None and self._book.available

    @Property(str, notify=stateChanged)
    def unavailableReason(self) -> str:
        return self._book.reason if self._book is not None else ""

    @Property(bool, notify=stateChanged)
    def dialing(self) -> bool:
        return self._book is not None and self._room is not None and self._book.dialing(
            self._room)

    @Property(str, notify=stateChanged)
    def ringingFrom(self) -> str:
        """The caller of an inbound call ringing now ("" when none): the panel alerts."""
        row = self._ringing()
        return row.remote if row else ""

    @Property(str, notify=stateChanged)
    def ringingTrunk(self) -> str:
        row = self._ringing()
        return row.trunk if row else ""

    @Property(str, notify=stateChanged)
    def ringingCallId(self) -> str:
        row = self._ringing()
        return row.call_id if row else ""

    @Property(bool, notify=stateChanged)
    def ringingAnswerable(self) -> bool:
        """The ringing call can be answered from the panel (the desk phone is under uaCSTA)."""
        row = self._ringing()
        return row is not None and row.answerable

    @Property(bool, notify=stateChanged)
    def ringingAdmission(self) -> bool:
        """The ringing call is held on a controlled trunk: answering lets it through to the
        room's phone, declining refuses it."""
        row = self._ringing()
        return row is not None and row.admission

    @Property(bool, notify=stateChanged)
    def ringingAnswering(self) -> bool:
        row = self._ringing()
        return row is not None and row.pending == "answer"

    @Property(list, notify=stateChanged)
    def phones(self) -> list[dict[str, Any]]:
        """The room's extensions the PBX has said something of: registered (true, false or
        null when unknown), call state and presence."""
        return [{"extension": p.extension, "registered": p.registered,
                 "callState": p.call_state, "presence": p.presence}
                for p in self._phones if p.known]

    @Property(str, notify=stateChanged)
    def presence(self) -> str:
        """The room phone's presence as the PBX last said it ("" until it says)."""
        return self._presence

    @Property(bool, notify=stateChanged)
    def presencePending(self) -> bool:
        return self._presence_pending

    @Slot(str)
    def setPresence(self, status: str) -> None:
        """available | do_not_disturb (and the PBX's other presence words)."""
        if self._book is not None and self._room is not None:
            self._book.set_presence(self._room, status)

    @Property(str, notify=stateChanged)
    def missingPhones(self) -> str:
        """The room's extensions the PBX does not have ("" when none), comma-separated."""
        return ", ".join(self._missing)

    @Property(RpCallListModel, constant=True)
    def calls(self) -> RpCallListModel:
        return self._calls

    @Property(RpRecentCallListModel, constant=True)
    def recent(self) -> RpRecentCallListModel:
        return self._recent

    @Property(list, constant=True)
    def speedDial(self) -> list[dict[str, str]]:
        return self._speed_dial

    @Slot(str, str)
    def control(self, call_id: str, action: str) -> None:
        """answer | hangup | hold | resume | mute | unmute"""
        if self._book is not None and self._room is not None:
            self._book.control(self._room, call_id, action)

    @Slot(str, str)
    def transfer(self, call_id: str, number: str) -> None:
        """Hand the other party to `number` (a person's number or a speed-dial entry)."""
        self.handOver(call_id, number, "blind")

    @Slot(str, str, str)
    def handOver(self, call_id: str, number: str, how: str) -> None:
        """blind: transfer now; attended: talk to `number` first; add: `number` joins."""
        if self._book is not None and self._room is not None and number:
            self._book.transfer(self._room, call_id, number, how)

    @Slot(str)
    def dial(self, number: str) -> None:
        if self._book is not None and self._room is not None and number:
            self._book.dial(self._room, number)

    def has_incoming_call(self) -> bool:
        return self._ringing() is not None

    def _ringing(self) -> CallRow | None:
        return next((c.row for c in self._calls.rows
                     if c.row.state == "ringing" and c.row.direction == "inbound"), None)

    def _on_notice(self, room: str, notice: Notice) -> None:
        if room == self._room:
            self.notice.emit(phrase_notice(notice), notice.is_error)

    def _on_view(self, view: CallsView) -> None:
        self._refresh()

    def _refresh(self) -> None:
        if self._book is None or self._room is None:
            return
        view = self._book.view
        offset = time.time() - time.monotonic()
        rows = view.calls_for(self._room)
        self._calls.sync([CallCard(r, (r.since + offset) * 1000) for r in rows])
        self._recent.sync(view.recent_for(self._room))
        self._phones = view.phones_for(self._room)
        self._missing = tuple(p.extension for p in self._phones if p.extension in view.missing)
        first = self._phones[0] if self._phones else None
        self._presence = first.presence if first else ""
        self._presence_pending = first is not None and first.extension in view.presence_pending
        state = (view.available, view.reason, self._room in view.dialing, self._ringing(),
                 self._phones, self._missing, self._presence, self._presence_pending)
        if state != self._state:
            self._state = state
            self.stateChanged.emit()


@dataclass(frozen=True)
class RoomCall:
    room: str
    card: CallCard

    @property
    def id(self) -> str:
        return self.card.id


class AllCallsRoles(enum.IntEnum):
    callId = _USER + 1
    room = _USER + 2
    callState = _USER + 3
    remote = _USER + 4
    direction = _USER + 5
    startedMs = _USER + 6


@QmlElement
@uncreatable("Owned by RpApp")
class RpAllCallsModel(KeyedListModel):
    """Every room's calls, for the operator console's calls column."""

    Roles = AllCallsRoles

    def __init__(self, book: CallSource | None, parent: QObject | None = None) -> None:
        super().__init__(key=lambda call: call.id, parent=parent)
        self._book = book
        if book is not None:
            book.add_listener(weak_callback(self._refresh), lambda room, notice: None)

    def role_value(self, call: RoomCall, role: Any) -> Any:
        row = call.card.row
        return {
            AllCallsRoles.callId: row.call_id, AllCallsRoles.room: call.room,
            AllCallsRoles.callState: row.state, AllCallsRoles.remote: row.remote,
            AllCallsRoles.direction: row.direction,
            AllCallsRoles.startedMs: call.card.started_ms,
        }[role]

    def _refresh(self, view: CallsView) -> None:
        offset = time.time() - time.monotonic()
        self.sync([RoomCall(room, CallCard(r, (r.since + offset) * 1000))
                   for room, rows in view.calls.items() for r in rows])
