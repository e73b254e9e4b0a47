"""What the "Sources & displays" page shows: frozen rows derived from the service's answers."""

from __future__ import annotations

from dataclasses import dataclass

from app.api.yealink.av_models import Signal
from app.state.freshness import Health
from app.state.notices import Problem
from app.state.room import SwitchRow

# What a route can carry, by the names the service and the views use.
SIGNAL_NAMES = tuple(s.value for s in Signal)


@dataclass(frozen=True)
class SourceRow:
    id: str
    name: str
    model: str
    group_id: str
    online: bool


@dataclass(frozen=True)
class DisplayRow:
    id: str
    name: str
    model: str
    group_id: str
    online: bool
    video_source: str | None = None  # source id
    audio_source: str | None = None
    usb_source: str | None = None
    volume: int | None = None  # None until the codec reported it
    audio_on: bool | None = None
    audio_pending: bool = False
    power_pending: bool = False
    video_input: str | None = None  # "lan in" | "hdmi input1" | "none"; None: not read
    input_pending: bool = False
    # The route wish being carried out: (source id or None to clear, signal or None)
    route_wish: tuple[str | None, str | None] | None = None


@dataclass(frozen=True)
class PresetRow:
    id: str
    name: str
    applied: bool
    pending: bool = False
    routes: tuple[tuple[str, str, str], ...] = ()  # (source, display, signal) it sets


@dataclass(frozen=True)
class RoutingView:
    health: Health
    sources: tuple[SourceRow, ...] = ()
    displays: tuple[DisplayRow, ...] = ()
    presets: tuple[PresetRow, ...] = ()
    auto_groups: tuple[SwitchRow, ...] = ()
    usb_mode: str = ""  # "Follow Video" | "Manual" | "" before the first read
    usb_pending: bool = False
    can_power: bool = False  # display control commands are configured for this room
    note: str = ""  # why the page is empty, when it is
    # Why the displays' codec audio is not offered (volume and sound are then hidden).
    audio_unavailable: Problem | None = None


def signal_between(display: DisplayRow, source_id: str) -> str:
    """The confirmed signal from a source to a display: Audio/Video, Video, Audio or ''."""
    video = display.video_source == source_id
    audio = display.audio_source == source_id
    if video and audio:
        return "Audio/Video"
    return "Video" if video else "Audio" if audio else ""
