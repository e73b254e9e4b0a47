"""Frame pacing of what moves on the panel: is it 60 fps?

    python bench/frames.py [SECONDS]

For each thing that animates (a flick through the operator's 205 room tiles, a macro's
pending pulse, the incoming-call pulse, the dimming fade) it records every frame for
SECONDS (default 2) and prints the frame intervals (p50, p99), the frames that took longer
than one 60 Hz period to make (`afterAnimating` to `frameSwapped`: polish, sync, render),
and the share of intervals over 1.5 periods (dropped frames). It also times a tap on each
room tab to the first frame showing that page, first visit and again.

Offscreen, Qt Quick draws with its software renderer on the CPU (no GPU here): a panel with
a GPU does better, so these are the worst case. Target: no dropped frames, p99 < 16.7 ms.
The simulator runs in a thread of this process (for fault injection and calls).
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import time
import tomllib
from collections.abc import Awaitable, Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import qasync
from common import percentile, until  # bench/common.py, beside this script
from PySide6.QtCore import Q_ARG, QMetaObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickWindow
from qml_helpers import find_item, next_frame, tap  # tests/qml_helpers.py

from app.config import parse_config
from app.sim.campus import add_campus
from app.sim.faults import Fault, FaultKind
from app.sim.server import Simulator
from app.state.session import PanelSession
from app.ui import Ui, build_ui
from app.viewmodels.app import RpApp

PERIOD_MS = 1000 / 60
CAMPUS = 200


class FrameRecorder:
    """Timestamps of every frame of a window: when its animations ticked, when it swapped."""

    def __init__(self, window: QQuickWindow) -> None:
        self.window = window
        self.animated: list[float] = []
        self.swapped: list[float] = []
        self.costs: list[float] = []
        # Direct: the stamps are taken where the signals are emitted, not when queued.
        window.afterAnimating.connect(self._on_animated, Qt.ConnectionType.DirectConnection)
        window.frameSwapped.connect(self._on_swapped, Qt.ConnectionType.DirectConnection)

    def _on_animated(self) -> None:
        self.animated.append(time.perf_counter())

    def _on_swapped(self) -> None:
        now = time.perf_counter()
        self.swapped.append(now)
        if self.animated:
            self.costs.append(now - self.animated[-1])

    def clear(self) -> None:
        self.animated.clear()
        self.swapped.clear()
        self.costs.clear()

    async def record(self, seconds: float) -> tuple[list[float], list[float]]:
        self.clear()
        await asyncio.sleep(seconds)
        intervals = [(b - a) * 1000 for a, b in zip(self.swapped, self.swapped[1:], strict=False)]
        return intervals, [c * 1000 for c in self.costs]


def report(title: str, intervals: list[float], costs: list[float]) -> None:
    if len(intervals) < 2:
        print(f"{title:<34} no frames: nothing moved")
        return
    dropped = sum(1 for i in intervals if i > 1.5 * PERIOD_MS)
    slow = sum(1 for c in costs if c > PERIOD_MS)
    print(f"{title:<34} {len(intervals) + 1:4d} frames, {1000 / statistics.median(intervals):5.1f} "
          f"fps; interval p50 {statistics.median(intervals):5.1f} ms, "
          f"p99 {percentile(intervals, 0.99):5.1f} ms; "
          f"frame cost p50 {statistics.median(costs):4.1f} ms, "
          f"p99 {percentile(costs, 0.99):5.1f} ms; "
          f"over a period: {slow}; dropped: {dropped} ({100 * dropped / len(intervals):.1f}%)")


async def scenario(label: str, frames: FrameRecorder, seconds: float,
                   start: Callable[[], Awaitable[None]]) -> None:
    await start()
    report(label, *await frames.record(seconds))


async def run(sim: Simulator, seconds: float) -> None:
    raw = tomllib.loads(sim.config_toml())
    raw["panel"].pop("room", None)
    raw["panel"]["mode"] = "operator"
    config = parse_config(raw, environ={})
    clock = [time.monotonic()]
    vm = RpApp(PanelSession(config), kiosk_clock=lambda: clock[0])
    ui = build_ui(vm)
    vm.start()
    try:
        await measure(sim, vm, ui, clock, seconds)
    finally:
        ui.close()
        await vm.aclose()


async def measure(sim: Simulator, vm: RpApp, ui: Ui, clock: list[float],
                  seconds: float) -> None:
    window = ui.window
    frames = FrameRecorder(window)
    overview = vm.overview_model
    await until(lambda: overview.overview is not None
                and overview.overview.first_full_read_s is not None, timeout=30)
    await next_frame(window)

    grid = find_item(window, "roomGrid")

    async def flick() -> None:
        QMetaObject.invokeMethod(grid, "flick", Q_ARG("double", 0.0), Q_ARG("double", -6000.0))

    await scenario(f"flick {CAMPUS + 5} room tiles", frames, seconds, flick)

    grid.setProperty("contentY", 0)  # the flick left the Boardroom's tile out of sight
    await tap(window, find_item(window, "room:Boardroom"))
    await until(lambda: vm.room is not None and vm.room_has_data())
    await next_frame(window)

    async def press_slow_macro() -> None:
        sim.call(lambda: sim.yealink.fail(Fault(FaultKind.DELAY, path="/ctrl/macro/invoke",
                                                seconds=seconds + 2)))
        await tap(window, find_item(window, "macro:Lights 50%"))

    await scenario("macro pending pulse", frames, seconds, press_slow_macro)

    call_id: list[str] = []

    async def ring() -> None:
        call_id.append(sim.call(lambda: sim.yeastar.ring("1001", "0812345678")))
        await until(lambda: vm.room is not None and vm.room.calls_model.has_incoming_call())

    await scenario("incoming call pulse", frames, seconds, ring)
    sim.call(lambda: sim.yeastar.end(call_id[0]))

    async def dim() -> None:
        clock[0] += vm.kiosk_model.dim_after_s + 1
        vm.kiosk_model.tick()
        assert vm.kiosk_model.phase == "dimmed"

    await scenario("dimming fade (800 ms)", frames, 0.9, dim)
    vm.kiosk_model.wake()
    await next_frame(window)
    await tab_switches(vm, ui)


async def tab_switches(vm: RpApp, ui: Ui) -> None:
    room = vm.room
    assert room is not None
    tabs = [str(t) for t in room.property("tabs")]
    for visit in ("first visit", "again"):
        samples = []
        for name in [*tabs[1:], tabs[0]]:
            item = find_item(ui.window, f"tab:{name}")
            await next_frame(ui.window)
            shown: list[float] = []

            def on_frame(page: str = name, into: list[float] = shown) -> None:
                if not into and room.page == page:
                    into.append(time.perf_counter())

            ui.window.frameSwapped.connect(on_frame, Qt.ConnectionType.DirectConnection)
            started = time.perf_counter()
            await tap(ui.window, item)
            await until(lambda into=shown: bool(into))
            ui.window.frameSwapped.disconnect(on_frame)
            samples.append((shown[0] - started) * 1000)
        print(f"tab tap to its first frame, {visit:<12} p50 {statistics.median(samples):5.1f} ms, "
              f"max {max(samples):5.1f} ms over {len(samples)} tabs")


def main() -> int:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 2.0
    app = QGuiApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with Simulator() as sim:
        sim.call(lambda: add_campus(sim.yealink, CAMPUS))
        loop.run_until_complete(run(sim, seconds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
