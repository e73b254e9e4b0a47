"""Builds the QML engine around the app view-model, and runs it on the asyncio/Qt loop."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from app.i18n import LanguageSwitcher

# Importing the view-model modules registers their QML types.
from app.viewmodels import app as _app_vm  # noqa: F401
from app.viewmodels import calls as _calls_vm  # noqa: F401
from app.viewmodels import conference as _conference_vm  # noqa: F401
from app.viewmodels import devices as _devices_vm  # noqa: F401
from app.viewmodels import diagnostics as _diagnostics_vm  # noqa: F401
from app.viewmodels import kiosk as _kiosk_vm  # noqa: F401
from app.viewmodels import lists as _lists_vm  # noqa: F401
from app.viewmodels import matrix as _matrix_vm  # noqa: F401
from app.viewmodels import overview as _overview_vm  # noqa: F401
from app.viewmodels import preferences as _preferences_vm  # noqa: F401
from app.viewmodels import room as _room_vm  # noqa: F401
from app.viewmodels import routing as _routing_vm  # noqa: F401
from app.viewmodels import routing_lists as _routing_lists_vm  # noqa: F401
from app.viewmodels import settings as _settings_vm  # noqa: F401
from app.viewmodels.app import RpApp
from app.viewmodels.kiosk import InputWatcher

log = logging.getLogger(__name__)

QML_DIR = Path(__file__).resolve().parent.parent / "qml"


@dataclass
class Ui:
    engine: QQmlApplicationEngine
    window: QQuickWindow
    app_vm: RpApp
    input_watcher: InputWatcher
    language: LanguageSwitcher
    closed: bool = False

    def close(self) -> None:
        # The engine goes first: views bound to a dead view-model print errors at teardown.
        if self.closed:
            return
        self.closed = True
        self.language.release()
        self.window.close()
        # The engine dies later (deleteLater: never inside an event being delivered), and its
        # views must not outlive the view-model they are bound to: the view-model is held
        # here until the engine is gone. (Not by the connection alone: PySide does not hold
        # a partial's arguments for sure, and a collection in between took the view-model
        # away from views still bound to it.)
        app_vm = self.app_vm
        _HELD_FOR_ENGINES.add(app_vm)
        self.engine.destroyed.connect(lambda: _HELD_FOR_ENGINES.discard(app_vm))
        self.engine.deleteLater()


# View-models whose engine is being torn down (see `Ui.close`).
_HELD_FOR_ENGINES: set[object] = set()


class QmlLoadError(RuntimeError):
    pass


def build_ui(app_vm: RpApp, *, width: int = 1280, height: int = 800) -> Ui:
    engine = QQmlApplicationEngine()
    engine.addImportPath(str(QML_DIR))
    warnings: list[str] = []
    engine.warnings.connect(lambda errors: warnings.extend(e.toString() for e in errors))
    # The translator goes in before the first load, so the first frame is in the panel's language.
    switcher = LanguageSwitcher(QGuiApplication.instance(), engine)
    app_vm.preferences_model.set_language_hook(switcher.switch)
    engine.setInitialProperties({"app": app_vm, "width": width, "height": height})
    engine.loadFromModule("RoomPanel", "Main")
    roots = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        raise QmlLoadError("The main QML window failed to load:\n" + "\n".join(warnings))
    window = roots[0]
    # Queued: frameSwapped may come from the render thread.
    window.frameSwapped.connect(app_vm.roomDrawn, Qt.ConnectionType.QueuedConnection)
    # Every touch goes past the kiosk first: it wakes a dimmed panel and is swallowed there.
    watcher = InputWatcher(app_vm.kiosk_model, window)
    window.installEventFilter(watcher)
    return Ui(engine=engine, window=window, app_vm=app_vm, input_watcher=watcher,
              language=switcher)


def present(ui: Ui, *, fullscreen: bool, hide_cursor: bool) -> None:
    """A wall panel: fullscreen without window chrome, and no cursor on a touch screen."""
    from PySide6.QtGui import QCursor

    if hide_cursor:
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
    if fullscreen:
        ui.window.setFlag(Qt.WindowType.FramelessWindowHint, True)
        ui.window.showFullScreen()


class Lifecycle:
    """One way out: a signal, the window closed, or a request. The shutdown (closing the
    window, stopping every task, revoking the PBX token) runs while the loop still runs;
    only then does the loop end."""

    def __init__(self, app: QGuiApplication, ui: Ui) -> None:
        self._ui = ui
        self._closing = False
        self.restart_requested = False
        ui.app_vm.restartRequested.connect(self.request_restart)
        self.done = asyncio.Event()
        self._tasks: set[asyncio.Future[None]] = set()
        app.setQuitOnLastWindowClosed(False)
        app.lastWindowClosed.connect(self.request_quit)
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, lambda *_: self.request_quit())
        # Python only runs signal handlers between bytecodes: wake the interpreter now and then.
        self._wakeup = QTimer()
        self._wakeup.start(250)
        self._wakeup.timeout.connect(lambda: None)

    def request_restart(self) -> None:
        """Shut down as for a quit; the caller then starts the panel again."""
        self.restart_requested = True
        self.request_quit()

    def request_quit(self) -> None:
        if self._closing:
            return
        self._closing = True
        task = asyncio.ensure_future(self._shutdown())
        self._tasks.add(task)

    async def _shutdown(self) -> None:
        try:
            # Off the screen at once; the views are torn down only once the view-model has
            # closed: torn down while it still changes, half-destroyed bindings re-evaluate.
            self._ui.window.close()
            await self._ui.app_vm.aclose()
        finally:
            self._ui.close()
            self.done.set()


def close_async_generators_on(loop: asyncio.AbstractEventLoop) -> None:
    """What asyncio's own `run_forever` does and qasync's does not: an async generator left
    suspended (a response body abandoned half-read because it was too large or too slow) is
    closed by a task on the loop, not by the garbage collector with nothing to await on."""
    sys.set_asyncgen_hooks(firstiter=loop._asyncgen_firstiter_hook,  # type: ignore[attr-defined]
                           finalizer=loop._asyncgen_finalizer_hook)  # type: ignore[attr-defined]


def run_event_loop(ui: Ui, lifecycle: Lifecycle) -> None:
    loop = asyncio.get_event_loop()
    close_async_generators_on(loop)
    ui.app_vm.start()
    # Not run_until_complete: qasync's processes Qt's events once more after the loop has
    # stopped, so asyncio callbacks would run with no running loop.
    done = asyncio.ensure_future(lifecycle.done.wait())
    done.add_done_callback(lambda _: loop.stop())
    loop.run_forever()
    # The QML engine was only scheduled for deletion (`Ui.close`): delete it now, while the
    # view-model its views are bound to still exists, not at interpreter exit in any order.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # Joins qasync's executor thread (a broker connection is opened in it): a QThread still
    # running when the process ends is a critical message from Qt.
    loop.close()
