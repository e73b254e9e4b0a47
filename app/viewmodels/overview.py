"""The operator console's overview: a tile per room with what needs attention (a call, a
live conference, devices offline, automations on, the last error), filtered by a text box."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Property, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement

from app.state.calls import CallsView
from app.state.directory import Room
from app.state.overview import OverviewView, RoomSummary
from app.state.sources import CallSource, OverviewSource
from app.viewmodels.keyed_list import KeyedListModel
from app.viewmodels.qml_types import uncreatable, weak_callback

QML_IMPORT_NAME = "RoomPanel.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1

_USER = Qt.ItemDataRole.UserRole.value
SYNC_DELAY_MS = 50  # many rooms change at once on a full read: one update for all of them


@dataclass(frozen=True)
class TileRow:
    room_id: str
    name: str
    call: str  # "" | ringing | talking | on hold | dialing
    conference_live: bool
    devices_offline: int  # -1: unknown
    automations_on: int  # -1: unknown
    automations: int
    error: str
    phone: str = ""  # "" | offline | dnd: the room's phone needs a look


class TileRoles(enum.IntEnum):
    roomId = _USER + 1
    name = _USER + 2  # type: ignore[assignment]  # a role named like Enum.name
    call = _USER + 3
    conferenceLive = _USER + 4
    devicesOffline = _USER + 5
    automationsOn = _USER + 6
    automations = _USER + 7
    error = _USER + 8
    phone = _USER + 9


@QmlElement
@uncreatable("Owned by RpApp")
class RpOverviewModel(KeyedListModel):
    Roles = TileRoles
    filterChanged = Signal()

    def __init__(self, overview: Callable[[], OverviewSource], calls: CallSource | None,
                 phone_of: Callable[[Room], str | None], parent: QObject | None = None) -> None:
        super().__init__(key=lambda row: row.room_id, parent=parent)
        self._overview_factory = overview
        self._overview: OverviewSource | None = None
        self._calls = calls
        self._phone_of = phone_of
        self._rooms: list[Room] = []
        self._filter = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SYNC_DELAY_MS)
        self._timer.timeout.connect(self._sync_now)
        if calls is not None:
            calls.add_listener(weak_callback(self._on_calls), lambda room, notice: None)

    def role_value(self, row: TileRow, role: Any) -> Any:
        return {TileRoles.roomId: row.room_id, TileRoles.name: row.name, TileRoles.call: row.call,
                TileRoles.conferenceLive: row.conference_live,
                TileRoles.devicesOffline: row.devices_offline,
                TileRoles.automationsOn: row.automations_on,
                TileRoles.automations: row.automations, TileRoles.error: row.error,
                TileRoles.phone: row.phone}[role]

    def show(self, rooms: list[Room]) -> None:
        """The rooms to tile; their summaries are read from now on."""
        self._rooms = list(rooms)
        if self._overview is None:
            self._overview = self._overview_factory()
            self._overview.add_listener(weak_callback(self._on_overview))
        self._overview.start(rooms)
        self._sync_now()

    def _schedule_sync(self) -> None:
        self._timer.start()

    def _on_calls(self, view: CallsView) -> None:
        self._timer.start()

    def _on_overview(self, view: OverviewView) -> None:
        self._timer.start()

    @Property(str, notify=filterChanged)
    def filter(self) -> str:
        return self._filter

    @Slot(str)
    def setFilter(self, text: str) -> None:
        text = text.strip()
        if text != self._filter:
            self._filter = text
            self.filterChanged.emit()
            self._sync_now()

    @Slot(result=str)
    def firstRoomId(self) -> str:
        rows = self.rows
        return rows[0].room_id if rows else ""

    @property
    def overview(self) -> OverviewSource | None:
        return self._overview

    def _sync_now(self) -> None:
        wanted = self._filter.casefold()
        summaries = self._overview.view.summaries if self._overview is not None else {}
        self.sync([self._tile(room, summaries.get(room.id)) for room in self._rooms
                   if not wanted or wanted in room.name.casefold()])

    def _tile(self, room: Room, summary: RoomSummary | None) -> TileRow:
        call, conference, phone = "", False, ""
        key = self._phone_of(room)
        if self._calls is not None and key is not None:
            rows = self._calls.view.calls_for(key)
            # The most urgent first: a ringing call is what an operator must see.
            order = ("ringing", "talking", "on hold", "dialing")
            states = sorted((r.state for r in rows),
                            key=lambda s: order.index(s) if s in order else len(order))
            call = states[0] if states else ""
            conference = any(m.call_path.startswith("conference:") for r in rows
                             for m in r.members)
            phones = self._calls.view.phones_for(key)
            phone = "offline" if any(p.registered is False for p in phones) else \
                "dnd" if any(p.presence == "do_not_disturb" for p in phones) else ""
        summary = summary or RoomSummary(room.id, room.name)
        return TileRow(room.id, room.name, call, conference, summary.devices_offline,
                       summary.automations_on, summary.automations, summary.error, phone)
