"""The display schedule (`[panel.schedule]`): when a meeting-room panel's screen is on. A
panel left lit all night and all weekend wastes power and burns its room's name into the
screen, so outside its hours the screen goes dark; a touch or a ringing call brings it back
for the idle time. No Qt and no clock here: the caller passes the local time.

Each weekday has one range, `"07:00-19:00"`, or `"off"` (dark all day; `""` says the same).
Every day is named once a schedule is given: a day left out would have to mean either "on"
or "off", and either guess surprises someone. No schedule at all means always on. A range
cannot cross midnight (`"22:00-06:00"` is refused: that is two days' ranges); `24:00` is the
end of the day. Times are compared with the local wall-clock time, so a change to or from
daylight saving time moves nothing: 07:00 is 07:00 on both sides of it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # datetime.weekday()'s order
OFF = "off"  # the kiosk's phase outside hours, and a day's text for "dark all day"
END_OF_DAY = 24 * 60
DEFAULT_HOURS = "07:00-19:00"
# What the settings screen starts from when someone first asks for a schedule.
DEFAULT_WEEK = {day: (DEFAULT_HOURS if day not in ("sat", "sun") else OFF) for day in DAYS}
# Outside hours, a touch keeps the screen on this long when the panel has no idle times.
AWAKE_OUTSIDE_HOURS_S = 120.0

_RANGE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


@dataclass(frozen=True)
class Hours:
    """One day's range, in minutes after local midnight: on at `on`, off at `off`."""

    on: int
    off: int

    def covers(self, minute: int) -> bool:
        return self.on <= minute < self.off

    def text(self) -> str:
        return f"{_clock(self.on)}-{_clock(self.off)}"


def parse_hours(text: str) -> Hours | None:
    """A day's text: its range, or None for dark all day. ValueError says what is wrong, in
    words an installer editing the file can act on."""
    if text.strip().lower() in ("", OFF):
        return None
    match = _RANGE.match(text)
    if match is None:
        raise ValueError(f'"{text}" is not a range of hours: write it as "07:00-19:00", '
                         'or "off" for dark all day')
    on_h, on_m, off_h, off_m = (int(part) for part in match.groups())
    on, off = _minutes(on_h, on_m, text), _minutes(off_h, off_m, text)
    if on >= off:
        raise ValueError(f'"{text}": the screen must come on before it goes off (a range '
                         'cannot cross midnight; "00:00-24:00" is the whole day)')
    return Hours(on, off)


def normal_hours(text: str) -> str:
    """The day's text as the file keeps it ("7:00 - 19:00" -> "07:00-19:00", "" -> "off")."""
    hours = parse_hours(text)
    return hours.text() if hours is not None else OFF


def _minutes(hour: int, minute: int, text: str) -> int:
    if minute > 59 or hour > 24 or (hour == 24 and minute):
        raise ValueError(f'"{text}": {hour:02d}:{minute:02d} is not a time of day '
                         '(00:00 to 24:00)')
    return hour * 60 + minute


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@dataclass(frozen=True)
class Schedule:
    days: tuple[Hours | None, ...]  # seven, Monday first

    @classmethod
    def from_texts(cls, texts: Mapping[str, str]) -> Schedule:
        return cls(tuple(parse_hours(texts[day]) for day in DAYS))

    def is_on(self, local: datetime) -> bool:
        """Whether the screen should be on at this local wall-clock time."""
        hours = self.days[local.weekday()]
        return hours is not None and hours.covers(local.hour * 60 + local.minute)


def awake_outside_hours_s(dim_after_s: float, screensaver_after_s: float) -> float:
    """How long a touch or a call keeps the screen on outside hours: as long as the panel
    would stay up before its screensaver, else before it dims, else two minutes."""
    return screensaver_after_s or dim_after_s or AWAKE_OUTSIDE_HOURS_S


def screen_phase(idle_phase: str, idle_s: float, in_hours: bool, dim_after_s: float,
                 screensaver_after_s: float) -> str:
    """The kiosk's phase with the schedule: in hours, what idleness says; outside them, dark
    once the panel has been left alone for the wake time (dimmed on the way, if it dims
    sooner)."""
    if in_hours or idle_s < awake_outside_hours_s(dim_after_s, screensaver_after_s):
        return idle_phase
    return OFF


def step_hours(text: str, edge: str, minutes: int) -> str:
    """The day's range with its `on` or `off` edge moved to the next multiple of `minutes`
    (negative: earlier), kept within the day and at least one step long: the settings
    screen's time buttons. A day that is off or unreadable starts from the usual hours."""
    try:
        hours = parse_hours(text) or parse_hours(DEFAULT_HOURS)
    except ValueError:
        hours = parse_hours(DEFAULT_HOURS)
    assert hours is not None
    step = abs(minutes)
    if edge == "on":
        on = max(0, min(_snap(hours.on, minutes), hours.off - step))
        return Hours(on, hours.off).text()
    off = min(END_OF_DAY, max(_snap(hours.off, minutes), hours.on + step))
    return Hours(hours.on, off).text()


def _snap(value: int, minutes: int) -> int:
    step = abs(minutes)
    if minutes > 0:
        return value - value % step + step
    return value - (value % step or step)
