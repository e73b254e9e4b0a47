"""The site demonstration (`scripts/site-demo`): real processes for the simulator, the
broker, the hub and the panels, as on a site; every panel live through the hub."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from mosquitto import mosquitto_binary_or_skip

ROOT = Path(__file__).resolve().parent.parent


def test_the_site_demo_brings_every_panel_live_through_the_hub() -> None:
    mosquitto_binary_or_skip()
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "site_demo.py"), "2",
                           "--check"], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "the hub is online and all 2 panels are live: operator-desk, panel-1" in done.stdout
    assert "Traceback" not in done.stderr and "CRITICAL" not in done.stderr
