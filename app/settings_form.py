"""The fields of the settings screen over a raw configuration (the TOML as a dict): read a
field as text, set it from text, and hand back the raw configuration to validate and save.
Optional services (PBX, conference server, DingTalk) are left out when all their fields are
blank. The services' fields come from the service table (`app/services.py`). No Qt here."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from app.config import LANGUAGES, MODES, THEMES
from app.services import SERVICES

OPTIONAL_SECTIONS = tuple(entry.section for entry in SERVICES if not entry.required)


@dataclass(frozen=True)
class FieldSpec:
    key: str  # "section.name"
    kind: str  # text | secret | choice | bool | number
    choices: tuple[str, ...] = ()
    required: bool = False  # needed whenever its section is present

    @property
    def section(self) -> str:
        return self.key.partition(".")[0]

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
FIELDS: tuple[FieldSpec, ...] = PANEL_FIELDS + tuple(
    FieldSpec(f"{entry.section}.{field.name}", field.kind, required=field.required)
    for entry in SERVICES for field in entry.settings)
DEFAULTS = {"panel.mode": "room", "panel.language": "en", "panel.theme": "dark",
            "panel.large_text": "false", "panel.dim_after_s": "120",
            "panel.screensaver_after_s": "600", "panel.brightness": "100",
            "yealink.verify_tls": "true"}
# Settings the panel applies at once; any other change needs a restart.
LIVE_KEYS = frozenset({"panel.language", "panel.theme", "panel.large_text",
                       "panel.dim_after_s", "panel.screensaver_after_s", "panel.brightness",
                       "panel.admin_pin_hash"})


class SettingsDraft:
    def __init__(self, raw: dict[str, Any]) -> None:
        self._original = copy.deepcopy(raw)
        self._raw = copy.deepcopy(raw)

    def get(self, key: str) -> str:
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


def _filled(table: Any) -> bool:
    """A section someone filled in (a verify_tls switch alone is not)."""
    return isinstance(table, dict) and any(str(v).strip() for k, v in table.items()
                                           if k not in ("verify_tls",))
