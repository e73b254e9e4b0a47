"""A site on one screen, for a demonstration: the simulator, a Mosquitto broker, the site hub
and N panels on it (rooms' panels, and an operator console with its Panels page), each a
process of its own as on a real site. Needs Mosquitto (`sudo apt-get install mosquitto`).

    python tools/site_demo.py [N]          # N panels (default 3); Ctrl+C ends it all
    python tools/site_demo.py N --check    # no window: exit 0 once every panel is live

The panels hold no vendor secret: their configurations have only a [hub] section.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

import tomli_w

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SITE = "demo"
ROOMS = ("Boardroom", "Training Room", "Huddle 3")
LIVE_WITHIN_S = 60.0


def mosquitto() -> str | None:
    found = shutil.which("mosquitto")
    return found or next((p for p in ("/usr/sbin/mosquitto",) if Path(p).exists()), None)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def start_broker(binary: str, folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    lines = [f"listener {port} 127.0.0.1", "allow_anonymous true", "persistence false",
             "log_dest stderr", "log_type error"]
    if os.geteuid() == 0:
        lines.append("user root")  # it would switch to "mosquitto", who cannot read /tmp
    config = folder / "mosquitto.conf"
    config.write_text("\n".join(lines) + "\n")
    broker = subprocess.Popen([binary, "-c", str(config)])
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return broker, f"mqtt://127.0.0.1:{port}"
        except OSError:
            if broker.poll() is not None:
                break
            time.sleep(0.05)
    broker.kill()
    raise RuntimeError("Mosquitto did not start")


def panel_configs(count: int, broker: str, folder: Path) -> list[Path]:
    """Rooms' panels, and the last one an operator console (from two panels up)."""
    paths = []
    for n in range(count):
        operator = count > 1 and n == count - 1
        panel = {"mode": "operator", "fullscreen": False} if operator else {
            "mode": "room", "room": ROOMS[n % len(ROOMS)], "fullscreen": False}
        path = folder / f"panel-{n + 1}.toml"
        path.write_text(tomli_w.dumps({
            "panel": panel,
            "hub": {"broker": broker, "site": SITE,
                    "panel_id": "operator-desk" if operator else f"panel-{n + 1}"}}))
        paths.append(path)
    return paths


async def every_panel_live(config_path: Path, count: int) -> bool:
    from app.config import load_config
    from app.state.fleet import read_fleet

    config = load_config(config_path)
    deadline = time.monotonic() + LIVE_WITHIN_S
    while time.monotonic() < deadline:
        try:
            panels, hub, _ = await read_fleet(config)
        except ConnectionError:
            continue
        live = [p.panel for p in panels if p.link == "live"]
        if len(live) >= count and hub and hub.get("state") == "online":
            print(f"site demo: the hub is online and all {count} panels are live: "
                  f"{', '.join(sorted(live))}")
            return True
    print(f"site demo: not every panel was live within {LIVE_WITHIN_S:.0f} s",
          file=sys.stderr)
    return False


def main(argv: list[str]) -> int:
    check = "--check" in argv
    numbers = [a for a in argv if a != "--check"]
    count = int(numbers[0]) if numbers else 3
    binary = mosquitto()
    if binary is None:
        print("site demo: Mosquitto is not installed (sudo apt-get install mosquitto)",
              file=sys.stderr)
        return 1
    from app.sim.demo import DemoSimulatorProcess

    folder = Path(tempfile.mkdtemp(prefix="roompanel-site-demo-"))
    children: list[subprocess.Popen[bytes]] = []
    simulator = DemoSimulatorProcess()
    broker, url = start_broker(binary, folder)
    try:
        simulator.wait_ready()
        site = tomllib.loads(simulator.config_toml())
        site["hub"] = {"broker": url, "site": SITE}
        (folder / "site.toml").write_text(tomli_w.dumps(site))
        children.append(subprocess.Popen([sys.executable, "-m", "app.cli", "hub", "--config",
                                          str(folder / "site.toml")], cwd=ROOT))
        environment = {**os.environ, **({"QT_QPA_PLATFORM": "offscreen"} if check else {})}
        paths = panel_configs(count, url, folder)
        for path in paths:
            children.append(subprocess.Popen(
                [sys.executable, "-m", "app.cli", "--config", str(path),
                 "--log-dir", str(folder / path.stem)], cwd=ROOT, env=environment))
        if check:
            return 0 if asyncio.run(every_panel_live(paths[0], count)) else 1
        print(f"site demo: a hub and {count} panels on {url}; Ctrl+C ends it all")
        try:
            while all(child.poll() is None for child in children[1:]):
                time.sleep(0.5)
        except KeyboardInterrupt:
            pass
        return 0
    finally:
        for child in reversed(children):  # the panels first, then the hub (its PBX token)
            child.send_signal(signal.SIGTERM)
        for child in reversed(children):
            try:
                child.wait(20)
            except subprocess.TimeoutExpired:
                child.kill()
        simulator.stop()
        broker.terminate()
        broker.wait(5)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
