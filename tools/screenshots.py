"""Renders every page of the demo to PNG, offscreen: each theme, each language, at the panel
sizes we support. For the README, and to look at.

    python tools/screenshots.py OUT_DIR [--themes dark,light] [--languages en,th]
                                        [--sizes 1280x800] [--pages controls,settings]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import tomllib
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem, QQuickWindow

from app.config import LANGUAGES, THEMES, parse_config
from app.config_store import ConfigStore
from app.gc_thread import MainThreadCollector
from app.i18n import compile_translations
from app.schedule import DAYS, OFF, Schedule
from app.sim.server import Simulator
from app.state.session import PanelSession
from app.ui import build_ui
from app.viewmodels.app import RpApp

ROOM_PAGES = ["controls", "calls", "conference", "matrix", "displays", "presets", "usb"]
PAGES = ["overview", *ROOM_PAGES, "thai-conference", "settings-pin", "settings", "schedule",
         "diagnostics", "dimmed", "screensaver", "screen-off"]


async def until(predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise TimeoutError("screen did not reach the expected state")
        await asyncio.sleep(0.02)


async def shoot(out: Path, sim: Simulator, args: argparse.Namespace) -> int:
    config = parse_config(tomllib.loads(sim.config_toml()), environ={})
    store = ConfigStore(Path(tempfile.mkdtemp(prefix="roompanel-shots-")) / "roompanel.toml",
                        environ={})
    store.path.write_text(sim.config_toml(), encoding="utf-8")
    idle_clock = [0.0]
    count = 0
    sim.call(lambda: sim.yeastar.conference("6400", ["1001", "1003"], "0898765432"))
    for width, height in args.sizes:
        vm = RpApp(PanelSession(config), kiosk_clock=lambda: idle_clock[0], store=store)
        ui = build_ui(vm, width=width, height=height)
        vm.start()
        await until(lambda vm=vm: vm.room is not None and vm.room.link == "live")
        board = vm.room
        thai = sim.call(lambda: sim.yealink.space("ห้องประชุมใหญ่ ชั้น 5").id)
        for theme in args.themes:
            vm.preferences_model.setTheme(theme)
            for language in args.languages:
                vm.preferences_model.setLanguage(language)

                for page in args.pages:
                    await show(page, vm, sim, board, thai, idle_clock, ui.window)
                    await asyncio.sleep(0.35)  # let animations and reads settle
                    name = f"{page}-{theme}-{language}-{width}x{height}.png"
                    ui.window.grabWindow().save(str(out / name))
                    count += 1
                vm.closeAdminPage()
                vm.kiosk_model.wake()
        ui.close()
        await vm.aclose()
    return count


async def show(page: str, vm: RpApp, sim: Simulator, board: object, thai: str,
               idle_clock: list[float], window: QQuickWindow) -> None:
    vm.kiosk_model.set_schedule(None)
    vm.kiosk_model.wake()
    vm.closeAdminPage()
    if page == "overview":
        vm.showRooms()
    elif page in ROOM_PAGES:
        vm.openRoom(board.roomId)  # type: ignore[attr-defined]
        vm.room.showPage(page)
        if page in ("matrix", "displays", "presets", "usb"):
            await until(lambda: vm.room.routing.link == "live"
                        and vm.room.routing.displays.count > 0)
    elif page == "thai-conference":
        vm.openRoom(thai)
        await until(lambda: vm.room is not None and vm.room.link == "live")
        vm.room.showPage("conference")
    elif page == "settings-pin":
        vm.openSettings()
    elif page == "settings":
        vm.openSettings()
        vm.settings_model.unlock("")
        vm.settings_model.setValue("panel.schedule", "always")
    elif page == "schedule":  # the settings scrolled to the display schedule's days
        vm.openSettings()
        vm.settings_model.unlock("")
        vm.settings_model.setValue("panel.schedule", "hours")
        await scroll_to(window, "settingsFields", "setting:panel.schedule")
    elif page == "diagnostics":
        vm.openDiagnostics()
    elif page in ("dimmed", "screensaver"):
        vm.openRoom(board.roomId)  # type: ignore[attr-defined]
        idle_clock[0] += 10_000 if page == "screensaver" else 0
        if page == "dimmed":
            idle_clock[0] += vm.kiosk_model.dim_after_s + 1
        vm.kiosk_model.tick()
        await asyncio.sleep(1.0)  # the dimmer fades in
    elif page == "screen-off":  # outside the display schedule's hours (here: all week)
        vm.openRoom(board.roomId)  # type: ignore[attr-defined]
        vm.kiosk_model.set_schedule(Schedule.from_texts(dict.fromkeys(DAYS, OFF)))
        idle_clock[0] += 10_000
        vm.kiosk_model.tick()


async def scroll_to(window: QQuickWindow, view_name: str, row_name: str) -> None:
    """Scroll a list until the row named `row_name` is at its top (rows are built as they
    come into view), or as near as the list goes."""
    await until(lambda: named(window.contentItem(), view_name) is not None)
    view = named(window.contentItem(), view_name)
    assert view is not None
    view.setProperty("contentY", 0)
    for _ in range(100):
        await asyncio.sleep(0.02)
        row = next((i for i in view.property("contentItem").childItems()
                    if i.objectName() == row_name), None)
        bottom = view.property("contentHeight") - view.height()
        if row is not None and abs(view.property("contentY") - row.y()) < 1:
            return
        if row is not None:
            # Rows above were only estimated until built: aim again until the row holds still.
            view.setProperty("contentY", max(0.0, min(bottom, row.y())))
        elif view.property("contentY") >= bottom:
            return
        else:
            view.setProperty("contentY", min(bottom, view.property("contentY") + 100))


def named(item: QQuickItem, name: str) -> QQuickItem | None:
    """The item named `name` under `item` (QML's own items, which findChild may not see)."""
    if item.objectName() == name:
        return item
    return next((found for child in item.childItems()
                 if (found := named(child, name)) is not None), None)


def size(text: str) -> tuple[int, int]:
    width, _, height = text.partition("x")
    return int(width), int(height)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path, nargs="?", default=Path("screenshots/out"))
    parser.add_argument("--themes", default=",".join(THEMES))
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    parser.add_argument("--sizes", default="1280x800,800x480")
    parser.add_argument("--pages", default=",".join(PAGES))
    args = parser.parse_args()
    args.themes = args.themes.split(",")
    args.languages = args.languages.split(",")
    args.sizes = [size(s) for s in args.sizes.split(",")]
    args.pages = args.pages.split(",")
    args.out.mkdir(parents=True, exist_ok=True)
    compile_translations()
    app = QGuiApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    MainThreadCollector(app).start()  # the simulator's thread must not free Qt objects
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with Simulator() as sim:
        count = loop.run_until_complete(shoot(args.out, sim, args))
    print(f"{count} screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
