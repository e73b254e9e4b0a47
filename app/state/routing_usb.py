"""USB routing: Follow Video or Manual, and in Manual which source is a display's USB host.
One USB command at a time for the room: each carries the whole mode with it."""

from __future__ import annotations

from collections.abc import Callable

from app.api.yealink.av_models import Device, UsbMode
from app.api.yealink.client import YealinkClient
from app.state.commands import Commands, TaskSet
from app.state.notices import Notice, NoticeKind
from app.state.pacing import DevicePacer
from app.state.routing_data import RoutingData

USB = "usb"  # the one key: any USB command waits for the one under way


class UsbCommands:
    def __init__(self, client: YealinkClient, data: RoutingData, pacer: DevicePacer, *,
                 problem: Callable[[Device | None, Device], Notice | None],
                 publish: Callable[[], None], notify: Callable[[Notice], None],
                 tasks: TaskSet) -> None:
        self._client = client
        self._data = data
        self._pacer = pacer
        self._problem = problem
        self._notify = notify
        self._commands: Commands[str] = Commands(publish, notify, tasks)

    @property
    def pending(self) -> bool:
        return USB in self._commands

    def set_mode(self, manual: bool) -> bool:
        if not self._data.groups:
            return False
        mode = UsbMode.MANUAL if manual else UsbMode.FOLLOW_VIDEO

        async def switch() -> None:
            for group in self._data.groups:
                keep = [(t, r) for route in self._data.usb[group.id].routing
                        for t, r in [(self._data.by_mac(route.transmitter_mac),
                                      self._data.by_mac(route.receiver_mac))]
                        if t is not None and r is not None]
                await self._client.set_usb_mode(group.id, mode, keep)
                self._data.usb[group.id] = await self._client.get_usb_routing(group.id)

        return self._commands.send(
            USB, switch, failed=lambda exc: Notice.of(NoticeKind.USB_MODE_FAILED, exc))

    def set_source(self, display_id: str, source_id: str | None) -> bool:
        display = self._data.devices.get(display_id)
        if display is None or self.pending:
            return False
        group_id = display.group_id or ""
        usb = self._data.usb.get(group_id)
        if usb is None or usb.mode is not UsbMode.MANUAL:
            self._notify(Notice.of(NoticeKind.USB_NEEDS_MANUAL))
            return False
        current = next((self._data.by_mac(r.transmitter_mac) for r in usb.routing
                        if r.receiver_mac == display.mac_address), None)
        source = self._data.devices.get(source_id) if source_id else None
        if source is not None and (problem := self._problem(source, display)):
            self._notify(problem)
            return False

        async def connect() -> None:
            involved = [display.id, *(d.id for d in (source, current) if d)]
            async with self._pacer.turn(involved):
                if source is None and current is not None:
                    await self._client.set_usb_route(group_id, UsbMode.MANUAL, current,
                                                     display, connect=False)
                elif source is not None:
                    await self._client.set_usb_route(group_id, UsbMode.MANUAL, source, display)
            self._data.usb[group_id] = await self._client.get_usb_routing(group_id)

        return self._commands.send(
            USB, connect,
            failed=lambda exc: Notice.of(NoticeKind.USB_ROUTE_FAILED, exc,
                                         display=display.name))
