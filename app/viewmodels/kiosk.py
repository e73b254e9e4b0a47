"""Kiosk behaviour of a wall panel: dim after a while, then a screensaver (a clock and the
room's name, drifting so nothing burns in), back to the room's home page; the first touch
only wakes it; an incoming call wakes it too. Outside the display schedule's hours the
screen goes dark ("off") once left alone, and comes on by itself when the hours begin.
Time comes from injectable clocks: idleness from a monotonic one, the schedule from the
wall clock read as local time."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Property, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement

from app.config import PanelConfig
from app.schedule import OFF, Schedule, screen_phase
from app.state.idle import AWAKE, SCREENSAVER, IdlePolicy
from app.viewmodels.qml_types import uncreatable

QML_IMPORT_NAME = "RoomPanel.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

TICK_MS = 1000
DRIFT_PERIOD_S = 60  # the screensaver's text moves once a minute
_PRESSES = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress}
_RELEASES = {QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.KeyRelease,
             QEvent.Type.MouseMove, QEvent.Type.TouchUpdate, QEvent.Type.MouseButtonDblClick}


@QmlElement
@uncreatable("Owned by RpApp")
class RpKiosk(QObject):
    phaseChanged = Signal()
    clockChanged = Signal()
    # The screensaver came up or the screen went dark: the room goes back to its home page.
    wentToSleep = Signal()

    def __init__(self, panel: PanelConfig, parent: QObject | None = None, *,
                 clock: Callable[[], float] = time.monotonic,
                 wall_clock: Callable[[], float] = time.time,
                 tick_ms: int = TICK_MS) -> None:
        super().__init__(parent)
        self._clock = clock
        self._wall_clock = wall_clock
        self._policy = IdlePolicy(panel.dim_after_s, panel.screensaver_after_s, clock())
        self._schedule = panel.display_schedule
        self._in_hours: bool | None = None  # unknown until the first tick
        self._phase = AWAKE
        self._swallowing = False
        self._clock_text = ""
        self._drift = 0
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)
        self._listeners: list[Callable[[str], None]] = []
        self._started = False
        self.tick()

    def start(self) -> None:
        self._started = True
        if self._policy.dim_after_s or self._policy.screensaver_after_s \
                or self._schedule is not None:
            self._timer.start()

    def set_idle_times(self, dim_after_s: float, screensaver_after_s: float) -> None:
        self._policy.dim_after_s = dim_after_s
        self._policy.screensaver_after_s = screensaver_after_s
        self._timer.stop()
        if self._started:
            self.start()
        self.tick()

    def set_schedule(self, schedule: Schedule | None) -> None:
        self._schedule = schedule
        self._in_hours = None  # a new schedule beginning is not its hours beginning
        self._timer.stop()
        if self._started:
            self.start()
        self.tick()

    def stop(self) -> None:
        self._started = False
        self._timer.stop()

    @property
    def current_phase(self) -> str:
        return self._phase

    @property
    def dim_after_s(self) -> float:
        return self._policy.dim_after_s

    def add_phase_listener(self, listener: Callable[[str], None]) -> None:
        self._listeners.append(listener)

    @Property(str, notify=phaseChanged)
    def phase(self) -> str:
        """awake | dimmed | screensaver | off (outside the display schedule's hours)"""
        return self._phase

    @Property(str, notify=clockChanged)
    def clockText(self) -> str:
        return self._now_text()

    def _now_text(self) -> str:
        return datetime.fromtimestamp(self._wall_clock()).strftime("%H:%M")

    @Property(str, notify=clockChanged)
    def dateText(self) -> str:
        return datetime.fromtimestamp(self._wall_clock()).strftime("%Y-%m-%d")

    @Property(float, notify=clockChanged)
    def driftX(self) -> float:
        """0..1: where the screensaver's text sits across the screen this minute."""
        return ((self._drift * 7) % 11) / 10

    @Property(float, notify=clockChanged)
    def driftY(self) -> float:
        return ((self._drift * 5) % 7) / 6

    @Slot()
    def tick(self) -> None:
        drift = int(self._wall_clock() // DRIFT_PERIOD_S)
        text = self._now_text()
        if drift != self._drift or text != self._clock_text:
            self._drift, self._clock_text = drift, text
            self.clockChanged.emit()
        self._set_phase(self._phase_now())

    def _phase_now(self) -> str:
        now = self._clock()
        if self._schedule is None:
            return self._policy.phase(now)
        # The wall clock read as local time, so a range follows daylight saving time.
        in_hours = self._schedule.is_on(datetime.fromtimestamp(self._wall_clock()))
        if in_hours and self._in_hours is False:
            # The hours began: the screen comes on by itself, as if someone had touched it.
            log.info("Display schedule: hours begin")
            self._policy.touched(now)
        elif not in_hours and self._in_hours:
            log.info("Display schedule: hours end")
        self._in_hours = in_hours
        return screen_phase(self._policy.phase(now), now - self._policy.last_activity,
                            in_hours, self._policy.dim_after_s,
                            self._policy.screensaver_after_s)

    @Slot()
    def wake(self) -> None:
        """Activity (a touch, or an incoming call): back to awake, the idle time restarts."""
        self._policy.touched(self._clock())
        self._set_phase(AWAKE)

    def filter_input(self, event_type: QEvent.Type) -> bool:
        """Called for each input event of the window; True means: swallow it. The touch that
        wakes a dimmed or sleeping panel must not press what lies under the finger."""
        if event_type in _PRESSES:
            asleep = self._phase != AWAKE
            self._policy.touched(self._clock())
            if asleep:
                # After this event is delivered: waking removes the screensaver's items, and
                # items must not vanish while the window is still delivering to them.
                QTimer.singleShot(0, self, self.wake)
            self._swallowing = asleep
            return asleep
        if event_type in _RELEASES:
            swallow = self._swallowing
            if event_type in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd,
                              QEvent.Type.KeyRelease):
                self._swallowing = False
            return swallow
        return False

    def _set_phase(self, phase: str) -> None:
        if phase == self._phase:
            return
        log.info("Panel %s", phase)
        self._phase = phase
        self.phaseChanged.emit()
        if phase in (SCREENSAVER, OFF):
            self.wentToSleep.emit()
        for listener in list(self._listeners):
            listener(phase)


class InputWatcher(QObject):
    """An event filter on the window that reports every touch to the kiosk."""

    def __init__(self, kiosk: RpKiosk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kiosk = kiosk

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _PRESSES or event.type() in _RELEASES:
            return self._kiosk.filter_input(event.type())
        return False
