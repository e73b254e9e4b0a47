"""`roompanel set-pin`: sets the admin PIN of the settings screen (stored as a hash)."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from app.config import ConfigError
from app.config_store import ConfigStore
from app.pin import MIN_LENGTH, hash_pin, valid_new_pin


def run_set_pin(path: Path, ask: object = getpass.getpass) -> int:
    store = ConfigStore(path)
    try:
        raw = store.read_raw()
    except FileNotFoundError:
        print(f"roompanel set-pin: no configuration file at {path}", file=sys.stderr)
        return 2
    first = ask("New admin PIN: ")  # type: ignore[operator]
    if not valid_new_pin(first):
        print(f"roompanel set-pin: the PIN must be at least {MIN_LENGTH} digits",
              file=sys.stderr)
        return 2
    if ask("Again: ") != first:  # type: ignore[operator]
        print("roompanel set-pin: the two PINs differ", file=sys.stderr)
        return 2
    raw.setdefault("panel", {})["admin_pin_hash"] = hash_pin(first)
    try:
        store.save(raw)
    except ConfigError as exc:
        print(f"roompanel set-pin: {exc}", file=sys.stderr)
        return 2
    print(f"Admin PIN set in {path}")
    return 0
