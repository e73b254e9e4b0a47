"""Kiosk secrets: a locked or silent OS keyring never stops the panel. Secrets come from the
environment, else the 0600 file, else the keyring; a service whose secret is found nowhere is
left out and said so on the diagnostics page, by `doctor` and in the log; saving on a kiosk
whose keyring refuses keeps the secrets in a 0600 file; no secret reaches the support bundle
or the log."""

from __future__ import annotations

import json
import logging
import stat
import threading
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
import tomli_w
from conftest import fast_backoff, until
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordSetError
from qml_helpers import find_in, find_item, find_items

from app import secrets
from app.config import ConfigError, load_config
from app.config_store import ConfigStore
from app.secrets import KEYRING_MARKER, secret_sources
from app.sim.server import Simulator
from app.state.session import PanelSession
from app.support import write_support_bundle
from app.ui import Ui, build_ui
from app.viewmodels.app import RpApp

YEALINK_VARIABLE = "ROOMPANEL_YEALINK__CLIENT_SECRET"
PBX_VARIABLE = "ROOMPANEL_YEASTAR__CLIENT_SECRET"


class LockedKeyring(KeyringBackend):
    """A Secret Service whose collection is locked and whose unlock prompt was dismissed."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.asked.append(username)
        raise KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("Failed to unlock the collection!")

    def delete_password(self, service: str, username: str) -> None:
        raise PasswordSetError("Failed to unlock the collection!")


class SilentKeyring(KeyringBackend):
    """A Secret Service waiting for someone to answer its unlock prompt: nobody does until
    the test lets it go."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()
        self.asked = 0

    def get_password(self, service: str, username: str) -> str | None:
        self.asked += 1
        self.release.wait(30)
        return "too-late"

    def set_password(self, service: str, username: str, password: str) -> None:
        self.asked += 1
        self.release.wait(30)

    def delete_password(self, service: str, username: str) -> None:
        pass


class MemoryKeyring(KeyringBackend):
    priority = 10  # type: ignore[assignment]

    def __init__(self, values: dict[str, str]) -> None:
        super().__init__()
        self.values = values
        self.asked: list[str] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.asked.append(username)
        return self.values.get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[username] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop(username, None)


@pytest.fixture
def use_keyring() -> Iterator[Any]:
    """Sets the OS keyring a test stands for; the tests' own (none) comes back after, and a
    keyring thread left waiting is let go and finished before the next test."""
    previous = keyring.get_keyring()
    chosen: list[KeyringBackend] = []

    def choose(backend: KeyringBackend) -> KeyringBackend:
        chosen.append(backend)
        keyring.set_keyring(backend)
        return backend

    yield choose
    for backend in chosen:
        if isinstance(backend, SilentKeyring):
            backend.release.set()
    for thread in secrets._waiting:
        thread.join(10)
        assert not thread.is_alive()
    keyring.set_keyring(previous)


def kiosk_file(sim: Simulator, tmp_path: Path, **changes: dict[str, Any]) -> Path:
    """The simulator's configuration as an installer leaves it on a kiosk, in a 0600 file."""
    raw = tomllib.loads(sim.config_toml())
    raw["panel"].update({"mode": "room", "room": "Boardroom"})
    for section, values in changes.items():
        raw[section].update(values)
    path = tmp_path / "roompanel.toml"
    path.write_text(tomli_w.dumps(raw), encoding="utf-8")
    path.chmod(0o600)
    return path


class Panel:
    def __init__(self, session: PanelSession, store: ConfigStore, log_dir: Path,
                 support_dir: Path) -> None:
        self.vm = RpApp(session, store=store, log_dir=log_dir, support_dir=support_dir)
        self.ui: Ui = build_ui(self.vm, width=1280, height=800)
        self.window = self.ui.window
        self.vm.start()

    async def close(self) -> None:
        self.ui.window.close()
        await self.vm.aclose()
        self.ui.close()


def test_a_locked_keyring_leaves_the_pbx_out_and_the_panel_reaches_its_room(
        sim: Simulator, run: Any, panels: list[Panel], tmp_path: Path, use_keyring: Any,
        caplog: pytest.LogCaptureFixture) -> None:
    locked = use_keyring(LockedKeyring())
    path = kiosk_file(sim, tmp_path, yealink={"client_secret": KEYRING_MARKER},
                      yeastar={"client_secret": KEYRING_MARKER})
    environ = {YEALINK_VARIABLE: sim.yealink.client_secret}
    caplog.set_level(logging.INFO)

    config = load_config(path, environ=environ)

    assert config.yeastar is None and config.yealink is not None
    assert config.yealink.client_secret == sim.yealink.client_secret
    # The environment gave the control service's secret: the keyring was asked only for
    # the PBX's.
    assert locked.asked == ["yeastar.client_secret"]
    sources = secret_sources(config)
    assert sources is not None and sources.keyring == "locked"
    assert sources.where["yealink.client_secret"] == "environment"
    assert sources.where["portsip.password"] == "file"
    assert sources.missing == ["yeastar.client_secret"]
    left_out = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(left_out) == 1 and PBX_VARIABLE in left_out[0].getMessage()
    assert "PBX" in left_out[0].getMessage()
    assert all(r.exc_info is None for r in caplog.records)  # said, never a traceback

    panel = Panel(PanelSession(config, backoff_factory=fast_backoff),
                  ConfigStore(path, environ=environ), tmp_path / "logs", tmp_path)
    panels.append(panel)

    async def scenario() -> None:
        await until(lambda: panel.vm.room is not None and panel.vm.room.link == "live",
                    what="room live")
        await until(lambda: bool(find_items(panel.window, "macro:")), what="macro buttons")
        panel.vm.openDiagnostics()
        await until(lambda: bool(find_items(panel.window, "service:yeastar")), what="rows")
        line = find_item(panel.window, "secretsSource").property("text")
        assert "the environment (EnvironmentFile)" in line
        assert "the configuration file (0600)" in line
        assert "yeastar.client_secret" in line and "the OS keyring is locked" in line
        pbx = find_item(panel.window, "service:yeastar")
        assert find_in(pbx, "serviceState").property("text") == "Not signed in"
        assert PBX_VARIABLE in find_in(pbx, "secretMissing").property("text")
        yealink = find_item(panel.window, "service:yealink")
        await until(lambda: find_in(yealink, "serviceState").property("text") == "Answering",
                    what="the control service answering")
        assert not find_in(yealink, "secretMissing").property("visible")
        panel.vm.diagnostics.writeSupportBundle()
        await until(lambda: panel.vm.diagnostics.bundlePath != "", what="bundle written")

    run(scenario())
    with zipfile.ZipFile(panel.vm.diagnostics.bundlePath) as bundle:
        services = json.loads(bundle.read("services.json"))
        everything = "".join(bundle.read(name).decode() for name in bundle.namelist())
    assert services["secrets_source"]["missing"] == ["yeastar.client_secret"]
    assert sim.yealink.client_secret not in everything
    assert not sim.yeastar.seen("/get_token")  # the PBX was never signed in to


def test_a_keyring_that_never_answers_holds_up_start_up_only_for_its_bound(
        sim: Simulator, tmp_path: Path, use_keyring: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    silent = use_keyring(SilentKeyring())
    monkeypatch.setattr(secrets, "KEYRING_TIMEOUT_S", 0.2)
    path = kiosk_file(sim, tmp_path, yeastar={"client_secret": KEYRING_MARKER})

    config = load_config(path, environ={})  # returns: the test would hang otherwise

    sources = secret_sources(config)
    assert sources is not None and sources.keyring == "no_answer"
    assert config.yeastar is None and sources.missing == ["yeastar.client_secret"]
    # Still waiting on its prompt: the keyring is not asked again behind it, so the
    # settings screen or a second start-up does not wait once more.
    again = secret_sources(load_config(path, environ={}))
    assert again is not None and again.keyring == "no_answer"
    assert silent.asked == 1


def test_the_environment_comes_first_then_the_file_then_the_keyring(
        sim: Simulator, tmp_path: Path, use_keyring: Any) -> None:
    memory = use_keyring(MemoryKeyring({"yeastar.client_secret": "from-keyring",
                                        "portsip.password": "from-keyring-too"}))
    path = kiosk_file(sim, tmp_path, yealink={"client_secret": "from-file"},
                      yeastar={"client_secret": KEYRING_MARKER},
                      portsip={"password": KEYRING_MARKER})

    config = load_config(path, environ={YEALINK_VARIABLE: "from-env",
                                        "ROOMPANEL_PORTSIP__PASSWORD": "env-again"})

    assert config.yealink is not None and config.yealink.client_secret == "from-env"
    assert config.yeastar is not None and config.yeastar.client_secret == "from-keyring"
    assert config.portsip is not None and config.portsip.password == "env-again"
    assert memory.asked == ["yeastar.client_secret"]  # never for what the environment gave
    sources = secret_sources(config)
    assert sources is not None and sources.where == {
        "yealink.client_secret": "environment", "yeastar.client_secret": "keyring",
        "portsip.password": "environment", "dingtalk.app_secret": "file"}
    assert sources.used == ["environment", "file", "keyring"] and not sources.missing

    plain = load_config(path, environ={})
    assert plain.yealink is not None and plain.yealink.client_secret == "from-file"
    plain_sources = secret_sources(plain)
    assert plain_sources is not None
    assert plain_sources.where["yealink.client_secret"] == "file"


def test_a_left_out_service_is_not_brought_back_half_made_by_its_other_variables(
        sim: Simulator, tmp_path: Path, use_keyring: Any) -> None:
    use_keyring(LockedKeyring())
    path = kiosk_file(sim, tmp_path, yeastar={"client_secret": KEYRING_MARKER})
    config = load_config(path, environ={"ROOMPANEL_YEASTAR__URL": "https://pbx.example.com"})
    assert config.yeastar is None


def test_without_the_control_service_secret_the_message_names_its_variable(
        sim: Simulator, tmp_path: Path, use_keyring: Any) -> None:
    use_keyring(LockedKeyring())
    path = kiosk_file(sim, tmp_path, yealink={"client_secret": KEYRING_MARKER})
    with pytest.raises(ConfigError) as raised:
        load_config(path, environ={})
    message = str(raised.value)
    assert "yealink.client_secret" in message and YEALINK_VARIABLE in message
    assert "locked" in message


@pytest.mark.parametrize("backend", [LockedKeyring, SilentKeyring])
def test_saving_where_the_keyring_refuses_keeps_the_secrets_in_a_0600_file(
        tmp_path: Path, use_keyring: Any, monkeypatch: pytest.MonkeyPatch,
        backend: type[KeyringBackend]) -> None:
    use_keyring(backend())
    monkeypatch.setattr(secrets, "KEYRING_TIMEOUT_S", 0.2)
    path = tmp_path / "roompanel.toml"
    path.write_text("# left readable by an earlier tool\n", encoding="utf-8")
    path.chmod(0o644)
    raw = {"panel": {"mode": "room", "room": "Boardroom"},
           "yealink": {"url": "https://control.example.com", "client_id": "panel",
                       "client_secret": "s3cret-value"},
           "yeastar": {"url": "https://pbx.example.com", "client_id": "pbx",
                       "client_secret": "pbx-s3cret"}}

    store = ConfigStore(path, environ={})
    store.save(raw)

    assert store.secrets_in_keyring is False  # what the settings screen then says
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text(encoding="utf-8")
    assert KEYRING_MARKER not in text and "s3cret-value" in text and "pbx-s3cret" in text
    config = load_config(path, environ={})
    assert config.yeastar is not None and config.yeastar.client_secret == "pbx-s3cret"


def test_doctor_says_where_the_secrets_came_from_and_fails_on_a_missing_one(
        sim: Simulator, tmp_path: Path, use_keyring: Any,
        capsys: pytest.CaptureFixture[str]) -> None:
    from app.commands.doctor import run_doctor

    use_keyring(LockedKeyring())
    path = kiosk_file(sim, tmp_path, yealink={"client_secret": KEYRING_MARKER},
                      yeastar={"client_secret": KEYRING_MARKER})
    config = load_config(path, environ={YEALINK_VARIABLE: sim.yealink.client_secret})

    assert run_doctor(config, as_json=True) == 1
    printed = capsys.readouterr().out
    report = json.loads(printed)
    source = report["secrets_source"]
    assert source["secrets"]["yealink.client_secret"] == "environment"
    assert source["keyring"] == "locked" and source["missing"] == ["yeastar.client_secret"]
    assert source["variables"] == {"yeastar.client_secret": PBX_VARIABLE}
    assert report["services"]["yealink"]["ok"] and "yeastar" not in report["services"]
    assert sim.yealink.client_secret not in printed

    assert run_doctor(config, as_json=False) == 1
    text = capsys.readouterr().out
    assert text.startswith("secrets from the environment, the configuration file (0600)")
    assert f"[FAIL] yeastar: not checked: its secret yeastar.client_secret is missing " \
           f"(the OS keyring is locked: KeyringLocked: Failed to unlock the collection!); " \
           f"set {PBX_VARIABLE}" in text


def test_no_secret_reaches_the_support_bundle_or_the_log(
        sim: Simulator, tmp_path: Path, use_keyring: Any,
        caplog: pytest.LogCaptureFixture) -> None:
    use_keyring(MemoryKeyring({"yeastar.client_secret": sim.yeastar.client_secret}))
    path = kiosk_file(sim, tmp_path, yeastar={"client_secret": KEYRING_MARKER})
    environ = {YEALINK_VARIABLE: "env-s3cret-value"}
    from_file = tomllib.loads(path.read_text(encoding="utf-8"))["portsip"]["password"]
    caplog.set_level(logging.DEBUG)

    config = load_config(path, environ=environ)
    sources = secret_sources(config)
    assert sources is not None
    store = ConfigStore(path, environ=environ)
    bundle_path = write_support_bundle(tmp_path / "support", store.read_raw(), None,
                                       {"secrets_source": sources.as_json()})

    assert config.yealink is not None and config.yealink.client_secret == "env-s3cret-value"
    values = ("env-s3cret-value", sim.yeastar.client_secret, from_file)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "Secrets from the environment, the configuration file (0600), the OS keyring" \
        in logged
    with zipfile.ZipFile(bundle_path) as bundle:
        everything = "".join(bundle.read(name).decode() for name in bundle.namelist())
    assert '"keyring"' in everything  # the sources are in it, the values are not
    for value in values:
        assert value not in logged and value not in everything


def test_without_the_control_secret_the_panel_opens_on_its_settings_behind_its_pin(
        sim: Simulator, run: Any, use_keyring: Any, tmp_path: Path) -> None:
    """The control service's secret behind a locked keyring: the panel does not stop. It
    opens on its settings screen (as the CLI starts it), behind the file's admin PIN, says
    why, and the secret given there is saved (to the 0600 file: the keyring refuses)."""
    from qml_helpers import is_shown, tap

    from app.config import setup_config
    from app.pin import hash_pin
    from app.secrets import SecretMissing

    use_keyring(LockedKeyring())
    path = kiosk_file(sim, tmp_path, yealink={"client_secret": KEYRING_MARKER},
                      panel={"admin_pin_hash": hash_pin("2468")})
    store = ConfigStore(path, environ={})
    with pytest.raises(SecretMissing) as missing:
        load_config(path, environ={})
    vm = RpApp(PanelSession(setup_config(store.read_panel())), store=store, first_run=True,
               setup_reason=str(missing.value))
    ui = build_ui(vm, width=800, height=480)
    restarts: list[bool] = []
    vm.restartRequested.connect(lambda: restarts.append(True))
    vm.start()

    async def scenario() -> None:
        await until(lambda: is_shown(find_item(ui.window, "pinPad")), what="the PIN asked")
        assert vm.page == "settings" and not vm.settings.unlocked
        pad = find_item(ui.window, "pinPad")
        for digit in "2468":
            await tap(ui.window, find_in(pad, f"key:{digit}"))
        await tap(ui.window, find_in(pad, "padAction"))
        message = find_item(ui.window, "settingsMessage")
        await until(lambda: is_shown(message), what="the form and why")
        assert str(message.property("text")).startswith(
            "The panel could not start: yealink.client_secret: kept in the OS keyring")
        assert vm.settings.value("yealink.url") == sim.yealink_url  # the file's own values
        assert not is_shown(find_item(ui.window, "firstRunHint"))  # not a first run
        vm.settings.setValue("yealink.client_secret", sim.yealink.client_secret)
        await tap(ui.window, find_item(ui.window, "saveSettings"))
        await until(lambda: is_shown(find_item(ui.window, "restartNow")), what="saved")
        await tap(ui.window, find_item(ui.window, "restartNow"))
        await until(lambda: restarts == [True], what="restart asked")
        ui.window.close()
        await vm.aclose()
        ui.close()

    run(scenario())
    config = load_config(path, environ={})
    assert config.control.client_secret == sim.yealink.client_secret
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
