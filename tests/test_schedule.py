"""The display schedule: a meeting-room panel goes dark outside its hours (the backlight off
where it can be, a black screen always), a touch or a ringing call wakes it for the idle
time, it comes on by itself when the hours begin, and the settings screen edits the hours.
Both clocks are injected: idleness runs on one, the schedule reads the other as local time."""

from __future__ import annotations

import os
import time
import tomllib
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import config_for, fast_backoff, until
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem
from qml_helpers import find_item, find_items, is_shown, next_frame, really_visible, tap
from test_qml_touch import MIN_TARGET_PX, describe, pressable_on_screen

from app.config import ConfigError, PanelConfig, ScheduleConfig, parse_config
from app.config_store import ConfigStore
from app.schedule import (
    AWAKE_OUTSIDE_HOURS_S,
    OFF,
    Hours,
    Schedule,
    normal_hours,
    parse_hours,
    screen_phase,
    step_hours,
)
from app.settings_form import SettingsDraft
from app.sim.server import Simulator
from app.state.session import PanelSession
from app.ui import Ui, build_ui
from app.viewmodels.app import RpApp
from app.viewmodels.kiosk import RpKiosk

WORKDAYS = {"mon": "07:00-19:00", "tue": "07:00-19:00", "wed": "07:00-19:00",
            "thu": "07:00-19:00", "fri": "07:00-19:00", "sat": "off", "sun": ""}
MONDAY = datetime(2025, 3, 3)  # 2025-03-03 is a Monday


def at(day: int, hour: int, minute: int = 0) -> float:
    """The wall clock at a local time in that week (0 = Monday), as `time.time()` gives it."""
    return MONDAY.replace(day=3 + day, hour=hour, minute=minute).timestamp()


# --- the schedule itself ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "hours"), [
    ("07:00-19:00", Hours(420, 1140)),
    ("7:30 - 18:45", Hours(450, 1125)),
    ("00:00-24:00", Hours(0, 1440)),
    ("off", None), ("OFF", None), ("", None), ("  ", None),
])
def test_a_day_reads_as_a_range_or_dark_all_day(text: str, hours: Hours | None) -> None:
    assert parse_hours(text) == hours
    assert normal_hours(text) == (hours.text() if hours else "off")


@pytest.mark.parametrize(("moment", "on"), [
    ((0, 6, 59), False), ((0, 7, 0), True), ((0, 18, 59), True), ((0, 19, 0), False),
    ((2, 12, 0), True), ((4, 23, 59), False),
    ((5, 12, 0), False), ((6, 9, 0), False),  # the weekend is dark all day
])
def test_in_and_out_of_hours_by_local_weekday_and_time(moment: tuple[int, int, int],
                                                       on: bool) -> None:
    schedule = Schedule.from_texts(WORKDAYS)
    day, hour, minute = moment
    assert schedule.is_on(datetime.fromtimestamp(at(day, hour, minute))) is on


def test_the_whole_day_is_on_until_midnight() -> None:
    schedule = Schedule.from_texts({**WORKDAYS, "sat": "00:00-24:00"})
    assert schedule.is_on(datetime(2025, 3, 8, 0, 0))
    assert schedule.is_on(datetime(2025, 3, 8, 23, 59, 59))
    assert not schedule.is_on(datetime(2025, 3, 9, 0, 0))  # Sunday is off


@pytest.mark.parametrize(("day", "text", "said"), [
    ("mon", "19:00-07:00", "must come on before it goes off"),
    ("tue", "09:00-09:00", "must come on before it goes off"),
    ("wed", "25:00-26:00", "25:00 is not a time of day"),
    ("thu", "08:60-17:00", "08:60 is not a time of day"),
    ("fri", "24:30-24:45", "24:30 is not a time of day"),
    ("sat", "7-19", 'write it as "07:00-19:00"'),
    ("sun", "always", 'or "off" for dark all day'),
])
def test_a_bad_day_is_refused_naming_the_day_and_what_is_wrong(day: str, text: str,
                                                               said: str) -> None:
    with pytest.raises(ConfigError) as refused:
        parse_config(raw_config(schedule={**WORKDAYS, day: text}), environ={})
    lines = [line for line in str(refused.value).splitlines() if "schedule" in line]
    assert len(lines) == 1 and f"panel.schedule.{day}:" in lines[0] and said in lines[0]


def test_a_schedule_names_every_day_and_none_means_always_on() -> None:
    week = {k: v for k, v in WORKDAYS.items() if k not in ("sat", "sun")}
    with pytest.raises(ConfigError) as refused:
        parse_config(raw_config(schedule=week), environ={})
    assert "panel.schedule.sat: missing" in str(refused.value)
    assert "panel.schedule.sun: missing" in str(refused.value)
    assert parse_config(raw_config(), environ={}).panel.display_schedule is None
    kept = parse_config(raw_config(schedule={**WORKDAYS, "mon": "7:00-19:00"}), environ={})
    assert kept.panel.schedule == ScheduleConfig(**{**WORKDAYS, "sun": "off"})


def raw_config(**panel: Any) -> dict[str, Any]:
    return {"panel": panel, "yealink": {"url": "https://control.example.com",
                                        "client_id": "id", "client_secret": "secret"}}


@pytest.mark.parametrize(("idle_phase", "idle_s", "in_hours", "dim", "saver", "phase"), [
    ("screensaver", 900, True, 60, 300, "screensaver"),  # in hours: idleness alone
    ("dimmed", 299, False, 60, 300, "dimmed"),  # woken outside hours: dims on the way
    ("screensaver", 300, False, 60, 300, OFF),  # ...and goes dark instead of the saver
    ("dimmed", 60, False, 60, 0, OFF),  # no screensaver: dark when it would dim
    ("awake", AWAKE_OUTSIDE_HOURS_S - 1, False, 0, 0, "awake"),  # never idles otherwise
    ("awake", AWAKE_OUTSIDE_HOURS_S, False, 0, 0, OFF),
])
def test_outside_hours_the_screen_goes_dark_after_the_wake_time(
        idle_phase: str, idle_s: float, in_hours: bool, dim: float, saver: float,
        phase: str) -> None:
    assert screen_phase(idle_phase, idle_s, in_hours, dim, saver) == phase


@pytest.mark.parametrize(("text", "edge", "minutes", "stepped"), [
    ("07:00-19:00", "on", 30, "07:30-19:00"),
    ("07:10-19:00", "on", -30, "07:00-19:00"),  # to the step's grid first
    ("07:10-19:00", "on", 30, "07:30-19:00"),
    ("00:00-19:00", "on", -30, "00:00-19:00"),  # not before midnight
    ("18:30-19:00", "on", 30, "18:30-19:00"),  # never on the off time
    ("07:00-23:30", "off", 30, "07:00-24:00"),
    ("07:00-24:00", "off", 30, "07:00-24:00"),
    ("07:00-07:30", "off", -30, "07:00-07:30"),
    ("off", "on", 30, "07:30-19:00"),  # an off day starts from the usual hours
    ("garbage", "off", -30, "07:00-18:30"),
])
def test_the_time_buttons_step_within_the_day(text: str, edge: str, minutes: int,
                                              stepped: str) -> None:
    assert step_hours(text, edge, minutes) == stepped


def test_the_settings_form_turns_the_schedule_on_and_off_and_applies_it_live() -> None:
    draft = SettingsDraft(raw_config())
    assert draft.get("panel.schedule") == "always"
    assert draft.get("panel.schedule.mon") == ""
    draft.set("panel.schedule", "hours")  # the usual week to start from
    assert [draft.get(f"panel.schedule.{d}") for d in ("mon", "fri", "sat", "sun")] == \
        ["07:00-19:00", "07:00-19:00", "off", "off"]
    draft.set("panel.schedule.mon", "08:00-18:00")
    draft.set("panel.schedule.mon", "off")
    draft.set("panel.schedule.mon", "on")  # back with the usual hours
    draft.set("panel.schedule.tue", "06:00-20:00")
    draft.set("panel.schedule.tue", "on")  # already on: keeps its own hours
    assert (draft.get("panel.schedule.mon"), draft.get("panel.schedule.tue")) == \
        ("07:00-19:00", "06:00-20:00")
    draft.set("panel.schedule", "always")
    assert "schedule" not in draft.to_raw()["panel"]
    draft.set("panel.schedule", "hours")  # the hours chosen before come back
    assert draft.to_raw()["panel"]["schedule"]["tue"] == "06:00-20:00"
    schedule = parse_config(draft.to_raw(), environ={}).panel.display_schedule
    assert schedule is not None and schedule.is_on(datetime.fromtimestamp(at(1, 6, 30)))
    assert draft.changed_keys() and not draft.needs_restart()


# --- the kiosk across a change to daylight saving time ---------------------------------------


@pytest.fixture
def berlin_time() -> Iterator[None]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Berlin"
    time.tzset()
    yield
    if before is None:
        os.environ.pop("TZ")
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_the_hours_follow_local_time_across_daylight_saving(qapp: QGuiApplication,
                                                            berlin_time: None) -> None:
    """Berlin moved its clocks forward on Sunday 30 March 2025: 07:00 on the Monday before
    is 06:00 UTC, 07:00 on the Monday after is 05:00 UTC."""
    wall = [datetime.fromisoformat("2025-03-24T05:59:00+00:00").timestamp()]
    idle = [0.0]
    panel = PanelConfig(dim_after_s=0, screensaver_after_s=60,
                        schedule=ScheduleConfig(**WORKDAYS))
    kiosk = RpKiosk(panel, clock=lambda: idle[0], wall_clock=lambda: wall[0])

    def at_utc(iso: str) -> str:
        wall[0] = datetime.fromisoformat(iso + "+00:00").timestamp()
        idle[0] += 3600  # long untouched
        kiosk.tick()
        return kiosk.current_phase

    assert at_utc("2025-03-24T05:59:00") == OFF  # 06:59 CET
    assert at_utc("2025-03-24T06:00:00") == "awake"  # 07:00 CET: the hours begin
    assert at_utc("2025-03-31T04:59:00") == OFF  # 06:59 CEST
    assert at_utc("2025-03-31T05:00:00") == "awake"  # 07:00 CEST
    assert at_utc("2025-03-31T16:59:00") == "screensaver"  # 18:59 CEST, in hours
    assert at_utc("2025-03-31T17:00:00") == OFF  # 19:00 CEST
    kiosk.deleteLater()


# --- the panel on screen ---------------------------------------------------------------------


class SchedulePanel:
    """A room panel with both clocks in the test's hands."""

    def __init__(self, sim: Simulator, tmp_path: Path, wall: float,
                 size: tuple[int, int] = (1280, 800), **panel: Any) -> None:
        self.idle = [1000.0]
        self.wall = [wall]
        panel = {"mode": "room", "room": "Boardroom", **panel}
        config = config_for(sim, **panel)
        self.store = ConfigStore(tmp_path / "roompanel.toml", environ={})
        raw = tomllib.loads(sim.config_toml())
        raw["panel"].update(panel)
        self.store.save(raw)
        self.vm = RpApp(PanelSession(config, backoff_factory=fast_backoff),
                        kiosk_clock=lambda: self.idle[0], wall_clock=lambda: self.wall[0],
                        store=self.store)
        self.ui: Ui = build_ui(self.vm, width=size[0], height=size[1])
        self.window = self.ui.window
        self.vm.start()

    def later(self, seconds: float) -> None:
        """Time passes with nobody touching the panel."""
        self.idle[0] += seconds
        self.wall[0] += seconds
        self.vm.kiosk_model.tick()

    @property
    def phase(self) -> str:
        return self.vm.kiosk_model.current_phase

    def dark(self) -> bool:
        return is_shown(find_item(self.window, "screenOff"))

    async def room_live(self) -> None:
        await until(lambda: self.vm.room is not None and self.vm.room.link == "live",
                    what="room live")
        await until(lambda: bool(find_items(self.window, "macro:")), what="macro buttons")

    async def close(self) -> None:
        self.ui.window.close()
        await self.vm.aclose()
        self.ui.close()


def open_scheduled(panels: list[Any], sim: Simulator, tmp_path: Path, wall: float,
                   **panel: Any) -> SchedulePanel:
    made = SchedulePanel(sim, tmp_path, wall, **panel)
    panels.append(made)
    return made


def fake_backlight(tmp_path: Path) -> Path:
    device = tmp_path / "backlight"  # laid out as /sys/class/backlight/<name> is
    device.mkdir()
    (device / "max_brightness").write_text("255\n")
    (device / "brightness").write_text("255\n")
    return device


def test_outside_hours_the_panel_goes_dark_and_a_touch_wakes_it_for_the_idle_time(
        sim: Simulator, run: Any, panels: list[Any], tmp_path: Path) -> None:
    device = fake_backlight(tmp_path)
    panel = open_scheduled(panels, sim, tmp_path, at(0, 18, 57), schedule=WORKDAYS,
                           dim_after_s=60, screensaver_after_s=300, backlight=str(device),
                           brightness=80, dim_brightness=10)
    level = device / "brightness"

    async def scenario() -> None:
        await panel.room_live()
        panel.vm.room.showPage("matrix")
        panel.later(120)  # 18:59, in hours: dimmed as any day
        assert panel.phase == "dimmed" and level.read_text() == "26\n"
        panel.later(120)  # 19:01: left alone for 4 minutes, less than the idle time
        assert panel.phase == "dimmed"
        panel.later(60)  # 19:02, 5 minutes alone: dark, not the screensaver
        assert panel.phase == OFF
        assert level.read_text() == "0\n"
        await until(panel.dark, what="black screen")
        assert not find_items(panel.window, "screensaver")
        assert panel.vm.room.page == "controls"  # the next person finds the home page
        # The touch that wakes it lands on a macro button: it presses nothing.
        macro = find_items(panel.window, "macro:")[0]
        await tap(panel.window, macro)
        assert panel.phase == "awake" and level.read_text() == "204\n"
        await until(lambda: not panel.dark(), what="awake")
        assert not sim.yealink.seen("/invoke")
        panel.later(299)  # still outside hours: awake for the idle time, dimmed on the way
        assert panel.phase == "dimmed"
        panel.later(1)
        assert panel.phase == OFF and level.read_text() == "0\n"
        await until(panel.dark, what="dark again")

    run(scenario())


def test_the_panel_comes_on_by_itself_when_the_hours_begin(
        sim: Simulator, run: Any, panels: list[Any], tmp_path: Path) -> None:
    device = fake_backlight(tmp_path)
    panel = open_scheduled(panels, sim, tmp_path, at(1, 6, 0), schedule=WORKDAYS,
                           dim_after_s=60, screensaver_after_s=300, backlight=str(device),
                           brightness=80)

    async def scenario() -> None:
        await panel.room_live()
        panel.later(300)  # 06:05 on a Tuesday, since start-up untouched
        assert panel.phase == OFF
        await until(panel.dark, what="dark before the hours")
        for _ in range(54):  # a minute at a time up to 06:59
            panel.later(60)
            assert panel.phase == OFF
        panel.later(60)  # 07:00
        assert panel.phase == "awake"
        assert (device / "brightness").read_text() == "204\n"
        await until(lambda: not panel.dark(), what="on by itself")
        assert really_visible(find_items(panel.window, "macro:")[0])
        panel.later(300)  # in hours, untouched: the screensaver as on any day
        assert panel.phase == "screensaver"

    run(scenario())


def test_an_incoming_call_wakes_a_dark_panel_at_the_weekend(
        sim: Simulator, run: Any, panels: list[Any], tmp_path: Path) -> None:
    panel = open_scheduled(panels, sim, tmp_path, at(5, 11, 0), schedule=WORKDAYS,
                           dim_after_s=60, screensaver_after_s=120)

    async def scenario() -> None:
        await panel.room_live()
        await until(lambda: panel.vm.room.calls.available, what="PBX events")
        panel.later(120)  # Saturday: dark all day
        assert panel.phase == OFF
        await until(panel.dark, what="dark")
        sim.call(lambda: sim.yeastar.ring("1001", "0812345678"))
        await until(lambda: panel.phase == "awake", what="woken by the call")
        await until(lambda: not panel.dark(), what="screen on")
        await until(lambda: really_visible(find_item(panel.window, "incomingCall")),
                    what="the call on screen")

    run(scenario())


def field_keys(panel: SchedulePanel) -> list[str]:
    model = panel.vm.settings.fields
    return [model.data(model.index(i, 0)) for i in range(model.rowCount())]


async def bring_into_view(panel: SchedulePanel, name: str) -> QQuickItem:
    """Scroll the settings list from its top until the item named `name` is wholly in view
    (rows off screen are not built), as a finger would."""
    view = find_item(panel.window, "settingsFields")
    seen = view.mapRectToScene(view.boundingRect())
    view.setProperty("contentY", 0)
    while True:
        await next_frame(panel.window)
        items = [i for i in find_items(panel.window, name) if i.objectName() == name]
        if items and seen.contains(items[0].mapRectToScene(items[0].boundingRect())):
            return items[0]
        bottom = view.property("contentHeight") - view.height()
        assert view.property("contentY") < bottom, f"{name} is not in the settings"
        view.setProperty("contentY", min(bottom, view.property("contentY") + 100))


async def tap_setting(panel: SchedulePanel, name: str) -> QQuickItem:
    item = await bring_into_view(panel, name)
    await tap(panel.window, item)
    return item


def shown_time(panel: SchedulePanel, key: str, edge: str) -> str:
    return str(find_item(panel.window, f"time:{key}:{edge}").property("text"))


@pytest.mark.parametrize("size", [(1280, 800), (800, 480)])
def test_the_settings_screen_edits_the_hours_and_saves_them(
        sim: Simulator, run: Any, panels: list[Any], tmp_path: Path,
        size: tuple[int, int]) -> None:
    panel = open_scheduled(panels, sim, tmp_path, at(4, 12, 0), size=size,
                           dim_after_s=60, screensaver_after_s=300)
    mon, fri, sat = "panel.schedule.mon", "panel.schedule.fri", "panel.schedule.sat"

    async def scenario() -> None:
        await panel.room_live()
        panel.vm.openSettings()
        await tap(panel.window, find_item(panel.window, "openWithoutPin"))
        await until(lambda: is_shown(find_item(panel.window, "saveSettings")))
        assert set(field_keys(panel)) & {mon, fri, sat} == set()  # always on: no days to set
        await tap_setting(panel, "choice:panel.schedule:hours")
        await tap_setting(panel, f"step:{mon}:on:later")
        await tap_setting(panel, f"step:{mon}:on:later")
        await tap_setting(panel, f"step:{mon}:off:earlier")
        assert (shown_time(panel, mon, "on"), shown_time(panel, mon, "off")) == \
            ("08:00", "18:30")
        off = await tap_setting(panel, f"choice:{fri}:off")
        await until(lambda: off.property("selected") is True, what="Friday off")
        assert not any(map(really_visible, find_items(panel.window, f"time:{fri}:")))
        await tap_setting(panel, f"choice:{sat}:on")
        await until(lambda: really_visible(find_item(panel.window, f"time:{sat}:on")),
                    what="Saturday's hours")
        assert shown_time(panel, sat, "on") == "07:00"
        steppers = [c for c in pressable_on_screen(panel.window)
                    if c.objectName().startswith("step:")]
        assert steppers, "no time buttons on screen"
        assert [describe(c) for c in steppers + pressable_on_screen(panel.window)
                if c.width() < MIN_TARGET_PX or c.height() < MIN_TARGET_PX] == []
        await tap(panel.window, find_item(panel.window, "saveSettings"))
        await until(lambda: panel.vm.settings.message == "saved", what="saved")
        assert not panel.vm.settings.restartNeeded  # applies at once:
        panel.vm.closeAdminPage()
        panel.later(300)  # Friday noon is now outside hours
        assert panel.phase == OFF
        await until(panel.dark, what="dark under the new schedule")

    run(scenario())
    saved = tomllib.loads(panel.store.path.read_text())["panel"]["schedule"]
    assert saved == {"mon": "08:00-18:30", "tue": "07:00-19:00", "wed": "07:00-19:00",
                     "thu": "07:00-19:00", "fri": "off", "sat": "07:00-19:00", "sun": "off"}
