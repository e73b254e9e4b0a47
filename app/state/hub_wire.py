"""The site hub's wire: its topics and the JSON on them, shared by the hub that publishes
and the panels that read. Plain JSON, stable, so other tools (Home Assistant, Node-RED)
can read it too; ARCHITECTURE.md documents it.

    roompanel/<site>/hub/status               retained {"state": "online"|"offline", ...}
    roompanel/<site>/rooms                     retained {"rooms": [{id, name, phone, ...}]}
    roompanel/<site>/rooms/<room_id>/<part>    retained {"view": ..., "hub_time": ...}
        part: controls | routing | calls | conference | devices | summary
    roompanel/<site>/rooms/<room_id>/notice    {"notice": ...} (not retained)
    roompanel/<site>/rooms/<room_id>/cmd       MQTT 5 request {"id", "do", "args"}
    roompanel/<site>/panels/<panel_id>/status  retained, by each panel

A part's `view` is the state layer's own frozen view (the same dataclasses a panel in
direct mode shows), as JSON; every one carries when its service last confirmed it and that
service's health, so a value's freshness survives the hop.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import TypeAdapter, ValidationError

T = TypeVar("T")

PARTS = ("controls", "routing", "calls", "conference", "devices", "summary")


class Topics:
    def __init__(self, site: str) -> None:
        self.root = f"roompanel/{site}"

    @property
    def hub_status(self) -> str:
        return f"{self.root}/hub/status"

    @property
    def rooms(self) -> str:
        return f"{self.root}/rooms"

    def part(self, room_id: str, part: str) -> str:
        return f"{self.root}/rooms/{room_id}/{part}"

    def all_parts(self, part: str) -> str:
        return f"{self.root}/rooms/+/{part}"

    def notice(self, room_id: str) -> str:
        return f"{self.root}/rooms/{room_id}/notice"

    def commands(self, room_id: str) -> str:
        return f"{self.root}/rooms/{room_id}/cmd"

    @property
    def all_commands(self) -> str:
        return f"{self.root}/rooms/+/cmd"

    def panel_status(self, panel_id: str) -> str:
        return f"{self.root}/panels/{panel_id}/status"

    @property
    def all_panels(self) -> str:
        return f"{self.root}/panels/+/status"

    @staticmethod
    def room_of(topic: str) -> str:
        """The room id in a rooms/<room_id>/... topic."""
        parts = topic.split("/")
        return parts[3] if len(parts) > 4 and parts[2] == "rooms" else ""

    @staticmethod
    def panel_of(topic: str) -> str:
        parts = topic.split("/")
        return parts[3] if len(parts) > 4 and parts[2] == "panels" else ""


_adapters: dict[object, TypeAdapter[Any]] = {}


def _adapter(kind: object) -> TypeAdapter[Any]:
    """One per type: building one costs about a millisecond."""
    adapter = _adapters.get(kind)
    if adapter is None:
        adapter = _adapters[kind] = TypeAdapter(kind)  # type: ignore[arg-type]
    return adapter


def to_wire(value: Any) -> Any:
    """A frozen view (or notice) as JSON-ready data."""
    return _adapter(type(value)).dump_python(value, mode="json")


def from_wire(kind: type[T], data: Any) -> T | None:
    """The view `data` describes, or None when it does not describe one (logged by the
    caller): a message from a newer hub or a broken one must not break the panel."""
    try:
        value: T = _adapter(kind).validate_python(data)
    except (ValidationError, ValueError, TypeError, RecursionError):
        return None
    return value
