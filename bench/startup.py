"""Process start to the first frame of the room screen, beside a bare PySide6 QML window
and the floor of the stack, measured in the same run (median of N, interleaved).

    python bench/startup.py [RUNS]

Measured, each run:
- the bare window (bare_window.py): start to first frame, peak RSS;
- the stack's floor (stack_floor_window.py: the bare window after importing qasync, httpx
  and pydantic and showing one validated answer from a loopback server), which no app on
  this stack can beat to a frame with live data;
- the panel against a simulator already running (as on a wall: the control service does
  not start with the panel), with the room's state in its cache: start to the first frame
  of the room (from the cache, not yet confirmed) and to the first frame with data the
  service confirmed, peak RSS;
- the same panel without a cache (first boot): start to its first frame with live data;
- the demo (simulator started with the panel, no cache), the figure this bench used to give.

Targets: cached first frame <= 1.4x the bare window; live <= 1.1x the stack's floor;
peak RSS <= 1.3x the bare window.
"""

from __future__ import annotations

import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGETS = {"cached": 1.4, "live": 1.1, "rss": 1.3}


@dataclass
class Run:
    markers: dict[str, float]  # marker -> seconds since the process was started
    peak_rss_mib: float
    # What the process said of its own memory at a moment (`first-room-rss`, MiB).
    rss_at: dict[str, float]


def run_once(command: list[str]) -> Run:
    """Runs `command` to its end; the times of the markers it printed, and its peak RSS
    (from wait4: this child alone, not the bench nor other children)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        child = subprocess.Popen(command, stdout=out, stderr=err, env=env, cwd=ROOT)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if child.returncode != 0:
        raise RuntimeError(f"{command} failed ({child.returncode}):\n{stderr[-2000:]}")
    markers: dict[str, float] = {}
    rss_at: dict[str, float] = {}
    for line in stdout.splitlines():
        name, _, value = line.partition(" ")
        with contextlib.suppress(ValueError):
            if name.endswith("-rss"):
                rss_at.setdefault(name, float(value))
            else:
                markers.setdefault(name, float(value) - started)
    return Run(markers, usage.ru_maxrss / 1024, rss_at)  # ru_maxrss is in KiB on Linux


def marker(run: Run, name: str) -> float:
    if name not in run.markers:
        raise RuntimeError(f"no {name!r} marker: {run.markers}")
    return run.markers[name]


def describe(label: str, samples: list[float], unit: str = "ms") -> float:
    median = statistics.median(samples)
    scale = 1000 if unit == "ms" else 1
    runs = ", ".join(f"{s * scale:.0f}" for s in samples)
    print(f"{label:<58} median {median * scale:6.0f} {unit} (runs: {runs})")
    return median


def ratio(label: str, value: float, base: float, target: float) -> None:
    verdict = "ok" if value / base <= target else "over"
    print(f"  {label:<56} {value / base:5.2f}x (target <= {target}x: {verdict})")


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    from app.sim.demo import DemoSimulatorProcess

    bare_cmd = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
    demo_cmd = [sys.executable, "-m", "app.cli", "--demo", "--quit-after-first-frame",
                "--log-level", "WARNING"]
    bare: list[Run] = []
    floor: list[Run] = []
    cached: list[Run] = []
    cold: list[Run] = []
    demo: list[Run] = []
    simulator = DemoSimulatorProcess()
    try:
        simulator.wait_ready()
        with loopback_answer() as url, tempfile.TemporaryDirectory() as scratch:
            config = Path(scratch) / "roompanel.toml"
            # A wall panel: locked to its room (the demo's configuration is an operator's).
            config.write_text(simulator.config_toml().replace('mode = "operator"',
                                                             'mode = "room"'), encoding="utf-8")

            def panel_cmd(cache: Path) -> list[str]:
                return [sys.executable, "-m", "app.cli", "--config", str(config),
                        "--quit-after-first-frame", "--log-level", "WARNING",
                        "--log-dir", scratch, "--cache-dir", str(cache)]

            floor_cmd = [sys.executable, str(ROOT / "bench" / "stack_floor_window.py"), url]
            cache = Path(scratch) / "cache"
            # Warm the file cache for every command; the first panel run writes the room's
            # state into `cache`.
            for command in (bare_cmd, floor_cmd, panel_cmd(cache), demo_cmd):
                run_once(command)
            if not any(cache.iterdir()):
                raise RuntimeError("the panel kept no state of its room in its cache")
            for index in range(runs):
                bare.append(run_once(bare_cmd))
                floor.append(run_once(floor_cmd))
                cached.append(run_once(panel_cmd(cache)))
                cold.append(run_once(panel_cmd(Path(scratch) / f"empty-{index}")))
                demo.append(run_once(demo_cmd))
    finally:
        simulator.stop()

    bare_ms = describe("bare QML window, start to first frame",
                       [marker(r, "first-frame") for r in bare])
    floor_ms = describe("the stack's floor (qasync, httpx, pydantic, one answer)",
                        [marker(r, "first-frame") for r in floor])
    first_ms = describe("panel with a cache: first frame of the room (cached)",
                        [marker(r, "first-room-frame") for r in cached])
    live_ms = describe("panel with a cache: first frame with live data",
                       [marker(r, "first-live-frame") for r in cached])
    cold_ms = describe("panel without a cache: first frame with live data",
                       [marker(r, "first-live-frame") for r in cold])
    demo_ms = describe("demo (simulator started too, no cache): first live frame",
                       [marker(r, "first-live-frame") for r in demo])
    bare_rss = describe("peak RSS, bare window", [r.peak_rss_mib for r in bare], "MiB")
    describe("peak RSS, the stack's floor", [r.peak_rss_mib for r in floor], "MiB")
    first_rss = describe("peak RSS, panel with a cache, at its cached first frame",
                         [r.rss_at["first-room-rss"] for r in cached], "MiB")
    panel_rss = describe("peak RSS, panel with a cache, to its live frame",
                         [r.peak_rss_mib for r in cached], "MiB")
    describe("peak RSS, panel without a cache", [r.peak_rss_mib for r in cold], "MiB")
    print()
    ratio("cached first frame / bare window", first_ms, bare_ms, TARGETS["cached"])
    ratio("live frame (with a cache) / the stack's floor", live_ms, floor_ms, TARGETS["live"])
    ratio("live frame (without a cache) / the stack's floor", cold_ms, floor_ms,
          TARGETS["live"])
    ratio("peak RSS at the cached first frame / bare window", first_rss, bare_rss,
          TARGETS["rss"])
    ratio("peak RSS to the live frame / bare window", panel_rss, bare_rss, TARGETS["rss"])
    print(f"  {'demo / bare window':<56} {demo_ms / bare_ms:5.2f}x")
    return 0


@contextlib.contextmanager
def loopback_answer() -> Iterator[str]:
    """A server in its own process answering every GET with a room, for the floor."""
    script = (
        "import http.server, sys\n"
        "class H(http.server.BaseHTTPRequestHandler):\n"
        "    protocol_version = 'HTTP/1.1'\n"
        "    def do_GET(self):\n"
        "        body = b'{\"id\": \"1\", \"name\": \"Boardroom\"}'\n"
        "        self.send_response(200)\n"
        "        self.send_header('Content-Type', 'application/json')\n"
        "        self.send_header('Content-Length', str(len(body)))\n"
        "        self.end_headers()\n"
        "        self.wfile.write(body)\n"
        "    def log_message(self, *args):\n"
        "        pass\n"
        "server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), H)\n"
        "print(server.server_address[1], flush=True)\n"
        "server.serve_forever()\n"
    )
    server = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        yield f"http://127.0.0.1:{int(server.stdout.readline())}/room"
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
