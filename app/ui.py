"""Builds the QML engine around the app view-model, and runs it on the asyncio/Qt loop."""

from __future__ import annotations

import asyncio
import logging
import signal
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

# Importing the view-model modules registers their QML types.
from app.viewmodels import app as _app_vm  # noqa: F401
from app.viewmodels import calls as _calls_vm  # noqa: F401
from app.viewmodels import lists as _lists_vm  # noqa: F401
from app.viewmodels import matrix as _matrix_vm  # noqa: F401
from app.viewmodels import room as _room_vm  # noqa: F401
from app.viewmodels import routing as _routing_vm  # noqa: F401
from app.viewmodels import routing_lists as _routing_lists_vm  # noqa: F401
from app.viewmodels.app import RpApp

log = logging.getLogger(__name__)

QML_DIR = Path(__file__).resolve().parent.parent / "qml"


@dataclass
class Ui:
    engine: QQmlApplicationEngine
    window: QQuickWindow
    app_vm: RpApp

    def close(self) -> None:
        # The engine goes first: views bound to a dead view-model print errors at teardown.
        self.window.close()
        self.engine.deleteLater()


class QmlLoadError(RuntimeError):
    pass


def build_ui(app_vm: RpApp, *, width: int = 1280, height: int = 800) -> Ui:
    engine = QQmlApplicationEngine()
    engine.addImportPath(str(QML_DIR))
    warnings: list[str] = []
    engine.warnings.connect(lambda errors: warnings.extend(e.toString() for e in errors))
    engine.setInitialProperties({"app": app_vm, "width": width, "height": height})
    engine.loadFromModule("RoomPanel", "Main")
    roots = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        raise QmlLoadError("The main QML window failed to load:\n" + "\n".join(warnings))
    return Ui(engine=engine, window=roots[0], app_vm=app_vm)


def install_quit_signals(app: QGuiApplication) -> QTimer:
    """SIGTERM/SIGINT close the window cleanly, so tokens get released on the way out."""
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: app.quit())
    # Python only runs signal handlers between bytecodes: wake the interpreter now and then.
    timer = QTimer()
    timer.start(250)
    timer.timeout.connect(lambda: None)
    return timer


def run_event_loop(app: QGuiApplication, ui: Ui) -> None:
    loop = asyncio.get_event_loop()
    quitting = asyncio.Event()
    app.aboutToQuit.connect(quitting.set)
    ui.app_vm.start()
    loop.run_until_complete(quitting.wait())
    ui.close()
    loop.run_until_complete(ui.app_vm.aclose())
