"""Capped exponential backoff with full jitter, so many panels never retry in step."""

from __future__ import annotations

import random
from collections.abc import Callable


class Backoff:
    def __init__(
        self,
        base_s: float = 0.5,
        # Low enough that a service back from an outage is found within a few seconds.
        cap_s: float = 3.0,
        uniform: Callable[[float, float], float] = random.uniform,
    ) -> None:
        self.base_s = base_s
        self.cap_s = cap_s
        self._uniform = uniform
        self.failures = 0

    def next_delay(self) -> float:
        ceiling = min(self.cap_s, self.base_s * (2 ** min(self.failures, 30)))
        self.failures += 1
        # Never below half the ceiling: jitter spreads panels out without hammering.
        return self._uniform(ceiling / 2, ceiling)

    def reset(self) -> None:
        self.failures = 0
