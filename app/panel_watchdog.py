"""The panel's side of `app.watchdog`: READY=1 after the window's first frame, WATCHDOG=1 from
a timer on the GUI thread, STOPPING=1 when the panel has shut down for good. Kept apart from
`app.watchdog` so that the headless hub never imports Qt."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtQuick import QQuickWindow

from app.watchdog import Notifier, ShutdownState


class PanelWatchdog(QObject):
    def __init__(self, notifier: Notifier, window: QQuickWindow,
                 lifecycle: ShutdownState) -> None:
        # A child of the application, not of the window: the window is torn down during the
        # shutdown, while the loop (which the pings speak for) still runs, and the end of
        # that loop is when STOPPING=1 is due. The parent also keeps the Python side alive.
        super().__init__(QCoreApplication.instance())
        self._notifier = notifier
        self._lifecycle = lifecycle
        self._window: QQuickWindow | None = window
        self._ready = False
        self._ended = False
        # Queued: frameSwapped may come from the render thread, and systemd must hear from
        # the process's own loop.
        window.frameSwapped.connect(self._on_frame, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        if notifier.watchdog_interval_s is not None:
            # On this thread's loop, not a thread of its own: the pings must stop when the
            # loop that draws the panel and answers its touches stops.
            self._timer.setInterval(max(1, round(notifier.watchdog_interval_s * 1000)))
            self._timer.timeout.connect(self._ping)
            self._timer.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._on_loop_ended)

    @property
    def ready(self) -> bool:
        return self._ready

    def _on_frame(self) -> None:
        # Frames already queued still arrive after the disconnect: the flag says it once.
        if self._ready:
            return
        self._ready = True
        if self._window is not None:
            self._window.frameSwapped.disconnect(self._on_frame)
            self._window = None  # the engine owns it and tears it down at shutdown
        # MAINPID: under a kiosk compositor the unit's main process is the compositor (cage,
        # our parent); naming ourselves makes systemd send its stop signal to the panel,
        # which then shuts down cleanly while the compositor still shows it (the compositor
        # leaves once its only client has). Where we are the main process already, it
        # changes nothing.
        self._notifier.notify("READY=1", f"MAINPID={os.getpid()}")

    def _ping(self) -> None:
        self._notifier.notify("WATCHDOG=1")

    def _on_loop_ended(self) -> None:
        # The loop also ends between runs in tests, with the panel still up: only a finished
        # shutdown counts. A restart in place (exec of the same command, same pid) is not a
        # stop: after STOPPING=1 systemd would ignore the new process's READY=1 and kill it.
        if not self._lifecycle.done.is_set() or self._ended:
            return
        self._ended = True
        self._timer.stop()
        if not self._lifecycle.restart_requested:
            self._notifier.notify("STOPPING=1")
