"""The "Sources & displays" page's view-model."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement

from app.state.freshness import Link
from app.state.notices import Notice
from app.state.routing_view import SIGNAL_NAMES, RoutingView
from app.state.sources import RoutingSource
from app.viewmodels.lists import RpSwitchListModel
from app.viewmodels.matrix import RpRouteMatrixModel
from app.viewmodels.phrases import phrase_health, phrase_notice, phrase_problem
from app.viewmodels.qml_types import uncreatable, weak_callback
from app.viewmodels.routing_lists import (
    RpDisplayListModel,
    RpPresetListModel,
    RpSourceListModel,
    make_card,
)

QML_IMPORT_NAME = "RoomPanel.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1



@QmlElement
@uncreatable("Created by the room view-model")
class RpRoutingViewModel(QObject):
    stateChanged = Signal()
    selectionChanged = Signal()
    notice = Signal(str, bool)

    def __init__(self, coordinator: RoutingSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._coordinator = coordinator
        self._matrix = RpRouteMatrixModel(self)
        self._sources = RpSourceListModel(self)
        self._displays = RpDisplayListModel(self)
        self._presets = RpPresetListModel(self)
        self._autos = RpSwitchListModel(self)
        self._view = coordinator.view
        self._selected_source = ""
        self._signal = SIGNAL_NAMES[0]
        coordinator.add_listener(weak_callback(self._apply), weak_callback(self._on_notice))
        self._apply(coordinator.view, force=True)

    def activate(self) -> None:
        self._coordinator.start()

    async def deactivate(self) -> None:
        await self._coordinator.stop()

    # --- properties --------------------------------------------------------------------------

    @Property(str, notify=stateChanged)
    def link(self) -> str:
        return self._view.health.link.value

    @Property(str, notify=stateChanged)
    def linkReason(self) -> str:
        return phrase_health(self._view.health)

    @Property(bool, notify=stateChanged)
    def controlsEnabled(self) -> bool:
        return self._view.health.link in (Link.LIVE, Link.STALE)

    @Property(str, notify=stateChanged)
    def note(self) -> str:
        return self._view.note

    @Property(str, notify=stateChanged)
    def audioUnavailable(self) -> str:
        """Why the displays' volume and sound are not offered here ("" when they are)."""
        problem = self._view.audio_unavailable
        return phrase_problem(problem) if problem is not None else ""

    @Property(str, notify=stateChanged)
    def usbMode(self) -> str:
        return self._view.usb_mode

    @Property(bool, notify=stateChanged)
    def usbPending(self) -> bool:
        return self._view.usb_pending

    @Property(bool, notify=stateChanged)
    def canPower(self) -> bool:
        return self._view.can_power

    @Property(bool, notify=stateChanged)
    def inputsKnown(self) -> bool:
        """Some display's codec said which input it shows: the cards make room for it."""
        return any(d.video_input for d in self._view.displays)

    @Property(RpRouteMatrixModel, constant=True)
    def matrix(self) -> RpRouteMatrixModel:
        return self._matrix

    @Property(RpSourceListModel, constant=True)
    def sources(self) -> RpSourceListModel:
        return self._sources

    @Property(RpDisplayListModel, constant=True)
    def displays(self) -> RpDisplayListModel:
        return self._displays

    @Property(RpPresetListModel, constant=True)
    def presets(self) -> RpPresetListModel:
        return self._presets

    @Property(RpSwitchListModel, constant=True)
    def autoGroups(self) -> RpSwitchListModel:
        return self._autos

    @Property(str, notify=selectionChanged)
    def selectedSource(self) -> str:
        return self._selected_source

    @Property(str, notify=selectionChanged)
    def selectedSignal(self) -> str:
        return self._signal

    # --- slots -------------------------------------------------------------------------------

    @Slot(str)
    def selectSource(self, source_id: str) -> None:
        self._selected_source = "" if source_id == self._selected_source else source_id
        self.selectionChanged.emit()

    @Slot(str)
    def selectSignal(self, signal: str) -> None:
        if signal in SIGNAL_NAMES:
            self._signal = signal
            self.selectionChanged.emit()

    @Slot(str)
    def routeSelectedTo(self, display_id: str) -> None:
        """Second step of tap-a-source, tap-a-display."""
        if not self._selected_source:
            self.notice.emit(self.tr("Tap a source first, then the display"), False)
            return
        self._coordinator.route(self._selected_source, display_id, self._signal)

    @Slot(str, str)
    def tapCell(self, source_id: str, display_id: str) -> None:
        """A matrix cell: routes the chosen signal; tapped again, takes that route away."""
        display = next((d for d in self._view.displays if d.id == display_id), None)
        if display is None:
            return
        current = {"Audio/Video": display.video_source == source_id == display.audio_source,
                   "Video": display.video_source == source_id,
                   "Audio": display.audio_source == source_id}
        if current[self._signal]:
            self._coordinator.unroute(source_id, display_id, self._signal)
        else:
            self._coordinator.route(source_id, display_id, self._signal)

    @Slot(str)
    def explain(self, reason: str) -> None:
        """A tap on something that cannot be used says why."""
        if reason:
            self.notice.emit(reason, False)

    @Slot(str)
    def clearDisplay(self, display_id: str) -> None:
        self._coordinator.route(None, display_id, None)

    @Slot(str)
    def applyPreset(self, preset_id: str) -> None:
        self._coordinator.apply_preset(preset_id)

    @Slot(str, bool)
    def setAutoGroup(self, auto_id: str, on: bool) -> None:
        self._coordinator.set_auto_group(auto_id, on)

    @Slot(bool)
    def setUsbManual(self, manual: bool) -> None:
        self._coordinator.set_usb_mode(manual)

    @Slot(str, str)
    def setUsbSource(self, display_id: str, source_id: str) -> None:
        self._coordinator.set_usb_source(display_id, source_id or None)

    @Slot(str, int)
    def setVolume(self, display_id: str, volume: int) -> None:
        self._coordinator.set_volume(display_id, volume)

    @Slot(str, bool)
    def setAudioOn(self, display_id: str, on: bool) -> None:
        self._coordinator.set_audio_on(display_id, on)

    @Slot(str, bool)
    def setDisplayPower(self, display_id: str, on: bool) -> None:
        self._coordinator.set_display_power(display_id, on)

    @Slot(str, str)
    def setDisplayInput(self, display_id: str, source: str) -> None:
        """"lan in" (the routed source) or "hdmi input1" (the display's own HDMI)."""
        self._coordinator.set_display_input(display_id, source)

    def reword(self) -> None:
        self.stateChanged.emit()

    # --- state in --------------------------------------------------------------------------

    def _on_notice(self, notice: Notice) -> None:
        self.notice.emit(phrase_notice(notice), notice.is_error)

    def _apply(self, view: RoutingView, force: bool = False) -> None:
        old, self._view = self._view, view
        names = {s.id: s.name for s in view.sources}
        self._matrix.sync(view)
        self._sources.sync(view.sources)
        self._displays.sync([make_card(d, names) for d in view.displays])
        self._presets.sync(view.presets)
        self._autos.sync(view.auto_groups)
        inputs_known = [any(d.video_input for d in v.displays) for v in (old, view)]
        if force or (old.health, old.note, old.usb_mode, old.usb_pending, old.can_power,
                     old.audio_unavailable, inputs_known[0]) != (
                view.health, view.note, view.usb_mode, view.usb_pending, view.can_power,
                view.audio_unavailable, inputs_known[1]):
            self.stateChanged.emit()
