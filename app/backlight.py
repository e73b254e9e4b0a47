"""The display's backlight, where Linux exposes one (`/sys/class/backlight/<name>`): the
panel lowers it when it dims, turns it off (0) outside the display schedule's hours and
restores it when it wakes. Writing needs the right to the file (a udev rule, or the `video`
group); without it the panel dims and goes black on screen only."""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger(__name__)


class Backlight:
    def __init__(self, device: Path) -> None:
        self.device = device
        self._warned = False

    def set_percent(self, percent: int) -> bool:
        try:
            top = int((self.device / "max_brightness").read_text().strip())
            level = max(0, min(top, round(top * percent / 100)))
            (self.device / "brightness").write_text(f"{level}\n")
        except (OSError, ValueError) as exc:
            if not self._warned:  # once, not at every dim
                log.warning("Cannot set the backlight at %s: %s", self.device, exc)
                self._warned = True
            return False
        self._warned = False
        return True
