"""Writes the room's confirmed state to the panel's cache now and then, not on every event:
a room whose switches flip all day must not write the disk all day."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

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
        self._timer.timeout.connect(self._write_in_background)
        # The write ends in an fsync, which can take tens of milliseconds on a panel's SD
        # card: off the GUI thread, so a switch flipped never costs a frame.
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="room-cache")
        self._writing: Future[None] | None = None

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
        """Write what is waiting now and wait for it (at shutdown)."""
        self._timer.stop()
        if self._writing is not None:
            self._writing.result()
        view, self._pending = self._pending, None
        if view is not None:
            self._write(view)

    def close(self) -> None:
        """The panel is closing: what is waiting is written, and the writer stops."""
        self.flush()
        self._writer.shutdown(wait=True)

    def _write_in_background(self) -> None:
        view, self._pending = self._pending, None
        if view is not None:
            self._writing = self._writer.submit(self._write, view)

    def _write(self, view: RoomView) -> None:
        if self._cache.save(view):
            self._saved = view

    def _worth_saving(self, view: RoomView) -> bool:
        saved = self._saved
        if saved is None or _rows(saved) != _rows(view):
            return True
        assert saved.confirmed_at is not None and view.confirmed_at is not None
        return view.confirmed_at - saved.confirmed_at >= RESAVE_UNCHANGED_S
