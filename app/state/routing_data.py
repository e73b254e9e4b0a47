"""What the routing pages know of a room's device groups, as last read: devices, routes,
presets, automatic routing groups, USB routing and codec audio, with the lookups the
commands and the view share."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.api.yealink.av_models import AutoGroup, Device, DeviceGroup, Preset, Route, UsbRouting
from app.config import RoomConfig


def resolve_groups(groups: list[DeviceGroup], room_name: str,
                   settings: RoomConfig | None) -> tuple[list[DeviceGroup], str]:
    """The room's device groups: as configured, else the only one, else the one named like
    the room. The text says why none was found."""
    if settings is not None and settings.device_groups:
        wanted = settings.device_groups
        found = [g for g in groups if g.id in wanted or g.name in wanted]
        missing = [w for w in wanted if not any(w in (g.id, g.name) for g in found)]
        note = f"Device group not found: {', '.join(missing)}" if missing else ""
        return found, note
    if len(groups) == 1:
        return groups, ""
    named = [g for g in groups if g.name == room_name]
    if named:
        return named, ""
    return [], "No device group is set for this room (rooms[].device_groups in the configuration)"


@dataclass
class RoutingData:
    groups: list[DeviceGroup] = field(default_factory=list)
    note: str = ""  # why no device group was found
    devices: dict[str, Device] = field(default_factory=dict)  # by id
    routes: dict[str, list[Route]] = field(default_factory=dict)  # by group id
    presets: dict[str, list[Preset]] = field(default_factory=dict)
    autos: dict[str, list[AutoGroup]] = field(default_factory=dict)
    usb: dict[str, UsbRouting] = field(default_factory=dict)
    audio: dict[str, tuple[int, bool]] = field(default_factory=dict)  # decoder -> (volume, on)

    def by_mac(self, mac: str) -> Device | None:
        return next((d for d in self.devices.values() if d.mac_address == mac), None)

    def routes_to(self, display: Device) -> list[Route]:
        return [r for r in self.routes.get(display.group_id or "", [])
                if r.receiver_mac == display.mac_address]

    def group_of_preset(self, preset_id: str) -> str | None:
        return next((g for g, presets in self.presets.items()
                     if any(p.id == preset_id for p in presets)), None)

    def group_of_auto(self, auto_id: str) -> str | None:
        return next((g for g, autos in self.autos.items()
                     if any(a.id == auto_id for a in autos)), None)

    def preset_name(self, preset_id: str) -> str:
        return next((p.name for group in self.presets.values() for p in group
                     if p.id == preset_id), preset_id)

    def auto_name(self, auto_id: str) -> str:
        return next((a.name for group in self.autos.values() for a in group
                     if a.id == auto_id), auto_id)
