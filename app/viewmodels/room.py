"""The room screen's view-model: one room's macros and switches, and how fresh they are."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement

from app.state.commands import TaskSet
from app.state.freshness import Link
from app.state.notices import Notice
from app.state.room import RoomView, Section
from app.state.sources import ConferenceLike, DeviceSource, RoomSource, RoutingSource
from app.viewmodels.calls import RpCallsViewModel
from app.viewmodels.conference import RpConferenceViewModel
from app.viewmodels.devices import RpDeviceListModel
from app.viewmodels.lists import RpMacroListModel, RpSwitchListModel
from app.viewmodels.pages import PAGE, pages_for
from app.viewmodels.phrases import phrase_health, phrase_notice
from app.viewmodels.qml_types import uncreatable, weak_callback
from app.viewmodels.routing import RpRoutingViewModel

QML_IMPORT_NAME = "RoomPanel.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1



def describe_confirmed(confirmed_at: float | None, now: float) -> str:
    """'14:02' today, '21 Nov 14:02' before that; empty before the first read."""
    if confirmed_at is None:
        return ""
    when = dt.datetime.fromtimestamp(confirmed_at)
    today = dt.datetime.fromtimestamp(now).date()
    return when.strftime("%H:%M") if when.date() == today else when.strftime("%d %b %H:%M")


@QmlElement
@uncreatable("Created by RpApp for the room on screen")
class RpRoomViewModel(QObject):
    nameChanged = Signal()
    healthChanged = Signal()
    pageChanged = Signal()
    settledChanged = Signal()
    notice = Signal(str, bool)  # text, is it an error

    def __init__(self, coordinator: RoomSource, routing: RoutingSource,
                 calls: RpCallsViewModel | None = None, devices: DeviceSource | None = None,
                 conference: ConferenceLike | None = None,
                 parent: QObject | None = None, *, presenter: bool = False,
                 held: RoomView | None = None) -> None:
        super().__init__(parent)
        # The room as last confirmed, from the panel's cache: shown (never acted on) until
        # the service answers for it.
        self._held = held
        self._on_view_listener: Callable[[RoomView], None] | None = None
        self._conference = RpConferenceViewModel(conference, self)
        self._devices = RpDeviceListModel(devices, self)
        self._coordinator = coordinator
        self._calls = calls or RpCallsViewModel(None, None, [], self)
        self._calls.setParent(self)
        self._calls.notice.connect(self.notice)
        self._conference.notice.connect(self.notice)
        self._routing = RpRoutingViewModel(routing, self)
        self._routing.notice.connect(self.notice)
        self._presenter = presenter
        self._pages = pages_for(presenter=presenter,
                                has_phone=calls is not None and calls.has_phone,
                                has_conference=conference is not None)
        self._tabs = [page.name for page in self._pages]
        self._page = self._tabs[0]
        self._active = False
        self._deferred_started = False
        self._background = TaskSet()
        self._macros = RpMacroListModel(self)
        self._automations = RpSwitchListModel(self)
        self._auto_routings = RpSwitchListModel(self)
        self._view = self._shown(coordinator.view)
        coordinator.add_listener(weak_callback(self._on_view), weak_callback(self._on_notice))
        self._apply(coordinator.view, force=True)

    # --- lifecycle ---------------------------------------------------------------------------

    def activate(self) -> None:
        self._active = True
        self._coordinator.start()
        self._activate_part(PAGE[self._page].part)

    def start_deferred(self) -> None:
        """What the room's first frame does not need: its meeting devices' state, and (in
        the view, on `settled`) the pages not shown yet."""
        if self._active and not self._deferred_started:
            self._deferred_started = True
            self._devices.activate()
            self.settledChanged.emit()

    @Property(bool, notify=settledChanged)
    def settled(self) -> bool:
        """The room's first frame with its data is drawn: work that waited for it may run."""
        return self._deferred_started

    async def deactivate(self) -> None:
        self._active = False
        if self._deferred_started:
            self._deferred_started = False
            self.settledChanged.emit()
        await self._coordinator.stop()
        await self._devices.deactivate()
        await self._conference.deactivate()
        await self._routing.deactivate()

    @Property(str, notify=pageChanged)
    def page(self) -> str:
        """controls | calls | matrix | displays | presets | usb"""
        return self._page

    @Property(list, constant=True)
    def tabs(self) -> list[str]:
        """The room's pages in the order its tabs show them; the first is its home page."""
        return list(self._tabs)

    @Property(list, constant=True)
    def pages(self) -> list[dict[str, str]]:
        """The room's pages for the screen to build: name, tab label, QML component."""
        return [{"name": p.name, "label": p.label, "component": p.component}
                for p in self._pages]

    @Property(str, notify=pageChanged)
    def pagePart(self) -> str:
        """What the page on screen shows: room | conference | routing."""
        return PAGE[self._page].part

    @Slot(str, result=bool)
    def hasPage(self, page: str) -> bool:
        return page in self._tabs

    @Slot()
    def showHome(self) -> None:
        self.showPage(self._tabs[0])

    @property
    def calls_model(self) -> RpCallsViewModel:
        return self._calls

    def has_incoming_call(self) -> bool:
        return self._calls.has_incoming_call()

    @Slot(str)
    def showPage(self, page: str) -> None:
        if page not in self._tabs or page == self._page:
            return
        self._page = page
        self.pageChanged.emit()
        # The routing endpoints and the conference are read only while a page showing them
        # is up.
        part = PAGE[page].part
        if self._active:
            self._activate_part(part)
        if part != "routing":
            self._background.spawn(self._routing.deactivate())
        if part != "conference":
            self._background.spawn(self._conference.deactivate())

    def _activate_part(self, part: str) -> None:
        if part == "routing":
            self._routing.activate()
        elif part == "conference":
            self._conference.activate()

    @Property(RpRoutingViewModel, constant=True)
    def routing(self) -> RpRoutingViewModel:
        return self._routing

    @Property(RpConferenceViewModel, constant=True)
    def conference(self) -> RpConferenceViewModel:
        return self._conference

    @property
    def conference_model(self) -> RpConferenceViewModel:
        return self._conference

    @Property(RpDeviceListModel, constant=True)
    def devices(self) -> RpDeviceListModel:
        return self._devices

    @Property(RpCallsViewModel, constant=True)
    def calls(self) -> RpCallsViewModel:
        return self._calls

    # --- properties --------------------------------------------------------------------------

    @Property(str, constant=True)
    def roomId(self) -> str:
        return self._coordinator.space_id

    @Property(bool, constant=True)
    def presenterPanel(self) -> bool:
        """A presenter's kiosk (not a panel on a public wall): it may show what the room
        panel keeps behind a tap, such as the conference's PIN."""
        return self._presenter

    @Property(str, notify=nameChanged)
    def name(self) -> str:
        return self._view.name

    @Property(str, notify=healthChanged)
    def link(self) -> str:
        """connecting | live | stale | offline"""
        return self._view.health.link.value

    @Property(str, notify=healthChanged)
    def linkReason(self) -> str:
        return phrase_health(self._view.health)

    @Property(str, notify=healthChanged)
    def lastConfirmed(self) -> str:
        return describe_confirmed(self._view.confirmed_at, time.time())

    @Property(bool, notify=healthChanged)
    def controlsEnabled(self) -> bool:
        # Commands to a service we cannot reach would only fail; say so instead.
        return self._held is None and self._view.health.link in (Link.LIVE, Link.STALE)

    @Property(bool, notify=healthChanged)
    def cached(self) -> bool:
        """What the room shows comes from the panel's cache: the service has not confirmed
        it since the panel started."""
        return self._held is not None

    @Property(RpMacroListModel, constant=True)
    def macros(self) -> RpMacroListModel:
        return self._macros

    @Property(RpSwitchListModel, constant=True)
    def automations(self) -> RpSwitchListModel:
        return self._automations

    @Property(RpSwitchListModel, constant=True)
    def autoRoutings(self) -> RpSwitchListModel:
        return self._auto_routings

    def shown(self) -> dict[str, str]:
        """What the screen shows of this room, for the site's panel list (reason in
        English)."""
        return {"room": self._coordinator.space_id, "part": PAGE[self._page].part,
                "link": self._view.health.link.value, "reason": self._view.health.reason}

    def reword(self) -> None:
        """The panel's language changed: the link's reason is worded again."""
        self.healthChanged.emit()
        self._routing.reword()

    def has_data(self) -> bool:
        """The service has confirmed what the room shows (not only the cache)."""
        return self._held is None and self._view.confirmed_at is not None

    @property
    def space_id(self) -> str:
        return self._coordinator.space_id

    def showing_cached(self) -> bool:
        return self._held is not None

    def set_view_listener(self, on_view: Callable[[RoomView], None]) -> None:
        """Told every view of the room from its source (the panel's cache keeps the
        confirmed ones)."""
        self._on_view_listener = on_view

    # --- commands ----------------------------------------------------------------------------

    # The views disable the controls while the room is not confirmed; these guards are for
    # a tap already on its way when the room went unconfirmed.

    @Slot(str)
    def invokeMacro(self, macro_id: str) -> None:
        if self._held is None:
            self._coordinator.invoke_macro(macro_id)

    @Slot(str, bool)
    def setAutomation(self, switch_id: str, on: bool) -> None:
        if self._held is None:
            self._coordinator.set_switch(Section.AUTOMATIONS, switch_id, on)

    @Slot(str, bool)
    def setAutoRouting(self, switch_id: str, on: bool) -> None:
        if self._held is None:
            self._coordinator.set_switch(Section.AUTO_ROUTINGS, switch_id, on)

    @Slot()
    def refresh(self) -> None:
        self._coordinator.request_refresh()

    # --- state in --------------------------------------------------------------------------

    def _on_view(self, view: RoomView) -> None:
        if self._on_view_listener is not None:
            self._on_view_listener(view)
        self._apply(view)

    def _on_notice(self, notice: Notice) -> None:
        self.notice.emit(phrase_notice(notice), notice.is_error)

    def _shown(self, view: RoomView) -> RoomView:
        """The source's view once it has read the whole room; until then the cached rows,
        with the source's link (connecting, or offline and why)."""
        held = self._held
        if held is None:
            return view
        if view.health.link in (Link.LIVE, Link.STALE):
            self._held = None
            return view
        return replace(held, health=view.health)

    def _apply(self, view: RoomView, force: bool = False) -> None:
        was_cached = self._held is not None
        view = self._shown(view)
        old, self._view = self._view, view
        force = force or was_cached != (self._held is not None)
        self._macros.sync(view.macros)
        self._automations.sync(view.automations)
        self._auto_routings.sync(view.auto_routings)
        if force or old.name != view.name:
            self.nameChanged.emit()
        if force or (old.health, old.confirmed_at) != (view.health, view.confirmed_at):
            self.healthChanged.emit()
