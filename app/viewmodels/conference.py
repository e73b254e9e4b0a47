"""A room's conference: status badges, participants with their controls, room controls."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Property, QObject, Qt, Signal, Slot
from PySide6.QtQml import QmlElement

from app.pin import PinGate
from app.state.conference_base import ConferenceView
from app.state.notices import Notice
from app.state.sources import ConferenceLike
from app.viewmodels.keyed_list import KeyedListModel
from app.viewmodels.phrases import (
    fill,
    phrase_duration,
    phrase_notice,
    phrase_problem,
    translate,
)
from app.viewmodels.qml_types import uncreatable, weak_callback

QML_IMPORT_NAME = "RoomPanel.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1

RECORDINGS_SHOWN = 3  # the latest: the one just stopped is what the presenter looks for

_USER = Qt.ItemDataRole.UserRole.value


@dataclass(frozen=True)
class ParticipantRow:
    id: str
    name: str
    muted: bool
    chairman: bool
    position: int
    pending: bool
    detail: str


class ParticipantRoles(enum.IntEnum):
    participantId = _USER + 1
    name = _USER + 2  # type: ignore[assignment]  # a role named like Enum.name
    muted = _USER + 3
    chairman = _USER + 4
    position = _USER + 5
    pending = _USER + 6
    detail = _USER + 7


@QmlElement
@uncreatable("Owned by RpConferenceViewModel")
class RpParticipantListModel(KeyedListModel):
    Roles = ParticipantRoles

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(key=lambda row: row.id, parent=parent)

    def role_value(self, row: ParticipantRow, role: Any) -> Any:
        return {
            ParticipantRoles.participantId: row.id, ParticipantRoles.name: row.name,
            ParticipantRoles.muted: row.muted, ParticipantRoles.chairman: row.chairman,
            ParticipantRoles.position: row.position, ParticipantRoles.pending: row.pending,
            ParticipantRoles.detail: row.detail,
        }[role]


@QmlElement
@uncreatable("Owned by a room view-model")
class RpConferenceViewModel(QObject):
    stateChanged = Signal()
    notice = Signal(str, bool)

    def __init__(self, coordinator: ConferenceLike | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._coordinator = coordinator
        self._participants = RpParticipantListModel(self)
        self._view = ConferenceView()
        # The dial-in details behind the admin PIN (a room whose PIN callers must not learn
        # from anyone walking past the panel): nothing of them reaches QML until unlocked.
        self._dial_in_gate: PinGate | None = None
        self._dial_in_unlocked = False
        if coordinator is not None:
            coordinator.add_listener(weak_callback(self._apply), weak_callback(self._on_notice))
            self._apply(coordinator.view)

    def activate(self) -> None:
        if self._coordinator is not None:
            self._coordinator.start()

    async def deactivate(self) -> None:
        if self._coordinator is not None:
            await self._coordinator.stop()

    @Property(bool, constant=True)
    def hasConference(self) -> bool:
        return self._coordinator is not None

    @Slot(str, result=bool)
    def can(self, feature: str) -> bool:
        """Whether this room's conference has a control: the page hides the rest."""
        return self._coordinator is not None and feature in self._coordinator.features

    @Property(bool, notify=stateChanged)
    def layoutOffered(self) -> bool:
        """The tiles' layout can be chosen: a source that can, and a video room."""
        return self.can("layout") and self._view.video

    @Property(bool, constant=True)
    def mutesReadBack(self) -> bool:
        return self._coordinator is None or self._coordinator.mutes_read_back

    @Property(str, notify=stateChanged)
    def subject(self) -> str:
        return self._view.subject

    def guard_dial_in(self, gate: PinGate) -> None:
        """Show the dial-in details only after the admin PIN (`rooms[].dial_in_behind_pin`)."""
        self._dial_in_gate = gate
        self._dial_in_unlocked = False
        self.stateChanged.emit()

    @Property(bool, notify=stateChanged)
    def dialInLocked(self) -> bool:
        return self._locked()

    def _locked(self) -> bool:
        return self._dial_in_gate is not None and not self._dial_in_unlocked

    @Slot(str, result=bool)
    def unlockDialIn(self, pin: str) -> bool:
        if self._dial_in_gate is None:
            return True
        self._dial_in_unlocked = self._dial_in_gate.try_pin(pin).ok
        self.stateChanged.emit()
        return self._dial_in_unlocked

    @Slot()
    def lockDialIn(self) -> None:
        """Hidden again: the next person to look needs the PIN too."""
        if self._dial_in_gate is not None and self._dial_in_unlocked:
            self._dial_in_unlocked = False
            self.stateChanged.emit()

    @Property(bool, notify=stateChanged)
    def hasDialIn(self) -> bool:
        return bool(self._view.dial_in_numbers or self._view.dial_in_extension)

    @Property(str, notify=stateChanged)
    def dialInNumbers(self) -> str:
        return "" if self._locked() else self._view.dial_in_numbers

    @Property(str, notify=stateChanged)
    def dialInExtension(self) -> str:
        return "" if self._locked() else self._view.dial_in_extension

    @Property(str, notify=stateChanged)
    def roomPin(self) -> str:
        return "" if self._locked() else self._view.room_pin

    @Property(str, notify=stateChanged)
    def recordings(self) -> str:
        """The latest recordings, newest first: when each began (local time) and how long
        ("" when there is none)."""
        return ", ".join(fill(translate("Notices", "%1 (%2)"), _local_time(started),
                              phrase_duration(seconds))
                         for started, seconds in self._view.recordings[:RECORDINGS_SHOWN])

    @Property(str, notify=stateChanged)
    def status(self) -> str:
        return self._view.status

    @Property(bool, notify=stateChanged)
    def locked(self) -> bool:
        return self._view.locked

    @Property(bool, notify=stateChanged)
    def muted(self) -> bool:
        return self._view.muted

    @Property(bool, notify=stateChanged)
    def recording(self) -> bool:
        return self._view.recording

    @Property(str, notify=stateChanged)
    def layout(self) -> str:
        return self._view.layout

    @Property(str, notify=stateChanged)
    def error(self) -> str:
        """Why what is shown may be out of date ("" when it is current)."""
        if not self._view.offered:
            return ""
        problem = self._view.problem
        return phrase_problem(problem) if problem is not None else self._view.error

    @Property(str, notify=stateChanged)
    def unavailable(self) -> str:
        """Why this room's conference is not available at all ("" when it is)."""
        problem = self._view.problem
        return "" if self._view.offered or problem is None else phrase_problem(problem)

    @Property(list, constant=True)
    def layouts(self) -> list[str]:
        return list(self._coordinator.layouts) if self._coordinator is not None else []

    @Property(RpParticipantListModel, constant=True)
    def participants(self) -> RpParticipantListModel:
        return self._participants

    @Slot(str, result=bool)
    def isPending(self, key: str) -> bool:
        return key in self._view.pending

    @Slot(str)
    def roomAction(self, action: str) -> None:
        if self._coordinator is not None:
            self._coordinator.room_action(action)

    @Slot(str)
    def setLayout(self, layout: str) -> None:
        if self._coordinator is not None:
            self._coordinator.set_layout(layout)

    @Slot(str)
    def invite(self, number: str) -> None:
        if self._coordinator is not None and number:
            self._coordinator.invite(number)

    @Slot(str, str)
    def participantAction(self, participant_id: str, action: str) -> None:
        """mute | unmute | chairman | main_tile | destroy (the view confirms a removal)"""
        if self._coordinator is not None:
            self._coordinator.participant_action(participant_id, action)

    def _on_notice(self, notice: Notice) -> None:
        self.notice.emit(phrase_notice(notice), notice.is_error)

    def _apply(self, view: ConferenceView) -> None:
        old, self._view = self._view, view
        self._participants.sync([
            ParticipantRow(p.id, p.name, p.muted, p.chairman, p.position,
                           any(key.endswith(f":{p.id}") for key in view.pending), p.detail)
            for p in view.participants])
        if (old.subject, old.status, old.locked, old.muted, old.recording, old.layout,
                old.error, old.pending, old.offered, old.video, old.dial_in_numbers,
                old.dial_in_extension, old.room_pin, old.recordings) != (
                    view.subject, view.status, view.locked, view.muted, view.recording,
                    view.layout, view.error, view.pending, view.offered, view.video,
                    view.dial_in_numbers, view.dial_in_extension, view.room_pin,
                    view.recordings):
            self.stateChanged.emit()


def _local_time(rfc3339: str) -> str:
    """"2026-12-04T05:30:00Z" -> "2026-12-04 12:30" in the panel's time zone."""
    try:
        at = datetime.fromisoformat(rfc3339.replace("Z", "+00:00"))
    except ValueError:
        return rfc3339
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone().strftime("%Y-%m-%d %H:%M")
