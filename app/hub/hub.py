"""`roompanel hub`: one session per vendor service for a whole site, every room's state
published on the site's broker, and the commands panels send carried out, each at most once.

The hub runs the panel's own state layer (`PanelSession`: coordinators, the call book,
device pollers, conference sources, the overview), headless. What reads only while someone
looks (a room's routing, its conference) runs while some panel of the site shows it, as each
panel's status says.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

from app.api.broker import BrokerLink, Incoming
from app.config import Config
from app.hub.executor import CommandExecutor
from app.state.calls import CallsView
from app.state.commands import TaskSet
from app.state.directory import DirectoryView, Room
from app.state.hub_wire import Topics, to_wire
from app.state.notices import Notice
from app.state.overview import OverviewView
from app.state.session import PanelSession
from app.support import app_version

log = logging.getLogger(__name__)

# Parts read only while a panel shows them, by the pages' part (viewmodels/pages.py).
ON_DEMAND = ("routing", "conference")
# A tool (`roompanel route`) has no screen to report: it asks the hub to look at a part,
# which the hub then reads for this long.
LOOK_LEASE_S = 60.0


class Hub:
    def __init__(self, config: Config, *, session: PanelSession | None = None,
                 wall_clock: Callable[[], float] = time.time,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        assert config.hub is not None
        self.config = config
        self.session = session or PanelSession(config)
        self.topics = Topics(config.hub.site)
        self._clock = wall_clock
        self.link = BrokerLink(
            config.hub, client_id=f"roompanel-hub-{config.hub.site}",
            will=(self.topics.hub_status, self._status("offline",
                                                       "The site hub stopped unexpectedly")))
        self.executor = CommandExecutor(self)
        self._started_at = wall_clock()
        self._rooms: dict[str, Room] = {}
        self._watched: dict[str, set[str]] = {part: set() for part in ON_DEMAND}
        self._panels: dict[str, dict[str, Any]] = {}
        self._said: dict[str, Any] = {}  # topic -> the view last published on it
        self._monotonic = monotonic
        self._looks: dict[tuple[str, str], float] = {}  # (room id, part) -> until
        self._closing = False
        self._tasks = TaskSet()

    # --- lifecycle -------------------------------------------------------------------------

    async def start(self) -> None:
        self.link.keep(self.topics.hub_status, self._status("online", ""))
        self.link.serve(self.topics.all_commands, self._on_command)
        self.link.subscribe(self.topics.all_panels, self._on_panel)
        self.link.start()
        self.session.directory.add_listener(self._on_directory)
        await self.session.directory.load_until_reachable()
        calls = self.session.calls
        if calls is not None:
            calls.watch_parking = True  # for the site's operator consoles
            calls.add_listener(self._on_calls, self._on_call_notice)
            calls.start()
        overview = self.session.overview()
        overview.add_listener(self._on_overview)
        overview.start(self.session.rooms)

    async def aclose(self) -> None:
        """Say the hub is going, then stop everything (the PBX token is revoked)."""
        self._closing = True
        await self.link.stop(last_words={
            self.topics.hub_status: self._status("offline", "The site hub was stopped")})
        await self.executor.aclose()
        await self._tasks.wait()
        await self.session.aclose()

    def _status(self, state: str, reason: str) -> dict[str, Any]:
        return {"state": state, "reason": reason, "since": self._clock(),
                "version": app_version(), "site": self.topics.root.split("/")[-1]}

    # --- rooms -----------------------------------------------------------------------------

    def _on_directory(self, view: DirectoryView) -> None:
        if not view.loaded:
            return
        self.link.keep(self.topics.rooms, {"rooms": [self._describe(r) for r in view.rooms],
                                           "hub_time": self._clock()})
        for room in view.rooms:
            if room.id not in self._rooms:
                self._rooms[room.id] = room
                self._follow(room)

    def _describe(self, room: Room) -> dict[str, Any]:
        """What a panel needs to build the room's screen without the site's configuration."""
        session = self.session
        conference = session.conference(room)
        devices = session.devices(room)
        settings = self.config.room_settings(room.id, room.name)
        return {
            "id": room.id, "name": room.name, "phone": session.phone_of(room) or "",
            "speed_dial": [s.model_dump() for s in settings.speed_dial] if settings else [],
            "devices": devices is not None,
            "conference": None if conference is None else {
                "features": sorted(conference.features), "layouts": list(conference.layouts),
                "mutes_read_back": conference.mutes_read_back,
                "service": conference.service, "description": conference.description},
        }

    def _follow(self, room: Room) -> None:
        coordinator = self.session.coordinator(room)
        coordinator.add_listener(lambda view: self._publish(room, "controls", view),
                                 lambda notice: self._tell(room, notice))
        coordinator.start()
        devices = self.session.devices(room)
        if devices is not None:
            devices.add_listener(lambda view: self._publish(room, "devices", view))
            devices.start()
        routing = self.session.routing(room)
        routing.add_listener(lambda view: self._publish(room, "routing", view),
                             lambda notice: self._tell(room, notice))
        conference = self.session.conference(room)
        if conference is not None:
            conference.add_listener(lambda view: self._publish(room, "conference", view),
                                    lambda notice: self._tell(room, notice))

    def room(self, room_id: str) -> Room | None:
        return self._rooms.get(room_id)

    def _publish(self, room: Room, part: str, view: Any) -> None:
        """A part of a room, when it says something new: one change somewhere in the site
        (a call, a summary) must not send every room's parts to every panel again."""
        topic = self.topics.part(room.id, part)
        if self._said.get(topic) == view:  # frozen views: compared before any JSON is made
            return
        self._said[topic] = view
        self.link.keep(topic, {"view": to_wire(view), "hub_time": self._clock()})

    def _tell(self, room: Room, notice: Notice) -> None:
        """A notice for the panels of a room: with the reply when a command caused it,
        else on the room's notice topic."""
        if not self.executor.claim(room.id, notice):
            self._tasks.spawn(self.link.send(self.topics.notice(room.id),
                                             {"notice": to_wire(notice)}))

    def _on_calls(self, view: CallsView) -> None:
        for room in self._rooms.values():
            key = self.session.phone_of(room)
            if key is None:
                continue
            phones = view.extensions.get(key, ())
            mine = CallsView(available=view.available, reason=view.reason,
                             calls={key: view.calls_for(key)},
                             recent={key: view.recent_for(key)},
                             dialing=frozenset({key} & view.dialing),
                             presence={k: v for k, v in view.presence.items()
                                       if k.partition(":")[2] in phones},
                             extensions={key: phones},
                             missing=view.missing & frozenset(phones),
                             trunks=view.trunks, system=view.system, parked=view.parked,
                             parking=view.parking,
                             presence_pending=view.presence_pending & frozenset(phones))
            self._publish(room, "calls", mine)

    def _on_call_notice(self, key: str, notice: Notice) -> None:
        for room in self._rooms.values():
            if self.session.phone_of(room) == key:
                self._tell(room, notice)

    def _on_overview(self, view: OverviewView) -> None:
        for room_id, summary in view.summaries.items():
            room = self._rooms.get(room_id)
            if room is not None:
                self._publish(room, "summary", summary)

    # --- panels: who looks at what ---------------------------------------------------------

    def _on_panel(self, topic: str, status: Any) -> None:
        panel = Topics.panel_of(topic)
        if not panel:
            return
        if isinstance(status, dict) and status.get("link") != "offline":
            self._panels[panel] = status
        else:
            self._panels.pop(panel, None)
        self._update_interest()

    @property
    def panels(self) -> dict[str, dict[str, Any]]:
        return dict(self._panels)

    def look(self, room: Room, part: str) -> None:
        """Read `part` of `room` for a while, though no panel shows it (a tool asks)."""
        if part not in ON_DEMAND:
            return
        self._looks[(room.id, part)] = self._monotonic() + LOOK_LEASE_S
        self._update_interest()
        asyncio.get_running_loop().call_later(LOOK_LEASE_S, self._update_interest)

    def _update_interest(self) -> None:
        now = self._monotonic()
        self._looks = {key: until for key, until in self._looks.items() if until > now}
        for part in ON_DEMAND:
            wanted = {str(s.get("room")) for s in self._panels.values()
                      if s.get("part") == part and s.get("room")}
            wanted |= {room_id for room_id, looked in self._looks if looked == part}
            for room_id in wanted - self._watched[part]:
                self._watch(room_id, part, True)
            for room_id in self._watched[part] - wanted:
                self._watch(room_id, part, False)
            self._watched[part] = {r for r in wanted if r in self._rooms}

    def _watch(self, room_id: str, part: str, on: bool) -> None:
        room = self._rooms.get(room_id)
        if room is None or self._closing:
            return
        holder = self.session.routing(room) if part == "routing" \
            else self.session.conference(room)
        if holder is None:
            return
        if on:
            holder.start()
        else:
            self._tasks.spawn(holder.stop())

    # --- commands --------------------------------------------------------------------------

    def _on_command(self, request: Incoming) -> None:
        self.executor.receive(request)
