"""The operator console against 200 rooms in the simulator (its own process, so the panel's
figures are its own): time from start to a full overview (every tile read and drawn), the
panel process's peak memory, and the time to open a room (tap to the first frame with its
data). Median of RUNS fresh processes.

    python bench/operator_console.py [RUNS] [ROOMS] [--hub]
Targets: overview within 3 s; under 250 MB; opening a room under 100 ms.

With --hub the console is on a site hub (a real Mosquitto, the hub in a process of its own,
already running and caught up, as a site's hub is when someone starts a console): the
overview comes from the hub's retained messages, no read per room (issue 13: faster than
the direct figure).
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROOMS_OPENED = 10


def child(rooms: int, through_hub: bool) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from app.sim.demo import DemoSimulatorProcess

    simulator = DemoSimulatorProcess(campus=rooms)
    hub: subprocess.Popen[bytes] | None = None
    broker = None
    try:
        simulator.wait_ready()
        import qasync
        from PySide6.QtGui import QGuiApplication

        from app.config import parse_config
        from app.ui import build_ui
        from app.viewmodels.app import RpApp

        raw = tomllib.loads(simulator.config_toml())
        raw["panel"].pop("room", None)
        if through_hub:
            sys.path.insert(0, str(ROOT / "tests"))
            import tomli_w
            from mosquitto import Broker

            folder = Path(tempfile.mkdtemp(prefix="roompanel-console-bench-"))
            broker = Broker(folder).start()
            raw["hub"] = {"broker": broker.url, "site": "bench"}
            (folder / "site.toml").write_text(tomli_w.dumps(raw))
            hub = subprocess.Popen([sys.executable, "-m", "app.cli", "hub", "--config",
                                    str(folder / "site.toml")], cwd=ROOT,
                                   stderr=subprocess.DEVNULL)
            raw = {"hub": raw["hub"], "panel": {"mode": "operator"}}
        config = parse_config(raw, environ={})
        app = QGuiApplication(sys.argv)
        app.setQuitOnLastWindowClosed(False)
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        if through_hub:
            from app.state.remote import HubSession

            loop.run_until_complete(hub_caught_up(config, rooms + 5))
            session_type: object = HubSession
        else:
            from app.state.session import PanelSession

            session_type = PanelSession
        result = loop.run_until_complete(measure(config, rooms, session_type, RpApp, build_ui))
        result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print("RESULT " + json.dumps(result), flush=True)
        loop.close()  # joins qasync's executor thread (the broker connection opens in it)
    finally:
        if hub is not None:
            hub.terminate()
            hub.wait(20)
        if broker is not None:
            broker.stop()
        simulator.stop()


async def hub_caught_up(config: object, rooms: int) -> None:
    """Until the hub has published every room's summary, read (not measured)."""
    from app.api.broker import BrokerLink

    read: set[str] = set()

    def summary(topic: str, data: object) -> None:
        view = data.get("view") if isinstance(data, dict) else None
        if isinstance(view, dict) and view.get("automations_on", -1) >= 0:
            read.add(topic)

    link = BrokerLink(config.hub, client_id="bench-warm-up")  # type: ignore[attr-defined]
    link.subscribe("roompanel/bench/rooms/+/summary", summary)
    link.start()
    await until(lambda: len(read) >= rooms, 120)
    await link.stop()


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
    through_hub = "--hub" in sys.argv
    numbers = [a for a in sys.argv[1:] if a != "--hub"]
    runs = int(numbers[0]) if numbers else 5
    rooms = int(numbers[1]) if len(numbers) > 1 else 200
    results = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, __file__, "--child", str(rooms),
                              *(["--hub"] if through_hub else [])], cwd=ROOT,
                             capture_output=True, text=True, timeout=300, check=True)
        line = next(x for x in out.stdout.splitlines() if x.startswith("RESULT "))
        results.append(json.loads(line[len("RESULT "):]))

    def show(key: str, unit: str, scale: float = 1.0) -> str:
        values = [r[key] * scale for r in results]
        return (f"median {statistics.median(values):.0f} {unit} "
                f"(runs: {', '.join(f'{v:.0f}' for v in values)})")

    print(f"operator console, {rooms} rooms (+5 demo rooms), {runs} runs"
          + (", on a site hub" if through_hub else ", direct"))
    print(f"  start to full overview:  {show('overview_s', 'ms', 1000)}  (target < 3000 ms)")
    print(f"  peak memory (RSS):       {show('peak_rss_mb', 'MB')}  (target < 250 MB)")
    print(f"  open a room (median of {ROOMS_OPENED}): {show('open_room_ms', 'ms')}  "
          "(target < 100 ms)")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child(int(sys.argv[2]), "--hub" in sys.argv)
        sys.exit(0)
    sys.exit(main())
