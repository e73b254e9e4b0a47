"""The list models behind the room screen and the room picker."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtQml import QmlElement

from app.state.directory import Room
from app.state.room import MacroRow, SwitchRow
from app.viewmodels.keyed_list import KeyedListModel
from app.viewmodels.qml_types import uncreatable

QML_IMPORT_NAME = "RoomPanel.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1

_USER = Qt.ItemDataRole.UserRole.value


@QmlElement
@uncreatable("Owned by a room view-model")
class RpMacroListModel(KeyedListModel):
    class Roles(enum.IntEnum):
        macroId = _USER + 1
        name = _USER + 2  # type: ignore[assignment]  # a role named like Enum.name
        status = _USER + 3  # idle | pending | succeeded | failed
        message = _USER + 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(key=lambda row: row.id, parent=parent)

    def role_value(self, row: MacroRow, role: Any) -> Any:
        return {
            self.Roles.macroId: row.id,
            self.Roles.name: row.name,
            self.Roles.status: row.status.value,
            self.Roles.message: row.message,
        }[role]


@QmlElement
@uncreatable("Owned by a room view-model")
class RpSwitchListModel(KeyedListModel):
    class Roles(enum.IntEnum):
        switchId = _USER + 1
        name = _USER + 2  # type: ignore[assignment]  # a role named like Enum.name
        on = _USER + 3
        pending = _USER + 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(key=lambda row: row.id, parent=parent)

    def role_value(self, row: SwitchRow, role: Any) -> Any:
        return {
            self.Roles.switchId: row.id,
            self.Roles.name: row.name,
            self.Roles.on: row.on,
            self.Roles.pending: row.pending,
        }[role]


@QmlElement
@uncreatable("Owned by the app view-model")
class RpRoomListModel(KeyedListModel):
    class Roles(enum.IntEnum):
        roomId = _USER + 1
        name = _USER + 2  # type: ignore[assignment]  # a role named like Enum.name

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(key=lambda row: row.id, parent=parent)

    def role_value(self, row: Room, role: Any) -> Any:
        return row.id if role is self.Roles.roomId else row.name
