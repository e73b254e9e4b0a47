"""`roompanel sim`: the simulator on its own, for a panel (or curl) to talk to."""

from __future__ import annotations

import contextlib
import signal
import threading


def run_simulator(port: int, *, pbx_port: int = 0, dingtalk_port: int = 0,
                  portsip_port: int = 0, child: bool = False, campus: int = 0) -> int:
    from app.sim.demo import READY_LINE, serve_until_parent_exits
    from app.sim.server import Simulator

    simulator = Simulator(yealink_port=port, yeastar_port=pbx_port,
                          dingtalk_port=dingtalk_port, portsip_port=portsip_port)
    if campus:
        from app.sim.campus import add_campus

        add_campus(simulator.yealink, campus)
    simulator.start()
    simulator.play_scenarios()
    try:
        if child:
            # A stop signal to the whole process group (Ctrl+C, systemd) must not take the
            # simulator away before the panel has said goodbye to it (revoked its PBX token):
            # the child ends when the panel closes its stdin.
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            signal.signal(signal.SIGTERM, signal.SIG_IGN)
            print(READY_LINE, flush=True)
            serve_until_parent_exits()
            return 0
        print(f"Yealink central control simulator: {simulator.yealink_url}/open/api/v1")
        print(f"Yeastar PBX simulator: {simulator.yeastar_url}/openapi/v1.0")
        print(f"DingTalk room devices simulator: {simulator.dingtalk_url}/v1.0")
        print(f"PortSIP conference server simulator: {simulator.portsip_url}/api")
        print("A configuration for it (save it as roompanel.toml, then run")
        print("`roompanel --config roompanel.toml`):")
        print()
        print(simulator.config_toml())
        print("Ctrl+C stops it.", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
        return 0
    finally:
        simulator.stop()
