"""The commands panels send through the broker, carried out by the hub's state layer, each
at most once.

A command is `{"id", "do", "args"}` on `rooms/<room_id>/cmd`, asked with MQTT 5's response
topic and correlation data. The hub keeps a window of the ids it has seen: a QoS 1
redelivery, a panel's reconnect or a double tap repeating an id gets the first answer again,
and nothing is sent to a service twice. The answer says whether the command was sent and
brings the notices it caused (a refusal, in the service's own words), as the panel would
show them in direct mode.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.api.broker import Incoming
from app.state.commands import TaskSet
from app.state.directory import Room
from app.state.hub_wire import to_wire
from app.state.notices import Notice
from app.state.room import Section

if TYPE_CHECKING:
    from app.hub.hub import Hub

log = logging.getLogger(__name__)

SEEN_KEPT = 4096  # ids remembered: far more than any panel repeats within its retry time
ARGS: dict[str, dict[str, type | tuple[type, ...]]] = {  # each command's arguments
    "invoke_macro": {"macro": str},
    "set_switch": {"section": str, "id": str, "on": bool},
    "refresh": {},
    "route": {"source": (str, type(None)), "display": str, "signal": (str, type(None))},
    "unroute": {"source": str, "display": str, "signal": str},
    "apply_preset": {"preset": str},
    "set_auto_group": {"id": str, "on": bool},
    "set_usb_mode": {"manual": bool},
    "set_usb_source": {"display": str, "source": (str, type(None))},
    "set_volume": {"display": str, "volume": int},
    "set_audio_on": {"display": str, "on": bool},
    "set_display_power": {"display": str, "on": bool},
    "set_display_input": {"display": str, "input": str},
    "call_control": {"call": str, "action": str},
    "dial": {"number": str},
    "transfer_call": {"call": str, "number": str},  # "how": blind | attended | add
    "set_presence": {"status": str},
    "conference_action": {"action": str},
    "set_layout": {"layout": str},
    "invite": {"number": str},
    "participant_action": {"participant": str, "action": str},
    "look": {"part": str},  # read an on-demand part for a while (a tool has no screen)
}


class CommandExecutor:
    def __init__(self, hub: Hub) -> None:
        self._hub = hub
        self._seen: OrderedDict[str, asyncio.Future[dict[str, Any]]] = OrderedDict()
        self._collecting: dict[str, list[list[Notice]]] = {}  # room id -> running commands
        self._tasks = TaskSet()
        self.carried_out = 0  # commands sent to a service (not repeats), for tests

    def receive(self, request: Incoming) -> None:
        payload = request.payload
        command_id = payload.get("id") if isinstance(payload, dict) else None
        if not isinstance(command_id, str) or not command_id:
            return  # not ours to answer: no id, no promise
        known = self._seen.get(command_id)
        if known is None:
            known = asyncio.get_running_loop().create_future()
            self._seen[command_id] = known
            while len(self._seen) > SEEN_KEPT:
                self._seen.popitem(last=False)
            self._tasks.spawn(self._carry_out(request.topic, payload, known))
        else:
            log.info("Command %s seen before: answered again, not carried out again",
                     command_id)
        self._tasks.spawn(self._answer(request, known))

    def claim(self, room_id: str, notice: Notice) -> bool:
        """A notice while a command of this room runs: it goes with that command's answer."""
        running = self._collecting.get(room_id)
        if not running:
            return False
        running[-1].append(notice)
        return True

    async def aclose(self) -> None:
        await self._tasks.wait()

    async def _answer(self, request: Incoming, outcome: asyncio.Future[dict[str, Any]]
                      ) -> None:
        await self._hub.link.reply(request, await asyncio.shield(outcome))

    async def _carry_out(self, topic: str, payload: dict[str, Any],
                         outcome: asyncio.Future[dict[str, Any]]) -> None:
        command_id = payload["id"]
        room = self._hub.room(topic.split("/")[3] if topic.count("/") >= 4 else "")
        what, args = payload.get("do"), payload.get("args", {})
        if room is None or not isinstance(what, str) or not _well_formed(what, args):
            outcome.set_result({"id": command_id, "sent": False, "notices": [],
                                "error": "not a command this hub knows"})
            return
        notices: list[Notice] = []
        self._collecting.setdefault(room.id, []).append(notices)
        try:
            sent, wait = self._dispatch(room, what, args)
            if sent:
                self.carried_out += 1
                await wait()
        except Exception as exc:
            log.exception("Command %s (%s) failed unexpectedly", command_id, what)
            outcome.set_result({"id": command_id, "sent": False, "notices": [],
                                "error": type(exc).__name__})
            return
        finally:
            self._collecting[room.id].remove(notices)
        outcome.set_result({"id": command_id, "sent": sent,
                            "notices": [to_wire(n) for n in notices]})

    def _dispatch(self, room: Room, what: str, args: dict[str, Any]
                  ) -> tuple[bool, Callable[[], Any]]:
        session = self._hub.session
        if what == "look":
            self._hub.look(room, args["part"])
            return False, _nothing
        if what in ("invoke_macro", "set_switch", "refresh"):
            controls = session.coordinator(room)
            if what == "refresh":
                controls.request_refresh()
                return True, _nothing
            sent = controls.invoke_macro(args["macro"]) if what == "invoke_macro" else \
                controls.set_switch(Section(args["section"]), args["id"], args["on"])
            return sent, controls.wait_for_commands
        if what in ("call_control", "dial", "transfer_call", "set_presence"):
            calls, key = session.calls, session.phone_of(room)
            if calls is None or key is None:
                return False, _nothing
            sent = {
                "call_control": lambda: calls.control(key, args["call"], args["action"]),
                "dial": lambda: calls.dial(key, args["number"]),
                "transfer_call": lambda: calls.transfer(key, args["call"], args["number"],
                                                        args.get("how", "blind")),
                "set_presence": lambda: calls.set_presence(key, args["status"]),
            }[what]()
            return sent, calls.wait_for_commands
        if what in ("conference_action", "set_layout", "invite", "participant_action"):
            conference = session.conference(room)
            if conference is None:
                return False, _nothing
            sent = {
                "conference_action": lambda: conference.room_action(args.get("action", "")),
                "set_layout": lambda: conference.set_layout(args.get("layout", "")),
                "invite": lambda: conference.invite(args.get("number", "")),
                "participant_action": lambda: conference.participant_action(
                    args.get("participant", ""), args.get("action", "")),
            }[what]()
            return sent, conference.wait_for_commands
        routing = session.routing(room)
        sent = {
            "route": lambda: routing.route(args["source"], args["display"], args["signal"]),
            "unroute": lambda: routing.unroute(args["source"], args["display"], args["signal"]),
            "apply_preset": lambda: routing.apply_preset(args["preset"]),
            "set_auto_group": lambda: routing.set_auto_group(args["id"], args["on"]),
            "set_usb_mode": lambda: routing.set_usb_mode(args["manual"]),
            "set_usb_source": lambda: routing.set_usb_source(args["display"], args["source"]),
            "set_volume": lambda: _volume(routing, args),
            "set_audio_on": lambda: routing.set_audio_on(args["display"], args["on"]),
            "set_display_power": lambda: routing.set_display_power(args["display"],
                                                                   args["on"]),
            "set_display_input": lambda: routing.set_display_input(args["display"],
                                                                   args["input"]),
        }[what]()
        return sent, routing.wait_for_commands


def _volume(routing: Any, args: dict[str, Any]) -> bool:
    routing.set_volume(args["display"], args["volume"])
    return True


async def _nothing() -> None:
    return None


def _well_formed(what: str, args: Any) -> bool:
    wanted = ARGS.get(what)
    if wanted is None or not isinstance(args, dict):
        return False
    for name, kind in wanted.items():
        if name not in args or not isinstance(args[name], kind) or \
                (kind is int and isinstance(args[name], bool)):
            return False
    if what == "set_switch" and args["section"] not in (s.value for s in Section):
        return False
    return not (what in ("route", "unroute") and args["signal"] is not None
                and args["signal"] not in ("Audio/Video", "Video", "Audio"))
