"""Faults a test or a demo operator can inject into a simulated service.

A fault applies to the next `count` requests whose path ends with `path`; each simulated
service decides how to act it out on its own wire format.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class FaultKind(enum.Enum):
    HTTP_STATUS = "http_status"  # answer with `status` and the service's error body
    DELAY = "delay"  # wait `seconds`, then answer normally
    MALFORMED = "malformed"  # answer 200 with a body that is not JSON
    REFUSE = "refuse"  # the service's own "refused" answer, with `message`
    DROP = "drop"  # close the connection without answering


@dataclass
class Fault:
    kind: FaultKind
    path: str = ""
    count: int = 1
    status: int = 500
    seconds: float = 0.0
    message: str = "Simulated failure"
    retry_after: str | None = None  # the Retry-After header sent with an HTTP_STATUS fault


class FaultPlan:
    def __init__(self) -> None:
        self._faults: list[Fault] = []

    def add(self, fault: Fault) -> None:
        self._faults.append(fault)

    def clear(self) -> None:
        self._faults.clear()

    def take(self, path: str) -> Fault | None:
        """The fault to act out for this request, if any (consumes one of its uses)."""
        for fault in self._faults:
            if path.endswith(fault.path):
                fault.count -= 1
                if fault.count <= 0:
                    self._faults.remove(fault)
                return fault
        return None
