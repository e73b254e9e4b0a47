"""Python's cyclic garbage collector runs in whichever thread happens to allocate when a
collection is due: an executor thread, the simulator's thread. A Qt object freed there dies
outside its own thread, and one with a timer makes Qt warn, or crash. So the automatic
collector is off, and the panel collects on the Qt (main) thread on a timer instead.

After each full collection the C library is asked to give freed memory back to the system:
glibc keeps it otherwise, and a panel that once read a large answer (or refused a hostile
one) would hold that memory for the months it runs.

The first full collection, once start-up is over, also freezes what survives it (modules,
classes, the QML views' objects: alive as long as the panel): a full collection then walks
only what came later, a few milliseconds instead of a 50-80 ms pause of the GUI thread."""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

YOUNG_EVERY_MS = 1_000
FULL_EVERY = 30  # young collections per full one


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ticks = 0
        self._settled = False
        self._timer = QTimer(self)
        self._timer.setInterval(YOUNG_EVERY_MS)
        self._timer.timeout.connect(self._collect)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

    def settle(self) -> None:
        """Start-up is over: collect everything, and freeze what is left for good."""
        gc.collect(2)
        gc.freeze()
        self._settled = True

    def _collect(self) -> None:
        self._ticks += 1
        if self._ticks % FULL_EVERY:
            gc.collect(0)
            return
        if self._settled:
            gc.collect(2)
        else:
            self.settle()
        trim = _malloc_trim()
        if trim is not None:
            trim(0)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, where there is one (not on musl, macOS or Windows)."""
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        trim = ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):
        return None
    return lambda pad: int(trim(pad))
