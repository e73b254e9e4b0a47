"""Every control a finger can press, on every page at both panel sizes, is at least 48 px
each way: a wall panel is worked standing, at arm's length, by people in a hurry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtQuick import QQuickItem, QQuickWindow
from qml_helpers import next_frame, really_visible, walk
from test_qml_kiosk import KioskPanel, open_kiosk

from app.sim.server import Simulator

MIN_TARGET_PX = 48
PRESSABLE = ("QQuickAbstractButton", "QQuickSlider", "QQuickTextField", "QQuickMouseArea")


def pressable_on_screen(window: QQuickWindow) -> list[QQuickItem]:
    screen = QRectF(0, 0, window.width(), window.height())
    return [item for item in walk(window.contentItem())
            if any(item.inherits(kind) for kind in PRESSABLE) and item.isEnabled()
            and really_visible(item)
            and screen.intersects(item.mapRectToScene(item.boundingRect()))]


def describe(item: QQuickItem) -> str:
    name = item.objectName() or str(item.property("text") or "") or item.metaObject().className()
    return f"{name} {item.width():.0f}x{item.height():.0f}"


@pytest.mark.parametrize("size", [(1280, 800), (800, 480)])
def test_every_pressable_control_is_big_enough(sim: Simulator, run: Any,
                                               panels: list[KioskPanel], tmp_path: Path,
                                               size: tuple[int, int]) -> None:
    panel = open_kiosk(panels, sim, tmp_path, mode="operator", size=size)

    async def scenario() -> None:
        await panel.room_live()
        room = panel.vm.room

        def settings() -> None:
            panel.vm.openSettings()
            panel.vm.settings.unlock("")

        pages: list[tuple[str, Any]] = [
            *((page, lambda page=page: room.showPage(page)) for page in room.tabs),
            ("overview", panel.vm.showRooms),
            ("settings", settings),
            ("diagnostics", panel.vm.openDiagnostics)]
        too_small: dict[str, list[str]] = {}
        for name, show in pages:
            show()
            await next_frame(panel.window)
            await next_frame(panel.window)  # pages read on first show fill in
            controls = pressable_on_screen(panel.window)
            assert controls, f"nothing to press on {name}"
            small = [describe(c) for c in controls
                     if c.width() < MIN_TARGET_PX or c.height() < MIN_TARGET_PX]
            if small:
                too_small[name] = small
        assert too_small == {}, "\n".join(f"{page}: {', '.join(small)}"
                                           for page, small in too_small.items())

    run(scenario())
