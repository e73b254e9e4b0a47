"""When a wall panel dims and when it shows its screensaver: a pure function of the time of
the last touch and a clock the caller passes in (tests pass their own)."""

from __future__ import annotations

from dataclasses import dataclass

AWAKE, DIMMED, SCREENSAVER = "awake", "dimmed", "screensaver"


@dataclass
class IdlePolicy:
    dim_after_s: float  # 0: never
    screensaver_after_s: float  # 0: never
    last_activity: float = 0.0

    def touched(self, now: float) -> None:
        self.last_activity = now

    def phase(self, now: float) -> str:
        idle = now - self.last_activity
        if self.screensaver_after_s and idle >= self.screensaver_after_s:
            return SCREENSAVER
        if self.dim_after_s and idle >= self.dim_after_s:
            return DIMMED
        return AWAKE
