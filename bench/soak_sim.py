"""The soak's simulator, in a process of its own (so the panel's memory is the panel's):
prints a configuration, then plays a steady stream of changes, calls and faults, and prints
the PBX tokens held each second as one JSON line.

    python bench/soak_sim.py        # run by bench/soak.py, which reads its stdout
"""

from __future__ import annotations

import itertools
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.sim.faults import Fault, FaultKind
from app.sim.server import Simulator

CHANGE_EVERY_S = 1.0
CALL_EVERY_S = 15.0
CALL_LASTS_S = 6.0
FAULT_EVERY_S = 40.0
FAULT_LASTS_S = 8.0
# What the soak throws at the panel, round robin, one service at a time.
FAULTS = [
    ("yealink", Fault(FaultKind.HTTP_STATUS, status=503, count=1_000_000)),
    ("yeastar", Fault(FaultKind.DROP, count=1_000_000)),
    ("portsip", Fault(FaultKind.MALFORMED, count=1_000_000)),
    ("dingtalk", Fault(FaultKind.HTTP_STATUS, status=500, count=1_000_000)),
    ("yealink", Fault(FaultKind.DRIBBLE, seconds=0.2, count=1_000_000)),
    ("yeastar", Fault(FaultKind.GARBLE_AFTER, path="get_token", count=2)),
    ("yealink", Fault(FaultKind.GZIP_BOMB, size=20_000_000, count=1_000_000)),
]


def main() -> int:
    with Simulator() as sim:
        print(json.dumps({"config": sim.config_toml()}), flush=True)
        started = time.monotonic()
        next_change = next_call = started
        next_fault = started + FAULT_EVERY_S
        fault_ends = None
        faults = itertools.cycle(FAULTS)
        call: str | None = None
        call_ends = 0.0
        on = True
        faulty = ""
        while True:
            now = time.monotonic()
            if now >= next_change:
                on = not on
                sim.call(lambda on=on: sim.yealink.set_switch("Boardroom", "Shut down at 20:00",
                                                              on))
                next_change = now + CHANGE_EVERY_S
            if call is None and now >= next_call:
                call = str(sim.call(lambda: sim.yeastar.ring("1001", "0812345678")))
                call_ends = now + CALL_LASTS_S
            elif call is not None and now >= call_ends:
                sim.call(lambda c=call: sim.yeastar.end(c))
                call, next_call = None, now + CALL_EVERY_S
            if fault_ends is None and now >= next_fault:
                faulty, fault = next(faults)
                sim.call(lambda s=faulty, f=fault: getattr(sim, s).fail(f))
                if faulty == "yeastar":
                    sim.run(sim.yeastar.drop_sockets(abrupt=True))
                fault_ends = now + FAULT_LASTS_S
            elif fault_ends is not None and now >= fault_ends:
                sim.call(getattr(sim, faulty).clear_faults)
                fault_ends, next_fault = None, now + FAULT_EVERY_S
            print(json.dumps({"tokens": sim.call(lambda: sim.yeastar.valid_tokens),
                              "fault": faulty if fault_ends else ""}), flush=True)
            time.sleep(1.0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
