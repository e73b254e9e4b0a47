"""The panel left running against a steady stream of changes, calls and faults: every
minute, its resident memory, open file descriptors, threads, and the PBX tokens held.

    python bench/soak.py [MINUTES]        (default 30)
Targets: RSS growth at most 5 MB after warm-up (the first 2 minutes), no growth in
descriptors or threads, PBX tokens held at most 2 at any moment.

The simulator runs in a child process (`soak_sim.py`), so what is measured is the panel:
its real state layer, view-models and QML screen (offscreen), on the real event loop.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import threading
import tomllib
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import qasync  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from app.config import parse_config  # noqa: E402
from app.gc_thread import MainThreadCollector  # noqa: E402
from app.logs import setup_logging  # noqa: E402
from app.state.session import PanelSession  # noqa: E402
from app.ui import build_ui, close_async_generators_on  # noqa: E402
from app.viewmodels.app import RpApp  # noqa: E402

WARM_UP_MIN = 2


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


def threads() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("Threads:"):
            return int(line.split()[1])
    return 0


class SimulatorChild:
    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(ROOT / "bench" / "soak_sim.py")], stdout=subprocess.PIPE,
            stdin=subprocess.PIPE, text=True, cwd=ROOT)
        assert self.process.stdout is not None
        self.config = json.loads(self.process.stdout.readline())["config"]
        self.tokens_now = 0
        self.tokens_most = 0
        threading.Thread(target=self._follow, daemon=True).start()

    def _follow(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            tokens = json.loads(line)["tokens"]
            self.tokens_now, self.tokens_most = tokens, max(self.tokens_most, tokens)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


async def soak(minutes: int, child: SimulatorChild) -> list[dict[str, float]]:
    config = parse_config(tomllib.loads(child.config), environ={})
    vm = RpApp(PanelSession(config))
    ui = build_ui(vm)
    vm.start()
    rows: list[dict[str, float]] = []
    print("minute  RSS MB  fds  threads  PBX tokens now / most", flush=True)
    try:
        for minute in range(minutes + 1):
            if minute:
                await asyncio.sleep(60)
            room = vm.room
            row = {"minute": minute, "rss": rss_mb(), "fds": descriptors(),
                   "threads": threads(), "tokens": child.tokens_now,
                   "tokens_most": child.tokens_most}
            rows.append(row)
            link = room.link if room is not None else "-"
            print(f"{minute:6d}  {row['rss']:6.1f}  {row['fds']:3d}  {row['threads']:7d}  "
                  f"{child.tokens_now} / {child.tokens_most}   (room {link})", flush=True)
    finally:
        ui.close()
        await vm.aclose()
    return rows


def main() -> int:
    minutes = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    setup_logging("ERROR")  # the faults are on purpose: their warnings are expected
    app = QGuiApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    close_async_generators_on(loop)
    collector = MainThreadCollector(app)  # as the panel does
    collector.start()
    child = SimulatorChild()
    try:
        done = asyncio.ensure_future(soak(minutes, child))
        done.add_done_callback(lambda _: loop.stop())
        loop.run_forever()
        rows = done.result()
    finally:
        child.stop()
    warm = next((r for r in rows if r["minute"] >= WARM_UP_MIN), rows[0])
    last = rows[-1]
    print(f"after warm-up (minute {warm['minute']:.0f} -> {last['minute']:.0f}): "
          f"RSS {last['rss'] - warm['rss']:+.1f} MB, descriptors "
          f"{last['fds'] - warm['fds']:+.0f}, threads {last['threads'] - warm['threads']:+.0f}; "
          f"PBX tokens held at most {child.tokens_most}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
