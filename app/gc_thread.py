"""Python's cyclic garbage collector runs in whichever thread happens to allocate when a
collection is due: an executor thread, the simulator's thread. A Qt object freed there dies
outside its own thread, and one with a timer makes Qt warn, or crash. So the automatic
collector is off, and the panel collects on the Qt (main) thread on a timer instead."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

YOUNG_EVERY_MS = 1_000
FULL_EVERY = 30  # young collections per full one


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ticks = 0
        self._timer = QTimer(self)
        self._timer.setInterval(YOUNG_EVERY_MS)
        self._timer.timeout.connect(self._collect)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

    def _collect(self) -> None:
        self._ticks += 1
        gc.collect(2 if self._ticks % FULL_EVERY == 0 else 0)
