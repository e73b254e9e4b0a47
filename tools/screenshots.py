"""Renders every screen of the demo to PNG, offscreen, at the panel sizes we support.

    python tools/screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import asyncio
import os
import sys
import tomllib
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtGui import QGuiApplication

from app.config import parse_config
from app.sim.server import Simulator
from app.state.session import PanelSession
from app.ui import build_ui
from app.viewmodels.app import RpApp

SIZES = [(1280, 800), (800, 480)]


async def until(predicate, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise TimeoutError("screen did not reach the expected state")
        await asyncio.sleep(0.02)


async def shoot(out: Path, sim: Simulator) -> None:
    config = parse_config(tomllib.loads(sim.config_toml()), environ={})
    for width, height in SIZES:
        vm = RpApp(PanelSession(config))
        ui = build_ui(vm, width=width, height=height)
        vm.start()
        await until(lambda vm=vm: vm.room is not None and vm.room.link == "live")
        await asyncio.sleep(0.3)
        grab = lambda name, ui=ui, w=width, h=height: ui.window.grabWindow().save(  # noqa: E731
            str(out / f"{name}-{w}x{h}.png"))
        grab("room")
        for page in ("matrix", "displays", "presets", "usb"):
            vm.room.showPage(page)
            await until(lambda vm=vm: vm.room.routing.link == "live"
                        and vm.room.routing.displays.count > 0)
            await asyncio.sleep(0.4)
            grab(f"routing-{page}")
        vm.room.showPage("conference")
        await asyncio.sleep(0.8)
        grab("conference")
        call = sim.call(lambda: sim.yeastar.ring("1001", "0812345678", trunk="AIS SIP Trunk"))
        vm.room.showPage("calls")
        await asyncio.sleep(0.5)
        grab("calls-ringing")
        sim.call(lambda c=call: sim.yeastar.answer(c))
        await asyncio.sleep(0.4)
        grab("calls-talking")
        sim.call(lambda c=call: sim.yeastar.end(c))
        vm.room.showPage("controls")
        await asyncio.sleep(0.2)
        vm.room.invokeMacro(vm.room.macros.rows[0].id)
        await asyncio.sleep(0.05)
        grab("room-pending")
        vm.showRooms()
        await asyncio.sleep(0.3)
        grab("picker")
        vm.openRoom(sim.call(lambda: sim.yealink.space("ห้องประชุมใหญ่ ชั้น 5").id))
        await until(lambda vm=vm: vm.room is not None and vm.room.link == "live")
        await asyncio.sleep(0.3)
        grab("room-thai")
        vm.openRoom(sim.call(lambda: sim.yealink.space("第一会议室").id))
        await until(lambda vm=vm: vm.room is not None and vm.room.link == "live")
        await asyncio.sleep(0.3)
        grab("room-chinese")
        sim.take_offline()
        await until(lambda vm=vm: vm.room.link == "offline")
        await asyncio.sleep(0.3)
        grab("room-offline")
        sim.bring_online()
        ui.close()
        await vm.aclose()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots/out")
    out.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with Simulator() as sim:
        loop.run_until_complete(shoot(out, sim))
    print(f"Screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
