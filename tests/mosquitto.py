"""A real Mosquitto broker for the tests, on a free loopback port: a config written to a
temporary folder, the Debian package's binary run with it, the port waited for, and the
process stopped afterwards. Under CI (`CI=true`) a missing binary fails; elsewhere the tests
that need it are skipped."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

BINARIES = ("mosquitto", "/usr/sbin/mosquitto")


def mosquitto_binary() -> str | None:
    return next((found for name in BINARIES if (found := shutil.which(name))), None)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def mosquitto_binary_or_skip() -> str:
    binary = mosquitto_binary()
    if binary is None:
        if os.environ.get("CI") == "true":
            pytest.fail("mosquitto is not installed (apt-get install mosquitto)")
        pytest.skip("mosquitto is not installed")
    return binary


class Broker:
    def __init__(self, folder: Path, *, accounts: dict[str, str] | None = None,
                 acl: str | None = None) -> None:
        self.binary = mosquitto_binary_or_skip()
        self.folder = folder
        self.port = free_port()
        self.accounts = accounts
        self.acl = acl
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"mqtt://127.0.0.1:{self.port}"

    def _config(self) -> Path:
        lines = [f"listener {self.port} 127.0.0.1", "persistence false",
                 "log_dest stderr", "log_type error", "max_inflight_messages 100",
                 "max_queued_messages 100000"]
        if os.geteuid() == 0:
            # As root it would switch to the "mosquitto" user, who cannot read our folder.
            lines.append("user root")
        if self.accounts:
            passwords = self.folder / "passwords"
            passwords.write_text("".join(f"{name}:{secret}\n"
                                         for name, secret in self.accounts.items()))
            hasher = shutil.which("mosquitto_passwd") or "/usr/bin/mosquitto_passwd"
            subprocess.run([hasher, "-U", str(passwords)], check=True, capture_output=True)
            lines += ["allow_anonymous false", f"password_file {passwords}"]
        else:
            lines.append("allow_anonymous true")
        if self.acl:
            acl = self.folder / "acl"
            acl.write_text(self.acl)
            lines.append(f"acl_file {acl}")
        config = self.folder / "mosquitto.conf"
        config.write_text("\n".join(lines) + "\n")
        return config

    def start(self) -> Broker:
        self.process = subprocess.Popen([self.binary, "-c", str(self._config())],
                                        stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return self
            except OSError:
                if self.process.poll() is not None:
                    said = self.process.stderr.read() if self.process.stderr else b""
                    raise RuntimeError(f"mosquitto exited: {said!r}") from None
                time.sleep(0.02)
        raise RuntimeError("mosquitto did not open its port")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
            self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()


def running_broker(folder: Path, **options: object) -> Iterator[Broker]:
    broker = Broker(folder, **options).start()  # type: ignore[arg-type]
    try:
        yield broker
    finally:
        broker.stop()
