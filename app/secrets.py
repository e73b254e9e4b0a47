"""Where the configuration's secrets live: in the OS keyring when there is one (the file then
holds a `@keyring` marker), else in the file itself. Which keys are secrets comes from the
service table (`app/services.py`)."""

from __future__ import annotations

import copy
import logging
from collections.abc import Mapping
from typing import Any

from app.config import ConfigError
from app.services import SECRET_KEYS

log = logging.getLogger(__name__)

KEYRING_MARKER = "@keyring"
KEYRING_SERVICE = "roompanel"


def keyring_available() -> bool:
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    backend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 1) > 0


def resolve_secrets(raw: dict[str, Any]) -> dict[str, Any]:
    """The raw configuration with every `@keyring` marker replaced by the keyring's value."""
    resolved = copy.deepcopy(raw)
    for section, key in SECRET_KEYS:
        table = resolved.get(section)
        if not isinstance(table, dict) or table.get(key) != KEYRING_MARKER:
            continue
        value = None
        if keyring_available():
            import keyring
            from keyring.errors import KeyringError

            try:
                value = keyring.get_password(KEYRING_SERVICE, f"{section}.{key}")
            except KeyringError as exc:  # locked, or its service went away
                raise ConfigError(f"{section}.{key}: the OS keyring could not be read "
                                  f"({exc})") from None
        if value is None:
            raise ConfigError(f"{section}.{key}: kept in the OS keyring, but the keyring has "
                              "no value for it (set it again in the settings screen)")
        table[key] = value
    return resolved


def without_secrets(raw: Mapping[str, Any]) -> dict[str, Any]:
    """A copy fit for a support file: every secret and the PIN hash replaced by ***."""
    cleaned = copy.deepcopy(dict(raw))
    for section, key in SECRET_KEYS | {("panel", "admin_pin_hash")}:
        table = cleaned.get(section)
        if isinstance(table, dict) and table.get(key):
            table[key] = "***"
    return cleaned


def to_keyring(raw: dict[str, Any]) -> bool:
    """Moves the secrets of `raw` into the OS keyring (leaving markers); False, and `raw`
    untouched, when the keyring refuses (locked, say): then they stay in the 0600 file."""
    import keyring
    from keyring.errors import KeyringError

    moved = copy.deepcopy(raw)
    try:
        for section, key in SECRET_KEYS:
            table = moved.get(section)
            if isinstance(table, dict) and table.get(key) not in (None, KEYRING_MARKER):
                keyring.set_password(KEYRING_SERVICE, f"{section}.{key}", str(table[key]))
                table[key] = KEYRING_MARKER
    except KeyringError as exc:
        log.warning("The OS keyring refused the secrets (%s): they stay in the file", exc)
        return False
    raw.clear()
    raw.update(moved)
    return True
