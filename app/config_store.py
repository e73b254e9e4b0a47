"""Reading and writing the configuration file from the settings screen.

A save is atomic: the new file is written next to the old one, flushed to disk, then renamed
over it, so a crash or power cut mid-save leaves the old file or the new one, never half of
one. Secrets go to the OS keyring when there is one and it takes them in time (the file
then holds a `@keyring` marker), else into the file. The file is readable by its owner only
(0600) whatever it holds: a kiosk whose keyring is locked keeps its secrets there.
"""

from __future__ import annotations

import copy
import logging
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import tomli_w

from app.atomic_file import write_atomically
from app.config import Config, parse_config
from app.secrets import keyring_available, resolve_secrets, to_keyring

log = logging.getLogger(__name__)


class ConfigStore:
    def __init__(self, path: Path, environ: Mapping[str, str] | None = None) -> None:
        self.path = path
        self._environ = environ if environ is not None else os.environ
        self.secrets_in_keyring: bool | None = None  # known after a save

    def read_raw(self) -> dict[str, Any]:
        """The file as written, with the keyring's secrets filled in (a marker the keyring
        could not fill stays, so saving the settings keeps it; one the environment gives is
        not asked for)."""
        with self.path.open("rb") as handle:
            return resolve_secrets(tomllib.load(handle), self._environ)[0]

    def read_panel(self) -> dict[str, Any]:
        """The file's [panel] section alone, as written ({} when it cannot be read): no
        secret is asked for."""
        try:
            with self.path.open("rb") as handle:
                panel = tomllib.load(handle).get("panel")
        except (OSError, ValueError):
            return {}
        return panel if isinstance(panel, dict) else {}

    def validate(self, raw: dict[str, Any]) -> Config:
        return parse_config(raw, self._environ, source=str(self.path))

    def save(self, raw: dict[str, Any]) -> Config:
        """Validate, then write atomically; raises ConfigError (naming the key) if invalid."""
        config = self.validate(raw)
        to_write = copy.deepcopy(raw)
        in_keyring = keyring_available() and to_keyring(to_write)
        write_atomically(self.path, tomli_w.dumps(to_write).encode())
        # Where they really went: a locked keyring refuses, and they stay in the file.
        self.secrets_in_keyring = in_keyring
        log.info("Configuration saved to %s (secrets in %s)", self.path,
                 "the OS keyring" if in_keyring else "the file, mode 0600")
        return config
