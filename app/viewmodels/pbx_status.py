"""The PBX itself, for the operator console: trunks that are down, its last system events,
and calls waiting in parking slots."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import Property, QObject, Qt, Signal
from PySide6.QtQml import QmlElement

from app.api.yeastar.models import TRUNK_DOWN_STATES
from app.state.calls import CallsView, ParkedRow, SystemNotice
from app.state.sources import CallSource
from app.viewmodels.keyed_list import KeyedListModel
from app.viewmodels.phrases import translate
from app.viewmodels.qml_types import uncreatable, weak_callback

QML_IMPORT_NAME = "RoomPanel.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1

_USER = Qt.ItemDataRole.UserRole.value


def trunk_problem(status: int) -> str:
    """Why a trunk (event 30010's state) cannot carry calls."""
    return {
        41: translate("Pbx", "registration failed"), 42: translate("Pbx", "unreachable"),
        43: translate("Pbx", "account unavailable"), 44: translate("Pbx", "disabled"),
    }.get(status, translate("Pbx", "down (state %1)").replace("%1", str(status)))


class ParkedRoles(enum.IntEnum):
    slot = _USER + 1
    party = _USER + 2
    parker = _USER + 3


@QmlElement
@uncreatable("Owned by RpPbxStatus")
class RpParkedModel(KeyedListModel):
    Roles = ParkedRoles

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(key=lambda row: row.slot, parent=parent)

    def role_value(self, row: ParkedRow, role: Any) -> Any:
        return {ParkedRoles.slot: row.slot, ParkedRoles.party: row.party,
                ParkedRoles.parker: row.parker}[role]


class SystemRoles(enum.IntEnum):
    when = _USER + 1
    headline = _USER + 2
    warning = _USER + 3


@QmlElement
@uncreatable("Owned by RpPbxStatus")
class RpSystemEventModel(KeyedListModel):
    Roles = SystemRoles

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(key=lambda n: f"{n.time}|{n.name}|{n.content[:40]}", parent=parent)

    def role_value(self, notice: SystemNotice, role: Any) -> Any:
        # The PBX's own English text: its first line says what happened.
        first_line = notice.content.strip().splitlines()[0] if notice.content.strip() else ""
        return {SystemRoles.when: notice.time[-8:-3] if len(notice.time) >= 8 else notice.time,
                SystemRoles.headline: first_line or notice.name,
                SystemRoles.warning: notice.level == "warn"}[role]


@QmlElement
@uncreatable("Owned by RpApp")
class RpPbxStatus(QObject):
    changed = Signal()

    def __init__(self, book: CallSource | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._parked = RpParkedModel(self)
        self._system = RpSystemEventModel(self)
        self._trunk_alerts = ""
        self._parking = False
        self._book = book
        if book is not None:
            book.add_listener(weak_callback(self._refresh), lambda room, notice: None)
            self._refresh(book.view)

    @Property(str, notify=changed)
    def trunkAlerts(self) -> str:
        """Every trunk that cannot carry calls, with why ("" when all can)."""
        return self._trunk_alerts

    @Property(bool, notify=changed)
    def parking(self) -> bool:
        """The PBX tells its parked calls (`call/park_status` answers)."""
        return self._parking

    @Property(RpParkedModel, constant=True)
    def parked(self) -> RpParkedModel:
        return self._parked

    @Property(RpSystemEventModel, constant=True)
    def systemEvents(self) -> RpSystemEventModel:
        return self._system

    def reword(self) -> None:
        """The language changed: the trunk states are worded again."""
        if self._book is not None:
            self._trunk_alerts = ""
            self._refresh(self._book.view)
            self.changed.emit()

    def _refresh(self, view: CallsView) -> None:
        self._parked.sync(list(view.parked))
        self._system.sync(list(view.system))
        alerts = " · ".join(f"{name}: {trunk_problem(status)}"
                            for name, status in sorted(view.trunks.items())
                            if status in TRUNK_DOWN_STATES)
        if (alerts, view.parking) != (self._trunk_alerts, self._parking):
            self._trunk_alerts, self._parking = alerts, view.parking
            self.changed.emit()
