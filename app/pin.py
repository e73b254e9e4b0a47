"""The admin PIN: stored only as a salted scrypt hash; wrong PINs make the next try wait
longer (after a few free tries), so a PIN cannot be guessed at a wall panel."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

_N, _R, _P = 2**14, 8, 1
FREE_TRIES = 3
FIRST_WAIT_S = 30.0
LONGEST_WAIT_S = 15 * 60.0
MIN_LENGTH = 4


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return "$".join(["scrypt", str(_N), str(_R), str(_P), _b64(salt), _b64(digest)])


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(pin.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r),
                                p=int(p), dklen=len(expected))
    except (ValueError, TypeError):
        return False  # a damaged hash lets nobody in
    return hmac.compare_digest(actual, expected)


def valid_new_pin(pin: str) -> bool:
    return pin.isdigit() and len(pin) >= MIN_LENGTH


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass
class Attempt:
    ok: bool
    wait_s: float  # how long until the next try is accepted (0: now)


class PinGate:
    def __init__(self, stored_hash: str | None, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._hash = stored_hash
        self._clock = clock
        self._failures = 0
        self._locked_until = 0.0

    @property
    def has_pin(self) -> bool:
        return bool(self._hash)

    def set_hash(self, stored_hash: str | None) -> None:
        self._hash = stored_hash

    def wait_s(self) -> float:
        return max(0.0, self._locked_until - self._clock())

    def try_pin(self, pin: str) -> Attempt:
        if not self._hash:
            return Attempt(True, 0.0)  # no PIN set yet: the installer sets one first
        wait = self.wait_s()
        if wait > 0:
            return Attempt(False, wait)  # not even checked while locked out
        if verify_pin(pin, self._hash):
            self._failures = 0
            return Attempt(True, 0.0)
        self._failures += 1
        if self._failures >= FREE_TRIES:
            extra = self._failures - FREE_TRIES
            self._locked_until = self._clock() + min(LONGEST_WAIT_S, FIRST_WAIT_S * 2**extra)
        return Attempt(False, self.wait_s())
