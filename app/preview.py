"""The panel's first frame: its room as last confirmed, on screen before the rest of the app
is imported.

A wall panel that reboots after a power cut should be back at once, and most of its start-up
is imports (the configuration's pydantic models, the view-models, the state layer, httpx and
the vendor clients under them), not the network. So this module, which imports only the
standard library, PySide6 and the room cache's reader, reads the configuration file as it
is (no validation), finds the room's cache, and draws it in a window of its own
(`CachedRoom.qml`: a picture, nothing on it acts, marked as not confirmed). The real room
screen, built once everything is imported, takes its place with its own first frame.

Anything unexpected here means no preview, never a panel that does not start.
"""

from __future__ import annotations

import logging
import sys
import time
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.config_env import apply_environment

log = logging.getLogger(__name__)

QML_DIR = Path(__file__).resolve().parent.parent / "qml"
# Long enough for a slow board's first frame; a preview that takes longer is not one.
FIRST_FRAME_TIMEOUT_S = 3.0


@dataclass
class Preview:
    """The cached room's window, until the room screen has drawn its own first frame."""

    engine: Any  # QQmlApplicationEngine
    window: Any  # QQuickWindow
    translator: Any  # QTranslator | None
    shown_at: float  # monotonic time of its first frame
    room_name: str
    confirmed_at: str  # HH:MM, local

    def close(self) -> None:
        from PySide6.QtCore import QCoreApplication

        if self.window is None:
            return
        self.window.close()
        self.engine.deleteLater()
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
        self.window = self.engine = self.translator = None


def show_cached_room(config_path: Path, cache_dir: Path,
                     environ: Mapping[str, str]) -> Preview | None:
    """The cached room on screen (its first frame swapped), or None: no cache for this
    configuration's room, not a room panel, or anything that could not be read."""
    try:
        raw = apply_environment(tomllib.loads(config_path.read_text(encoding="utf-8")),
                                environ)
        cached = _cached_room(raw, cache_dir)
        if cached is None:
            return None
        return _draw(raw, cached)
    except Exception:  # a preview is a nicety: the panel starts without one
        log.warning("No first frame from the room's cache", exc_info=True)
        return None


def _cached_room(raw: dict[str, Any], cache_dir: Path) -> dict[str, Any] | None:
    from app.state.snapshot_cache import SnapshotCache, fingerprint_of_raw

    panel = raw.get("panel")
    # A room panel only: a presenter's kiosk opens on other pages, an operator on all rooms.
    if not isinstance(panel, dict) or panel.get("mode", "room") != "room":
        return None
    keyed = fingerprint_of_raw(raw)
    if keyed is None:
        return None
    kept = SnapshotCache(cache_dir, keyed=keyed).load_raw()
    if kept is None:
        return None
    return {
        "roomName": kept["room"]["name"],
        "confirmedAt": time.strftime("%H:%M", time.localtime(kept["confirmed_at"])),
        "macros": [{"name": m["name"]} for m in kept["macros"]],
        "automations": [{"name": s["name"], "on": s["on"]} for s in kept["automations"]],
        "autoRoutings": [{"name": s["name"], "on": s["on"]} for s in kept["auto_routings"]],
    }


def _draw(raw: dict[str, Any], cached: dict[str, Any]) -> Preview | None:
    from PySide6.QtCore import QEventLoop, Qt, QTranslator
    from PySide6.QtGui import QCursor, QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine
    from PySide6.QtQuick import QQuickWindow

    from app.i18n import qm_path
    from app.none_refcount import pin_none

    # Before Qt calls into Python: the views' None-returning calls would wear None down
    # (app/none_refcount.py), and the view-models that pin it are not imported yet.
    pin_none()
    panel: dict[str, Any] = raw["panel"]
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    assert isinstance(app, QGuiApplication)
    app.setApplicationName("roompanel")
    app.setOrganizationName("roompanel")
    translator = None
    language = panel.get("language", "en")
    if language != "en" and isinstance(language, str):
        translator = QTranslator()
        if translator.load(str(qm_path(language))):
            QGuiApplication.installTranslator(translator)
        else:
            translator = None
    engine = QQmlApplicationEngine()
    engine.addImportPath(str(QML_DIR))
    engine.setInitialProperties({**cached, "themeName": str(panel.get("theme", "dark")),
                                 "largeText": panel.get("large_text") is True})
    engine.loadFromModule("RoomPanel", "CachedRoom")
    roots = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        if translator is not None:
            QGuiApplication.removeTranslator(translator)
        return None
    window = roots[0]
    if panel.get("hide_cursor") is True:
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
    swapped: list[float] = []
    window.frameSwapped.connect(lambda: swapped.append(time.monotonic()),
                                Qt.ConnectionType.DirectConnection)
    if panel.get("fullscreen", True) is not False:
        window.setFlag(Qt.WindowType.FramelessWindowHint, True)
        window.showFullScreen()
    else:
        window.show()
    window.update()
    deadline = time.monotonic() + FIRST_FRAME_TIMEOUT_S
    while not swapped and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    if not swapped:
        log.warning("The cached room's first frame did not come: starting without it")
        Preview(engine, window, translator, 0.0, "", "").close()
        return None
    return Preview(engine, window, translator, swapped[0], cached["roomName"],
                   cached["confirmedAt"])
