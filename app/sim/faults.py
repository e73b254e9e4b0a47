"""Faults a test or a demo operator can inject into a simulated service.

A fault applies to the next `count` requests whose path ends with `path`; `app.sim.wire`
acts every kind out the same way for all four services, each in its own wire format.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any


class FaultKind(enum.Enum):
    HTTP_STATUS = "http_status"  # answer with `status` and the service's error body
    DELAY = "delay"  # wait `seconds`, then answer normally
    MALFORMED = "malformed"  # answer 200 with the start of the service's JSON, cut short
    REFUSE = "refuse"  # the service's own "refused" answer, with `message`
    DROP = "drop"  # close the connection without answering (the request has no effect)
    # A 200 whose Content-Length promises the whole normal answer; the connection closes
    # half-way through the body. The request is carried out.
    TRUNCATED = "truncated"
    REPLACE = "replace"  # a 200 whose whole JSON body is `body` (no effect)
    HUGE = "huge"  # a 200 of valid JSON, about `size` bytes, in the service's envelope
    DEEP = "deep"  # a 200 of JSON nested `depth` levels deep
    GZIP_BOMB = "gzip_bomb"  # a small gzip body that inflates to `size` bytes of JSON
    DRIBBLE = "dribble"  # the normal answer, one byte every `seconds`
    # Paged reads answer the first page whatever page is asked for, and claim `total` rows,
    # so a client that trusts paging never stops asking.
    IGNORE_SKIP = "ignore_skip"
    LOSE_AFTER = "lose_after"  # carry the request out, then close without answering
    GARBLE_AFTER = "garble_after"  # carry the request out, then answer 200 with non-JSON


@dataclass
class Fault:
    """One fault. Only the fields its kind names (see `FaultKind`) matter.

    - `path`, `count`: the next `count` requests whose path ends with `path` (every request
      when empty).
    - `status`, `retry_after`: HTTP_STATUS (`retry_after` becomes the Retry-After header).
    - `seconds`: DELAY's wait; DRIBBLE's pause before each byte.
    - `message`: the text HTTP_STATUS and REFUSE put in the service's error envelope.
    - `body`: REPLACE's whole body, any JSON value (the default None sends `null`).
    - `size`: HUGE's body length; GZIP_BOMB's length once inflated.
    - `depth`: DEEP's nesting.
    - `total`: the row count IGNORE_SKIP claims.
    """

    kind: FaultKind
    path: str = ""
    count: int = 1
    status: int = 500
    seconds: float = 0.0
    message: str = "Simulated failure"
    retry_after: str | None = None
    body: Any = None
    size: int = 10_000_000
    depth: int = 100_000
    total: int = 1_000_000


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
