"""The top-level view-model: which page is up, which room, the room list, the banner."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement

from app.backlight import Backlight
from app.config import Config
from app.config_store import ConfigStore
from app.logs import redactor
from app.pin import PinGate
from app.secrets import secret_sources
from app.services import configured, secrets_of
from app.state.commands import TaskSet
from app.state.directory import DirectoryView, Room
from app.state.room import RoomView
from app.state.snapshot_cache import SnapshotCache
from app.state.sources import Session
from app.support import app_version, write_support_bundle
from app.viewmodels.calls import RpAllCallsModel, RpCallsViewModel
from app.viewmodels.diagnostics import RpDiagnostics
from app.viewmodels.fleet import RpPanelsModel, room_namer
from app.viewmodels.kiosk import RpKiosk
from app.viewmodels.lists import RpRoomListModel
from app.viewmodels.overview import RpOverviewModel
from app.viewmodels.pbx_status import RpPbxStatus
from app.viewmodels.phrases import backlight_failed, phrase_directory, room_not_found
from app.viewmodels.preferences import RpPreferences
from app.viewmodels.qml_types import uncreatable, weak_callback
from app.viewmodels.room import RpRoomViewModel
from app.viewmodels.settings import RpSettings
from app.viewmodels.snapshot_keeper import SnapshotKeeper

QML_IMPORT_NAME = "RoomPanel.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

BANNER_SHOWN_MS = {True: 15_000, False: 6_000}  # errors stay longer than information
# Work deferred until the room's first frame starts this long after its data at the latest.
DEFERRED_FALLBACK_MS = 2_000


@QmlElement
@uncreatable("Created by the application at start")
class RpApp(QObject):
    pageChanged = Signal()
    roomChanged = Signal()
    bannerChanged = Signal()
    roomsStatusChanged = Signal()
    restartRequested = Signal()  # saved settings need the panel to start again

    def __init__(
        self,
        session: Session,
        parent: QObject | None = None,
        *,
        kiosk_clock: Callable[[], float] | None = None,
        wall_clock: Callable[[], float] | None = None,
        store: ConfigStore | None = None,
        log_dir: Path | None = None,
        support_dir: Path | None = None,
        first_run: bool = False,
        setup_reason: str = "",
        snapshots: SnapshotCache | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._rooms = RpRoomListModel(self)
        self._room: RpRoomViewModel | None = None
        self._room_vms: dict[str, RpRoomViewModel] = {}
        self._page = "loading"
        self._rooms_status = phrase_directory(session.directory.view)
        self._banner_text = ""
        self._banner_is_error = False
        self._banner_timer = QTimer(self)
        self._banner_timer.setSingleShot(True)
        self._banner_timer.timeout.connect(self.dismissBanner)
        self._tasks = TaskSet()
        self._all_calls = RpAllCallsModel(session.calls, self)
        self._pbx_status = RpPbxStatus(session.calls, self)
        self.panels_model = RpPanelsModel(session.fleet(), room_namer(session), self)
        self.overview_model = RpOverviewModel(session.overview, session.calls, session.phone_of,
                                              self)
        self.preferences_model = RpPreferences(session.config.panel, self)
        self.preferences_model.languageChanged.connect(self._reword)
        self.kiosk_model = RpKiosk(session.config.panel, self,
                                   clock=kiosk_clock or time.monotonic,
                                   wall_clock=wall_clock or time.time)
        self.kiosk_model.wentToSleep.connect(self._back_home)
        panel = session.config.panel
        self._backlight = Backlight(panel.backlight) if panel.backlight else None
        self._brightness = (panel.brightness, panel.dim_brightness)
        self._backlight_warned = False
        self.kiosk_model.add_phase_listener(weak_callback(self._follow_phase))
        self._store = store
        self._log_dir = log_dir
        self._support_dir = support_dir or (log_dir.parent if log_dir else Path.cwd())
        self._page_before_admin = "loading"
        self.settings_model = RpSettings(
            session.config, store, room_names=lambda: [r.name for r in session.rooms],
            apply_live=weak_callback(self._apply_live_settings),
            restart=weak_callback(self._request_restart),
            clock=kiosk_clock, first_run=first_run, setup_reason=setup_reason, parent=self)
        self._first_run = first_run
        self._setup_reason = setup_reason
        calls = session.calls
        self.diagnostics_model = RpDiagnostics(
            [entry.name for entry in configured(session.config)],
            unverified=frozenset(entry.name for entry in configured(session.config)
                                 if entry.unverified(session.config)),
            version=app_version,
            event_stream=(lambda: (calls.available, calls.reason)) if calls else None,
            write_bundle=weak_callback(self._write_support_bundle),
            secrets=secret_sources(session.config), parent=self)
        self._calls_started = False
        self._deferred_fallback = QTimer(self)
        self._deferred_fallback.setSingleShot(True)
        self._deferred_fallback.setInterval(DEFERRED_FALLBACK_MS)
        self._deferred_fallback.timeout.connect(self._start_deferred)
        self._closing = False
        # The configured room as last confirmed, drawn at once at start (see `start`).
        self._snapshots = snapshots
        self._keeper = SnapshotKeeper(snapshots, self) if snapshots is not None else None

    # --- start and stop ----------------------------------------------------------------------

    def start(self) -> None:
        if self._first_run:
            # No configuration it can start with: the settings screen is the panel, open
            # when no PIN is set yet, behind the file's admin PIN when one is.
            if not self._session.config.panel.admin_pin_hash:
                self.settings_model.unlock("")
            self._set_page("settings")
            return
        self.kiosk_model.start()
        self._session.directory.add_listener(weak_callback(self._on_directory))
        self._open_cached_room()
        self._tasks.spawn(self._load_rooms())

    @Property(bool, constant=True)
    def firstRun(self) -> bool:
        """The settings screen is the panel (nothing it can start with yet)."""
        return self._first_run

    @Property(bool, constant=True)
    def noConfiguration(self) -> bool:
        """A first run proper: no file at all (not one whose secret could not be read)."""
        return self._first_run and not self._setup_reason

    async def aclose(self) -> None:
        # Nothing starts again on the way out (a room going offline as its service closes
        # would otherwise start the PBX stream anew).
        self._closing = True
        self.kiosk_model.stop()
        self.diagnostics_model.deactivate()
        await self.settings_model.aclose()
        await self._tasks.cancel()
        if self._keeper is not None:
            self._keeper.close()
        await self._session.aclose()

    def _guard_dial_in(self, room: Room, vm: RpRoomViewModel) -> None:
        config = self._session.config
        settings = config.room_settings(room.id, room.name)
        if settings is None or not settings.dial_in_behind_pin or config.panel.mode != "room":
            return
        if not config.panel.admin_pin_hash:
            log.warning("%s: dial-in details are to be behind the admin PIN, but no admin "
                        "PIN is set: they are shown on a tap", room.name)
            return
        vm.conference_model.guard_dial_in(PinGate(config.panel.admin_pin_hash))

    def _reword(self) -> None:
        """The language changed: what Python worded is worded again."""
        self._set_rooms_status(phrase_directory(self._session.directory.view))
        for vm in self._room_vms.values():
            vm.reword()
        self.panels_model.reword()
        self._pbx_status.reword()

    def _on_directory(self, view: DirectoryView) -> None:
        self._rooms.sync(list(view.rooms))
        self._set_rooms_status(phrase_directory(view))
        self._tell_site()

    async def _load_rooms(self) -> None:
        await self._session.directory.load_until_reachable()
        configured = self._session.config.panel.room
        cached = self._room is not None and self._room.showing_cached()
        if self._room is not None and not cached:
            return
        if configured is None:
            self._set_page("picker")
            self._start_calls()
            return
        room = self._session.find_room(configured)
        if room is None:
            self._show_banner(room_not_found(configured), True)
            self._set_page("picker")
            self._drop_cached_room()
            self._start_calls()
            return
        if self._room is None or self._room.space_id != room.id:
            self._open(room)

    def _open_cached_room(self) -> None:
        """The configured room as it was last confirmed, on screen before any answer (and,
        at the panel's start, before any network module is imported); each section takes
        commands once its service has confirmed it."""
        held = self._snapshots.load() if self._snapshots is not None else None
        if held is not None:
            log.info("Room drawn from the cache, to be confirmed: %s", held.name)
            self._open(Room(held.space_id, held.name), held=held)

    def _drop_cached_room(self) -> None:
        """The configured room is gone from the directory: its cached screen goes too."""
        room = self._room
        if room is not None and room.showing_cached():
            self._room = None
            self._room_vms.pop(room.space_id, None)
            self._tasks.spawn(room.deactivate())
            self.roomChanged.emit()

    @Slot()
    def roomDrawn(self) -> None:
        """The window drew a frame. Once it shows the room's own data, what can wait starts:
        the PBX login and event stream, the room's device polling. Started earlier, they
        compete with the room's first reads and first frame for the one Python thread."""
        if self._page == "room":
            self._start_deferred()

    def _start_deferred(self) -> None:
        room = self._room
        # Called for every frame drawn: once the room is settled there is nothing to do.
        if room is None or room.settled or not room.has_data() or self._closing:
            return
        self._deferred_fallback.stop()
        if not self._calls_started:
            # The packaging smoke test waits for this line.
            log.info("Room on screen: %s", room.name)
            self._start_calls()
        room.start_deferred()

    def _arm_deferred_fallback(self) -> None:
        """A window that draws nothing (hidden, never exposed) must not keep the calls and
        devices from starting: they start a little after the room's data in any case."""
        if self._room is not None and self._room.has_data() \
                and not self._deferred_fallback.isActive():
            self._deferred_fallback.start()

    def _start_calls(self) -> None:
        if self._session.calls is not None and not self._calls_started and not self._closing:
            self._calls_started = True
            self._session.calls.start()

    # --- properties --------------------------------------------------------------------------

    @Property(str, constant=True)
    def mode(self) -> str:
        return self._session.config.panel.mode

    @Property(bool, constant=True)
    def canChangeRoom(self) -> bool:
        return self._session.config.panel.mode == "operator" or not self._session.config.panel.room

    @Property(str, notify=pageChanged)
    def page(self) -> str:
        """loading | picker | room"""
        return self._page

    @Property(RpRoomViewModel, notify=roomChanged)
    def room(self) -> RpRoomViewModel | None:
        return self._room

    @Property(RpRoomListModel, constant=True)
    def rooms(self) -> RpRoomListModel:
        return self._rooms

    @Property(RpOverviewModel, constant=True)
    def overview(self) -> RpOverviewModel:
        return self.overview_model

    @Property(RpSettings, constant=True)
    def settings(self) -> RpSettings:
        return self.settings_model

    @Property(RpDiagnostics, constant=True)
    def diagnostics(self) -> RpDiagnostics:
        return self.diagnostics_model

    @Property(RpKiosk, constant=True)
    def kiosk(self) -> RpKiosk:
        return self.kiosk_model

    @Property(RpPreferences, constant=True)
    def preferences(self) -> RpPreferences:
        return self.preferences_model

    @Property(RpAllCallsModel, constant=True)
    def allCalls(self) -> RpAllCallsModel:
        return self._all_calls

    @Property(RpPbxStatus, constant=True)
    def pbxStatus(self) -> RpPbxStatus:
        return self._pbx_status

    @Property(RpPanelsModel, constant=True)
    def panels(self) -> RpPanelsModel:
        return self.panels_model

    @Slot()
    def showPanels(self) -> None:
        """The site's panels (an operator console on a site hub)."""
        if self.panels_model.available and self._session.config.panel.mode == "operator":
            self._set_page("panels")

    @Property(bool, constant=True)
    def hasPbx(self) -> bool:
        return self._session.calls is not None

    @Property(str, notify=roomsStatusChanged)
    def roomsStatus(self) -> str:
        return self._rooms_status

    @Property(str, notify=bannerChanged)
    def bannerText(self) -> str:
        return self._banner_text

    @Property(bool, notify=bannerChanged)
    def bannerIsError(self) -> bool:
        return self._banner_is_error

    def room_has_data(self) -> bool:
        return self._room is not None and self._room.has_data()

    def room_shown(self) -> bool:
        """The room is on screen with its data, confirmed or from the cache."""
        return self._room is not None and (self._room.has_data() or self._room.showing_cached())

    # --- slots -------------------------------------------------------------------------------

    @Slot(str)
    def openRoom(self, room_id: str) -> None:
        room = next((r for r in self._session.rooms if r.id == room_id), None)
        if room is not None:
            self._open(room)

    @Slot()
    def showRooms(self) -> None:
        if not self.canChangeRoom:
            return
        self._tasks.spawn(self._refresh_rooms())
        self._set_page("picker")

    @Slot()
    def openSettings(self) -> None:
        self._open_admin_page("settings")

    @Slot()
    def openDiagnostics(self) -> None:
        self._open_admin_page("diagnostics")

    @Slot()
    def closeAdminPage(self) -> None:
        """Back from settings or diagnostics; the settings lock again."""
        if self._first_run:
            if self._page == "diagnostics":
                self._set_page("settings")
            return  # nothing else to go back to until it is configured
        self.settings_model.lock()
        self.diagnostics_model.deactivate()
        if self._page in ("settings", "diagnostics"):
            self._set_page(self._page_before_admin)

    def _open_admin_page(self, page: str) -> None:
        if self._page not in ("settings", "diagnostics"):
            self._page_before_admin = self._page
        if page == "diagnostics":
            self.diagnostics_model.activate()
        else:
            self.diagnostics_model.deactivate()
        self._set_page(page)

    def _tell_site(self) -> None:
        """What the screen shows, for the site (a panel on a hub says it on the broker)."""
        room = None if self._page in ("loading", "picker", "panels") else self._room
        if room is not None:
            shown = room.shown()  # also behind the settings page: the room is still its own
        else:
            view = self._session.directory.view
            link = "offline" if view.problem is not None else \
                "live" if view.loaded else "connecting"
            shown = {"room": "", "part": self._page, "link": link,
                     "reason": self._rooms_status}
        self._session.screen_changed(**shown, phase=self.kiosk_model.current_phase)

    def _follow_phase(self, phase: str) -> None:
        self._tell_site()
        if self._backlight is not None:
            awake, dimmed = self._brightness
            level = awake if phase == "awake" else 0 if phase == "off" else dimmed
            if not self._backlight.set_percent(level) \
                    and not self._backlight_warned:
                # Once: the panel still dims on screen, but the installer should know.
                self._backlight_warned = True
                self._show_banner(backlight_failed(str(self._backlight.device)), True)

    def _request_restart(self) -> None:
        self.restartRequested.emit()

    def _apply_live_settings(self, config: Config) -> None:
        panel = config.panel
        self.preferences_model.setTheme(panel.theme)
        self.preferences_model.setLanguage(panel.language)
        self.preferences_model.setLargeText(panel.large_text)
        self.kiosk_model.set_idle_times(panel.dim_after_s, panel.screensaver_after_s)
        self.kiosk_model.set_schedule(panel.display_schedule)
        self._brightness = (panel.brightness, panel.dim_brightness)
        self._follow_phase(self.kiosk_model.current_phase)
        for secret in secrets_of(config):
            redactor.add_secret(secret)

    def _write_support_bundle(self) -> Path:
        raw = self._store.read_raw() if self._store is not None else \
            self._session.config.model_dump(mode="json", exclude_none=True)
        calls = self._session.calls
        extra = {"pbx_events": {"up": calls.available, "reason": calls.reason}} if calls else {}
        sources = secret_sources(self._session.config)
        if sources is not None:  # where they came from; never the values
            extra["secrets_source"] = sources.as_json()
        return write_support_bundle(self._support_dir, raw, self._log_dir, extra)

    @Slot()
    def dismissBanner(self) -> None:
        self._banner_timer.stop()
        if self._banner_text:
            self._banner_text = ""
            self.bannerChanged.emit()

    # --- internals ---------------------------------------------------------------------------

    def _open(self, room: Room, *, held: RoomView | None = None) -> None:
        if self._closing:
            return
        previous = self._room
        vm = self._room_vms.get(room.id)
        if vm is None:
            vm = RpRoomViewModel(self._session.coordinator(room), self._session.routing(room),
                                 self._calls_for(room), self._session.devices(room),
                                 self._session.conference(room), self,
                                 presenter=self._session.config.panel.mode == "presenter",
                                 held=held)
            if self._keeper is not None and self._session.config.panel.room in (room.id,
                                                                                  room.name):
                vm.set_view_listener(self._keeper.offer)
            self._guard_dial_in(room, vm)
            vm.notice.connect(self._show_banner)
            vm.healthChanged.connect(self._arm_deferred_fallback)
            vm.healthChanged.connect(self._tell_site)
            vm.pageChanged.connect(self._tell_site)
            vm.calls_model.stateChanged.connect(self._wake_for_a_call)
            self._room_vms[room.id] = vm
        if previous is not None and previous is not vm:
            # Only the room on screen is polled in detail.
            self._tasks.spawn(previous.deactivate())
        self._room = vm
        vm.activate()
        self.roomChanged.emit()
        self._tell_site()
        self._set_page("room")
        self._arm_deferred_fallback()  # a room opened again has its data already

    def _wake_for_a_call(self) -> None:
        if self._room is not None and self._room.has_incoming_call():
            self.kiosk_model.wake()

    def _back_home(self) -> None:
        """The screensaver came up: the next person finds the room's home page."""
        if self._room is not None:
            self._room.showHome()
        self.closeAdminPage()

    def _calls_for(self, room: Room) -> RpCallsViewModel:
        return RpCallsViewModel(self._session.calls, self._session.phone_of(room),
                                self._session.speed_dial(room))

    async def _refresh_rooms(self) -> None:
        if await self._session.directory.reload() and self._page == "picker" \
                and not self._closing:
            self.overview_model.show(self._session.rooms)

    def _set_page(self, page: str) -> None:
        if page != self._page:
            self._page = page
            self.pageChanged.emit()
            self._tell_site()
            self.panels_model.set_active(page == "panels")
        if page == "picker" and not self._closing:
            # The tiles are read from the first time the overview is shown.
            self.overview_model.show(self._session.rooms)

    def _set_rooms_status(self, text: str) -> None:
        if text != self._rooms_status:
            self._rooms_status = text
            self.roomsStatusChanged.emit()

    def _show_banner(self, text: str, is_error: bool) -> None:
        self._banner_text = text
        self._banner_is_error = is_error
        self.bannerChanged.emit()
        self._banner_timer.start(BANNER_SHOWN_MS[is_error])
