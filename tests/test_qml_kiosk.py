"""A panel left on a wall: it dims and sleeps on an injected clock and wakes without
pressing what was under the finger; an incoming call wakes it; the settings sit behind a
PIN that slows down guessing; settings save and apply; languages switch every string;
diagnostics write a support bundle without secrets."""

from __future__ import annotations

import tomllib
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from typing import Any

import pytest
from conftest import config_for, fast_backoff, until
from qml_helpers import (
    clipped_texts,
    find_in,
    find_item,
    find_items,
    is_shown,
    next_frame,
    tap,
    visible_texts,
)

from app.config_store import ConfigStore
from app.i18n import TRANSLATIONS_DIR
from app.pin import FIRST_WAIT_S, hash_pin
from app.sim.server import Simulator
from app.state.session import PanelSession
from app.ui import Ui, build_ui
from app.viewmodels.app import RpApp

PIN = "2580"


class KioskPanel:
    def __init__(self, sim: Simulator, tmp_path: Path, size: tuple[int, int] = (1280, 800),
                 **panel: Any) -> None:
        self.now = [1000.0]
        config = config_for(sim, **panel)
        self.store = ConfigStore(tmp_path / "roompanel.toml", environ={})
        raw = tomllib.loads(sim.config_toml())
        raw["panel"].update({k: v for k, v in panel.items() if v is not None})
        self.store.save(raw)
        self.log_dir = tmp_path / "logs"
        self.vm = RpApp(PanelSession(config, backoff_factory=fast_backoff),
                        kiosk_clock=lambda: self.now[0],
                        store=self.store, log_dir=self.log_dir, support_dir=tmp_path)
        self.ui: Ui = build_ui(self.vm, width=size[0], height=size[1])
        self.window = self.ui.window
        self.vm.start()

    def idle_for(self, seconds: float) -> None:
        self.now[0] += seconds
        self.vm.kiosk_model.tick()

    async def room_live(self) -> None:
        await until(lambda: self.vm.room is not None and self.vm.room.link == "live",
                    what="room live")
        await until(lambda: bool(find_items(self.window, "macro:")), what="macro buttons")

    async def close(self) -> None:
        # The view-model first, while its views are whole (as the panel's own shutdown).
        self.ui.window.close()
        await self.vm.aclose()
        self.ui.close()


def open_kiosk(panels: list[KioskPanel], sim: Simulator, tmp_path: Path,
               **panel: Any) -> KioskPanel:
    made = KioskPanel(sim, tmp_path, **{"mode": "room", "room": "Boardroom", **panel})
    panels.append(made)
    return made


def test_idle_dims_then_sleeps_and_the_waking_tap_presses_nothing(
        sim: Simulator, run: Any, panels: list[KioskPanel], tmp_path: Path) -> None:
    panel = open_kiosk(panels, sim, tmp_path, dim_after_s=60, screensaver_after_s=300)

    async def scenario() -> None:
        await panel.room_live()
        panel.vm.room.showPage("matrix")
        panel.idle_for(59)
        assert panel.vm.kiosk.phase == "awake"
        panel.idle_for(1)
        assert panel.vm.kiosk.phase == "dimmed"
        await until(lambda: is_shown(find_item(panel.window, "dimmer")), what="dimmed")
        panel.idle_for(240)
        assert panel.vm.kiosk.phase == "screensaver"
        assert panel.vm.room.page == "controls"  # back to the room's home page
        await until(lambda: bool(find_items(panel.window, "screensaver")), what="screensaver")
        assert find_item(panel.window, "screensaverRoom").property("text") == "Boardroom"
        # The tap that wakes the panel lands on a macro button: it must not press it.
        macro = find_items(panel.window, "macro:")[0]
        await tap(panel.window, macro)
        assert panel.vm.kiosk.phase == "awake"
        await until(lambda: not find_items(panel.window, "screensaver"), what="awake")
        assert not sim.yealink.seen("/invoke")
        await tap(panel.window, macro)  # awake now: this one counts
        await until(lambda: len(sim.yealink.seen("/invoke")) == 1, what="macro invoked")

    run(scenario())


def test_an_incoming_call_wakes_the_panel(sim: Simulator, run: Any,
                                          panels: list[KioskPanel], tmp_path: Path) -> None:
    panel = open_kiosk(panels, sim, tmp_path, dim_after_s=60, screensaver_after_s=120)

    async def scenario() -> None:
        await panel.room_live()
        await until(lambda: panel.vm.room.calls.available, what="PBX events")
        panel.idle_for(500)
        assert panel.vm.kiosk.phase == "screensaver"
        sim.call(lambda: sim.yeastar.ring("1001", "0812345678"))
        await until(lambda: panel.vm.kiosk.phase == "awake", what="woken by the call")
        await until(lambda: is_shown(find_item(panel.window, "incomingCall")), what="alert")

    run(scenario())


async def type_pin(panel: KioskPanel, pad_name: str, pin: str) -> None:
    pad = find_item(panel.window, pad_name)
    for digit in pin:
        await tap(panel.window, find_in(pad, f"key:{digit}"))
    await tap(panel.window, find_in(pad, "padAction"))


def test_settings_open_only_with_the_pin_and_guessing_slows_down(
        sim: Simulator, run: Any, panels: list[KioskPanel], tmp_path: Path) -> None:
    panel = open_kiosk(panels, sim, tmp_path, admin_pin_hash=hash_pin(PIN))

    async def scenario() -> None:
        await panel.room_live()
        await tap(panel.window, find_item(panel.window, "settingsButton"))
        await until(lambda: panel.vm.page == "settings")
        assert "2580" not in panel.store.path.read_text()  # only its hash is stored
        message = find_item(panel.window, "pinMessage")
        for _ in range(2):
            await type_pin(panel, "pinPad", "1111")
            await until(lambda: message.property("text") == "Wrong PIN.")
        await type_pin(panel, "pinPad", "1111")
        await until(lambda: "Try again in 30 s" in message.property("text"), what="lockout")
        await type_pin(panel, "pinPad", PIN)  # the right PIN, but too soon
        assert not panel.vm.settings.unlocked
        panel.now[0] += FIRST_WAIT_S
        await type_pin(panel, "pinPad", PIN)
        await until(lambda: panel.vm.settings.unlocked, what="unlocked")
        await until(lambda: is_shown(find_item(panel.window, "saveSettings")))
        await tap(panel.window, find_item(panel.window, "closeSettingsForm"))
        await until(lambda: panel.vm.page == "room" and not panel.vm.settings.unlocked)

    run(scenario())


def test_settings_test_the_connection_and_save_what_applies_at_once(
        sim: Simulator, run: Any, panels: list[KioskPanel], tmp_path: Path) -> None:
    panel = open_kiosk(panels, sim, tmp_path)

    async def scenario() -> None:
        await panel.room_live()
        background = panel.window.color().name()
        panel.vm.openSettings()
        await until(lambda: is_shown(find_item(panel.window, "openWithoutPin")))
        await tap(panel.window, find_item(panel.window, "openWithoutPin"))
        await until(lambda: is_shown(find_item(panel.window, "testConnection")))
        await tap(panel.window, find_item(panel.window, "testConnection"))
        await until(lambda: len(find_items(panel.window, "testResult:")) == 4,
                    timeout=10, what="test results")
        assert panel.vm.settings.message == "test_ok"
        await tap(panel.window, find_item(panel.window, "choice:panel.theme:light"))
        await tap(panel.window, find_item(panel.window, "saveSettings"))
        await until(lambda: panel.vm.settings.message == "saved", what="saved")
        await next_frame(panel.window)
        assert panel.window.color().name() != background  # the light theme, at once
        assert not panel.vm.settings.restartNeeded
        # A new service address needs a restart; a bad one is refused, naming the key.
        panel.vm.settings.setValue("yealink.url", "ftp://nowhere")
        await tap(panel.window, find_item(panel.window, "saveSettings"))
        await until(lambda: panel.vm.settings.messageIsError)
        assert "yealink.url" in find_item(panel.window, "settingsMessage").property("text")
        panel.vm.settings.setValue("yealink.url", sim.yealink_url + "/")
        await tap(panel.window, find_item(panel.window, "saveSettings"))
        await until(lambda: panel.vm.settings.message == "saved_restart")
        await until(lambda: is_shown(find_item(panel.window, "restartNow")), what="restart")

    run(scenario())
    saved = tomllib.loads(panel.store.path.read_text())
    assert saved["panel"]["theme"] == "light"
    assert saved["yealink"]["url"] == sim.yealink_url + "/"


def translated(language: str) -> set[str]:
    """The interface's strings that read differently in `language` ("USB" stays "USB")."""
    tree = ET.parse(TRANSLATIONS_DIR / f"roompanel_{language}.ts")
    return {m.findtext("source") or "" for m in tree.iter("message")
            if m.findtext("translation") not in ("", None, m.findtext("source"))}


@pytest.mark.parametrize(("language", "large_text"), [("th", False), ("zh_CN", False),
                                                     ("th", True)])
def test_switching_language_changes_every_string_and_clips_nothing(
        sim: Simulator, run: Any, panels: list[KioskPanel], tmp_path: Path,
        language: str, large_text: bool) -> None:
    panel = open_kiosk(panels, sim, tmp_path, mode="operator", size=(800, 480),
                       large_text=large_text)
    sources = translated(language)

    def ui_strings() -> set[str]:
        return {t.property("text") for t in visible_texts(panel.window)} & sources

    async def scenario() -> None:
        await panel.room_live()
        def settings() -> None:
            panel.vm.openSettings()
            panel.vm.settings.unlock("")

        pages: list[tuple[str, Any]] = [
            *((page, lambda page=page: panel.vm.room.showPage(page))
              for page in ("controls", "calls", "conference", "matrix", "displays", "presets",
                           "usb")),
            ("overview", panel.vm.showRooms),
            ("settings", settings),
            ("diagnostics", panel.vm.openDiagnostics)]
        for name, show in pages:
            panel.vm.preferences.setLanguage("en")
            show()
            await next_frame(panel.window)
            await next_frame(panel.window)  # pages read on first show fill in
            english = ui_strings()
            assert english, f"no translatable text found on {name}"
            panel.vm.preferences.setLanguage(language)
            await next_frame(panel.window)
            assert ui_strings() == set(), f"{name}: still English: {ui_strings()}"
            clipped = clipped_texts(panel.window)
            assert clipped == [], f"{name}: clipped in {language}: {clipped}"
            panel.vm.closeAdminPage()

    run(scenario())


def test_diagnostics_show_each_service_and_write_a_bundle_without_secrets(
        sim: Simulator, run: Any, panels: list[KioskPanel], tmp_path: Path) -> None:
    panel = open_kiosk(panels, sim, tmp_path)
    secret = sim.yealink.client_secret

    async def scenario() -> None:
        await panel.room_live()
        panel.log_dir.mkdir()
        (panel.log_dir / "roompanel.log").write_text(
            f"GET /openapi/v1.0/call/query?access_token=abc123def456 failed\n"
            f"client secret was {secret}\n")
        panel.vm.openDiagnostics()
        await until(lambda: bool(find_items(panel.window, "service:yealink")))
        yealink = find_item(panel.window, "service:yealink")
        await until(lambda: find_in(yealink, "serviceState").property("text") == "Answering")
        await tap(panel.window, find_item(panel.window, "writeBundle"))
        await until(lambda: panel.vm.diagnostics.bundlePath != "", what="bundle written")

    from app.logs import redactor
    redactor.add_secret(secret)
    run(scenario())
    with zipfile.ZipFile(panel.vm.diagnostics.bundlePath) as bundle:
        names = set(bundle.namelist())
        assert {"versions.json", "config.toml", "services.json", "logs/roompanel.log"} <= names
        everything = "".join(bundle.read(n).decode() for n in names)
    assert secret not in everything and "abc123def456" not in everything
    assert '"yealink"' in everything  # the services' health is in it


def test_dimming_lowers_the_backlight_and_waking_restores_it(
        sim: Simulator, run: Any, panels: list[KioskPanel], tmp_path: Path) -> None:
    device = tmp_path / "backlight"  # laid out as /sys/class/backlight/<name> is
    device.mkdir()
    (device / "max_brightness").write_text("255\n")
    (device / "brightness").write_text("255\n")
    panel = open_kiosk(panels, sim, tmp_path, dim_after_s=60, backlight=str(device),
                       brightness=80, dim_brightness=10)

    async def scenario() -> None:
        await panel.room_live()
        panel.idle_for(61)
        assert (device / "brightness").read_text() == "26\n"  # 10 % of 255
        panel.vm.kiosk.wake()
        assert (device / "brightness").read_text() == "204\n"  # 80 %

    run(scenario())


def test_first_run_configures_the_panel_from_the_settings_screen(
        sim: Simulator, run: Any, panels: list[KioskPanel], tmp_path: Path) -> None:
    from app.config import load_config, setup_config

    store = ConfigStore(tmp_path / "new" / "roompanel.toml", environ={})
    vm = RpApp(PanelSession(setup_config()), store=store, first_run=True)
    ui = build_ui(vm, width=800, height=480)
    restarts: list[bool] = []
    vm.restartRequested.connect(lambda: restarts.append(True))
    vm.start()

    async def scenario() -> None:
        await until(lambda: is_shown(find_item(ui.window, "saveSettings")), what="settings")
        assert vm.page == "settings" and vm.settings.unlocked
        assert is_shown(find_item(ui.window, "firstRunHint"))
        settings = vm.settings
        settings.setValue("yealink.url", sim.yealink_url)
        settings.setValue("yealink.client_id", sim.yealink.client_id)
        settings.setValue("yealink.client_secret", sim.yealink.client_secret)
        settings.setValue("yealink.verify_tls", "false")
        settings.setValue("panel.room", "Boardroom")
        assert settings.setNewPin(PIN)
        await tap(ui.window, find_item(ui.window, "testConnection"))
        await until(lambda: bool(find_items(ui.window, "testResult:yealink")), what="tested")
        assert settings.message == "test_ok"
        await tap(ui.window, find_item(ui.window, "saveSettings"))
        await until(lambda: is_shown(find_item(ui.window, "restartNow")), what="saved")
        await tap(ui.window, find_item(ui.window, "restartNow"))
        await until(lambda: restarts == [True], what="restart asked")
        ui.window.close()
        await vm.aclose()
        ui.close()

    run(scenario())
    config = load_config(store.path, environ={})
    assert (config.panel.room, config.yealink.url) == ("Boardroom", sim.yealink_url)
    assert config.panel.admin_pin_hash and PIN not in store.path.read_text()


def test_a_backlight_that_cannot_be_set_is_said_on_screen(
        sim: Simulator, run: Any, panels: list[KioskPanel], tmp_path: Path) -> None:
    device = tmp_path / "no-such-backlight"
    panel = open_kiosk(panels, sim, tmp_path, dim_after_s=60, backlight=str(device))

    async def scenario() -> None:
        await panel.room_live()
        panel.idle_for(61)
        assert panel.vm.kiosk.phase == "dimmed"  # dimmed on screen all the same
        await until(lambda: "backlight" in find_item(panel.window, "bannerText")
                    .property("text"), what="banner")

    run(scenario())


def test_a_secret_the_keyring_could_not_give_is_not_sent_by_test_connection(
        sim: Simulator, run: Any, panels: list[KioskPanel], tmp_path: Path) -> None:
    """A locked keyring left its marker in the form: testing would send the marker to the
    service as the secret (and count a refused sign-in); the screen says what to do."""
    panel = open_kiosk(panels, sim, tmp_path)

    async def scenario() -> None:
        await panel.room_live()
        panel.vm.openSettings()
        await until(lambda: is_shown(find_item(panel.window, "openWithoutPin")))
        await tap(panel.window, find_item(panel.window, "openWithoutPin"))
        await until(lambda: is_shown(find_item(panel.window, "testConnection")))
        panel.vm.settings.setValue("yeastar.client_secret", "@keyring")
        logins = len(sim.yeastar.seen("get_token"))
        await tap(panel.window, find_item(panel.window, "testConnection"))
        text = find_item(panel.window, "settingsMessage")
        await until(lambda: "Not tested: yeastar.client_secret" in str(text.property("text")),
                    what="the reason")
        assert panel.vm.settings.messageIsError
        assert len(sim.yeastar.seen("get_token")) == logins

    run(scenario())
