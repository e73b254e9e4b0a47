"""A room's controls, routing and conference as a panel on a site hub sees them: the hub's
published views, with what only the panel knows laid over them (its own taps pending until
the hub answers, the hop's freshness). Commands go to the hub, each once (`HubSession.ask`)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from app.api.yealink.av_models import Signal
from app.state.commands import Commands, TaskSet
from app.state.conference_base import ConferenceView
from app.state.directory import Room
from app.state.freshness import Health, Link
from app.state.hub_wire import from_wire
from app.state.notices import Notice, NoticeKind
from app.state.remote_link import over_the_hop
from app.state.room import CommandStatus, RoomView, Section
from app.state.routing_view import DisplayRow, RoutingView, SourceRow

if TYPE_CHECKING:
    from app.state.remote import HubSession


class _Mirror:
    """What every mirror shares: the hub's last view of its part, listeners, commands."""

    part = ""

    def __init__(self, session: HubSession, room: Room) -> None:
        self._session = session
        self.room = room
        self._tasks = TaskSet()
        self._view_listeners: list[Callable[[Any], None]] = []
        self._notice_listeners: list[Callable[[Notice], None]] = []
        self._hub: Any = None  # the hub's last view of this part
        self.arrived = asyncio.Event()  # the hub's first view of it is in

    def add_listener(self, on_view: Callable[[Any], None],
                     on_notice: Callable[[Notice], None]) -> None:
        self._view_listeners.append(on_view)
        self._notice_listeners.append(on_notice)

    def start(self) -> None:
        self._session.watch(self.room, self.part, True)

    async def stop(self) -> None:
        self._session.watch(self.room, self.part, False)

    async def wait_for_commands(self) -> None:
        await self._tasks.wait()

    def commands(self) -> Commands[Any]:
        return Commands(self.publish, self.notify, self._tasks)

    def ask(self, what: str, **args: Any) -> Callable[[], Any]:
        return lambda: self._session.ask(self.room, what, args, self.notify)

    def on_part(self, kind: type[Any], data: Any) -> None:
        view = from_wire(kind, data.get("view") if isinstance(data, dict) else None)
        if view is not None:
            self._hub = view
            self.arrived.set()
            self.publish()

    def notify(self, notice: Notice) -> None:
        for listener in list(self._notice_listeners):
            listener(notice)

    def publish(self) -> None:
        view = self.derive()
        for listener in list(self._view_listeners):
            listener(view)

    @property
    def view(self) -> Any:
        return self.derive()

    def derive(self) -> Any:
        raise NotImplementedError


class RemoteRoom(_Mirror):
    part = "controls"

    def __init__(self, session: HubSession, room: Room) -> None:
        super().__init__(session, room)
        self.space_id = room.id
        self.name = room.name
        self._macros: Commands[str] = self.commands()
        self._switches: Commands[tuple[Section, str]] = self.commands()

    def request_refresh(self, sections: frozenset[Section] = frozenset(Section)) -> None:
        self._tasks.spawn(self._session.ask(self.room, "refresh", {}, self.notify,
                                            quietly=True))

    def invoke_macro(self, macro_id: str) -> bool:
        name = next((m.name for m in self.derive().macros if m.id == macro_id), macro_id)
        return self._macros.send(
            macro_id, self.ask("invoke_macro", macro=macro_id),
            failed=lambda exc: Notice.of(NoticeKind.MACRO_FAILED, exc, macro=name))

    def set_switch(self, section: Section, switch_id: str, on: bool) -> bool:
        rows = self.derive().automations if section is Section.AUTOMATIONS \
            else self.derive().auto_routings
        name = next((r.name for r in rows if r.id == switch_id), switch_id)
        return self._switches.send(
            (section, switch_id), self.ask("set_switch", section=section.value, id=switch_id,
                                           on=on),
            failed=lambda exc: Notice.of(NoticeKind.SWITCH_FAILED, exc, name=name,
                                         on="1" if on else ""),
            wish=on)

    def derive(self) -> RoomView:
        hub: RoomView | None = self._hub
        if hub is None:
            hub = RoomView(self.room.id, self.room.name, Health(Link.CONNECTING, ""))
        health = over_the_hop(hub.health, hub.confirmed_at, self._session.hop,
                              self._session.now())
        macros = tuple(replace(m, status=CommandStatus.PENDING) if m.id in self._macros
                       else m for m in hub.macros)
        return replace(hub, health=health, macros=macros,
                       automations=self._wished(Section.AUTOMATIONS, hub.automations),
                       auto_routings=self._wished(Section.AUTO_ROUTINGS, hub.auto_routings))

    def _wished(self, section: Section, rows: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(replace(r, on=self._switches.wish((section, r.id)), pending=True)
                     if (section, r.id) in self._switches else r for r in rows)


class RemoteRouting(_Mirror):
    part = "routing"

    def __init__(self, session: HubSession, room: Room) -> None:
        super().__init__(session, room)
        self._routes: Commands[tuple[str, str | None, str | None]] = self.commands()
        self._others: Commands[str] = self.commands()

    def _name(self, device_id: str | None) -> str:
        view: RoutingView = self.derive()
        rows: list[SourceRow | DisplayRow] = [*view.sources, *view.displays]
        return next((r.name for r in rows if r.id == device_id), device_id or "")

    def route(self, source_id: str | None, display_id: str,
              signal: Signal | str | None) -> bool:
        name = Signal(signal).value if signal is not None else None
        if source_id is None:
            failed: Callable[[Any], Notice] = lambda exc: Notice.of(  # noqa: E731
                NoticeKind.CLEAR_FAILED, exc, display=self._name(display_id))
        else:
            failed = lambda exc: Notice.of(  # noqa: E731
                NoticeKind.ROUTE_FAILED, exc, source=self._name(source_id),
                display=self._name(display_id))
        return self._routes.send((display_id, source_id, name),
                                 self.ask("route", source=source_id, display=display_id,
                                          signal=name), failed=failed)

    def unroute(self, source_id: str, display_id: str, signal: Signal | str) -> bool:
        return self._routes.send(
            (display_id, source_id, None),
            self.ask("unroute", source=source_id, display=display_id,
                     signal=Signal(signal).value),
            failed=lambda exc: Notice.of(NoticeKind.UNROUTE_FAILED, exc,
                                         source=self._name(source_id),
                                         display=self._name(display_id)))

    def _other(self, key: str, what: str, kind: NoticeKind, about: dict[str, str],
               **args: Any) -> bool:
        return self._others.send(key, self.ask(what, **args),
                                 failed=lambda exc: Notice.of(kind, exc, **about))

    def apply_preset(self, preset_id: str) -> bool:
        name = next((p.name for p in self.derive().presets if p.id == preset_id), preset_id)
        return self._other(f"preset:{preset_id}", "apply_preset", NoticeKind.PRESET_FAILED,
                           {"preset": name}, preset=preset_id)

    def set_auto_group(self, auto_id: str, enable: bool) -> bool:
        name = next((a.name for a in self.derive().auto_groups if a.id == auto_id), auto_id)
        return self._other(f"auto:{auto_id}", "set_auto_group", NoticeKind.SWITCH_FAILED,
                           {"name": name, "on": "1" if enable else ""}, id=auto_id,
                           on=enable)

    def set_usb_mode(self, manual: bool) -> bool:
        return self._other("usb", "set_usb_mode", NoticeKind.USB_MODE_FAILED, {},
                           manual=manual)

    def set_usb_source(self, display_id: str, source_id: str | None) -> bool:
        return self._other("usb", "set_usb_source", NoticeKind.USB_ROUTE_FAILED,
                           {"display": self._name(display_id)}, display=display_id,
                           source=source_id)

    def set_volume(self, display_id: str, volume: int) -> None:
        # A drag sends many values: the hub paces them; the last one always goes.
        self._tasks.spawn(self._session.ask(self.room, "set_volume",
                                            {"display": display_id, "volume": volume},
                                            self.notify))

    def set_audio_on(self, display_id: str, on: bool) -> bool:
        return self._other(f"audio:{display_id}", "set_audio_on", NoticeKind.AUDIO_FAILED,
                           {"display": self._name(display_id)}, display=display_id, on=on)

    def set_display_power(self, display_id: str, on: bool) -> bool:
        return self._other(f"power:{display_id}", "set_display_power",
                           NoticeKind.POWER_FAILED, {"display": self._name(display_id)},
                           display=display_id, on=on)

    def set_display_input(self, display_id: str, source: str) -> bool:
        return self._other(f"input:{display_id}", "set_display_input",
                           NoticeKind.INPUT_FAILED,
                           {"display": self._name(display_id),
                            "input": "hdmi" if source == "hdmi input1" else "network"},
                           display=display_id, input=source)

    def derive(self) -> RoutingView:
        hub: RoutingView = self._hub if self._hub is not None else \
            RoutingView(health=Health(Link.CONNECTING, ""))
        health = over_the_hop(hub.health, None, self._session.hop, self._session.now())
        wishes = {display: (source, signal) for display, source, signal in self._routes}
        displays = tuple(
            replace(d, route_wish=wishes.get(d.id, d.route_wish),
                    audio_pending=d.audio_pending or f"audio:{d.id}" in self._others,
                    power_pending=d.power_pending or f"power:{d.id}" in self._others,
                    input_pending=d.input_pending or f"input:{d.id}" in self._others)
            for d in hub.displays)
        presets = tuple(replace(p, pending=p.pending or f"preset:{p.id}" in self._others)
                        for p in hub.presets)
        autos = tuple(replace(a, on=self._others.wish(f"auto:{a.id}", a.on), pending=True)
                      if f"auto:{a.id}" in self._others else a for a in hub.auto_groups)
        return replace(hub, health=health, displays=displays, presets=presets,
                       auto_groups=autos, usb_pending=hub.usb_pending or "usb" in self._others)


class RemoteConference(_Mirror):
    part = "conference"

    def __init__(self, session: HubSession, room: Room, about: dict[str, Any]) -> None:
        super().__init__(session, room)
        self.features = frozenset(str(f) for f in about.get("features", []))
        self.layouts = tuple(str(layout) for layout in about.get("layouts", []))
        self.mutes_read_back = bool(about.get("mutes_read_back", True))
        self.service = str(about.get("service", "portsip"))
        self.description = str(about.get("description", "Conference"))
        self._pending: Commands[str] = self.commands()

    def _send(self, key: str, what: str, kind: NoticeKind, about: dict[str, str],
              **args: Any) -> bool:
        return self._pending.send(key, self.ask(what, **args),
                                  failed=lambda exc: Notice.of(kind, exc, **about))

    def room_action(self, action: str) -> bool:
        return self._send(action, "conference_action", NoticeKind.CONFERENCE_ACTION_FAILED,
                          {"action": action}, action=action)

    def set_layout(self, layout: str) -> bool:
        if not self.derive().video:
            return False
        return self._send("layout", "set_layout", NoticeKind.LAYOUT_FAILED, {}, layout=layout)

    def invite(self, number: str) -> bool:
        return self._send(f"invite:{number}", "invite", NoticeKind.INVITE_FAILED,
                          {"number": number}, number=number)

    def participant_action(self, participant_id: str, action: str) -> bool:
        name = next((p.name for p in self.derive().participants if p.id == participant_id),
                    participant_id)
        return self._send(f"{action}:{participant_id}", "participant_action",
                          NoticeKind.PARTICIPANT_ACTION_FAILED,
                          {"action": action, "name": name}, participant=participant_id,
                          action=action)

    def derive(self) -> ConferenceView:
        hub: ConferenceView = self._hub if self._hub is not None else ConferenceView()
        problem = self._session.hop.problem()
        if problem is not None:
            hub = replace(hub, error=problem.message, problem=problem)
        return replace(hub, pending=hub.pending | frozenset(self._pending))
