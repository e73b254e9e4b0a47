"""The settings screen behind the admin PIN: service addresses and credentials with a
connection test (the same checks as `roompanel doctor`), room binding, language, theme,
idle times, the display schedule; validated and saved atomically. Look-and-feel, idle and
schedule settings apply at once, the rest after a restart the screen offers."""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Property, QObject, Qt, Signal, Slot
from PySide6.QtQml import QmlElement

from app.config import Config, ConfigError
from app.config_store import ConfigStore
from app.pin import PinGate, hash_pin, valid_new_pin
from app.schedule import step_hours
from app.secrets import KEYRING_MARKER, keyring_available
from app.services import SECRET_KEYS
from app.settings_form import FIELDS, SettingsDraft
from app.state.commands import TaskSet
from app.viewmodels.keyed_list import KeyedListModel
from app.viewmodels.qml_types import uncreatable

QML_IMPORT_NAME = "RoomPanel.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)
_USER = Qt.ItemDataRole.UserRole.value


@dataclass(frozen=True)
class FieldRow:
    key: str
    section: str
    kind: str
    value: str
    choices: tuple[str, ...]


class FieldRoles(enum.IntEnum):
    fieldKey = _USER + 1
    section = _USER + 2
    kind = _USER + 3
    value = _USER + 4
    choices = _USER + 5


@QmlElement
@uncreatable("Owned by RpSettings")
class RpSettingsFieldModel(KeyedListModel):
    Roles = FieldRoles

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(key=lambda row: row.key, parent=parent)

    def role_value(self, row: FieldRow, role: Any) -> Any:
        return {FieldRoles.fieldKey: row.key, FieldRoles.section: row.section,
                FieldRoles.kind: row.kind, FieldRoles.value: row.value,
                FieldRoles.choices: list(row.choices)}[role]


@QmlElement
@uncreatable("Owned by RpApp")
class RpSettings(QObject):
    lockChanged = Signal()
    stateChanged = Signal()

    def __init__(self, config: Config, store: ConfigStore | None, *,
                 room_names: Callable[[], list[str]],
                 apply_live: Callable[[Config], None],
                 restart: Callable[[], None],
                 run_checks: Callable[[Config], Any] | None = None,
                 clock: Callable[[], float] | None = None,
                 first_run: bool = False,
                 setup_reason: str = "",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._room_names = room_names
        self._apply_live = apply_live
        self._restart = restart
        self._run_checks = run_checks or _doctor_checks
        self._gate = PinGate(config.panel.admin_pin_hash,
                             **({"clock": clock} if clock is not None else {}))
        self._unlocked = False
        self._pin_message = ""
        self._config = config
        self._first_run = first_run
        self._draft_made: SettingsDraft | None = None  # read when the settings first open
        self._fields = RpSettingsFieldModel(self)
        self._busy = ""
        # Why the panel opened here instead of on its room (a secret it could not read).
        self._message = f"not_started:{setup_reason}" if setup_reason else ""
        self._message_is_error = bool(setup_reason)
        self._results: list[dict[str, Any]] = []
        self._restart_needed = False
        self._tasks = TaskSet()

    @property
    def _draft(self) -> SettingsDraft:
        """The form's configuration, read from the file the first time the settings open
        (not at start-up: reading it may ask the OS keyring, which can be slow)."""
        if self._draft_made is None:
            # First run: nothing to start from but blank fields (and no PIN yet). A file that
            # could not start the panel is the form's start, its unread secrets marked.
            fresh = self._first_run and (self._store is None or not self._store.path.exists())
            raw = {"panel": {"mode": "room"}} if fresh else self._initial_raw()
            self._draft_made = SettingsDraft(raw)
        return self._draft_made

    def _initial_raw(self) -> dict[str, Any]:
        if self._store is not None:
            try:
                return self._store.read_raw()
            except (OSError, ValueError, ConfigError) as exc:
                log.warning("Settings start from the running configuration: %s", exc)
        return self._config.model_dump(mode="json", exclude_none=True)

    # --- the PIN -----------------------------------------------------------------------------

    @Property(bool, notify=lockChanged)
    def unlocked(self) -> bool:
        return self._unlocked

    @Property(bool, notify=lockChanged)
    def hasPin(self) -> bool:
        return self._gate.has_pin

    @Property(str, notify=lockChanged)
    def pinMessage(self) -> str:
        return self._pin_message

    @Property(int, notify=lockChanged)
    def pinWaitSeconds(self) -> int:
        return int(self._gate.wait_s() + 0.999)

    @Slot(str, result=bool)
    def unlock(self, pin: str) -> bool:
        attempt = self._gate.try_pin(pin)
        self._unlocked = attempt.ok
        if attempt.ok:
            self._pin_message = ""
            self._sync_fields()
            log.info("Settings opened")
        elif attempt.wait_s > 0:
            self._pin_message = "wait"
            log.warning("Wrong admin PIN; next try in %.0f s", attempt.wait_s)
        else:
            self._pin_message = "wrong"
            log.warning("Wrong admin PIN")
        self.lockChanged.emit()
        return attempt.ok

    @Slot()
    def lock(self) -> None:
        if self._unlocked:
            self._unlocked = False
            self.lockChanged.emit()

    @Slot(str, result=bool)
    def setNewPin(self, pin: str) -> bool:
        if not self._unlocked or not valid_new_pin(pin):
            self._say("pin_invalid", error=True)
            return False
        self._draft.set("panel.admin_pin_hash", hash_pin(pin))
        self._say("pin_set", error=False)
        return True

    # --- the form ----------------------------------------------------------------------------

    @Property(RpSettingsFieldModel, constant=True)
    def fields(self) -> RpSettingsFieldModel:
        return self._fields

    @Property(list, notify=stateChanged)
    def roomChoices(self) -> list[str]:
        return self._room_names()

    @Property(str, notify=stateChanged)
    def busy(self) -> str:
        """"" | testing | saving"""
        return self._busy

    @Property(str, notify=stateChanged)
    def message(self) -> str:
        """A message key the page words: saved | saved_restart | invalid:<why> | ..."""
        return self._message

    @Property(bool, notify=stateChanged)
    def messageIsError(self) -> bool:
        return self._message_is_error

    @Property(list, notify=stateChanged)
    def testResults(self) -> list[dict[str, Any]]:
        return self._results

    @Property(bool, notify=stateChanged)
    def restartNeeded(self) -> bool:
        return self._restart_needed

    @Property(bool, constant=True)
    def canSave(self) -> bool:
        return self._store is not None

    @Property(str, notify=stateChanged)
    def savedTo(self) -> str:
        """Where a save writes: the file, and where the secrets went (after a save, where
        they really went; before, where they would go)."""
        if self._store is None:
            return ""
        in_keyring = self._store.secrets_in_keyring
        if in_keyring is None:
            in_keyring = keyring_available()
        return f"{self._store.path}|{'keyring' if in_keyring else 'file'}"

    @Slot(str, str)
    def setValue(self, key: str, text: str) -> None:
        if not self._unlocked:
            return
        self._draft.set(key, text)
        self._sync_fields()

    @Slot(str, str, int)
    def stepHours(self, key: str, edge: str, minutes: int) -> None:
        """A display schedule's time button: the day's `edge` ("on" or "off") moved by
        `minutes` (negative: earlier), to the next multiple of it."""
        if not self._unlocked:
            return
        self._draft.set(key, step_hours(self._draft.get(key), edge, minutes))
        self._sync_fields()

    def value(self, key: str) -> str:
        return self._draft.get(key)

    @Slot()
    def testConnection(self) -> None:
        if not self._unlocked or self._busy:
            return
        config = self._validated()
        if config is None:
            return
        locked = sorted(f"{section}.{key}" for section, key in SECRET_KEYS
                        if self._draft.get(f"{section}.{key}") == KEYRING_MARKER)
        if locked:
            # Kept in a keyring that could not be read: testing would send the marker.
            self._say("secret_in_keyring:" + ", ".join(locked), error=True)
            return
        self._busy = "testing"
        self._results = []
        self._say("", error=False)
        self._tasks.spawn(self._test(config))

    async def _test(self, config: Config) -> None:
        try:
            report = await self._run_checks(config)
            self._results = [{"service": name, "ok": bool(s.get("ok")),
                              "error": s.get("error") or ""}
                             for name, s in report["services"].items()]
            ok = all(r["ok"] for r in self._results)
            self._say("test_ok" if ok else "test_failed", error=not ok)
        finally:
            self._busy = ""
            self.stateChanged.emit()

    @Slot()
    def save(self) -> None:
        if not self._unlocked or self._busy or self._store is None:
            return
        raw = self._draft.to_raw()
        try:
            config = self._store.save(raw)
        except ConfigError as exc:
            self._say(f"invalid:{exc}", error=True)
            return
        except OSError as exc:
            log.error("Could not save the configuration: %s", exc)
            self._say(f"not_saved:{exc.strerror or exc}", error=True)
            return
        self._restart_needed = self._restart_needed or self._draft.needs_restart()
        self._draft.saved()
        self._gate.set_hash(config.panel.admin_pin_hash)
        self._apply_live(config)
        self._say("saved_restart" if self._restart_needed else "saved", error=False)

    @Slot()
    def restartNow(self) -> None:
        if self._unlocked:
            self._restart()

    # --- internals ---------------------------------------------------------------------------

    def _validated(self) -> Config | None:
        try:
            if self._store is not None:
                return self._store.validate(self._draft.to_raw())
            from app.config import parse_config

            return parse_config(self._draft.to_raw(), environ={})
        except ConfigError as exc:
            self._say(f"invalid:{exc}", error=True)
            return None

    def _sync_fields(self) -> None:
        draft = self._draft
        self._fields.sync([FieldRow(f.key, f.heading, f.kind, draft.get(f.key), f.choices)
                           for f in FIELDS if draft.shows(f)])

    def _say(self, message: str, *, error: bool) -> None:
        self._message, self._message_is_error = message, error
        self.stateChanged.emit()

    async def aclose(self) -> None:
        await self._tasks.cancel()


async def _doctor_checks(config: Config) -> dict[str, Any]:
    from app.state.report import collect_report

    return await collect_report(config)
