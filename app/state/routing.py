"""A room's sources and displays: devices, live routes, presets, USB and codec audio.

The routing endpoints have no change notification, so while the page is on screen the state
is re-read every `refresh_interval_s`. A route is shown pending from the tap until a read of
`routing/av/real` confirms it. Commands on one device are paced (`DevicePacer`) and never
dropped; the same wish twice while pending is ignored.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from app.api.backoff import Backoff
from app.api.errors import ServiceError
from app.api.worker import Worker, wait_for_kick
from app.api.yealink.av_models import Device, DeviceGroup, Route, Signal, UsbMode, UsbRouting
from app.api.yealink.client import YealinkClient
from app.config import RoomConfig
from app.state.freshness import derive_health
from app.state.pacing import DevicePacer
from app.state.room import Notice, SwitchRow
from app.state.routing_view import DisplayRow, PresetRow, RoutingView, SourceRow
from app.state.throttle import LatestValueSender

log = logging.getLogger(__name__)

CONFIRM_WITHIN_S = 3.0
CONFIRM_POLL_S = 0.15
VOLUME_SENDS_PER_S = 4

ViewListener = Callable[[RoutingView], None]
NoticeListener = Callable[[Notice], None]


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
        self._pacer = pacer
        self._refresh_interval_s = refresh_interval_s
        self._backoff = backoff_factory()
        self._groups: list[DeviceGroup] = []
        self._note = ""
        self._devices: dict[str, Device] = {}  # by id
        self._routes: dict[str, list[Route]] = {}  # by group id
        self._presets: dict[str, list[Any]] = {}
        self._autos: dict[str, list[Any]] = {}
        self._usb: dict[str, UsbRouting] = {}
        self._audio: dict[str, tuple[int, bool]] = {}  # decoder id -> (volume, audio on)
        self._read_error: ServiceError | None = None
        self._has_data = False
        self._route_wishes: dict[str, list[tuple[str | None, Signal | None]]] = {}
        self._preset_pending: set[str] = set()
        self._auto_wishes: dict[str, bool] = {}
        self._audio_pending: set[str] = set()
        self._power_pending: set[str] = set()
        self._usb_pending = False
        self._volume_senders: dict[str, LatestValueSender[int]] = {}
        self._tasks: set[asyncio.Future[None]] = set()
        self._worker = Worker(self._run)
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

    async def wait_for_commands(self) -> None:
        while self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        for sender in self._volume_senders.values():
            await sender.wait_idle()

    async def _run(self) -> None:
        first = True
        while True:
            wait_s = self._backoff.next_delay() if self._read_error else self._refresh_interval_s
            await wait_for_kick(self._kick, wait_s)
            await self.refresh(with_audio=first)
            first = first and self._read_error is not None

    # --- reads -------------------------------------------------------------------------------

    async def refresh(self, *, with_audio: bool = False) -> None:
        try:
            if not self._groups:
                groups = await self._client.list_device_groups()
                self._groups, self._note = resolve_groups(groups, self.room_name, self._settings)
            await asyncio.gather(*(self._read_group(g.id) for g in self._groups))
            if with_audio:
                await self._read_audio()
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
            self._devices[device.id] = (
                device if device.group_id else device.model_copy(update={"group_id": group_id}))
        self._routes[group_id] = routes
        self._presets[group_id] = presets
        self._autos[group_id] = autos
        self._usb[group_id] = usb

    async def _read_routes(self, group_id: str) -> list[Route]:
        routes = await self._client.get_routes(group_id)
        self._routes[group_id] = routes
        return routes

    async def _read_audio(self, only: list[str] | None = None) -> None:
        decoders = [d.id for d in self._devices.values()
                    if d.is_decoder and d.online and (only is None or d.id in only)]
        if not decoders:
            return
        for item in await self._client.read_codec_audio(decoders):
            self._audio[item.id] = (item.audio_out_volume, item.analog_audio_out == 1)

    # --- routing commands --------------------------------------------------------------------

    def route(self, source_id: str | None, display_id: str, signal: Signal | None) -> bool:
        """Route `source_id` to a display (None: clear it). False when refused at once: an
        identical wish is pending, or a device is offline or in another group."""
        display = self._devices.get(display_id)
        source = self._devices.get(source_id) if source_id else None
        if display is None or (source_id is not None and source is None):
            return False
        problem = self._route_problem(source, display)
        if problem:
            self._notify(Notice(problem))
            return False
        wish = (source_id, signal)
        queue = self._route_wishes.setdefault(display_id, [])
        if wish in queue:
            return False
        queue.append(wish)
        self._publish()
        self._spawn(self._carry_out_route(source, display, signal))
        return True

    def unroute(self, source_id: str, display_id: str, signal: Signal) -> bool:
        """Take one signal of one source away from a display (a tap on a routed cell)."""
        display = self._devices.get(display_id)
        source = self._devices.get(source_id)
        if display is None or source is None:
            return False
        wish = (source_id, None)
        queue = self._route_wishes.setdefault(display_id, [])
        if wish in queue:
            return False
        queue.append(wish)
        self._publish()
        self._spawn(self._carry_out_unroute(source, display, signal))
        return True

    async def _carry_out_unroute(self, source: Device, display: Device, signal: Signal) -> None:
        group_id = display.group_id or ""
        try:
            async with self._pacer.turn([source.id, display.id]):
                await self._client.set_route(group_id, source, display, signal,
                                             open_route=False)
            await self._confirm(group_id, display, None, None,
                                gone=(source.mac_address, signal))
        except ServiceError as exc:
            self._notify(Notice(f"Removing {source.name} from {display.name} failed: "
                                f"{exc.message}"))
        finally:
            self._drop_wish(display.id, (source.id, None))

    def _drop_wish(self, display_id: str, wish: tuple[str | None, Signal | None]) -> None:
        queue = self._route_wishes.get(display_id, [])
        if wish in queue:
            queue.remove(wish)
        if not queue:
            self._route_wishes.pop(display_id, None)
        self._publish()

    def _route_problem(self, source: Device | None, display: Device) -> str:
        for device in (source, display):
            if device is not None and not device.online:
                return f"{device.name} is offline and cannot be routed"
        if source is not None and source.group_id != display.group_id:
            return f"{source.name} and {display.name} are in different device groups"
        return ""

    async def _carry_out_route(self, source: Device | None, display: Device,
                               signal: Signal | None) -> None:
        group_id = display.group_id or ""
        wish = (source.id if source else None, signal)
        try:
            if source is not None and signal is not None:
                async with self._pacer.turn([source.id, display.id]):
                    await self._client.set_route(group_id, source, display, signal)
            else:
                for route in self._routes_to(display):
                    transmitter = self._by_mac(route.transmitter_mac)
                    if transmitter is None or route.signal is None:
                        continue
                    async with self._pacer.turn([transmitter.id, display.id]):
                        await self._client.set_route(group_id, transmitter, display,
                                                     route.signal, open_route=False)
            confirmed = await self._confirm(group_id, display, source, signal)
            if not confirmed:
                self._notify(Notice(f"The route to {display.name} was accepted but has not "
                                    "taken effect yet"))
        except ServiceError as exc:
            what = f"{source.name} to {display.name}" if source else f"clearing {display.name}"
            log.warning("Routing %s failed: %s", what, exc.message)
            self._notify(Notice(f"Routing {what} failed: {exc.message}"))
        finally:
            self._drop_wish(display.id, wish)

    async def _confirm(self, group_id: str, display: Device, source: Device | None,
                       signal: Signal | None, gone: tuple[str, Signal] | None = None) -> bool:
        deadline = time.monotonic() + CONFIRM_WITHIN_S
        while True:
            routes = [r for r in await self._read_routes(group_id)
                      if r.receiver_mac == display.mac_address]
            if gone is not None:
                if not _carries(routes, gone[0], gone[1]):
                    return True
            elif _satisfied(routes, source, signal):
                return True
            if time.monotonic() >= deadline:
                return False
            await asyncio.sleep(CONFIRM_POLL_S)

    def _routes_to(self, display: Device) -> list[Route]:
        return [r for r in self._routes.get(display.group_id or "", [])
                if r.receiver_mac == display.mac_address]

    def _by_mac(self, mac: str) -> Device | None:
        return next((d for d in self._devices.values() if d.mac_address == mac), None)

    # --- presets and automatic routing --------------------------------------------------------

    def apply_preset(self, preset_id: str) -> bool:
        group_id = self._group_of_preset(preset_id)
        if group_id is None or preset_id in self._preset_pending:
            return False
        self._preset_pending.add(preset_id)
        self._publish()
        self._spawn(self._apply_preset(group_id, preset_id))
        return True

    async def _apply_preset(self, group_id: str, preset_id: str) -> None:
        name = next((p.name for p in self._presets[group_id] if p.id == preset_id), preset_id)
        try:
            await self._client.apply_preset(group_id, preset_id)
            await self._read_group(group_id)
        except ServiceError as exc:
            self._notify(Notice(f"Preset “{name}” failed: {exc.message}"))
        finally:
            self._preset_pending.discard(preset_id)
            self._publish()

    def _group_of_preset(self, preset_id: str) -> str | None:
        return next((g for g, presets in self._presets.items()
                     if any(p.id == preset_id for p in presets)), None)

    def set_auto_group(self, auto_id: str, enable: bool) -> bool:
        group_id = next((g for g, autos in self._autos.items()
                         if any(a.id == auto_id for a in autos)), None)
        if group_id is None or auto_id in self._auto_wishes:
            return False
        self._auto_wishes[auto_id] = enable
        self._publish()
        self._spawn(self._set_auto_group(group_id, auto_id, enable))
        return True

    async def _set_auto_group(self, group_id: str, auto_id: str, enable: bool) -> None:
        name = next((a.name for a in self._autos[group_id] if a.id == auto_id), auto_id)
        try:
            await self._client.set_auto_group_enabled(group_id, auto_id, enable)
            self._autos[group_id] = await self._client.list_auto_groups(group_id)
        except ServiceError as exc:
            state = "on" if enable else "off"
            self._notify(Notice(f"Could not switch “{name}” {state}: {exc.message}"))
        finally:
            del self._auto_wishes[auto_id]
            self._publish()

    # --- USB -------------------------------------------------------------------------------

    def set_usb_mode(self, manual: bool) -> bool:
        if self._usb_pending or not self._groups:
            return False
        self._usb_pending = True
        self._publish()
        self._spawn(self._set_usb_mode(UsbMode.MANUAL if manual else UsbMode.FOLLOW_VIDEO))
        return True

    async def _set_usb_mode(self, mode: UsbMode) -> None:
        try:
            for group in self._groups:
                keep = [(t, r) for route in self._usb[group.id].routing
                        for t, r in [(self._by_mac(route.transmitter_mac),
                                      self._by_mac(route.receiver_mac))]
                        if t is not None and r is not None]
                await self._client.set_usb_mode(group.id, mode, keep)
                self._usb[group.id] = await self._client.get_usb_routing(group.id)
        except ServiceError as exc:
            self._notify(Notice(f"USB routing mode not changed: {exc.message}"))
        finally:
            self._usb_pending = False
            self._publish()

    def set_usb_source(self, display_id: str, source_id: str | None) -> bool:
        display = self._devices.get(display_id)
        if display is None or self._usb_pending:
            return False
        usb = self._usb.get(display.group_id or "")
        if usb is None or usb.mode is not UsbMode.MANUAL:
            self._notify(Notice("Switch USB routing to Manual to choose USB hosts"))
            return False
        current = next((self._by_mac(r.transmitter_mac) for r in usb.routing
                        if r.receiver_mac == display.mac_address), None)
        source = self._devices.get(source_id) if source_id else None
        if source is not None and (problem := self._route_problem(source, display)):
            self._notify(Notice(problem))
            return False
        self._usb_pending = True
        self._publish()
        self._spawn(self._set_usb_source(display, source, current))
        return True

    async def _set_usb_source(self, display: Device, source: Device | None,
                              current: Device | None) -> None:
        group_id = display.group_id or ""
        try:
            async with self._pacer.turn([display.id, *(d.id for d in (source, current) if d)]):
                if source is None and current is not None:
                    await self._client.set_usb_route(group_id, UsbMode.MANUAL, current, display,
                                                     connect=False)
                elif source is not None:
                    await self._client.set_usb_route(group_id, UsbMode.MANUAL, source, display)
            self._usb[group_id] = await self._client.get_usb_routing(group_id)
        except ServiceError as exc:
            self._notify(Notice(f"USB routing to {display.name} failed: {exc.message}"))
        finally:
            self._usb_pending = False
            self._publish()

    # --- codec audio and display power --------------------------------------------------------

    def set_volume(self, display_id: str, volume: int) -> None:
        """Called for every step of a slider drag: a few requests per second go out, and the
        last value always does."""
        if display_id not in self._devices:
            return
        sender = self._volume_senders.get(display_id)
        if sender is None:
            async def send_volume(value: int, display: str = display_id) -> None:
                await self._send_audio(display, volume=value)

            sender = LatestValueSender(send_volume, min_interval_s=1 / VOLUME_SENDS_PER_S)
            self._volume_senders[display_id] = sender
        volume = max(0, min(100, volume))
        _, on = self._audio.get(display_id, (volume, True))
        self._audio[display_id] = (volume, on)  # the slider stays where the finger left it
        self._audio_pending.add(display_id)
        self._publish()
        sender.submit(volume)

    def set_audio_on(self, display_id: str, on: bool) -> bool:
        if display_id not in self._devices or display_id in self._audio_pending:
            return False
        volume, _ = self._audio.get(display_id, (0, on))
        self._audio[display_id] = (volume, on)
        self._audio_pending.add(display_id)
        self._publish()
        self._spawn(self._send_audio(display_id, audio_on=on))
        return True

    async def _send_audio(self, display_id: str, *, volume: int | None = None,
                          audio_on: bool | None = None) -> None:
        name = self._devices[display_id].name
        try:
            await self._client.set_codec_audio(display_id, volume=volume, audio_out=audio_on)
            sender = self._volume_senders.get(display_id)
            if sender is None or not sender.busy or audio_on is not None:
                await self._read_audio(only=[display_id])
        except ServiceError as exc:
            self._notify(Notice(f"Audio of {name} not changed: {exc.message}"))
            self._spawn(self._reread_audio(display_id))
        finally:
            sender = self._volume_senders.get(display_id)
            if sender is None or not sender.busy or audio_on is not None:
                self._audio_pending.discard(display_id)
            self._publish()

    async def _reread_audio(self, display_id: str) -> None:
        try:
            await self._read_audio(only=[display_id])
        except ServiceError:
            self._audio.pop(display_id, None)
        self._publish()

    def set_display_power(self, display_id: str, on: bool) -> bool:
        control = self._settings.display_control if self._settings else None
        display = self._devices.get(display_id)
        if control is None or display is None or display_id in self._power_pending:
            return False
        if not display.online:
            self._notify(Notice(f"{display.name} is offline"))
            return False
        self._power_pending.add(display_id)
        self._publish()
        self._spawn(self._send_power(display, on))
        return True

    async def _send_power(self, display: Device, on: bool) -> None:
        control = self._settings.display_control if self._settings else None
        assert control is not None
        try:
            await self._client.send_display_command(
                [display.id], control_type=control.control_type,
                command_type=control.command_type, command=control.on if on else control.off,
                serial=control.serial.wire() if control.serial else None)
            state = "on" if on else "off"
            self._notify(Notice(f"{display.name}: “display {state}” sent", error=False))
        except ServiceError as exc:
            self._notify(Notice(f"{display.name} did not take the command: {exc.message}"))
        finally:
            self._power_pending.discard(display.id)
            self._publish()

    # --- derived view ----------------------------------------------------------------------

    def _spawn(self, coro: Awaitable[None]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _derive(self) -> RoutingView:
        by_mac = {d.mac_address: d for d in self._devices.values()}
        sources = tuple(
            SourceRow(d.id, d.name, d.model, d.group_id or "", d.online)
            for d in self._devices.values() if d.is_encoder)
        displays = []
        for device in (d for d in self._devices.values() if d.is_decoder):
            video = audio = usb = None
            for route in self._routes_to(device):
                source = by_mac.get(route.transmitter_mac)
                if source is None or route.signal is None:
                    continue
                if route.signal.carries_video:
                    video = source.id
                if route.signal.carries_audio:
                    audio = source.id
            usb_routing = self._usb.get(device.group_id or "")
            for usb_route in usb_routing.routing if usb_routing else []:
                if usb_route.receiver_mac == device.mac_address and \
                        usb_route.transmitter_mac in by_mac:
                    usb = by_mac[usb_route.transmitter_mac].id
            volume, audio_on = self._audio.get(device.id, (None, None))
            wishes = self._route_wishes.get(device.id)
            wish = wishes[-1] if wishes else None
            displays.append(DisplayRow(
                device.id, device.name, device.model, device.group_id or "", device.online,
                video_source=video, audio_source=audio, usb_source=usb, volume=volume,
                audio_on=audio_on, audio_pending=device.id in self._audio_pending,
                power_pending=device.id in self._power_pending,
                route_wish=(wish[0], wish[1].value if wish[1] else None) if wish else None))
        presets = tuple(PresetRow(p.id, p.name, p.applied, p.id in self._preset_pending)
                        for group in self._presets.values() for p in group)
        autos = tuple(
            SwitchRow(a.id, a.name, self._auto_wishes.get(a.id, a.enabled),
                      a.id in self._auto_wishes)
            for group in self._autos.values() for a in group)
        modes = {u.mode.value for u in self._usb.values()}
        return RoutingView(
            health=derive_health(self._has_data, self._read_error, None),
            sources=sources,
            displays=tuple(displays),
            presets=presets,
            auto_groups=autos,
            usb_mode=modes.pop() if len(modes) == 1 else "",
            usb_pending=self._usb_pending,
            can_power=bool(self._settings and self._settings.display_control),
            note=self._note,
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


def _carries(routes: list[Route], transmitter_mac: str, signal: Signal) -> bool:
    """Whether any part of `signal` still flows from that transmitter."""
    for route in routes:
        if route.transmitter_mac != transmitter_mac or route.signal is None:
            continue
        if (signal.carries_video and route.signal.carries_video) or (
                signal.carries_audio and route.signal.carries_audio):
            return True
    return False


def _satisfied(routes: list[Route], source: Device | None, signal: Signal | None) -> bool:
    if source is None or signal is None:
        return not routes
    from_source = [r.signal for r in routes if r.transmitter_mac == source.mac_address]
    video = any(s is not None and s.carries_video for s in from_source)
    audio = any(s is not None and s.carries_audio for s in from_source)
    return (video or not signal.carries_video) and (audio or not signal.carries_audio)

