"""The admin PIN (hashed, slowed down after wrong tries) and the configuration file the
settings screen writes (validated, atomic even when killed mid-save, secrets kept safe)."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
import tomllib
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend

from app.config import ConfigError, load_config
from app.config_store import ConfigStore
from app.pin import FIRST_WAIT_S, LONGEST_WAIT_S, PinGate, hash_pin, verify_pin
from app.secrets import KEYRING_MARKER, without_secrets

ROOT = Path(__file__).resolve().parent.parent

BASE = {
    "panel": {"mode": "room", "room": "Boardroom"},
    "yealink": {"url": "https://control.example.com", "client_id": "panel",
                "client_secret": "s3cret-value"},
    "rooms": [{"space": "Boardroom", "extensions": ["1001"]}],
}


def test_pin_is_stored_hashed_and_verified() -> None:
    stored = hash_pin("4711")
    assert "4711" not in stored and stored.startswith("scrypt$")
    assert hash_pin("4711") != stored  # salted
    assert verify_pin("4711", stored)
    assert not verify_pin("4712", stored)
    assert not verify_pin("4711", "scrypt$broken")


def test_wrong_pins_slow_down_after_three_tries() -> None:
    now = [1000.0]
    gate = PinGate(hash_pin("2468"), clock=lambda: now[0])
    assert [gate.try_pin("0000").wait_s for _ in range(2)] == [0.0, 0.0]
    third = gate.try_pin("0000")
    assert not third.ok and third.wait_s == FIRST_WAIT_S
    # While locked out even the right PIN is refused, unchecked.
    assert gate.try_pin("2468") == type(third)(False, FIRST_WAIT_S)
    now[0] += FIRST_WAIT_S
    assert gate.try_pin("1111").wait_s == 2 * FIRST_WAIT_S  # each wrong try doubles the wait
    for _ in range(12):
        now[0] += LONGEST_WAIT_S
        gate.try_pin("1111")
    assert gate.wait_s() == LONGEST_WAIT_S  # capped
    now[0] += LONGEST_WAIT_S
    assert gate.try_pin("2468").ok
    assert gate.try_pin("1111").wait_s == 0.0  # a success starts the count again


def test_save_validates_and_names_the_bad_key(tmp_path: Path) -> None:
    store = ConfigStore(tmp_path / "roompanel.toml", environ={})
    bad = {**BASE, "panel": {"mode": "room", "theme": "purple"}}
    with pytest.raises(ConfigError, match=r"panel\.theme"):
        store.save(bad)
    assert not store.path.exists()  # nothing written


def test_secrets_go_to_a_private_file_without_a_keyring(tmp_path: Path) -> None:
    store = ConfigStore(tmp_path / "roompanel.toml", environ={})
    store.save(BASE)
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert load_config(store.path, environ={}).yealink.client_secret == "s3cret-value"
    assert [p.name for p in tmp_path.iterdir()] == ["roompanel.toml"]  # no temp file left


def test_secrets_go_to_the_keyring_when_there_is_one(tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    memory = memory_keyring()
    keyring.set_keyring(memory)
    try:
        store = ConfigStore(tmp_path / "roompanel.toml", environ={})
        store.save(BASE)
        text = store.path.read_text()
        assert "s3cret-value" not in text and KEYRING_MARKER in text
        assert memory.get_password("roompanel", "yealink.client_secret") == "s3cret-value"
        assert load_config(store.path, environ={}).yealink.client_secret == "s3cret-value"
        memory.delete_password("roompanel", "yealink.client_secret")
        with pytest.raises(ConfigError, match=r"yealink\.client_secret"):
            load_config(store.path, environ={})
    finally:
        keyring.set_keyring(previous)


def test_support_copy_has_no_secrets() -> None:
    raw: dict[str, Any] = {**BASE, "panel": {**BASE["panel"], "admin_pin_hash": hash_pin("1234")}}
    cleaned = without_secrets(raw)
    assert "s3cret" not in str(cleaned) and "scrypt" not in str(cleaned)
    assert raw["yealink"]["client_secret"] == "s3cret-value"  # the original is untouched


def memory_keyring() -> KeyringBackend:
    """A keyring in memory. Made here, not at import: keyring adopts every backend class it
    knows of as the default, and this one must not become the default of other tests."""

    class MemoryKeyring(KeyringBackend):
        priority = 10  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.values: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.values.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.values[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.values.pop((service, username), None)

    return MemoryKeyring()


SAVER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from app.config_store import ConfigStore
    store = ConfigStore(Path(sys.argv[1]), environ={})
    raw = {"panel": {"mode": "room", "room": "Boardroom"},
           "yealink": {"url": "https://control.example.com", "client_id": "panel",
                       "client_secret": "s"},
           "rooms": [{"space": f"Room {n}", "extensions": [str(1000 + n)]} for n in range(400)]}
    print("ready", flush=True)
    version = 0
    while True:
        version += 1
        raw["panel"]["room"] = f"Room {version % 400}"
        store.save(raw)
""")


def test_a_save_killed_at_any_moment_leaves_a_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "roompanel.toml"
    ConfigStore(path, environ={}).save(BASE)
    for delay_ms in (3, 11, 17, 29, 41, 57, 73, 97):
        saver = subprocess.Popen([sys.executable, "-c", SAVER, str(path)], cwd=ROOT,
                                 stdout=subprocess.PIPE, text=True)
        assert saver.stdout is not None and saver.stdout.readline() == "ready\n"
        # A kill during the busy save loop: timing only chooses where the kill lands.
        deadline = time.monotonic() + delay_ms / 1000
        while time.monotonic() < deadline:
            pass
        os.kill(saver.pid, signal.SIGKILL)
        saver.wait()
        config = load_config(path, environ={})  # parses and validates: never half a file
        assert config.panel.room is not None
        with path.open("rb") as handle:
            tomllib.load(handle)


def test_a_keyring_that_refuses_leaves_the_secrets_in_the_private_file(tmp_path: Path) -> None:
    from keyring.errors import PasswordSetError

    class LockedKeyring(KeyringBackend):
        priority = 10  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            raise PasswordSetError("the keyring is locked")

        def delete_password(self, service: str, username: str) -> None:
            raise PasswordSetError("the keyring is locked")

    previous = keyring.get_keyring()
    keyring.set_keyring(LockedKeyring())
    try:
        store = ConfigStore(tmp_path / "roompanel.toml", environ={})
        store.save(BASE)
        assert KEYRING_MARKER not in store.path.read_text()
        assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
        assert load_config(store.path, environ={}).yealink.client_secret == "s3cret-value"
    finally:
        keyring.set_keyring(previous)
