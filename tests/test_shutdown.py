"""The panel, run as a process, revokes its PBX token when it is told to stop."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.sim.server import Simulator


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_stop_signal_revokes_the_pbx_token(sim: Simulator, tmp_path: Path,
                                            signum: signal.Signals) -> None:
    config = tmp_path / "panel.toml"
    config.write_text(sim.config_toml(), encoding="utf-8")
    panel = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "--config", str(config), "--log-level", "INFO"],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 20
        while sim.yeastar.valid_tokens == 0:  # the panel logs in once its room is up
            assert panel.poll() is None, panel.stdout.read() if panel.stdout else ""
            assert time.monotonic() < deadline, "the panel never logged in to the PBX"
            time.sleep(0.05)
        panel.send_signal(signum)
        output, _ = panel.communicate(timeout=20)
    finally:
        if panel.poll() is None:
            panel.kill()
    assert panel.returncode == 0, output
    assert sim.yeastar.valid_tokens == 0
    assert len(sim.yeastar.seen("del_token")) == 1
    assert "Revoked the PBX token" in output
    token_fragments = [t[:12] for t in sim.yeastar.refresh_tokens]
    assert not any(fragment in output for fragment in token_fragments)
