"""Runs the panel window (against the configured services, or the built-in simulator)."""

from __future__ import annotations

import asyncio
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.config import Config
from app.config_store import ConfigStore
from app.state.sources import Session

if TYPE_CHECKING:
    from app.preview import Preview
    from app.ui import Lifecycle, Ui


RESTART = 75  # run_panel's answer when saved settings ask for a fresh start


def run_panel(
    config: Config,
    *,
    before_start: Callable[[], None] | None = None,
    quit_after_first_frame: bool = False,
    store: ConfigStore | None = None,
    log_dir: Path | None = None,
    first_run: bool = False,
    cache_dir: Path | None = None,
    preview: Preview | None = None,
    setup_reason: str = "",
) -> int:
    import qasync
    from PySide6.QtGui import QGuiApplication

    from app import watchdog
    from app.gc_thread import MainThreadCollector
    from app.state.snapshot_cache import SnapshotCache
    from app.ui import Lifecycle, build_ui, present, run_event_loop
    from app.viewmodels.app import RpApp

    _qt_messages_to_log()
    # The cached room's window (app/preview.py) made the application already.
    existing = QGuiApplication.instance()
    app = existing if isinstance(existing, QGuiApplication) else QGuiApplication(sys.argv)
    collector = MainThreadCollector(app)
    collector.start()
    app.setApplicationName("roompanel")
    app.setOrganizationName("roompanel")
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    session = open_session(config)
    # The room's last confirmed state, drawn before the services answer (none at first run).
    snapshots = SnapshotCache(cache_dir, config) if cache_dir and not first_run else None
    ui = build_ui(RpApp(session, store=store, log_dir=log_dir, first_run=first_run,
                        snapshots=snapshots, setup_reason=setup_reason))
    present(ui, fullscreen=config.panel.is_fullscreen, hide_cursor=config.panel.hide_cursor)
    lifecycle = Lifecycle(app, ui)
    if preview is not None:
        _replace_preview_at_first_frame(preview, ui)
    watchdog.install(ui.window, lifecycle)  # systemd: ready after the first frame, pings
    if quit_after_first_frame:
        _quit_after_first_room_frame(lifecycle, ui)
    if before_start is not None:
        before_start()
    run_event_loop(ui, lifecycle)
    return RESTART if lifecycle.restart_requested else 0


def open_session(config: Config) -> Session:
    """The services themselves (direct mode), or the site hub when the configuration names
    a hub and no service."""
    if config.through_hub:
        from app.state.remote import HubSession

        return HubSession(config)
    from app.state.session import PanelSession

    return PanelSession(config)


def _qt_messages_to_log() -> None:
    """Qt's own warnings (a QML binding error, say) go to our log files too."""
    import logging

    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def restart_process() -> None:
    """Start the panel again in this process's place, with the same arguments."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: the executable is the app
        os.execv(sys.executable, [sys.executable, *sys.argv[1:]])
    os.execv(sys.executable, [sys.executable, *sys.argv])


def _replace_preview_at_first_frame(preview: Preview, ui: Ui) -> None:
    """The room screen is on top with its first frame: the cached picture can go."""
    from PySide6.QtCore import Qt

    def on_frame() -> None:
        if preview.window is not None:  # a queued call posted before the first one ran
            ui.window.frameSwapped.disconnect(on_frame)
            preview.close()

    # Queued: frameSwapped may come from the render thread; windows close on ours.
    ui.window.frameSwapped.connect(on_frame, Qt.ConnectionType.QueuedConnection)
    ui.window.update()


def _quit_after_first_room_frame(lifecycle: Lifecycle, ui: Ui) -> None:
    """Print the monotonic times of the first frame that shows the room's data (from the
    panel's cache, or live when there is none) and of the first with data the service
    confirmed, and quit."""
    from PySide6.QtCore import Qt

    from app.viewmodels.room import RpRoomViewModel

    printed: set[str] = set()

    def mark(what: str) -> None:
        if what not in printed:
            printed.add(what)
            print(f"{what} {time.monotonic():.6f}", flush=True)

    def on_frame() -> None:
        # Queued calls already posted still arrive after the disconnect: once is enough.
        if "first-live-frame" in printed:
            return
        if ui.app_vm.room_shown():
            mark("first-room-frame")
        if ui.app_vm.room_has_data():
            mark("first-live-frame")
            ui.window.frameSwapped.disconnect(on_frame)
            lifecycle.request_quit()

    def follow_room() -> None:
        # Offscreen, frames are only rendered on demand: ask for one whenever the room or
        # its freshness changes (the cached room going live).
        ui.window.update()
        room = ui.app_vm.property("room")
        if isinstance(room, RpRoomViewModel):
            room.healthChanged.connect(ui.window.update)

    # Queued: frameSwapped may come from the render thread; quitting must happen on ours.
    ui.window.frameSwapped.connect(on_frame, Qt.ConnectionType.QueuedConnection)
    ui.app_vm.roomChanged.connect(follow_room)
