"""The demo's simulator in a process of its own, started before the panel's heavy imports.

Running it beside the panel (rather than in a thread of it) lets the two start in parallel
on two cores, and keeps simulator work from ever stalling the panel's UI thread. The child
exits when our end of its stdin closes, so it cannot outlive the panel, even after a crash.
"""

from __future__ import annotations

import os
import select
import socket
import subprocess
import sys

DEMO_CLIENT_ID = "roompanel-demo"
DEMO_CLIENT_SECRET = "demo-secret"
PBX_CLIENT_ID = "pbx-demo"
PBX_CLIENT_SECRET = "pbx-secret"
# The simulated conference server's first room (ids are stable: base64 of a counter).
DEMO_CONFERENCE_ROOM = "NzAwNTUxOTA5NzczMTQ4MTYw"
READY_LINE = "simulator-ready"


def demo_config_toml(yealink_url: str, client_id: str = DEMO_CLIENT_ID,
                     client_secret: str = DEMO_CLIENT_SECRET, *, yeastar_url: str | None = None,
                     yeastar_id: str = PBX_CLIENT_ID,
                     yeastar_secret: str = PBX_CLIENT_SECRET,
                     dingtalk_url: str | None = None, portsip_url: str | None = None,
                     conference_room: str | None = None) -> str:
    """A configuration file that points a panel at a simulator."""
    pbx = (
        "[yeastar]\n"
        f'url = "{yeastar_url}"\n'
        f'client_id = "{yeastar_id}"\n'
        f'client_secret = "{yeastar_secret}"\n\n'
    ) if yeastar_url else ""
    dingtalk = (
        "[dingtalk]\n"
        f'url = "{dingtalk_url}"\n'
        'app_key = "ding-demo"\n'
        'app_secret = "ding-secret"\n'
        'operator_union_id = "operator-union-id"\n\n'
    ) if dingtalk_url else ""
    portsip = (
        "[portsip]\n"
        f'url = "{portsip_url}"\n'
        'username = "conf-admin"\n'
        'password = "conf-secret"\n\n'
    ) if portsip_url else ""
    board_conference = f'conference_room = "{conference_room}"\n' if conference_room else ""
    return pbx + dingtalk + portsip + (
        "[panel]\n"
        'mode = "operator"\n'
        'room = "Boardroom"\n\n'
        "[yealink]\n"
        f'url = "{yealink_url}"\n'
        f'client_id = "{client_id}"\n'
        f'client_secret = "{client_secret}"\n'
        "verify_tls = false\n\n"
        "[[rooms]]\n"
        'space = "Boardroom"\n'
        'device_groups = ["Boardroom"]\n'
        'extensions = ["1001", "1002"]\n'
        'dingtalk_devices = ["1234"]\n'
        + board_conference +
        'speed_dial = [{ name = "Reception", number = "1000" }, '
        '{ name = "IT helpdesk", number = "1005" }]\n'
        "[rooms.display_control]\n"
        'control_type = "CEC"\n'
        'command_type = "hex"\n'
        'on = "40 04"\n'
        'off = "40 36"\n\n'
        "[[rooms]]\n"
        'space = "ห้องประชุมใหญ่ ชั้น 5"\n'
        'extensions = ["1003"]\n'
        'pbx_conference = "6400"\n\n'
        "[[rooms]]\n"
        'space = "第一会议室"\n'
        'extensions = ["1004"]\n'
        'dingtalk_devices = ["5678"]\n'
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def own_command() -> list[str]:
    """How to run `roompanel` itself: the bundle's executable, or this Python with app.cli."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "app.cli"]


class DemoSimulatorProcess:
    def __init__(self, campus: int = 0) -> None:
        self.port = free_port()
        self.pbx_port = free_port()
        self.dingtalk_port = free_port()
        self.portsip_port = free_port()
        self._process = subprocess.Popen(
            [*own_command(), "--log-level", "WARNING", "sim",
             "--port", str(self.port), "--pbx-port", str(self.pbx_port),
             "--dingtalk-port", str(self.dingtalk_port),
             "--portsip-port", str(self.portsip_port), "--campus", str(campus), "--child"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    @property
    def yealink_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def config_toml(self) -> str:
        return demo_config_toml(self.yealink_url,
                                yeastar_url=f"http://127.0.0.1:{self.pbx_port}",
                                dingtalk_url=f"http://127.0.0.1:{self.dingtalk_port}",
                                portsip_url=f"http://127.0.0.1:{self.portsip_port}",
                                conference_room=DEMO_CONFERENCE_ROOM)

    def wait_ready(self, timeout_s: float = 20.0) -> None:
        assert self._process.stdout is not None
        ready, _, _ = select.select([self._process.stdout], [], [], timeout_s)
        line = self._process.stdout.readline().strip() if ready else ""
        if line != READY_LINE:
            self.stop()
            raise RuntimeError(f"The demo simulator did not start (it said {line!r})")

    def stop(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.close()
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


def serve_until_parent_exits() -> None:
    """In the child: block until the parent closes our stdin (or dies)."""
    while os.read(sys.stdin.fileno(), 1024):
        pass
