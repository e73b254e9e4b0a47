"""A room's DingTalk meeting devices: state and cast code, for the header chip."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtQml import QmlElement

from app.state.devices import DeviceRow, DevicesView
from app.state.sources import DeviceSource
from app.viewmodels.keyed_list import KeyedListModel
from app.viewmodels.qml_types import uncreatable, weak_callback

QML_IMPORT_NAME = "RoomPanel.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1

_USER = Qt.ItemDataRole.UserRole.value


class DeviceRoles(enum.IntEnum):
    deviceId = _USER + 1
    deviceName = _USER + 2
    deviceStatus = _USER + 3
    statusText = _USER + 4
    shareCode = _USER + 5
    stale = _USER + 6
    error = _USER + 7
    offered = _USER + 8


@QmlElement
@uncreatable("Owned by a room view-model")
class RpDeviceListModel(KeyedListModel):
    Roles = DeviceRoles

    def __init__(self, poller: DeviceSource | None, parent: QObject | None = None) -> None:
        super().__init__(key=lambda row: row.id, parent=parent)
        self._poller = poller
        if poller is not None:
            poller.add_listener(weak_callback(self._follow))
            self.sync(list(poller.view.rows))

    def _follow(self, view: DevicesView) -> None:
        self.sync(list(view.rows))

    def activate(self) -> None:
        if self._poller is not None:
            self._poller.start()

    async def deactivate(self) -> None:
        if self._poller is not None:
            await self._poller.stop()

    def role_value(self, row: DeviceRow, role: Any) -> Any:
        return {
            DeviceRoles.deviceId: row.id, DeviceRoles.deviceName: row.name,
            DeviceRoles.deviceStatus: row.status, DeviceRoles.statusText: row.status_text,
            DeviceRoles.shareCode: row.share_code, DeviceRoles.stale: row.stale,
            DeviceRoles.error: row.error, DeviceRoles.offered: row.offered,
        }[role]
