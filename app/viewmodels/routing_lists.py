"""List models of the "Sources & displays" page: sources, displays (cards), presets."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtQml import QmlElement

from app.state.routing_view import DisplayRow, PresetRow, SourceRow, signal_between
from app.viewmodels.keyed_list import KeyedListModel
from app.viewmodels.qml_types import uncreatable

QML_IMPORT_NAME = "RoomPanel.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1

_USER = Qt.ItemDataRole.UserRole.value


@QmlElement
@uncreatable("Owned by RpRoutingViewModel")
class RpSourceListModel(KeyedListModel):
    class Roles(enum.IntEnum):
        sourceId = _USER + 1
        name = _USER + 2  # type: ignore[assignment]  # a role named like Enum.name
        deviceModel = _USER + 3
        online = _USER + 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(key=lambda row: row.id, parent=parent)

    def role_value(self, row: SourceRow, role: Any) -> Any:
        return {self.Roles.sourceId: row.id, self.Roles.name: row.name,
                self.Roles.deviceModel: row.model, self.Roles.online: row.online}[role]


@dataclass(frozen=True)
class DisplayCard:
    """A display row with its sources' names resolved, as the card shows it."""

    row: DisplayRow
    showing: str
    wish_text: str
    usb_source_name: str

    @property
    def id(self) -> str:
        return self.row.id


def make_card(row: DisplayRow, source_names: dict[str, str]) -> DisplayCard:
    wish = row.route_wish
    if wish is None:
        wish_text = ""
    elif wish[0] is None:
        wish_text = "Clearing…"
    elif wish[1] is None:
        wish_text = f"Removing {source_names.get(wish[0], '?')}…"
    else:
        wish_text = f"Switching to {source_names.get(wish[0], '?')} ({wish[1]})…"
    return DisplayCard(row, _describe(row, source_names), wish_text,
                       source_names.get(row.usb_source or "", ""))


def _describe(row: DisplayRow, names: dict[str, str]) -> str:
    if row.video_source is None and row.audio_source is None:
        return "Nothing"
    if row.video_source == row.audio_source:
        source = row.video_source or ""
        return f"{names.get(source, '?')} ({signal_between(row, source)})"
    parts = []
    if row.video_source:
        parts.append(f"{names.get(row.video_source, '?')} (Video)")
    if row.audio_source:
        parts.append(f"{names.get(row.audio_source, '?')} (Audio)")
    return ", ".join(parts)


@QmlElement
@uncreatable("Owned by RpRoutingViewModel")
class RpDisplayListModel(KeyedListModel):
    class Roles(enum.IntEnum):
        displayId = _USER + 1
        name = _USER + 2  # type: ignore[assignment]  # a role named like Enum.name
        deviceModel = _USER + 3
        online = _USER + 4
        showing = _USER + 5
        pending = _USER + 6
        wishText = _USER + 7
        volume = _USER + 8  # -1 until the codec reported it
        audioOn = _USER + 9
        audioPending = _USER + 10
        powerPending = _USER + 11
        usbSourceId = _USER + 12
        usbSourceName = _USER + 13
        videoSourceId = _USER + 14
        videoInput = _USER + 15  # "lan in" | "hdmi input1" | "none" | "" before a read
        inputPending = _USER + 16

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(key=lambda card: card.id, parent=parent)

    def role_value(self, card: DisplayCard, role: Any) -> Any:
        row = card.row
        return {
            self.Roles.displayId: row.id, self.Roles.name: row.name,
            self.Roles.deviceModel: row.model, self.Roles.online: row.online,
            self.Roles.showing: card.showing, self.Roles.pending: row.route_wish is not None,
            self.Roles.wishText: card.wish_text,
            self.Roles.volume: -1 if row.volume is None else row.volume,
            self.Roles.audioOn: bool(row.audio_on), self.Roles.audioPending: row.audio_pending,
            self.Roles.powerPending: row.power_pending,
            self.Roles.usbSourceId: row.usb_source or "",
            self.Roles.usbSourceName: card.usb_source_name,
            self.Roles.videoSourceId: row.video_source or "",
            self.Roles.videoInput: row.video_input or "",
            self.Roles.inputPending: row.input_pending,
        }[role]


@QmlElement
@uncreatable("Owned by RpRoutingViewModel")
class RpPresetListModel(KeyedListModel):
    class Roles(enum.IntEnum):
        presetId = _USER + 1
        name = _USER + 2  # type: ignore[assignment]  # a role named like Enum.name
        applied = _USER + 3
        pending = _USER + 4
        routes = _USER + 5  # what it sets: [{source, display, signal}], before it is applied

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(key=lambda row: row.id, parent=parent)

    def role_value(self, row: PresetRow, role: Any) -> Any:
        return {self.Roles.presetId: row.id, self.Roles.name: row.name,
                self.Roles.applied: row.applied, self.Roles.pending: row.pending,
                self.Roles.routes: [{"source": source, "display": display, "signal": signal}
                                    for source, display, signal in row.routes]}[role]
