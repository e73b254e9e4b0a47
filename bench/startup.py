"""(a) Process start to the first frame of the demo room screen showing the room's data,
beside a bare PySide6 QML window measured in the same run (median of N, interleaved).

    python bench/startup.py [RUNS]
Target: roompanel at most 1.6x the bare window.

Also measured, interleaved: the floor of the stack itself (stack_floor_window.py: the bare
window after importing qasync, httpx and pydantic and showing one validated answer from a
loopback server), which no app on this stack can beat.
"""

from __future__ import annotations

import contextlib
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def time_to_marker(command: list[str], marker: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT,
                            timeout=60, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{command} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    for line in result.stdout.splitlines():
        if line.startswith(marker):
            return float(line.split()[1]) - started
    raise RuntimeError(f"{command} printed no {marker!r}:\n{result.stdout}\n{result.stderr}")


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    bare_cmd = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
    panel_cmd = [sys.executable, "-m", "app.cli", "--demo", "--quit-after-first-frame",
                 "--log-level", "WARNING"]
    time_to_marker(bare_cmd, "first-frame")  # warm the file cache for both
    time_to_marker(panel_cmd, "first-room-frame")
    bare, floor, panel = [], [], []
    with loopback_answer() as url:
        floor_cmd = [sys.executable, str(ROOT / "bench" / "stack_floor_window.py"), url]
        time_to_marker(floor_cmd, "first-frame")
        for _ in range(runs):
            bare.append(time_to_marker(bare_cmd, "first-frame"))
            floor.append(time_to_marker(floor_cmd, "first-frame"))
            panel.append(time_to_marker(panel_cmd, "first-room-frame"))
    bare_median, panel_median = statistics.median(bare), statistics.median(panel)
    floor_median = statistics.median(floor)
    print(f"bare QML window, start to first frame:      median {bare_median * 1000:.0f} ms "
          f"(runs: {', '.join(f'{t * 1000:.0f}' for t in bare)})")
    print(f"the stack's floor (qasync, httpx, pydantic, one answer): median "
          f"{floor_median * 1000:.0f} ms (runs: {', '.join(f'{t * 1000:.0f}' for t in floor)}), "
          f"{floor_median / bare_median:.2f}x the bare window")
    print(f"roompanel demo, start to first room frame:  median {panel_median * 1000:.0f} ms "
          f"(runs: {', '.join(f'{t * 1000:.0f}' for t in panel)})")
    print(f"ratio: {panel_median / bare_median:.2f}x (target <= 1.6x)")
    # The same panel against services that are already up (as on a wall: the control
    # service does not start with the panel): the simulator runs before the clock starts.
    warm = against_running_simulator(runs)
    warm_median = statistics.median(warm)
    print(f"roompanel against a running simulator:      median {warm_median * 1000:.0f} ms "
          f"(runs: {', '.join(f'{t * 1000:.0f}' for t in warm)}), "
          f"{warm_median / bare_median:.2f}x the bare window")
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


def against_running_simulator(runs: int) -> list[float]:
    import tempfile

    from app.sim.demo import DemoSimulatorProcess

    simulator = DemoSimulatorProcess()
    try:
        simulator.wait_ready()
        with tempfile.TemporaryDirectory() as scratch:
            config = Path(scratch) / "roompanel.toml"
            config.write_text(simulator.config_toml(), encoding="utf-8")
            command = [sys.executable, "-m", "app.cli", "--config", str(config),
                       "--quit-after-first-frame", "--log-level", "WARNING",
                       "--log-dir", scratch]
            time_to_marker(command, "first-room-frame")  # warm the file cache
            return [time_to_marker(command, "first-room-frame") for _ in range(runs)]
    finally:
        simulator.stop()


if __name__ == "__main__":
    sys.exit(main())
