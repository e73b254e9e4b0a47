"""Routing matrix at 32 sources x 32 displays: redraw and update cost, and routing feedback.

    python bench/matrix.py [ROUTES]
(1) a full redraw of the matrix page (polish + sync + render of one frame), median of 30;
(2) a model update that changes all 1,024 cells, to the frame that shows it, median of 10;
(3) routing feedback: a tapped cell to the frame where it shows the route confirmed by the
    service (PUT, then the read-back), p50/p99 over ROUTES taps.
Targets: full redraw under one 16 ms frame; routing feedback p50 under 150 ms on loopback.
The simulator runs in a thread of this process, sharing its GIL: figures are pessimistic.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import time
import tomllib
from dataclasses import replace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from common import percentile, until  # bench/common.py, beside this script
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickWindow

from app.config import parse_config
from app.sim.server import Simulator
from app.sim.yealink_av_data import matrix_group
from app.state.session import PanelSession
from app.ui import build_ui
from app.viewmodels.app import RpApp

SIZE = 32


async def next_frame(window: QQuickWindow) -> float:
    loop = asyncio.get_running_loop()
    swapped: asyncio.Future[float] = loop.create_future()

    def on_swap() -> None:
        if not swapped.done():
            swapped.set_result(time.perf_counter())

    window.frameSwapped.connect(on_swap, Qt.ConnectionType.DirectConnection)
    try:
        return await swapped
    finally:
        window.frameSwapped.disconnect(on_swap)


async def measure(sim: Simulator, routes: int) -> None:
    raw = tomllib.loads(sim.config_toml())
    raw["panel"].update(mode="room", room="Lab 32")
    raw["rooms"] = [{"space": "Lab 32", "device_groups": ["Lab 32"]}]
    raw["routing"] = {"pacing_ms": 0, "refresh_interval_s": 30}
    vm = RpApp(PanelSession(parse_config(raw, environ={})))
    ui = build_ui(vm)
    vm.start()
    await until(lambda: vm.room is not None and vm.room.link == "live")
    room = vm.room
    assert room is not None
    room.showPage("matrix")
    await until(lambda: room.routing.matrix.sourceCount == SIZE
                and room.routing.matrix.displayCount == SIZE)
    for _ in range(5):
        ui.window.update()
        await next_frame(ui.window)

    redraws = []
    for _ in range(30):
        started = time.perf_counter()
        ui.window.update()
        redraws.append(await next_frame(ui.window) - started)

    coordinator = room.routing._coordinator
    updates = []
    for n in range(10):
        view = coordinator.view
        source = view.sources[n % SIZE].id
        changed = replace(view, displays=tuple(
            replace(d, video_source=source, audio_source=source) for d in view.displays))
        started = time.perf_counter()
        room.routing._apply(changed)
        ui.window.update()
        updates.append(await next_frame(ui.window) - started)

    room.routing._apply(coordinator.view)  # back to what the service says
    ui.window.update()
    await next_frame(ui.window)
    matrix = room.routing.matrix
    feedback = []
    for n in range(routes):
        row, column = n % SIZE, (n * 7 + n // SIZE) % SIZE
        source_id = matrix.data(matrix.index(row, column), matrix.Roles.sourceId)
        display_id = matrix.data(matrix.index(row, column), matrix.Roles.displayId)
        if matrix.cell(row, column).signal == "Audio/Video":
            continue
        started = time.perf_counter()
        room.routing.tapCell(source_id, display_id)
        await until(lambda r=row, c=column: matrix.cell(r, c).signal == "Audio/Video"
                    and not matrix.cell(r, c).pending)
        # The confirmed cell is drawn by the next frame at the latest.
        ui.window.update()
        feedback.append(await next_frame(ui.window) - started)

    ms = lambda xs: [x * 1000 for x in xs]  # noqa: E731
    print(f"matrix {SIZE}x{SIZE}: full redraw median {statistics.median(ms(redraws)):.1f} ms "
          f"(max {max(ms(redraws)):.1f}); target < 16 ms")
    print(f"matrix {SIZE}x{SIZE}: update of all cells to frame median "
          f"{statistics.median(ms(updates)):.1f} ms (max {max(ms(updates)):.1f})")
    print(f"routing feedback (tap -> confirmed cell on screen): n={len(feedback)} "
          f"p50 {statistics.median(ms(feedback)):.1f} ms, p99 {percentile(ms(feedback), 0.99):.1f}"
          " ms; target p50 < 150 ms")
    ui.close()
    await vm.aclose()


def main() -> int:
    routes = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    app = QGuiApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with Simulator() as sim:
        sim.call(lambda: sim.yealink.add_space("Lab 32"))
        sim.call(lambda: sim.yealink.av.add_group(matrix_group("lab32-group", "Lab 32",
                                                               SIZE, SIZE)))
        loop.run_until_complete(measure(sim, routes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
