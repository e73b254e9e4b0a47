"""Starts the built bundle in demo mode offscreen, waits until it shows the room screen,
sends SIGTERM and checks it exits cleanly (status 0, its simulator child gone too).

    python packaging/smoke_test.py [dist/roompanel/roompanel]
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOM_ON_SCREEN = "Room on screen:"
TIMEOUT_S = 60


def main() -> int:
    binary = Path(sys.argv[1] if len(sys.argv) > 1 else "dist/roompanel/roompanel")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    panel = subprocess.Popen([str(binary), "--demo", "--log-dir", "build/smoke-logs"],
                             stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                             env=env, start_new_session=True)
    assert panel.stderr is not None
    deadline = time.monotonic() + TIMEOUT_S
    seen = []
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([panel.stderr], [], [], 1.0)
            if not ready:
                if panel.poll() is not None:
                    break
                continue
            line = panel.stderr.readline()
            if not line:
                break
            seen.append(line)
            if ROOM_ON_SCREEN in line:
                print(f"smoke: {line.strip()}")
                panel.send_signal(signal.SIGTERM)
                status = panel.wait(timeout=20)
                leftovers = _group_members(panel.pid)
                print(f"smoke: exit status {status} after SIGTERM")
                if status != 0 or leftovers:
                    print(f"smoke: FAILED (status {status}, processes left: {leftovers})")
                    return 1
                print("smoke: OK")
                return 0
        print("smoke: FAILED: the room screen never came up. Its log:\n" + "".join(seen[-40:]))
        return 1
    finally:
        if panel.poll() is None:
            os.killpg(panel.pid, signal.SIGKILL)


def _group_members(group: int) -> list[int]:
    """Processes still in the panel's process group (its simulator child, say). The panel
    waits for its child before it exits, so none may be left."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if os.getpgid(int(entry.name)) == group:
                    found.append(int(entry.name))
            except ProcessLookupError:
                continue
    return found


if __name__ == "__main__":
    sys.exit(main())
