"""A panel on a site hub: everything it shows comes from the hub's retained messages on the
site's broker, every command goes to the hub (MQTT 5 request/response), and the panel holds
no vendor secret. It offers the view-models what `PanelSession` does (`sources.Session`),
so the screen is the same either way.

The panel also says what its screen shows (`panels/<panel_id>/status`, retained, updated on
every change), which is how the hub knows what to read and the operator which panels are up.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import Any, TypeVar

from app.api.broker import BrokerLink
from app.api.errors import ServiceError, ServiceTimeout
from app.config import Config, SpeedDial
from app.state.calls import CallsReading, CallsView
from app.state.commands import Commands, TaskSet
from app.state.conference_base import ConferenceView
from app.state.devices import DevicesView
from app.state.directory import DirectoryReading, DirectoryView, Room
from app.state.fleet import FleetBoard
from app.state.hub_wire import Topics, from_wire
from app.state.lookup import find_by_id_or_name
from app.state.notices import Notice, NoticeKind, Problem
from app.state.overview import OverviewView, RoomSummary
from app.state.remote_link import HopState, unreachable_hub
from app.state.remote_rooms import RemoteConference, RemoteRoom, RemoteRouting
from app.state.room import RoomView
from app.state.routing_view import RoutingView
from app.support import app_version

log = logging.getLogger(__name__)

M = TypeVar("M")
ASK_TRIES = 2  # a command not answered is asked again with the same id: the hub runs it once


class HubSession:
    """A panel on the hub; or, given `tool` ("invoke", "route"), a command-line tool using
    a panel's configuration: a client id of its own, and no panel status of its own (the
    panel it borrows the account of stays what it is on the Panels page)."""

    def __init__(self, config: Config, *, wall_clock: Callable[[], float] = time.time,
                 tool: str | None = None) -> None:
        assert config.hub is not None
        self.config = config
        self._hub_config = config.hub
        self.panel_id = config.hub.panel_name
        self.topics = Topics(config.hub.site)
        self._clock = wall_clock
        self._started_at = wall_clock()
        self.hop = HopState()
        self._info: dict[str, dict[str, Any]] = {}  # room id -> what the hub says of it
        self._rooms: dict[str, RemoteRoom] = {}
        self._routing: dict[str, RemoteRouting] = {}
        self._conferences: dict[str, RemoteConference] = {}
        self._devices: dict[str, RemoteDevices] = {}
        self._watched: set[str] = set()
        self._screen: dict[str, Any] = {"room": "", "part": "", "link": "connecting",
                                        "reason": "", "phase": "awake"}
        self._tasks = TaskSet()
        self._tool = tool
        if tool is None:
            self.link = BrokerLink(
                config.hub, client_id=f"roompanel-panel-{self.panel_id}",
                will=(self.topics.panel_status(self.panel_id), self._status(
                    link="offline", reason="The panel is gone (its connection to the broker "
                                           "was lost)")),
                on_link=self._on_link)
        else:
            self.link = BrokerLink(
                config.hub, client_id=f"roompanel-{tool}-{self.panel_id}-{uuid.uuid4().hex[:8]}",
                on_link=self._on_link)
        self.directory = RemoteDirectory(self)
        self.calls = RemoteCalls(self)
        self._overview = RemoteOverview(self)
        self.link.subscribe(self.topics.hub_status, self._on_hub_status)
        self.link.subscribe(self.topics.rooms, self._on_rooms)
        self._fleet: FleetBoard | None = None
        # A panel that can show the room overview (an operator's, or one with no room of
        # its own) reads every room's summary and calls; a room's panel reads only its own
        # room (`_mirror`), so a building's panels do not each take the whole site.
        self._site_wide = tool is None and not config.panel.locked_to_room
        if self._site_wide:
            self.link.subscribe(self.topics.all_parts("summary"), self._overview.on_summary)
            self.link.subscribe(self.topics.all_parts("calls"), self.calls.on_part)
        if config.panel.mode == "operator" and tool is None:
            # And every panel of the site (the Panels page).
            fleet = self._fleet = FleetBoard(self._hop_problem)
            self.link.subscribe(self.topics.all_panels, lambda topic, status: fleet.on_status(
                Topics.panel_of(topic), status))

    # --- what the view-models use --------------------------------------------------------

    @property
    def rooms(self) -> list[Room]:
        return list(self.directory.view.rooms)

    async def load_rooms(self) -> list[Room]:
        return list(await self.directory.load_until_reachable())

    def find_room(self, name_or_id: str) -> Room | None:
        return find_by_id_or_name(self.directory.view.rooms, name_or_id)

    async def room_named(self, wanted: str) -> Room:
        """The command line's way: LookupError when the site has no such room."""
        try:
            async with asyncio.timeout(self._hub_config.timeout_s):
                await self.load_rooms()
        except TimeoutError:
            raise unreachable_hub(self.hop) from None
        room = self.find_room(wanted)
        if room is None:
            raise LookupError(f"No room “{wanted}” on the site hub")
        return room

    async def heard(self, mirror: RemoteRoom) -> RoomView:
        """The room's view once the hub's has arrived (the command line)."""
        await self.arrival(mirror)
        view: RoomView = mirror.view
        return view

    async def arrival(self, mirror: RemoteRoom | RemoteRouting) -> None:
        """Until the hub's first view of the mirror's part is in (the command line)."""
        try:
            async with asyncio.timeout(self._hub_config.timeout_s):
                await mirror.arrived.wait()
        except TimeoutError:
            raise unreachable_hub(self.hop) from None

    def coordinator(self, room: Room) -> RemoteRoom:
        return self._mirror(self._rooms, room, lambda: RemoteRoom(self, room))

    def routing(self, room: Room) -> RemoteRouting:
        return self._mirror(self._routing, room, lambda: RemoteRouting(self, room))

    def conference(self, room: Room) -> RemoteConference | None:
        about = self._info.get(room.id, {}).get("conference")
        if not isinstance(about, dict):
            return None
        return self._mirror(self._conferences, room,
                            lambda: RemoteConference(self, room, about))

    def devices(self, room: Room) -> RemoteDevices | None:
        if not self._info.get(room.id, {}).get("devices"):
            return None
        return self._mirror(self._devices, room, lambda: RemoteDevices(self, room))

    def overview(self) -> RemoteOverview:
        return self._overview

    def fleet(self) -> FleetBoard | None:
        """The site's panels, for an operator console (None for a room's panel)."""
        return self._fleet

    def phone_of(self, room: Room) -> str | None:
        return str(self._info.get(room.id, {}).get("phone") or "") or None

    def speed_dial(self, room: Room) -> list[SpeedDial]:
        found = []
        for entry in self._info.get(room.id, {}).get("speed_dial", []):
            try:
                found.append(SpeedDial.model_validate(entry))
            except ValueError:
                continue
        return found

    def now(self) -> float:
        return self._clock()

    async def aclose(self) -> None:
        await self._tasks.cancel()
        await self.link.stop(last_words=None if self._tool else {
            self.topics.panel_status(self.panel_id): self._status(
                link="offline", reason="The panel was closed")})

    # --- the screen, told to the site ------------------------------------------------------

    def screen_changed(self, **shown: str) -> None:
        """What the screen shows changed (room, part, link, reason, phase)."""
        if self._tool or all(self._screen.get(k) == v for k, v in shown.items()):
            return
        self._screen.update(shown)
        self.link.keep(self.topics.panel_status(self.panel_id), self._status())

    def _status(self, **overrides: str) -> dict[str, Any]:
        return {"panel": self.panel_id, "room": self._screen["room"],
                "part": self._screen["part"], "mode": self.config.panel.mode,
                "version": app_version(), "link": self._screen["link"],
                "reason": self._screen["reason"], "phase": self._screen["phase"],
                "since": self._clock(), "started": self._started_at, **overrides}

    # --- the hop -------------------------------------------------------------------------

    def start(self) -> None:
        if not self._tool:
            self.link.keep(self.topics.panel_status(self.panel_id), self._status())
        self.link.start()

    def _on_link(self, connected: bool, reason: str) -> None:
        self._set_hop(replace(self.hop, connected=connected, link_reason=reason))
        if connected and self._fleet is not None:
            self._fleet.heard_broker()

    def _on_hub_status(self, topic: str, status: Any) -> None:
        online = isinstance(status, dict) and status.get("state") == "online"
        reason = str(status.get("reason", "")) if isinstance(status, dict) else ""
        self._set_hop(replace(self.hop, hub_online=online, hub_reason=reason or "gone"))

    def _hop_problem(self) -> Problem | None:
        return self.hop.problem()  # `hop` is replaced on every change: read it now

    def _set_hop(self, hop: HopState) -> None:
        if hop == self.hop:
            return
        self.hop = hop
        publishers: list[Callable[[], None]] = [
            *(m.publish for m in self._rooms.values()),
            *(m.publish for m in self._routing.values()),
            *(m.publish for m in self._conferences.values()),
            *(m.publish for m in self._devices.values())]
        for publish in publishers:
            publish()
        self.calls.publish()
        self.directory.publish()
        if self._fleet is not None:
            self._fleet.publish()

    def _on_rooms(self, topic: str, data: Any) -> None:
        listed = data.get("rooms") if isinstance(data, dict) else None
        if not isinstance(listed, list):
            return
        rooms = []
        for entry in listed:
            if isinstance(entry, dict) and isinstance(entry.get("id"), str):
                self._info[entry["id"]] = entry
                rooms.append(Room(entry["id"], str(entry.get("name") or entry["id"])))
        self.directory.listed(tuple(rooms))

    def _mirror(self, kept: dict[str, M], room: Room, make: Callable[[], M]) -> M:
        if room.id not in kept:
            kept[room.id] = make()
            if room.id not in self._watched:
                self._watched.add(room.id)
                self.link.subscribe(f"{self.topics.root}/rooms/{room.id}/+", self._on_room_part)
        return kept[room.id]

    def _on_room_part(self, topic: str, data: Any) -> None:
        room_id, part = Topics.room_of(topic), topic.rsplit("/", 1)[-1]
        kinds: dict[str, tuple[dict[str, Any], type[Any]]] = {
            "controls": (self._rooms, RoomView), "routing": (self._routing, RoutingView),
            "conference": (self._conferences, ConferenceView),
            "devices": (self._devices, DevicesView)}
        if part == "calls":
            if not self._site_wide:  # else the site-wide subscription has it already
                self.calls.on_part(topic, data)
            return
        if part == "notice":
            notice = from_wire(Notice, data.get("notice") if isinstance(data, dict) else None)
            mirror = self._rooms.get(room_id)
            if notice is not None and mirror is not None:
                mirror.notify(notice)
            return
        if part in kinds:
            kept, kind = kinds[part]
            target = kept.get(room_id)
            if target is not None:
                target.on_part(kind, data)

    def watch(self, room: Room, part: str, on: bool) -> None:
        """A mirror on screen or not: the hub reads routing and conferences on demand."""
        if on and self._tool:
            self._tasks.spawn(self.ask(room, "look", {"part": part}, lambda notice: None,
                                       quietly=True))
        elif on:
            self.screen_changed(room=room.id, part=part)

    # --- commands --------------------------------------------------------------------------

    async def ask(self, room: Room, what: str, args: dict[str, Any],
                  tell: Callable[[Notice], None], *, quietly: bool = False) -> None:
        """Ask the hub to carry out a command; its notices go to `tell`. Asked again with
        the same id when the answer is late: the hub carries an id out at most once.
        Raises the error that kept the command from the hub."""
        payload = {"id": uuid.uuid4().hex, "do": what, "args": args}
        for attempt in range(ASK_TRIES):
            try:
                reply = await self.link.request(self.topics.commands(room.id), payload)
                break
            except ServiceTimeout:
                if attempt == ASK_TRIES - 1:
                    raise
            except ServiceError:
                if quietly:
                    return
                raise unreachable_hub(self.hop) from None
        if not isinstance(reply, dict):
            return
        for data in reply.get("notices", []) if isinstance(reply.get("notices"), list) else []:
            notice = from_wire(Notice, data)
            if notice is not None:
                tell(notice)


class RemoteDirectory(DirectoryReading):
    def __init__(self, session: HubSession) -> None:
        self._session = session
        self._rooms: tuple[Room, ...] = ()
        self._listed = asyncio.Event()
        self._listeners: list[Callable[[DirectoryView], None]] = []
        self.view = DirectoryView()

    def listed(self, rooms: tuple[Room, ...]) -> None:
        self._rooms = rooms
        self._listed.set()
        self.publish()

    async def load_until_reachable(self) -> tuple[Room, ...]:
        self._session.start()
        await self._listed.wait()
        return self._rooms

    async def reload(self) -> bool:
        return True  # the hub keeps the list current: nothing to ask

    def publish(self) -> None:
        problem = self._session.hop.problem()
        view = DirectoryView(self._rooms, loaded=self._listed.is_set(), problem=problem,
                             retrying=problem is not None and not self._listed.is_set())
        if view != self.view:
            self.view = view
            for listener in list(self._listeners):
                listener(view)


class RemoteCalls(CallsReading):
    """Every room's calls as the hub publishes them, room by room, merged."""

    def __init__(self, session: HubSession) -> None:
        self._session = session
        self._by_room: dict[str, CallsView] = {}
        self._tasks = TaskSet()
        self._commands: Commands[str] = Commands(self.publish, lambda notice: None,
                                                 self._tasks)
        self._listeners: list[Callable[[CallsView], None]] = []
        self._notice_listeners: list[Callable[[str, Notice], None]] = []

    def add_listener(self, on_view: Callable[[CallsView], None],
                     on_notice: Callable[[str, Notice], None]) -> None:
        self._listeners.append(on_view)
        self._notice_listeners.append(on_notice)

    def start(self) -> None:
        """Nothing to start: the hub's call book runs for the whole site."""

    def on_part(self, topic: str, data: Any) -> None:
        view = from_wire(CallsView, data.get("view") if isinstance(data, dict) else None)
        if view is not None:
            self._by_room[Topics.room_of(topic)] = view
            self.publish()

    @property
    def view(self) -> CallsView:
        problem = self._session.hop.problem()
        views = list(self._by_room.values())
        if problem is not None or not views:
            return CallsView(available=False, reason=problem.message if problem else
                             CallsView.reason)
        calls = {key: tuple(replace(row, pending=self._commands.wish(row.call_id, row.pending))
                            for row in rows) for v in views for key, rows in v.calls.items()}
        return CallsView(
            available=all(v.available for v in views),
            reason=next((v.reason for v in views if v.reason), ""), calls=calls,
            recent={key: rows for v in views for key, rows in v.recent.items()},
            dialing=frozenset().union(*(v.dialing for v in views)) | frozenset(
                key.removeprefix("dial:") for key in self._commands if key.startswith("dial:")),
            presence={k: p for v in views for k, p in v.presence.items()},
            extensions={key: phones for v in views for key, phones in v.extensions.items()},
            missing=frozenset().union(*(v.missing for v in views)),
            # Site-wide: every room's part carries the same; the newest room's is as good.
            trunks=views[-1].trunks, system=views[-1].system, parked=views[-1].parked,
            parking=views[-1].parking,
            presence_pending=frozenset().union(*(v.presence_pending for v in views)) | frozenset(
                key.removeprefix("presence:") for key in self._commands
                if key.startswith("presence:")))

    def _room_of(self, key: str) -> Room | None:
        return next((room for room in self._session.rooms
                     if self._session.phone_of(room) == key), None)

    def control(self, room_key: str, call_id: str, action: str) -> bool:
        return self._on_call(room_key, call_id, "call_control", {"action": action}, action,
                             NoticeKind.CALL_CONTROL_FAILED, action=action)

    def transfer(self, room_key: str, call_id: str, number: str, how: str = "blind") -> bool:
        return bool(number) and self._on_call(
            room_key, call_id, "transfer_call", {"number": number, "how": how},
            "add" if how == "add" else "transfer",
            NoticeKind.ADD_MEMBER_FAILED if how == "add" else NoticeKind.TRANSFER_FAILED,
            number=number)

    def set_presence(self, room_key: str, status: str) -> bool:
        room = self._room_of(room_key)
        phones = self.view.extensions.get(room_key, ())
        if room is None or not phones:
            return False
        return self._commands.send(
            f"presence:{phones[0]}", lambda: self._session.ask(
                room, "set_presence", {"status": status}, lambda n: self._tell(room_key, n)),
            failed=lambda exc: self._tell(room_key, Notice.of(
                NoticeKind.PRESENCE_FAILED, exc, extension=phones[0])),
            wish=status)

    def _on_call(self, room_key: str, call_id: str, what: str, args: dict[str, str],
                 wish: str, refused: NoticeKind, **about: str) -> bool:
        """A command about one call, asked of the hub once; its refusal told to the room."""
        room = self._room_of(room_key)
        row = next((r for r in self.view.calls_for(room_key) if r.call_id == call_id), None)
        if room is None or row is None:
            return False
        return self._commands.send(
            call_id, lambda: self._session.ask(room, what, {"call": call_id, **args},
                                               lambda n: self._tell(room_key, n)),
            failed=lambda exc: self._tell(room_key, Notice.of(
                refused, exc, remote=row.remote, **about)),
            wish=wish)

    def dial(self, room_key: str, number: str) -> bool:
        room = self._room_of(room_key)
        if room is None or not number:
            return False
        return self._commands.send(
            f"dial:{room_key}", lambda: self._session.ask(room, "dial", {"number": number},
                                                         lambda n: self._tell(room_key, n)),
            failed=lambda exc: self._tell(room_key, Notice.of(NoticeKind.DIAL_FAILED, exc,
                                                              number=number)),
            wish=number)

    def _tell(self, room_key: str, notice: Notice) -> None:
        for listener in list(self._notice_listeners):
            listener(room_key, notice)

    def publish(self) -> None:
        view = self.view
        for listener in list(self._listeners):
            listener(view)

    async def wait_for_commands(self) -> None:
        await self._tasks.wait()


class RemoteDevices:
    def __init__(self, session: HubSession, room: Room) -> None:
        self._session = session
        self.room = room
        self._hub: DevicesView | None = None
        self._listeners: list[Callable[[DevicesView], None]] = []

    def add_listener(self, on_view: Callable[[DevicesView], None]) -> None:
        self._listeners.append(on_view)

    def start(self) -> None:
        """The hub polls the room's devices all the time."""

    async def stop(self) -> None:
        return None

    def on_part(self, kind: type[Any], data: Any) -> None:
        view = from_wire(DevicesView, data.get("view") if isinstance(data, dict) else None)
        if view is not None:
            self._hub = view
            self.publish()

    @property
    def view(self) -> DevicesView:
        hub = self._hub or DevicesView()
        problem = self._session.hop.problem()
        if problem is None:
            return hub
        return DevicesView(tuple(replace(row, stale=True, error=problem.message)
                                 for row in hub.rows))

    def publish(self) -> None:
        view = self.view
        for listener in list(self._listeners):
            listener(view)


class RemoteOverview:
    """Every room's summary from the hub's retained messages: no per-room reads."""

    def __init__(self, session: HubSession) -> None:
        self._session = session
        self._summaries: dict[str, RoomSummary] = {}
        self._listeners: list[Callable[[OverviewView], None]] = []
        self._started = session.now()
        self.first_full_read_s: float | None = None
        self.view = OverviewView()

    def add_listener(self, on_view: Callable[[OverviewView], None]) -> None:
        self._listeners.append(on_view)

    def start(self, rooms: list[Room]) -> None:
        """Nothing to read: the summaries arrive as the hub publishes them."""

    def on_summary(self, topic: str, data: Any) -> None:
        summary = from_wire(RoomSummary, data.get("view") if isinstance(data, dict) else None)
        if summary is None:
            return
        self._summaries[Topics.room_of(topic)] = summary
        if self.first_full_read_s is None and all(
                room.id in self._summaries and self._summaries[room.id].automations_on >= 0
                for room in self._session.rooms):
            self.first_full_read_s = self._session.now() - self._started
        self.view = OverviewView(dict(self._summaries))
        for listener in list(self._listeners):
            listener(self.view)
