"""A building of panels on one site hub: the simulator's services (with a campus of rooms), a
real Mosquitto, the hub in a process of its own, and N headless panels (the panel's real
state layer and view-models) spread over a few processes.

    python bench/hub.py [PANELS] [PROCESSES] [ROOMS] [--listeners N]   (default 100 4 200)

Prints: PBX tokens and long polls held by the whole site; requests per second to the
conference server and DingTalk with no panel and with all of them; a PBX event to every
panel's view-models (p50/p99); a macro tap to the request reaching the service (p50/p99);
the hub killed: every panel offline, and back live after its restart; the hub's peak memory.
Targets (issue 13): tokens 1, long polls 3, rates independent of panels, event p99 <= 50 ms,
tap p99 <= 25 ms, offline within 2 s, live within 5 s of the restart, hub RSS <= 150 MB.
With --listeners N, the stretch: N plain MQTT subscribers (bench/hub_listeners.py) beside
the panels, and a PBX event to the last of them (p99 <= 100 ms).
"""

from __future__ import annotations

import json
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import tomli_w  # noqa: E402
from mosquitto import Broker  # noqa: E402  # tests/mosquitto.py: the same broker as the tests

from app.sim.campus import add_campus  # noqa: E402
from app.sim.server import Simulator  # noqa: E402

SITE = "bench"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Workers:
    """The panel processes and what they report."""

    def __init__(self, broker: Broker, panels: int, processes: int, rooms: list[str]) -> None:
        self.lines: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        self.processes = []
        per = -(-panels // processes)
        self.owner: dict[int, subprocess.Popen[str]] = {}
        for first in range(0, panels, per):
            count = min(per, panels - first)
            process = subprocess.Popen(
                [sys.executable, str(ROOT / "bench" / "hub_panels.py"), broker.url, SITE,
                 str(first), str(count), ",".join(rooms)], stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, text=True, cwd=ROOT)
            self.processes.append(process)
            for n in range(first, first + count):
                self.owner[n] = process
            threading.Thread(target=self._read, args=(process,), daemon=True).start()

    def _read(self, process: subprocess.Popen[str]) -> None:
        assert process.stdout is not None
        for line in process.stdout:
            with self.lock:
                self.lines.append(json.loads(line))

    def seen(self, key: str) -> list[dict[str, Any]]:
        with self.lock:
            return [line for line in self.lines if key in line]

    def order(self, panel: int, text: str) -> None:
        process = self.owner[panel]
        assert process.stdin is not None
        process.stdin.write(text + "\n")
        process.stdin.flush()

    def stop(self) -> None:
        for process in self.processes:
            try:
                assert process.stdin is not None
                process.stdin.write("quit\n")
                process.stdin.flush()
            except (BrokenPipeError, OSError):
                pass
        for process in self.processes:
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                process.kill()


def wait_for(predicate: Any, timeout: float, what: str) -> float:
    started = time.monotonic()
    while not predicate():
        if time.monotonic() - started > timeout:
            raise TimeoutError(what)
        time.sleep(0.005)
    return time.monotonic() - started


def rates(sim: Simulator, seconds: float) -> tuple[float, float]:
    before = (len(sim.portsip.requests), len(sim.dingtalk.requests))
    time.sleep(seconds)
    return ((len(sim.portsip.requests) - before[0]) / seconds,
            (len(sim.dingtalk.requests) - before[1]) / seconds)


def start_hub(config: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "app.cli", "hub", "--config", str(config)],
                            cwd=ROOT, stderr=subprocess.DEVNULL)


def events(sim: Simulator, workers: Workers, panels: int) -> None:
    """A PBX event to every panel's view-models."""
    delays: list[float] = []
    for _ in range(20):
        started = time.monotonic()
        call = sim.call(lambda: sim.yeastar.ring("1001", "0812345678"))
        def reached(c: str = call) -> list[dict[str, Any]]:
            return [s for s in workers.seen("call") if s["call"] == c]
        try:
            wait_for(lambda: len(reached()) >= panels, 10, "fan-out")
        except TimeoutError:
            raise TimeoutError(f"fan-out reached {len(reached())} of {panels} panels") from None
        delays += [s["at"] - started for s in reached()]
        sim.call(lambda c=call: sim.yeastar.end(c))
        time.sleep(0.3)
    ms = [d * 1000 for d in delays]
    print(f"PBX event -> {panels} panels' view-models: n={len(ms)} p50 "
          f"{statistics.median(ms):.1f} ms, p99 {percentile(ms, 0.99):.1f} ms, "
          f"max {max(ms):.1f} ms", flush=True)


def tap_to_service(sim: Simulator, workers: Workers, panels: int) -> list[float]:
    """A macro tap on a panel to the request reaching the service through the hub."""
    taps: list[float] = []
    for n in range(40):
        panel = (n * 7) % panels
        before = len(sim.yealink.seen("/ctrl/macro/invoke"))
        workers.order(panel, f"tap {panel}")
        wait_for(lambda b=before: len(sim.yealink.seen("/ctrl/macro/invoke")) > b, 10, "tap")
        tapped = [t for t in workers.seen("tap") if t["panel"] == panel][-1]["at"]
        taps.append(sim.yealink.seen("/ctrl/macro/invoke")[-1].received_at - tapped)
        # A tap meets a settled site, as a person's does: the last one's outcome has
        # reached every panel (100 panels on two CPUs take a while to show it).
        time.sleep(0.5)
    ms = [t * 1000 for t in taps]
    print(f"macro tap -> request at the service: n={len(ms)} p50 "
          f"{statistics.median(ms):.1f} ms, p99 {percentile(ms, 0.99):.1f} ms", flush=True)
    return taps


def outage(what: str, cut: Any, restore: Any, sim: Simulator, workers: Workers,
           panels: int) -> None:
    """A call rings; `cut` takes the hub or the broker away; the call ends meanwhile;
    `restore` brings it back. Every panel must say offline, come back live by itself, and
    not be left showing the call that ended while it could not hear."""
    call = sim.call(lambda: sim.yeastar.ring("1001", "0812345678"))
    wait_for(lambda: len({s["panel"] for s in workers.seen("call") if s["call"] == call})
             >= panels, 10, "the call on every panel")

    def every_panel(state: str) -> bool:
        last: dict[int, str] = {}
        for line in workers.seen("link"):
            last[line["panel"]] = line["link"]
        return len(last) >= panels and all(v == state for v in last.values())

    cut()
    offline = wait_for(lambda: every_panel("offline"), 30, "offline")
    sim.call(lambda: sim.yeastar.end(call))
    restarted = time.monotonic()
    restore()
    live = wait_for(lambda: every_panel("live"), 60, "live again")
    ended = wait_for(lambda: len({s["panel"] for s in workers.seen("ended")
                                  if s["ended"] == call}) >= panels, 30, "the call gone")
    print(f"{what}: every panel offline {offline:.2f} s later; after the restart every "
          f"panel live {live:.2f} s later (the restart itself included), the call that "
          f"ended meanwhile gone from every panel {time.monotonic() - restarted:.2f} s "
          f"after the restart ({ended:.2f} s after live)", flush=True)


def with_listeners(broker: Broker, count: int, sim: Simulator, workers: Workers,
                   panels: int) -> None:
    """The stretch: `count` plain subscribers beside the panels, in two processes."""
    lines: list[dict[str, Any]] = []
    lock = threading.Lock()
    processes = []
    for share in (count // 2, count - count // 2):
        process = subprocess.Popen(
            [sys.executable, str(ROOT / "bench" / "hub_listeners.py"), broker.url,
             f"roompanel/{SITE}/rooms/+/calls", str(share)], stdout=subprocess.PIPE,
            text=True, cwd=ROOT)
        processes.append(process)

        def read(process: subprocess.Popen[str] = process) -> None:
            assert process.stdout is not None
            for line in process.stdout:
                with lock:
                    lines.append(json.loads(line))
        threading.Thread(target=read, daemon=True).start()

    def said(key: str) -> list[dict[str, Any]]:
        with lock:
            return [line for line in lines if key in line]

    try:
        wait_for(lambda: sum(line["ready"] for line in said("ready")) >= count, 120,
                 "every listener subscribed")
        to_last: list[float] = []
        for _ in range(20):
            started = time.monotonic()
            call = sim.call(lambda: sim.yeastar.ring("1001", "0812345678"))
            wait_for(lambda c=call: sum(line["reached"] for line in said("reached")
                                        if line["call"] == c) >= count
                     and len({s["panel"] for s in workers.seen("call") if s["call"] == c})
                     >= panels, 20, "every listener and panel")
            to_last.append(max(line["last"] for line in said("reached")
                               if line["call"] == call) - started)
            sim.call(lambda c=call: sim.yeastar.end(c))
            time.sleep(0.3)
        ms = [t * 1000 for t in to_last]
        print(f"PBX event -> the last of {count} plain subscribers (beside {panels} panels): "
              f"n={len(ms)} p50 {statistics.median(ms):.1f} ms, p99 "
              f"{percentile(ms, 0.99):.1f} ms", flush=True)
    finally:
        for process in processes:
            process.terminate()
            process.wait(20)


def arguments() -> tuple[int, int, int, int]:
    """PANELS PROCESSES ROOMS, and --listeners N."""
    argv = list(sys.argv[1:])
    listeners = 0
    if "--listeners" in argv:
        at = argv.index("--listeners")
        listeners = int(argv[at + 1])
        del argv[at:at + 2]
    numbers = [int(a) for a in argv] + [100, 4, 200][len(argv):]
    return numbers[0], numbers[1], numbers[2], listeners


def main() -> int:
    panels, processes, rooms, listeners = arguments()
    folder = Path(tempfile.mkdtemp(prefix="roompanel-hub-bench-"))
    broker = Broker(folder).start()
    with Simulator() as sim:
        sim.call(lambda: add_campus(sim.yealink, rooms - 5))
        raw = tomllib.loads(sim.config_toml())
        raw["hub"] = {"broker": broker.url, "site": SITE}
        raw["dingtalk"]["poll_interval_s"] = 5.0
        config = folder / "site.toml"
        config.write_text(tomli_w.dumps(raw))
        hub = start_hub(config)
        print(f"{panels} panels in {processes} processes, {rooms} rooms", flush=True)
        wait_for(lambda: sim.yeastar.valid_tokens == 1, 30, "hub signed in to the PBX")
        time.sleep(3)
        quiet = rates(sim, 10)
        # Every panel on the room the PBX calls ring in: an event reaches all of them.
        workers = Workers(broker, panels, processes, ["Boardroom"])
        try:
            took = wait_for(lambda: sum(line["ready"] for line in workers.seen("ready"))
                            >= panels, 120, "every panel live")
            print(f"every panel live {took:.1f} s after starting them", flush=True)
            time.sleep(3)
            busy = rates(sim, 10)
            print(f"PBX tokens held by the site: {sim.yeastar.valid_tokens}; control "
                  f"service long polls open: {sim.yealink.long_polls_open}")
            print(f"requests/s to PortSIP and DingTalk: {quiet[0]:.2f} and {quiet[1]:.2f} "
                  f"with no panel; {busy[0]:.2f} and {busy[1]:.2f} with {panels}")
            events(sim, workers, panels)
            if listeners:
                with_listeners(broker, listeners, sim, workers, panels)
            taps = tap_to_service(sim, workers, panels)
            print(f"hub peak RSS with {rooms} rooms: {peak_rss_mb(hub.pid):.0f} MB", flush=True)
            hubs = [hub]

            def kill_hub() -> None:
                hubs[-1].send_signal(signal.SIGKILL)
                hubs[-1].wait(10)

            outage("hub killed", kill_hub, lambda: hubs.append(start_hub(config)),
                   sim, workers, panels)
            hub = hubs[-1]
            outage("broker restarted", broker.stop, broker.start, sim, workers, panels)
            print(f"macro requests the service saw: "
                  f"{len(sim.yealink.seen('/ctrl/macro/invoke'))} for {len(taps)} taps",
                  flush=True)
        finally:
            workers.stop()
            hub.send_signal(signal.SIGTERM)
            try:
                hub.wait(20)
            except subprocess.TimeoutExpired:
                hub.kill()
            broker.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
