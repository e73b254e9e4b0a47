"""Where the configuration's secrets come from, in this order: an environment variable
(`ROOMPANEL_<SECTION>__<KEY>`, e.g. from `EnvironmentFile=` in a systemd unit), the value in
the configuration file (readable by its owner only, 0600), or the OS keyring when the file
holds a `@keyring` marker. Which keys are secrets comes from the service table
(`app/services.py`).

A kiosk's auto-login session often has its keyring locked, and a locked Secret Service may
wait for someone to answer an unlock prompt: the keyring is asked in a thread, for a few
seconds at most, and any failure counts as "unavailable". A secret still missing then does
not stop the panel: the service it belongs to is left out (said on the diagnostics page,
by `doctor` and in the log), unless the panel cannot run without it.
"""

from __future__ import annotations

import copy
import logging
import threading
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from app.config import ConfigError, parse_config
from app.config_env import ENV_PREFIX
from app.services import SECRET_KEYS, SERVICES

if TYPE_CHECKING:
    from app.config import Config

log = logging.getLogger(__name__)

KEYRING_MARKER = "@keyring"
KEYRING_SERVICE = "roompanel"
# Long enough for a Secret Service on a busy panel, short enough that a locked keyring
# waiting on an unlock prompt nobody will answer does not hold up the first screen.
KEYRING_TIMEOUT_S = 3.0

# Where a secret came from.
ENVIRONMENT = "environment"
FILE = "file"
KEYRING = "keyring"
MISSING = "missing"
SOURCE_ORDER = (ENVIRONMENT, FILE, KEYRING)

T = TypeVar("T")


def env_name(section: str, key: str) -> str:
    """The environment variable that overrides `[section] key` (see `app/config.py`)."""
    return f"{ENV_PREFIX}{section.upper()}__{key.upper()}"


def keyring_available() -> bool:
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    backend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 1) > 0


@dataclass(frozen=True)
class SecretSources:
    """Where each secret of a configuration came from, and how the keyring answered."""

    # "section.key" -> environment | file | keyring | missing
    where: Mapping[str, str] = field(default_factory=dict)
    # unused (not asked) | read | locked | failed | no_answer | none (no keyring here)
    keyring: str = "unused"
    keyring_detail: str = ""  # the keyring's own words, for the log and doctor

    @property
    def missing(self) -> list[str]:
        return sorted(name for name, source in self.where.items() if source == MISSING)

    @property
    def used(self) -> list[str]:
        """The sources some secret came from, in the order they are tried."""
        return [source for source in SOURCE_ORDER if source in self.where.values()]

    def as_json(self) -> dict[str, Any]:
        return {"secrets": dict(sorted(self.where.items())), "keyring": self.keyring,
                "keyring_detail": self.keyring_detail, "missing": self.missing,
                "variables": {name: env_name(*name.split(".", 1)) for name in self.missing}}

    def describe(self) -> str:
        """One English line for the log and the command line (never a value)."""
        words = {ENVIRONMENT: "the environment", FILE: "the configuration file (0600)",
                 KEYRING: "the OS keyring"}
        line = "Secrets from " + (", ".join(words[s] for s in self.used) or "nowhere")
        if self.missing:
            line += f"; missing: {', '.join(self.missing)} ({keyring_words(self.keyring)})"
        return line


def keyring_words(state: str) -> str:
    """Why a secret kept in the keyring was not found, in English (`SecretSources.keyring`)."""
    return {
        "read": "not in the OS keyring",
        "locked": "the OS keyring is locked",
        "failed": "the OS keyring could not be read",
        "no_answer": "the OS keyring did not answer",
        "none": "there is no OS keyring",
    }.get(state, "not set")


class _NoAnswer(Exception):
    pass


# The keyring's thread still waiting from an earlier question (an unlock prompt nobody
# answers): a new question would only wait behind it.
_waiting: list[threading.Thread] = []


def _bounded(work: Callable[[], T], timeout_s: float) -> T:
    """`work()` in a thread of its own, given up after `timeout_s` (the thread is left to
    finish on its own: a D-Bus call cannot be interrupted)."""
    if any(thread.is_alive() for thread in _waiting):
        raise _NoAnswer
    outcome: list[T] = []
    failure: list[BaseException] = []
    done = threading.Event()

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as exc:  # handed to the caller, who decides
            failure.append(exc)
        finally:
            done.set()

    thread = threading.Thread(target=run, name="keyring", daemon=True)
    thread.start()
    if not done.wait(timeout_s):
        _waiting[:] = [thread]
        raise _NoAnswer
    if failure:
        raise failure[0]
    return outcome[0]


def _read_keyring(names: list[str], timeout_s: float) -> tuple[dict[str, str], str, str]:
    """The keyring's values for `names`, its state and its own words."""

    def read() -> dict[str, str] | None:
        if not keyring_available():
            return None
        import keyring

        found = {}
        for name in names:
            value = keyring.get_password(KEYRING_SERVICE, name)
            if value:
                found[name] = value
        return found

    try:
        values = _bounded(read, timeout_s)
    except _NoAnswer:
        return {}, "no_answer", f"no answer within {timeout_s:g} s"
    except Exception as exc:  # KeyringLocked, or a backend's own D-Bus error: unavailable
        from keyring.errors import KeyringLocked

        state = "locked" if isinstance(exc, KeyringLocked) else "failed"
        return {}, state, f"{type(exc).__name__}: {exc}"
    if values is None:
        return {}, "none", ""
    return values, "read", ""


def resolve_secrets(raw: dict[str, Any], environ: Mapping[str, str] | None = None, *,
                    timeout_s: float | None = None) -> tuple[dict[str, Any], SecretSources]:
    """The raw configuration with every `@keyring` marker the keyring could fill replaced by
    its value (a marker it could not fill stays), and where each secret comes from. The
    keyring is only asked for secrets the environment does not give. Never raises."""
    environ = environ if environ is not None else {}
    resolved = copy.deepcopy(raw)
    where: dict[str, str] = {}
    wanted: list[str] = []
    for section, key in sorted(SECRET_KEYS):
        table = resolved.get(section)
        if not isinstance(table, dict):
            continue
        name = f"{section}.{key}"
        if env_name(section, key) in environ:
            where[name] = ENVIRONMENT
        elif table.get(key) == KEYRING_MARKER:
            wanted.append(name)
        elif table.get(key):
            where[name] = FILE
    state, detail = "unused", ""
    if wanted:
        values, state, detail = _read_keyring(
            wanted, KEYRING_TIMEOUT_S if timeout_s is None else timeout_s)
        for name in wanted:
            section, key = name.split(".", 1)
            if name in values:
                resolved[section][key] = values[name]
            where[name] = KEYRING if name in values else MISSING
    return resolved, SecretSources(where, state, detail)


class SecretMissing(ConfigError):
    """A secret the panel cannot run without is found nowhere (a locked keyring, say): the
    panel then opens on its settings screen to be given it, never stops."""


def parse_with_secrets(raw: dict[str, Any], environ: Mapping[str, str],
                       source: str = "config") -> Config:
    """The configuration of a file as written, its secrets found (`resolve_secrets`). A
    service whose secret is still missing is left out, with an error in the log, so the
    panel starts with the others; ConfigError only when the panel cannot run without it."""
    resolved, sources = resolve_secrets(raw, environ)
    for name in sources.missing:
        section, key = name.split(".", 1)
        entry = next(e for e in SERVICES if e.section == section)
        # A panel on a site hub has no control service of its own: the hub is its only way.
        if entry.required or (section == "hub" and "yealink" not in resolved):
            raise SecretMissing(
                f"{name}: kept in the OS keyring, but {keyring_words(sources.keyring)}. Set "
                f"{env_name(section, key)} (EnvironmentFile= in the systemd unit), or write "
                f"it in {source} in place of {KEYRING_MARKER} (keep the file mode 0600)")
        resolved.pop(section, None)
        # Nor may the section's other variables bring it back half made.
        prefix = env_name(section, "")
        environ = {k: v for k, v in environ.items() if not k.startswith(prefix)}
        log.error("%s is left out: its secret %s is missing (%s). Set %s "
                  "(EnvironmentFile= in the systemd unit), or save it in the settings screen",
                  entry.label[:1].upper() + entry.label[1:], name, keyring_words(sources.keyring),
                  env_name(section, key))
    if sources.keyring not in ("unused", "read", "none"):
        log.warning("The OS keyring was not available (%s)", sources.keyring_detail)
    config = parse_config(resolved, environ, source=source)
    if sources.where:
        log.info("%s", sources.describe())
    _remember(config, sources)
    return config


_SOURCES: dict[int, SecretSources] = {}


def _remember(config: Config, sources: SecretSources) -> None:
    key = id(config)
    _SOURCES[key] = sources
    weakref.finalize(config, _SOURCES.pop, key, None)


def secret_sources(config: Config) -> SecretSources | None:
    """Where the secrets of a configuration read by `parse_with_secrets` came from (None for
    one made otherwise: the demo's, a test's)."""
    return _SOURCES.get(id(config))


def left_out(config: Config) -> list[str]:
    """The services whose secret was missing, left out of `config`."""
    sources = secret_sources(config)
    if sources is None:
        return []
    return sorted({name.split(".", 1)[0] for name in sources.missing})


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
    untouched, when the keyring refuses (locked, say) or does not answer in time (an unlock
    prompt nobody answers): then they stay in the 0600 file."""
    moved = copy.deepcopy(raw)

    def store() -> None:
        import keyring

        for section, key in SECRET_KEYS:
            table = moved.get(section)
            if isinstance(table, dict) and table.get(key) not in (None, KEYRING_MARKER):
                keyring.set_password(KEYRING_SERVICE, f"{section}.{key}", str(table[key]))
                table[key] = KEYRING_MARKER

    try:
        _bounded(store, KEYRING_TIMEOUT_S)
    except _NoAnswer:
        log.warning("The OS keyring did not answer within %g s: the secrets stay in the file",
                    KEYRING_TIMEOUT_S)
        return False
    except Exception as exc:  # KeyringError, or a backend's own D-Bus error: refused
        log.warning("The OS keyring refused the secrets (%s): they stay in the file", exc)
        return False
    raw.clear()
    raw.update(moved)
    return True
