"""The operator console against 200 rooms in the simulator (its own process, so the panel's
figures are its own): time from start to a full overview (every tile read and drawn), the
panel process's peak memory, and the time to open a room (tap to the first frame with its
data). Median of RUNS fresh processes.

    python bench/operator_console.py [RUNS] [ROOMS]
Targets: overview within 3 s; under 250 MB; opening a room under 100 ms.
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import statistics
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROOMS_OPENED = 10


def child(rooms: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from app.sim.demo import DemoSimulatorProcess

    simulator = DemoSimulatorProcess(campus=rooms)
    try:
        simulator.wait_ready()
        import qasync
        from PySide6.QtGui import QGuiApplication

        from app.config import parse_config
        from app.state.session import PanelSession
        from app.ui import build_ui
        from app.viewmodels.app import RpApp

        raw = tomllib.loads(simulator.config_toml())
        raw["panel"].pop("room", None)
        config = parse_config(raw, environ={})
        app = QGuiApplication(sys.argv)
        app.setQuitOnLastWindowClosed(False)
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        result = loop.run_until_complete(measure(config, rooms, PanelSession, RpApp, build_ui))
        result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print("RESULT " + json.dumps(result), flush=True)
    finally:
        simulator.stop()


async def frame(window: object) -> None:
    swapped = asyncio.get_running_loop().create_future()

    def done() -> None:
        if not swapped.done():
            swapped.set_result(None)

    window.frameSwapped.connect(done)  # type: ignore[attr-defined]
    window.update()  # type: ignore[attr-defined]
    await swapped
    window.frameSwapped.disconnect(done)  # type: ignore[attr-defined]


async def until(predicate: object, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError
        await asyncio.sleep(0.005)  # coarse: polling must not load the loop it measures


async def measure(config: object, rooms: int, session_type: object, app_type: object,
                  build_ui: object) -> dict[str, float]:
    started = time.perf_counter()
    vm = app_type(session_type(config))  # type: ignore[operator]
    ui = build_ui(vm)  # type: ignore[operator]
    vm.start()
    model = vm.overview_model
    await until(lambda: model.count >= rooms and all(r.automations_on >= 0 for r in model.rows))
    await frame(ui.window)
    overview_s = time.perf_counter() - started
    opens = []
    for row in model.rows[5:5 + ROOMS_OPENED]:
        vm.showRooms()
        await frame(ui.window)
        tapped = time.perf_counter()
        vm.openRoom(row.room_id)
        await until(lambda: vm.room is not None and vm.room.has_data())
        await frame(ui.window)
        opens.append((time.perf_counter() - tapped) * 1000)
    ui.close()
    await vm.aclose()
    return {"overview_s": overview_s, "open_room_ms": statistics.median(opens)}


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    rooms = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    results = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, __file__, "--child", str(rooms)], cwd=ROOT,
                             capture_output=True, text=True, timeout=120, check=True)
        line = next(x for x in out.stdout.splitlines() if x.startswith("RESULT "))
        results.append(json.loads(line[len("RESULT "):]))

    def show(key: str, unit: str, scale: float = 1.0) -> str:
        values = [r[key] * scale for r in results]
        return (f"median {statistics.median(values):.0f} {unit} "
                f"(runs: {', '.join(f'{v:.0f}' for v in values)})")

    print(f"operator console, {rooms} rooms (+5 demo rooms), {runs} runs")
    print(f"  start to full overview:  {show('overview_s', 'ms', 1000)}  (target < 3000 ms)")
    print(f"  peak memory (RSS):       {show('peak_rss_mb', 'MB')}  (target < 250 MB)")
    print(f"  open a room (median of {ROOMS_OPENED}): {show('open_room_ms', 'ms')}  "
          "(target < 100 ms)")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child(int(sys.argv[2]))
        sys.exit(0)
    sys.exit(main())
