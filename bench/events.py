"""PBX events: (1) an event on the simulator's socket to the view-model, p50/p99 over N;
(2) a storm of RATE events per second for SECONDS: no event lost (the panel's calls equal
the simulator's), and the longest stall of the Qt event loop.

    python bench/events.py [N] [RATE] [SECONDS]
Targets: p99 under 16 ms; no stall over 50 ms. The simulator runs in a thread of this
process and shares its GIL, so the storm also loads the panel's own interpreter.
"""

from __future__ import annotations

import asyncio
import os
import random
import statistics
import sys
import time
import tomllib

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from common import percentile, until  # bench/common.py, beside this script
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from app.config import parse_config
from app.gc_thread import MainThreadCollector
from app.sim.server import Simulator
from app.sim.yeastar import YeastarSim
from app.state.calls import CallBook
from app.state.session import PanelSession
from app.ui import build_ui
from app.viewmodels.app import RpApp

EXTENSIONS = ["1001", "1002", "1003", "1004"]


async def set_up_calls(pbx: YeastarSim) -> list[str]:
    """Forty answered calls for the storm to play with (before the stall is measured)."""
    rng = random.Random(3)
    calls = [pbx.ring(rng.choice(EXTENSIONS), f"08{n:08}") for n in range(40)]
    for call in calls:
        pbx.answer(call)
    return calls


async def storm(pbx: YeastarSim, calls: list[str], rate: int, seconds: float) -> int:
    """Runs on the simulator's loop: hold/resume/end/ring calls at `rate` events a second."""
    rng = random.Random(7)
    extensions = EXTENSIONS
    sent_before = pbx.events_sent
    started = time.monotonic()
    step = 0
    while time.monotonic() - started < seconds:
        due = int((time.monotonic() - started) * rate) - (pbx.events_sent - sent_before)
        for _ in range(max(0, due)):
            step += 1
            call = rng.choice(calls)
            if step % 50 == 0:
                pbx.end(call)
                calls.remove(call)
                calls.append(pbx.ring(rng.choice(extensions), f"09{step:08}"))
            else:
                status = "HOLD" if rng.random() < 0.5 else "ANSWERED"
                pbx.set_status(call, status)
        await asyncio.sleep(0.002)
    return pbx.events_sent - sent_before


async def measure(sim: Simulator, n: int, rate: int, seconds: float) -> None:
    raw = tomllib.loads(sim.config_toml())
    raw["panel"].update(mode="room", room="Boardroom")
    vm = RpApp(PanelSession(parse_config(raw, environ={})))
    ui = build_ui(vm)
    vm.start()
    await until(lambda: vm.room is not None and vm.room.calls.available)
    room = vm.room
    assert room is not None
    book = vm._session.calls
    assert book is not None
    call = sim.call(lambda: sim.yeastar.ring("1001", "0811111111"))
    sim.call(lambda: sim.yeastar.answer(call))
    model = room.calls.calls
    await until(lambda: model.count == 1 and model.rows[0].row.state == "talking")

    changed_at: list[float] = []
    model.dataChanged.connect(lambda *a: changed_at.append(time.monotonic()))
    latencies = []
    for i in range(n):
        status = "HOLD" if i % 2 == 0 else "ANSWERED"
        wanted = "on hold" if status == "HOLD" else "talking"
        changed_at.clear()
        started = time.monotonic()
        sim.call(lambda s=status: sim.yeastar.set_status(call, s, number="1001"))
        await until(lambda w=wanted: model.rows[0].row.state == w and bool(changed_at))
        latencies.append(changed_at[0] - started)
    ms = [x * 1000 for x in latencies]
    print(f"event -> view-model: n={n} p50 {statistics.median(ms):.2f} ms, "
          f"p99 {percentile(ms, 0.99):.2f} ms (target p99 < 16 ms)")
    sim.call(lambda: sim.yeastar.end(call))
    await measure_storm(sim, book, rate, seconds)
    ui.close()
    await vm.aclose()


async def measure_storm(sim: Simulator, book: CallBook, rate: int, seconds: float) -> None:
    calls = await asyncio.wrap_future(
        asyncio.run_coroutine_threadsafe(set_up_calls(sim.yeastar), sim._loop))
    await until(lambda: len(book._calls) >= len(calls))
    # As the panel's collector does after start-up (app/gc_thread.py): collections on this
    # thread, what start-up left frozen.
    collector = MainThreadCollector()
    collector.start()
    collector.settle()
    gaps: list[float] = []
    last = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(tick)
    ticker.start()
    future = asyncio.run_coroutine_threadsafe(storm(sim.yeastar, calls, rate, seconds),
                                              sim._loop)
    sent = await asyncio.wrap_future(future)
    ticker.stop()
    collector.stop()

    def same() -> bool:
        expected = {c.call_id: tuple(m.status for m in c.members)
                    for c in sim.yeastar.calls.values()}
        seen = {c.call_id: tuple(m.status for m in c.members) for c in book._calls.values()}
        return expected == seen

    settled = True
    try:
        await until(same, timeout=10)
    except TimeoutError:
        settled = False
    stall = max(gaps) * 1000 - 5 if gaps else 0.0
    worst = gaps.index(max(gaps)) if gaps else 0
    print(f"storm: {sent} events in {seconds:.0f} s ({sent / seconds:.0f}/s); final state "
          f"{'equals' if settled else 'DIFFERS FROM'} the simulator's "
          f"({len(sim.yeastar.calls)} calls); longest event-loop stall {stall:.1f} ms "
          f"at tick {worst} of {len(gaps)} (target none over 50 ms)")


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rate = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 10.0
    app = QGuiApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with Simulator() as sim:
        loop.run_until_complete(measure(sim, n, rate, seconds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
