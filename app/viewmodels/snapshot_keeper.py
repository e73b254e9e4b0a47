"""Writes the room's confirmed state to the panel's cache now and then, not on every event:
a room whose switches flip all day must not write the disk all day."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from app.state.room import RoomView
from app.state.snapshot_cache import SnapshotCache, is_settled

# A change is written this long after it settles (the last of a burst of changes wins).
SAVE_AFTER_MS = 3_000
# An unchanged room is written again only this often (its confirmation time moves on).
RESAVE_UNCHANGED_S = 600.0


def _rows(view: RoomView) -> tuple[object, ...]:
    return (view.space_id, view.name, view.macros, view.automations, view.auto_routings)


class SnapshotKeeper(QObject):
    def __init__(self, cache: SnapshotCache, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache = cache
        self._pending: RoomView | None = None
        self._saved: RoomView | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.flush)

    def offer(self, view: RoomView) -> None:
        """A view of the room from its source; kept only when the service vouches for it."""
        if not is_settled(view):
            return
        if not self._worth_saving(view):
            self._pending = None  # back to what is on disk already
            return
        self._pending = view
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Write what is waiting now (at shutdown, or when the delay is up)."""
        self._timer.stop()
        view, self._pending = self._pending, None
        if view is not None and self._cache.save(view):
            self._saved = view

    def _worth_saving(self, view: RoomView) -> bool:
        saved = self._saved
        if saved is None or _rows(saved) != _rows(view):
            return True
        assert saved.confirmed_at is not None and view.confirmed_at is not None
        return view.confirmed_at - saved.confirmed_at >= RESAVE_UNCHANGED_S
