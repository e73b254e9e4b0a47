"""Routing a source to a display, taking a signal away, clearing a display.

A route is a wish, shown pending from the tap until a read of `routing/av/real` shows it.
The same wish twice while one is under way is ignored; different wishes for one display
queue. Commands touching one device are paced (`DevicePacer`) in arrival order.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

from app.api.errors import ServiceError
from app.api.yealink.av_models import Device, Route, Signal
from app.api.yealink.client import YealinkClient
from app.state.commands import Commands, TaskSet
from app.state.notices import Notice, NoticeKind
from app.state.pacing import DevicePacer
from app.state.routing_data import RoutingData

log = logging.getLogger(__name__)

CONFIRM_WITHIN_S = 3.0
CONFIRM_POLL_S = 0.15

# (display id, source id or None to clear, signal or None to take away)
RouteKey = tuple[str, str | None, Signal | None]


class RouteCommands:
    def __init__(self, client: YealinkClient, data: RoutingData, pacer: DevicePacer, *,
                 publish: Callable[[], None], notify: Callable[[Notice], None],
                 tasks: TaskSet) -> None:
        self._client = client
        self._data = data
        self._pacer = pacer
        self._notify = notify
        self._wishes: Commands[RouteKey] = Commands(publish, notify, tasks)

    def wish_for(self, display_id: str) -> tuple[str | None, Signal | None] | None:
        """The latest wish under way for a display (what its card shows pending)."""
        keys = [key for key in self._wishes if key[0] == display_id]
        return (keys[-1][1], keys[-1][2]) if keys else None

    def route(self, source_id: str | None, display_id: str, signal: Signal | None) -> bool:
        """Route `source_id` to a display (None: clear it). False when refused at once: an
        identical wish is pending, or a device is offline or in another group."""
        display = self._data.devices.get(display_id)
        source = self._data.devices.get(source_id) if source_id else None
        if display is None or (source_id is not None and source is None):
            return False
        problem = self.problem(source, display)
        if problem is not None:
            self._notify(problem)
            return False

        def failed(exc: ServiceError) -> Notice:
            if source is None:
                log.warning("Clearing %s failed: %s", display.name, exc.message)
                return Notice.of(NoticeKind.CLEAR_FAILED, exc, display=display.name)
            log.warning("Routing %s to %s failed: %s", source.name, display.name, exc.message)
            return Notice.of(NoticeKind.ROUTE_FAILED, exc, source=source.name,
                             display=display.name)

        return self._wishes.send((display_id, source_id, signal),
                                 lambda: self._carry_out(source, display, signal),
                                 failed=failed)

    def unroute(self, source_id: str, display_id: str, signal: Signal) -> bool:
        """Take one signal of one source away from a display (a tap on a routed cell)."""
        display = self._data.devices.get(display_id)
        source = self._data.devices.get(source_id)
        if display is None or source is None:
            return False

        async def take_away() -> None:
            group_id = display.group_id or ""
            async with self._pacer.turn([source.id, display.id]):
                await self._client.set_route(group_id, source, display, signal,
                                             open_route=False)
            await self._confirm(group_id, display, None, None,
                                gone=(source.mac_address, signal))

        return self._wishes.send(
            (display_id, source_id, None), take_away,
            failed=lambda exc: Notice.of(NoticeKind.UNROUTE_FAILED, exc, source=source.name,
                                         display=display.name))

    def problem(self, source: Device | None, display: Device) -> Notice | None:
        """Why a route between these two cannot be made, if it cannot."""
        for device in (source, display):
            if device is not None and not device.online:
                return Notice.of(NoticeKind.DEVICE_OFFLINE, device=device.name)
        if source is not None and source.group_id != display.group_id:
            return Notice.of(NoticeKind.DIFFERENT_GROUPS, source=source.name,
                             display=display.name)
        return None

    async def _carry_out(self, source: Device | None, display: Device,
                         signal: Signal | None) -> None:
        group_id = display.group_id or ""
        if source is not None and signal is not None:
            async with self._pacer.turn([source.id, display.id]):
                await self._client.set_route(group_id, source, display, signal)
        else:
            for route in self._data.routes_to(display):
                transmitter = self._data.by_mac(route.transmitter_mac)
                if transmitter is None or route.signal is None:
                    continue
                async with self._pacer.turn([transmitter.id, display.id]):
                    await self._client.set_route(group_id, transmitter, display,
                                                 route.signal, open_route=False)
        if not await self._confirm(group_id, display, source, signal):
            self._notify(Notice.of(NoticeKind.ROUTE_NOT_TAKEN, display=display.name))

    async def _confirm(self, group_id: str, display: Device, source: Device | None,
                       signal: Signal | None, gone: tuple[str, Signal] | None = None) -> bool:
        deadline = time.monotonic() + CONFIRM_WITHIN_S
        while True:
            routes = await self._client.get_routes(group_id)
            self._data.routes[group_id] = routes
            to_display = [r for r in routes if r.receiver_mac == display.mac_address]
            if gone is not None:
                if not _carries(to_display, gone[0], gone[1]):
                    return True
            elif _satisfied(to_display, source, signal):
                return True
            if time.monotonic() >= deadline:
                return False
            await asyncio.sleep(CONFIRM_POLL_S)


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
