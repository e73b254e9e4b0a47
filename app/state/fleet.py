"""The site's panels as the broker knows them: each panel's retained status, read by the
operator console's Panels page (live) and by `roompanel fleet` and `doctor` (once).

A status is written by a panel we may not trust to be well-formed (an older version, a
hand-made client): every field is read leniently and anything unreadable is shown as
unknown, never taken for "live".
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from app.config import Config
from app.state.notices import Problem

FLEET_LISTEN_S = 1.5  # retained statuses arrive at once; a moment more for late ones
LINKS = ("connecting", "live", "stale", "offline")
PHASES = ("awake", "dimmed", "screensaver", "off")
# Problems first: the operator opens this page to find the panel that needs a visit.
_LINK_ORDER = {"offline": 0, "unknown": 1, "stale": 2, "connecting": 3, "live": 4}


@dataclass(frozen=True)
class PanelStatus:
    panel: str
    room: str = ""  # the room's id ("" when the panel shows no room)
    part: str = ""
    mode: str = ""
    version: str = ""
    link: str = "unknown"  # connecting | live | stale | offline | unknown
    reason: str = ""
    phase: str = ""
    since: float | None = None  # wall clock of the last change of what its screen shows
    started: float | None = None  # wall clock of the panel's start

    @property
    def online(self) -> bool:
        return self.link != "offline"

    def uptime_s(self, now: float) -> float | None:
        if not self.online or self.started is None:
            return None
        return max(0.0, now - self.started)

    def as_wire(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def read(cls, panel_id: str, data: Any) -> PanelStatus:
        if not isinstance(data, dict):
            return cls(panel_id, reason="Its status cannot be read")
        link = _text(data.get("link"))
        phase = _text(data.get("phase"))
        return cls(
            panel=panel_id, room=_text(data.get("room")), part=_text(data.get("part")),
            mode=_text(data.get("mode")), version=_text(data.get("version")),
            link=link if link in LINKS else "unknown", reason=_text(data.get("reason")),
            phase=phase if phase in PHASES else "", since=_time(data.get("since")),
            started=_time(data.get("started")))


def _text(value: Any, limit: int = 200) -> str:
    return value[:limit] if isinstance(value, str) else ""


def _time(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if 0 < value < 1e11 else None  # seconds since 1970, not garbage


@dataclass(frozen=True)
class FleetView:
    panels: tuple[PanelStatus, ...] = ()
    heard: bool = False  # connected to the broker at least once: the list is the site's
    problem: Problem | None = None  # why the list may be out of date (the broker is gone)

    @property
    def offline_count(self) -> int:
        return sum(1 for p in self.panels if not p.online)


def ordered(panels: dict[str, PanelStatus]) -> tuple[PanelStatus, ...]:
    return tuple(sorted(panels.values(),
                        key=lambda p: (_LINK_ORDER.get(p.link, 1), p.panel.casefold())))


class FleetBoard:
    """Panel statuses as they arrive, published as one frozen `FleetView`."""

    def __init__(self, problem: Callable[[], Problem | None]) -> None:
        self._problem = problem
        self._panels: dict[str, PanelStatus] = {}
        self._heard = False
        self._listeners: list[Callable[[FleetView], None]] = []
        self.view = FleetView()

    def add_listener(self, on_view: Callable[[FleetView], None]) -> None:
        self._listeners.append(on_view)

    def on_status(self, panel_id: str, data: Any) -> None:
        if not panel_id:
            return
        if data is None:
            # An empty retained message (the panel was retired), or one that is not JSON.
            self._panels.pop(panel_id, None)
        else:
            self._panels[panel_id] = PanelStatus.read(panel_id, data)
        self.publish()

    def heard_broker(self) -> None:
        self._heard = True
        self.publish()

    def publish(self) -> None:
        view = FleetView(ordered(self._panels), self._heard, self._problem())
        if view != self.view:
            self.view = view
            for listener in list(self._listeners):
                listener(view)


async def read_fleet(config: Config) -> tuple[list[PanelStatus], dict[str, Any] | None,
                                              dict[str, str]]:
    """Every panel's status, the hub's, and the site's room names by id, once."""
    from app.api.broker import BrokerLink
    from app.state.hub_wire import Topics

    assert config.hub is not None
    topics = Topics(config.hub.site)
    board = FleetBoard(lambda: None)
    hub: dict[str, Any] = {}
    names: dict[str, str] = {}
    connected = asyncio.Event()
    link = BrokerLink(config.hub, client_id=f"roompanel-fleet-{time.time_ns()}",
                      on_link=lambda up, reason: connected.set() if up else None)

    def rooms(topic: str, data: Any) -> None:
        listed = data.get("rooms") if isinstance(data, dict) else None
        for entry in listed if isinstance(listed, list) else []:
            if isinstance(entry, dict) and isinstance(entry.get("id"), str):
                names[entry["id"]] = _text(entry.get("name")) or entry["id"]

    link.subscribe(topics.all_panels,
                   lambda topic, status: board.on_status(Topics.panel_of(topic), status))
    link.subscribe(topics.hub_status, lambda topic, status: hub.update(
        status if isinstance(status, dict) else {}))
    link.subscribe(topics.rooms, rooms)
    link.start()
    try:
        async with asyncio.timeout(config.hub.timeout_s):
            await connected.wait()
        await asyncio.sleep(FLEET_LISTEN_S)
    except TimeoutError:
        pass
    reason = link.reason
    await link.stop()
    if not link.connected and not board.view.panels and not hub:
        raise ConnectionError(reason)
    return list(board.view.panels), hub or None, names
