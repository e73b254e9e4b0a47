"""The fields of the settings screen over a raw configuration (the TOML as a dict): read a
field as text, set it from text, and hand back the raw configuration to validate and save.
Optional services (PBX, conference server, DingTalk) are left out when all their fields are
blank. The services' fields come from the service table (`app/services.py`). The display
schedule is one choice (always on, or set hours) and a row per weekday, shown only with set
hours. No Qt here."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from app.config import LANGUAGES, MODES, THEMES
from app.schedule import DAYS, DEFAULT_HOURS, DEFAULT_WEEK, OFF, normal_hours, parse_hours
from app.services import SERVICES

OPTIONAL_SECTIONS = tuple(entry.section for entry in SERVICES if not entry.required)


@dataclass(frozen=True)
class FieldSpec:
    key: str  # "section.name"
    kind: str  # text | secret | choice | bool | number | hours (a weekday's range)
    choices: tuple[str, ...] = ()
    required: bool = False  # needed whenever its section is present
    group: str = ""  # the heading it sits under, when not its section's

    @property
    def section(self) -> str:
        return self.key.partition(".")[0]

    @property
    def heading(self) -> str:
        return self.group or self.section

    @property
    def name(self) -> str:
        return self.key.partition(".")[2]


PANEL_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("panel.mode", "choice", MODES),
    FieldSpec("panel.room", "room"),
    FieldSpec("panel.language", "choice", LANGUAGES),
    FieldSpec("panel.theme", "choice", THEMES),
    FieldSpec("panel.large_text", "bool"),
    FieldSpec("panel.dim_after_s", "number"),
    FieldSpec("panel.screensaver_after_s", "number"),
    FieldSpec("panel.brightness", "number"),
)
SCHEDULE = "panel.schedule"
SCHEDULE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(SCHEDULE, "choice", ("always", "hours"), group="schedule"),
    *(FieldSpec(f"{SCHEDULE}.{day}", "hours", group="schedule") for day in DAYS))
FIELDS: tuple[FieldSpec, ...] = PANEL_FIELDS + SCHEDULE_FIELDS + tuple(
    FieldSpec(f"{entry.section}.{field.name}", field.kind, required=field.required)
    for entry in SERVICES for field in entry.settings)
DEFAULTS = {"panel.mode": "room", "panel.language": "en", "panel.theme": "dark",
            "panel.large_text": "false", "panel.dim_after_s": "120",
            "panel.screensaver_after_s": "600", "panel.brightness": "100",
            "yealink.verify_tls": "true"}
# Settings the panel applies at once; any other change needs a restart.
LIVE_KEYS = frozenset({"panel.language", "panel.theme", "panel.large_text",
                       "panel.dim_after_s", "panel.screensaver_after_s", "panel.brightness",
                       "panel.admin_pin_hash", *(f.key for f in SCHEDULE_FIELDS)})


class SettingsDraft:
    def __init__(self, raw: dict[str, Any]) -> None:
        self._original = copy.deepcopy(raw)
        self._raw = copy.deepcopy(raw)
        self._parked_week: dict[str, Any] | None = None  # the hours while "always on" is chosen

    def get(self, key: str) -> str:
        if key == SCHEDULE or key.startswith(SCHEDULE + "."):
            return self._schedule_get(key)
        section, _, name = key.partition(".")
        table = self._raw.get(section)
        value = table.get(name) if isinstance(table, dict) else None
        if value is None:
            return DEFAULTS.get(key, "")
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)

    def set(self, key: str, text: str) -> None:
        if key == SCHEDULE or key.startswith(SCHEDULE + "."):
            self._schedule_set(key, text.strip())
            return
        spec = next((f for f in FIELDS if f.key == key), None)
        section, _, name = key.partition(".")
        table = self._raw.setdefault(section, {})
        text = text.strip()
        if spec is not None and spec.kind == "bool":
            table[name] = text == "true"
        elif spec is not None and spec.kind == "number":
            try:
                number = float(text)
            except ValueError:
                table[name] = text  # validation names the key
                return
            table[name] = int(number) if number.is_integer() else number
        elif text == "" and spec is not None and spec.kind not in ("choice",):
            table.pop(name, None)
        else:
            table[name] = text

    def shows(self, spec: FieldSpec) -> bool:
        """Whether the form shows this field now: a weekday's hours only with set hours."""
        return spec.kind != "hours" or self.get(SCHEDULE) == "hours"

    def _week(self) -> dict[str, Any] | None:
        panel = self._raw.get("panel")
        week = panel.get("schedule") if isinstance(panel, dict) else None
        return week if isinstance(week, dict) else None

    def _schedule_get(self, key: str) -> str:
        week = self._week()
        if key == SCHEDULE:
            return "hours" if week is not None else "always"
        day = key.rpartition(".")[2]
        if week is None or week.get(day) is None:
            return ""  # a day the file leaves out: neither on nor off until someone says
        try:
            return normal_hours(str(week[day]))
        except ValueError:
            return str(week[day])  # shown as written; saving names the day and the fault

    def _schedule_set(self, key: str, text: str) -> None:
        panel = self._raw.setdefault("panel", {})
        if key == SCHEDULE:
            if text == "hours" and self._week() is None:
                panel["schedule"] = self._parked_week or dict(DEFAULT_WEEK)
            elif text != "hours" and self._week() is not None:
                self._parked_week = panel.pop("schedule")
            return
        week = self._week()
        if week is None:
            week = panel["schedule"] = dict(DEFAULT_WEEK)
        day = key.rpartition(".")[2]
        if text == "on":
            # The day comes back with the hours it had, else the usual ones.
            current = self._schedule_get(key)
            text = current if _has_hours(current) else DEFAULT_HOURS
        week[day] = text or OFF

    def to_raw(self) -> dict[str, Any]:
        raw = copy.deepcopy(self._raw)
        # A panel on a site hub has no service section: the control service's blank fields
        # are then left out like an optional service's.
        optional = OPTIONAL_SECTIONS + (("yealink",) if _filled(raw.get("hub")) else ())
        for section in optional:
            if isinstance(raw.get(section), dict) and not _filled(raw[section]):
                raw.pop(section)
        return raw

    def changed_keys(self) -> frozenset[str]:
        before = SettingsDraft(self._original)
        keys = {f.key for f in FIELDS} | {"panel.admin_pin_hash"}
        return frozenset(k for k in keys if before.get(k) != self.get(k))

    def needs_restart(self) -> bool:
        return bool(self.changed_keys() - LIVE_KEYS)

    def saved(self) -> None:
        self._original = copy.deepcopy(self._raw)


def _has_hours(text: str) -> bool:
    try:
        return parse_hours(text) is not None
    except ValueError:
        return False


def _filled(table: Any) -> bool:
    """A section someone filled in (a verify_tls switch alone is not)."""
    return isinstance(table, dict) and any(str(v).strip() for k, v in table.items()
                                           if k not in ("verify_tls",))
