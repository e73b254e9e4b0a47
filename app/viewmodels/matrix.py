"""The source-to-display matrix as a table model: rows are sources, columns displays."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    Property,
    QAbstractTableModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtQml import QmlElement

from app.state.routing_view import DisplayRow, RoutingView, SourceRow, signal_between
from app.viewmodels.qml_types import uncreatable

QML_IMPORT_NAME = "RoomPanel.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1

Index = QModelIndex | QPersistentModelIndex
_USER = Qt.ItemDataRole.UserRole.value


@dataclass(frozen=True)
class Cell:
    signal: str  # confirmed: "Audio/Video" | "Video" | "Audio" | ""
    pending: bool
    wish: str  # the signal being set while pending ("" when clearing)
    routable: bool
    reason: str  # why not routable


def derive_cell(source: SourceRow, display: DisplayRow) -> Cell:
    wish = display.route_wish
    pending = wish is not None and (wish[0] == source.id or wish[0] is None)
    reason = ""
    if not source.online:
        reason = f"{source.name} is offline"
    elif not display.online:
        reason = f"{display.name} is offline"
    elif source.group_id != display.group_id:
        reason = "Different device groups"
    return Cell(signal_between(display, source.id), pending,
                (wish[1] or "") if pending and wish else "", not reason, reason)


# Module level: Qt's metaobjectdump stops reading a class at a nested class, and would miss
# the properties after it.
class MatrixRoles(enum.IntEnum):
    signal = _USER + 1
    pending = _USER + 2
    wish = _USER + 3
    routable = _USER + 4
    reason = _USER + 5
    sourceId = _USER + 6
    displayId = _USER + 7


@QmlElement
@uncreatable("Owned by RpRoutingViewModel")
class RpRouteMatrixModel(QAbstractTableModel):
    Roles = MatrixRoles
    shapeChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sources: tuple[SourceRow, ...] = ()
        self._displays: tuple[DisplayRow, ...] = ()
        self._cells: list[list[Cell]] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sources)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._displays)

    def roleNames(self) -> dict[int, QByteArray]:
        names = {role.value: QByteArray(role.name.encode()) for role in self.Roles}
        names[Qt.ItemDataRole.DisplayRole.value] = QByteArray(b"display")
        return names

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._sources)
                                       and 0 <= index.column() < len(self._displays)):
            return None
        cell = self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.signal
        values: dict[int, Any] = {
            self.Roles.signal: cell.signal, self.Roles.pending: cell.pending,
            self.Roles.wish: cell.wish, self.Roles.routable: cell.routable,
            self.Roles.reason: cell.reason,
            self.Roles.sourceId: self._sources[index.row()].id,
            self.Roles.displayId: self._displays[index.column()].id,
        }
        return values.get(role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        rows = self._sources if orientation == Qt.Orientation.Vertical else self._displays
        if not 0 <= section < len(rows):
            return None
        row = rows[section]
        return row.name if row.online else f"{row.name}\n{self.tr('Offline')}"

    @Property(int, notify=shapeChanged)
    def sourceCount(self) -> int:
        return len(self._sources)

    @Property(int, notify=shapeChanged)
    def displayCount(self) -> int:
        return len(self._displays)

    def cell(self, row: int, column: int) -> Cell:
        return self._cells[row][column]

    def sync(self, view: RoutingView) -> None:
        cells = [[derive_cell(s, d) for d in view.displays] for s in view.sources]
        same_shape = ([s.id for s in view.sources] == [s.id for s in self._sources]
                      and [d.id for d in view.displays] == [d.id for d in self._displays])
        if not same_shape:
            # Devices came or went: rare, and every header moves anyway.
            self.beginResetModel()
            self._sources, self._displays, self._cells = view.sources, view.displays, cells
            self.endResetModel()
            self.shapeChanged.emit()
            return
        names_changed = (self._sources != view.sources) or any(
            (a.name, a.online) != (b.name, b.online)
            for a, b in zip(self._displays, view.displays, strict=True))
        self._sources, self._displays, old = view.sources, view.displays, self._cells
        self._cells = cells
        for r, row in enumerate(cells):
            # One signal per row spanning its changed cells: a preset can change them all.
            changed = [c for c, cell in enumerate(row) if old[r][c] != cell]
            if changed:
                self.dataChanged.emit(self.index(r, changed[0]), self.index(r, changed[-1]), [])
        if names_changed:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(0, len(cells) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                        max(0, len(view.displays) - 1))
            self.shapeChanged.emit()
