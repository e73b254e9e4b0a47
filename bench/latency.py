"""(b) A change made in the simulator to the moment the view-model shows it, and
(c) a tap (the QML button's clicked signal) to the request reaching the simulator.

    python bench/latency.py [CHANGES] [TAPS]
Targets: (b) p50 under 100 ms on loopback; (c) p99 under 10 ms.
The simulator runs in a thread of this process, sharing its GIL: the figures are pessimistic.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import time
import tomllib

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from common import percentile, until  # bench/common.py, beside this script
from PySide6.QtCore import QMetaObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem, QQuickWindow

from app.config import parse_config
from app.sim.server import Simulator
from app.state.session import PanelSession
from app.ui import build_ui
from app.viewmodels.app import RpApp
from app.viewmodels.lists import RpSwitchListModel


def report(title: str, samples_s: list[float]) -> None:
    ms = [s * 1000 for s in samples_s]
    print(f"{title}: n={len(ms)} p50 {statistics.median(ms):.1f} ms, "
          f"p99 {percentile(ms, 0.99):.1f} ms, max {max(ms):.1f} ms")


async def change_to_view(sim: Simulator, vm: RpApp, changes: int) -> list[float]:
    room = vm.room
    assert room is not None
    model: RpSwitchListModel = room._automations
    row = next(i for i, r in enumerate(model.rows) if r.name == "Shut down at 20:00")
    seen: list[float] = []
    model.dataChanged.connect(lambda top, bottom, roles: seen.append(time.monotonic())
                              if top.row() <= row <= bottom.row() else None)
    samples = []
    for n in range(changes):
        wanted = n % 2 == 0
        seen.clear()
        started = time.monotonic()
        sim.call(lambda w=not wanted: sim.yealink.set_switch("Boardroom", "Shut down at 20:00", w))
        await until(lambda w=not wanted: model.rows[row].on == w and bool(seen))
        samples.append(seen[-1] - started)
    return samples


def find_item(window: QQuickWindow, name: str) -> QQuickItem:
    pending = [window.contentItem()]
    while pending:
        item = pending.pop()
        if item.objectName() == name:
            return item
        pending.extend(item.childItems())
    raise LookupError(name)


async def tap_to_request(sim: Simulator, vm: RpApp, ui_window: QQuickWindow,
                         taps: int) -> list[float]:
    button = find_item(ui_window, "macro:Lights 50%")
    samples = []
    for _ in range(taps):
        before = len(sim.yealink.seen("/ctrl/macro/invoke"))
        started = time.monotonic()
        QMetaObject.invokeMethod(button, "clicked")
        await until(lambda b=before: len(sim.yealink.seen("/ctrl/macro/invoke")) > b)
        samples.append(sim.yealink.seen("/ctrl/macro/invoke")[-1].received_at - started)
        await until(lambda: button.property("status") != "pending")
    return samples


async def main_async(sim: Simulator, changes: int, taps: int) -> None:
    config = parse_config(tomllib.loads(sim.config_toml()), environ={})
    vm = RpApp(PanelSession(config))
    ui = build_ui(vm)
    vm.start()
    await until(lambda: vm.room_has_data() and vm.room is not None and vm.room.link == "live")
    await asyncio.sleep(0.2)  # let the long polls settle on the server
    report("(b) simulator change -> view-model", await change_to_view(sim, vm, changes))
    report("(c) tap -> request at simulator ", await tap_to_request(sim, vm, ui.window, taps))
    ui.close()
    await vm.aclose()


def main() -> int:
    changes = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    taps = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    app = QGuiApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with Simulator() as sim:
        loop.run_until_complete(main_async(sim, changes, taps))
    return 0


if __name__ == "__main__":
    sys.exit(main())
