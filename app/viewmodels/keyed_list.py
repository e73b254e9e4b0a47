"""A list model that follows a list of frozen rows, changing only what changed.

A model reset on every update would lose scroll position and the pressed state of a button
under someone's finger; so rows are removed, inserted, moved and updated in place.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

Row = Any  # a frozen dataclass; Shiboken types cannot also be typing.Generic
Index = QModelIndex | QPersistentModelIndex


class KeyedListModel(QAbstractListModel):
    """Subclasses give `Roles` (an IntEnum starting at Qt.UserRole) and `role_value`."""

    Roles: type[enum.IntEnum]
    countChanged = Signal()

    def __init__(self, key: Callable[[Row], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._key = key
        self._rows: list[Row] = []

    # --- read side ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @Property(int, notify=countChanged)
    def count(self) -> int:
        return len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:
        return {role.value: QByteArray(role.name.encode()) for role in self.Roles}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            role = next(iter(self.Roles)).value
        try:
            return self.role_value(row, self.Roles(role))
        except ValueError:
            return None

    def role_value(self, row: Row, role: Any) -> Any:
        raise NotImplementedError

    @property
    def rows(self) -> list[Row]:
        return list(self._rows)

    # --- write side --------------------------------------------------------------------------

    def sync(self, target: Sequence[Row]) -> None:
        count_before = len(self._rows)
        wanted = {self._key(row) for row in target}
        for position in reversed(range(len(self._rows))):
            if self._key(self._rows[position]) not in wanted:
                self.beginRemoveRows(QModelIndex(), position, position)
                del self._rows[position]
                self.endRemoveRows()
        for position, row in enumerate(target):
            key = self._key(row)
            current = self._find(key, start=position)
            if current is None:
                self.beginInsertRows(QModelIndex(), position, position)
                self._rows.insert(position, row)
                self.endInsertRows()
                continue
            if current != position:
                self.beginMoveRows(QModelIndex(), current, current, QModelIndex(), position)
                self._rows.insert(position, self._rows.pop(current))
                self.endMoveRows()
            if self._rows[position] != row:
                self._rows[position] = row
                changed = self.index(position)
                self.dataChanged.emit(changed, changed, [])
        if len(self._rows) != count_before:
            self.countChanged.emit()

    def _find(self, key: str, start: int) -> int | None:
        for position in range(start, len(self._rows)):
            if self._key(self._rows[position]) == key:
                return position
        return None
