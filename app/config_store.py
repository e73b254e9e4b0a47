"""Reading and writing the configuration file from the settings screen.

A save is atomic: the new file is written next to the old one, flushed to disk, then renamed
over it, so a crash or power cut mid-save leaves the old file or the new one, never half of
one. Secrets go to the OS keyring when there is one (the file then holds a `@keyring`
marker), else into the file, which is then readable by its owner only (0600).
"""

from __future__ import annotations

import contextlib
import copy
import logging
import os
import tempfile
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import tomli_w

from app.config import Config, ConfigError, parse_config

log = logging.getLogger(__name__)

KEYRING_MARKER = "@keyring"
KEYRING_SERVICE = "roompanel"
SECRET_KEYS = {("yealink", "client_secret"), ("yeastar", "client_secret"),
               ("portsip", "password"), ("dingtalk", "app_secret")}


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


class ConfigStore:
    def __init__(self, path: Path, environ: Mapping[str, str] | None = None) -> None:
        self.path = path
        self._environ = environ if environ is not None else os.environ

    def read_raw(self) -> dict[str, Any]:
        """The file as written (secrets resolved from the keyring)."""
        with self.path.open("rb") as handle:
            return resolve_secrets(tomllib.load(handle))

    def validate(self, raw: dict[str, Any]) -> Config:
        return parse_config(raw, self._environ, source=str(self.path))

    def save(self, raw: dict[str, Any]) -> Config:
        """Validate, then write atomically; raises ConfigError (naming the key) if invalid."""
        config = self.validate(raw)
        to_write = copy.deepcopy(raw)
        in_keyring = keyring_available() and _to_keyring(to_write)
        write_atomically(self.path, tomli_w.dumps(to_write).encode())
        log.info("Configuration saved to %s (secrets in %s)", self.path,
                 "the OS keyring" if in_keyring else "the file, mode 0600")
        return config


def _to_keyring(raw: dict[str, Any]) -> bool:
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


def write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(handle, 0o600)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    # The rename itself must reach the disk too.
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
