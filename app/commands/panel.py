"""Runs the panel window (against the configured services, or the built-in simulator)."""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.config import Config

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication

    from app.ui import Ui


def run_panel(
    config: Config,
    *,
    before_start: Callable[[], None] | None = None,
    quit_after_first_frame: bool = False,
) -> int:
    import qasync
    from PySide6.QtGui import QGuiApplication

    from app.state.session import PanelSession
    from app.ui import build_ui, install_quit_signals, run_event_loop
    from app.viewmodels.app import RpApp

    app = QGuiApplication(sys.argv)
    app.setApplicationName("roompanel")
    app.setOrganizationName("roompanel")
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    _signal_timer = install_quit_signals(app)
    ui = build_ui(RpApp(PanelSession(config)))
    if quit_after_first_frame:
        _quit_after_first_room_frame(app, ui)
    if before_start is not None:
        before_start()
    run_event_loop(app, ui)
    return 0


def _quit_after_first_room_frame(app: QGuiApplication, ui: Ui) -> None:
    """Print the monotonic time of the first frame that shows the room's data, and quit."""
    from PySide6.QtCore import Qt

    def on_frame() -> None:
        if ui.app_vm.room_has_data():
            ui.window.frameSwapped.disconnect(on_frame)
            print(f"first-room-frame {time.monotonic():.6f}", flush=True)
            app.quit()

    # Queued: frameSwapped may come from the render thread; quitting must happen on ours.
    ui.window.frameSwapped.connect(on_frame, Qt.ConnectionType.QueuedConnection)
    # Offscreen, frames are only rendered on demand: ask for one whenever the room changes.
    ui.app_vm.roomChanged.connect(ui.window.update)
