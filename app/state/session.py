"""Everything one panel talks to, built once from the configuration: a client per
configured service (from the service table), the room list, and each room's state holders,
made when first wanted."""

from __future__ import annotations

import time
from collections.abc import Callable

from app.api.backoff import Backoff
from app.api.dingtalk.client import DingTalkClient
from app.api.portsip.client import PortSipClient
from app.api.yealink.client import YealinkClient
from app.api.yeastar.client import YeastarClient
from app.config import Config, SpeedDial
from app.services import SERVICE
from app.state.calls import CallBook
from app.state.change_feed import ChangeFeed
from app.state.conference import ConferenceCoordinator
from app.state.conference_base import ConferenceSource
from app.state.coordinator import RoomCoordinator
from app.state.devices import DevicePoller
from app.state.directory import Room, RoomDirectory
from app.state.overview import Overview
from app.state.pacing import DevicePacer
from app.state.pbx_conference import PbxConferenceSource
from app.state.routing import RoutingCoordinator


class PanelSession:
    def __init__(
        self,
        config: Config,
        *,
        client: YealinkClient | None = None,
        wall_clock: Callable[[], float] = time.time,
        backoff_factory: Callable[[], Backoff] = Backoff,
    ) -> None:
        self.config = config
        self.client: YealinkClient = client or SERVICE["yealink"].connect(config.control)
        self.feed = ChangeFeed(self.client, backoff_factory=backoff_factory)
        self.directory = RoomDirectory(self.client, backoff_factory=backoff_factory)
        self._wall_clock = wall_clock
        self._backoff_factory = backoff_factory
        self._coordinators: dict[str, RoomCoordinator] = {}
        self._routing: dict[str, RoutingCoordinator] = {}
        # One pacer for the panel: two rooms may share a device.
        self.pacer = DevicePacer(config.routing.pacing_ms / 1000)
        self.dingtalk: DingTalkClient | None = None
        if config.dingtalk is not None:
            self.dingtalk = SERVICE["dingtalk"].connect(config.dingtalk)
        self._pollers: dict[str, DevicePoller] = {}
        self.portsip: PortSipClient | None = None
        if config.portsip is not None:
            self.portsip = SERVICE["portsip"].connect(config.portsip)
        self._conferences: dict[str, ConferenceSource] = {}
        self._overview: Overview | None = None
        self.calls: CallBook | None = None
        self.pbx: YeastarClient | None = None
        if config.yeastar is not None:
            self.pbx = pbx = SERVICE["yeastar"].connect(config.yeastar)
            # One book (and one PBX token) for every room: the operator sees all calls.
            self.calls = CallBook(pbx, {r.space: r.extensions for r in config.rooms
                                        if r.extensions}, backoff_factory=backoff_factory)
            # Parked calls are read only where someone looks at them: the operator's desk.
            self.calls.watch_parking = config.panel.mode == "operator"

    @property
    def rooms(self) -> list[Room]:
        return list(self.directory.rooms)

    async def load_rooms(self) -> list[Room]:
        """Read the room list once (raises the service's error)."""
        return list(await self.directory.read())

    def find_room(self, name_or_id: str) -> Room | None:
        return self.directory.find(name_or_id)

    async def room_named(self, wanted: str) -> Room:
        """Read the room list and find a room as an installer types it (the command line's
        way: LookupError when there is none)."""
        await self.load_rooms()
        room = self.find_room(wanted)
        if room is None:
            raise LookupError(f"No room “{wanted}” on the control service")
        return room

    def coordinator(self, room: Room) -> RoomCoordinator:
        if room.id not in self._coordinators:
            self._coordinators[room.id] = RoomCoordinator(
                self.client,
                self.feed,
                room.id,
                room.name,
                refresh_interval_s=self.config.panel.refresh_interval_s,
                wall_clock=self._wall_clock,
                backoff_factory=self._backoff_factory,
            )
        return self._coordinators[room.id]

    def routing(self, room: Room) -> RoutingCoordinator:
        if room.id not in self._routing:
            self._routing[room.id] = RoutingCoordinator(
                self.client,
                room.name,
                self.config.room_settings(room.id, room.name),
                pacer=self.pacer,
                refresh_interval_s=self.config.routing.refresh_interval_s,
                backoff_factory=self._backoff_factory,
            )
        return self._routing[room.id]

    def devices(self, room: Room) -> DevicePoller | None:
        """The room's DingTalk devices, when it has some and DingTalk is configured."""
        settings = self.config.room_settings(room.id, room.name)
        if self.dingtalk is None or settings is None or not settings.dingtalk_devices:
            return None
        if room.id not in self._pollers:
            assert self.config.dingtalk is not None
            self._pollers[room.id] = DevicePoller(
                self.dingtalk, settings.dingtalk_devices,
                interval_s=self.config.dingtalk.poll_interval_s,
                backoff_factory=self._backoff_factory)
        return self._pollers[room.id]

    def conference(self, room: Room) -> ConferenceSource | None:
        """The room's conference: on the conference server when the room has one there, else
        on the PBX when the room has a PBX conference number; None when neither."""
        if room.id not in self._conferences:
            source = self._new_conference(room)
            if source is None:
                return None
            self._conferences[room.id] = source
        return self._conferences[room.id]

    def _new_conference(self, room: Room) -> ConferenceSource | None:
        settings = self.config.room_settings(room.id, room.name)
        if settings is None:
            return None
        if self.portsip is not None and settings.conference_room:
            assert self.config.portsip is not None
            return ConferenceCoordinator(
                self.portsip, settings.conference_room,
                interval_s=self.config.portsip.poll_interval_s,
                backoff_factory=self._backoff_factory)
        if self.pbx is not None and self.calls is not None and settings.pbx_conference:
            pbx_source = PbxConferenceSource(
                self.pbx, settings.pbx_conference, dial_permission=settings.extensions[0],
                backoff_factory=self._backoff_factory)
            self.calls.add_event_listener(pbx_source.on_pbx_event)
            return pbx_source
        return None

    def fleet(self) -> None:
        """A panel signed in to the services itself knows of no other panel."""
        return None

    def overview(self) -> Overview:
        """Every room at a glance, for the operator console (made on first use)."""
        if self._overview is None:
            self._overview = Overview(self.client, self.feed, self.config,
                                      refresh_interval_s=self.config.panel.refresh_interval_s)
        return self._overview

    def screen_changed(self, **shown: str) -> None:
        """Nobody to tell in direct mode (a panel of a site hub tells the site)."""

    def speed_dial(self, room: Room) -> list[SpeedDial]:
        settings = self.config.room_settings(room.id, room.name)
        return list(settings.speed_dial) if settings is not None else []

    def phone_of(self, room: Room) -> str | None:
        """The key of a room in the call book, when the room has PBX extensions."""
        settings = self.config.room_settings(room.id, room.name)
        return settings.space if settings is not None and settings.extensions else None

    async def aclose(self) -> None:
        if self._overview is not None:
            await self._overview.aclose()
        for poller in self._pollers.values():
            await poller.stop()
        for conference in self._conferences.values():
            await conference.stop()
            await conference.wait_for_commands()
        if self.portsip is not None:
            await self.portsip.aclose()
        if self.dingtalk is not None:
            await self.dingtalk.aclose()
        if self.calls is not None:
            await self.calls.aclose()
        for coordinator in self._coordinators.values():
            await coordinator.stop()
        for routing in self._routing.values():
            await routing.stop()
            await routing.wait_for_commands()
        await self.feed.aclose()
        await self.client.aclose()
