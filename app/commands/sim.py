"""`roompanel sim`: the simulator on its own, for a panel (or curl) to talk to."""

from __future__ import annotations

import threading


def run_simulator(port: int) -> int:
    from app.sim.server import Simulator

    simulator = Simulator(yealink_port=port).start()
    print(f"Yealink central control simulator: {simulator.yealink_url}/open/api/v1")
    print("A configuration for it (save it as roompanel.toml, then run")
    print("`roompanel --config roompanel.toml`):")
    print()
    print(simulator.config_toml())
    print("Ctrl+C stops it.", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        simulator.stop()
    return 0
