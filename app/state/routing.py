"""A room's sources and displays: what was read of them, kept fresh while a routing page is
on screen, and the commands on them.

The routing endpoints have no change notification, so while the page is on screen the state
is re-read every `refresh_interval_s`. The commands live beside this module, one concern
each: routes (`routing_routes`), presets and automatic groups (`routing_presets`), USB
(`routing_usb`), codec audio and display power (`routing_audio`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from app.api.backoff import Backoff
from app.api.errors import NotOffered, ServiceError
from app.api.worker import Worker, wait_for_kick
from app.api.yealink.av_models import Signal
from app.api.yealink.client import YealinkClient
from app.config import RoomConfig
from app.state import features
from app.state.commands import TaskSet
from app.state.freshness import derive_health, loop_failure
from app.state.notices import Notice, Problem
from app.state.pacing import DevicePacer
from app.state.room import SwitchRow
from app.state.routing_audio import AudioCommands
from app.state.routing_data import RoutingData, resolve_groups
from app.state.routing_input import InputCommands
from app.state.routing_presets import PresetCommands
from app.state.routing_routes import RouteCommands
from app.state.routing_usb import UsbCommands
from app.state.routing_view import DisplayRow, PresetRow, RoutingView, SourceRow

log = logging.getLogger(__name__)

ViewListener = Callable[[RoutingView], None]
NoticeListener = Callable[[Notice], None]

__all__ = ["RoutingCoordinator", "resolve_groups"]


class RoutingCoordinator:
    def __init__(
        self,
        client: YealinkClient,
        room_name: str,
        settings: RoomConfig | None,
        *,
        pacer: DevicePacer,
        refresh_interval_s: float = 2.0,
        backoff_factory: Callable[[], Backoff] = Backoff,
    ) -> None:
        self.room_name = room_name
        self._client = client
        self._settings = settings
        self._refresh_interval_s = refresh_interval_s
        self._backoff = backoff_factory()
        self._data = RoutingData()
        self._read_error: ServiceError | None = None
        self._has_data = False
        self._audio_read = False  # the codec audio is read until it has been once
        self._audio_unavailable: Problem | None = None
        self._tasks = TaskSet()
        publish, notify, tasks = self._publish, self._notify, self._tasks
        self._routes = RouteCommands(client, self._data, pacer, publish=publish, notify=notify,
                                     tasks=tasks)
        self._presets = PresetCommands(client, self._data, reread_group=self._read_group,
                                       publish=publish, notify=notify, tasks=tasks)
        self._usb = UsbCommands(client, self._data, pacer, problem=self._routes.problem,
                                publish=publish, notify=notify, tasks=tasks)
        self._audio = AudioCommands(client, self._data,
                                    settings.display_control if settings else None,
                                    publish=publish, notify=notify, tasks=tasks)
        self._inputs = InputCommands(client, self._data, publish=publish, notify=notify,
                                     tasks=tasks)
        self._worker = Worker(self._run, name=f"Routing of {room_name!r}",
                              on_crash=self._crashed, backoff_factory=backoff_factory)
        self._kick = asyncio.Event()
        self._view_listeners: list[ViewListener] = []
        self._notice_listeners: list[NoticeListener] = []
        self.view = RoutingView(health=derive_health(False, None, None))

    # --- lifecycle -------------------------------------------------------------------------

    def add_listener(self, on_view: ViewListener, on_notice: NoticeListener) -> None:
        self._view_listeners.append(on_view)
        self._notice_listeners.append(on_notice)

    @property
    def running(self) -> bool:
        return self._worker.running

    def start(self) -> None:
        if not self._worker.running:
            self._kick.set()
            self._worker.start()

    async def stop(self) -> None:
        await self._worker.stop()

    def request_refresh(self) -> None:
        self._kick.set()

    def _crashed(self, exc: Exception) -> None:
        self._read_error = loop_failure("yealink", exc)
        self._kick.set()
        self._publish()

    async def wait_for_commands(self) -> None:
        await self._tasks.wait()
        await self._audio.wait_idle()

    async def _run(self) -> None:
        while True:
            wait_s = self._backoff.next_delay() if self._read_error else self._refresh_interval_s
            await wait_for_kick(self._kick, wait_s)
            await self.refresh(with_audio=not self._audio_read)

    # --- reads -------------------------------------------------------------------------------

    async def refresh(self, *, with_audio: bool = False) -> None:
        try:
            if not self._data.groups:
                groups = await self._client.list_device_groups()
                self._data.groups, self._data.note = resolve_groups(groups, self.room_name,
                                                                    self._settings)
            await asyncio.gather(*(self._read_group(g.id) for g in self._data.groups))
        except ServiceError as exc:
            if self._read_error is None:
                log.warning("Routing of %r could not be read: %s", self.room_name, exc.message)
            self._read_error = exc
        else:
            if self._read_error is not None:
                log.info("Routing of %r is readable again", self.room_name)
            self._read_error = None
            self._has_data = True
            self._backoff.reset()
        self._publish()
        if with_audio and self._read_error is None:
            # The matrix first; the codecs' settings (a slower round trip each) after it.
            await self._read_audio()
            await self._read_inputs()
            self._publish()

    async def _read_audio(self) -> None:
        """The codec audio is one feature: its failure never makes the routing stale."""
        try:
            await self._audio.read()
        except NotOffered as exc:
            log.info("Codec audio is not offered for %r: %s", self.room_name, exc.message)
            self._audio_unavailable = Problem.of(exc)
            self._audio_read = True
            features.report("yealink", "codec audio", self._audio_unavailable)
        except ServiceError as exc:
            log.warning("Codec audio of %r could not be read: %s", self.room_name, exc.message)
        else:
            self._audio_read = True
            self._audio_unavailable = None
            features.report("yealink", "codec audio", None)

    async def _read_inputs(self) -> None:
        """Which input each display shows: one feature, like the codec audio."""
        try:
            await self._inputs.read()
        except ServiceError as exc:
            log.info("Display inputs of %r could not be read: %s", self.room_name, exc.message)

    async def _read_group(self, group_id: str) -> None:
        devices, routes, presets, autos, usb = await asyncio.gather(
            self._client.list_devices(group_id),
            self._client.get_routes(group_id),
            self._client.list_presets(group_id),
            self._client.list_auto_groups(group_id),
            self._client.get_usb_routing(group_id),
        )
        for device in devices:
            # The group is implied by the request; not every answer repeats it.
            self._data.devices[device.id] = (
                device if device.group_id else device.model_copy(update={"group_id": group_id}))
        self._data.routes[group_id] = routes
        self._data.presets[group_id] = presets
        self._data.autos[group_id] = autos
        self._data.usb[group_id] = usb

    # --- commands: each returns False when the tap is ignored or refused at once --------------

    def route(self, source_id: str | None, display_id: str,
              signal: Signal | str | None) -> bool:
        """`signal`: a `Signal` or its name ("Audio/Video", "Video", "Audio")."""
        return self._routes.route(source_id, display_id,
                                  Signal(signal) if signal is not None else None)

    def unroute(self, source_id: str, display_id: str, signal: Signal | str) -> bool:
        return self._routes.unroute(source_id, display_id, Signal(signal))

    def apply_preset(self, preset_id: str) -> bool:
        return self._presets.apply_preset(preset_id)

    def set_auto_group(self, auto_id: str, enable: bool) -> bool:
        return self._presets.set_auto_group(auto_id, enable)

    def set_usb_mode(self, manual: bool) -> bool:
        return self._usb.set_mode(manual)

    def set_usb_source(self, display_id: str, source_id: str | None) -> bool:
        return self._usb.set_source(display_id, source_id)

    def set_volume(self, display_id: str, volume: int) -> None:
        self._audio.set_volume(display_id, volume)

    def set_audio_on(self, display_id: str, on: bool) -> bool:
        return self._audio.set_audio_on(display_id, on)

    def set_display_power(self, display_id: str, on: bool) -> bool:
        return self._audio.set_power(display_id, on)

    def set_display_input(self, display_id: str, source: str) -> bool:
        """"lan in" (what the network routes to it) or "hdmi input1" (its own HDMI)."""
        return self._inputs.set_input(display_id, source)

    # --- derived view ----------------------------------------------------------------------

    def _derive(self) -> RoutingView:
        data = self._data
        by_mac = {d.mac_address: d for d in data.devices.values()}
        sources = tuple(
            SourceRow(d.id, d.name, d.model, d.group_id or "", d.online)
            for d in data.devices.values() if d.is_encoder)
        displays = []
        for device in (d for d in data.devices.values() if d.is_decoder):
            video = audio = usb = None
            for route in data.routes_to(device):
                source = by_mac.get(route.transmitter_mac)
                if source is None or route.signal is None:
                    continue
                if route.signal.carries_video:
                    video = source.id
                if route.signal.carries_audio:
                    audio = source.id
            usb_routing = data.usb.get(device.group_id or "")
            for usb_route in usb_routing.routing if usb_routing else []:
                if usb_route.receiver_mac == device.mac_address and \
                        usb_route.transmitter_mac in by_mac:
                    usb = by_mac[usb_route.transmitter_mac].id
            volume, audio_on = data.audio.get(device.id, (None, None))
            wish = self._routes.wish_for(device.id)
            displays.append(DisplayRow(
                device.id, device.name, device.model, device.group_id or "", device.online,
                video_source=video, audio_source=audio, usb_source=usb, volume=volume,
                audio_on=audio_on, audio_pending=self._audio.audio_pending(device.id),
                power_pending=self._audio.power_pending(device.id),
                video_input=self._inputs.shown(device.id),
                input_pending=self._inputs.pending(device.id),
                route_wish=(wish[0], wish[1].value if wish[1] else None) if wish else None))
        presets = tuple(PresetRow(p.id, p.name, p.applied, p.id in self._presets.presets,
                                  tuple((r.transmitter_name, r.receiver_name, r.signal)
                                        for r in p.routing))
                        for group in data.presets.values() for p in group)
        autos = tuple(
            SwitchRow(a.id, a.name, self._presets.autos.wish(a.id, a.enabled),
                      a.id in self._presets.autos)
            for group in data.autos.values() for a in group)
        modes = {u.mode.value for u in data.usb.values()}
        return RoutingView(
            health=derive_health(self._has_data, self._read_error, None),
            sources=sources,
            displays=tuple(displays),
            presets=presets,
            auto_groups=autos,
            usb_mode=modes.pop() if len(modes) == 1 else "",
            usb_pending=self._usb.pending,
            can_power=bool(self._settings and self._settings.display_control),
            note=data.note,
            audio_unavailable=self._audio_unavailable,
        )

    def _publish(self) -> None:
        view = self._derive()
        if view != self.view:
            self.view = view
            for listener in list(self._view_listeners):
                listener(view)

    def _notify(self, notice: Notice) -> None:
        for listener in list(self._notice_listeners):
            listener(notice)
