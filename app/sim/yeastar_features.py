"""The simulated PBX's call features beyond the basics: calls held on a controlled trunk,
attended transfer, adding a member, parking, presence, trunks and system events, and call
records. As strict as Yeastar's developer guide: what it marks required is required, what it
enumerates is all that is taken.

Mixed into `YeastarSim`, whose calls, extensions and event sender these use.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from aiohttp import web

from app.sim.http import json_body

if TYPE_CHECKING:
    from app.sim.yeastar import SimCall, SimMember

# A held call is routed by the PBX itself after this long; a decision after it has no effect.
ADMISSION_WINDOW_S = 10.0
PRESENCE_STATES = ("available", "away", "business_trip", "do_not_disturb", "lunch", "off_work")
CDR_SORT_FIELDS = ("id", "uid", "time", "duration", "ring_duration", "talk_duration",
                   "disposition", "src_trunk", "dst_trunk", "call_type", "did_number",
                   "dod_number", "src_addr")
MAX_CDR_PAGE = 10_000
MAX_CALL_PARTIES = 9
ATTENDED_OPERATIONS = ("abort", "complete", "threeway", "swap")


@dataclass
class Consult:
    """An attended transfer under way: our side talks to `target` while `waiting` holds."""

    call_id: str
    transferor: SimMember
    waiting: SimMember
    target: SimMember


class CallFeatures:
    """Handlers and admin calls; `YeastarSim` provides the attributes declared here."""

    calls: dict[str, SimCall]
    extensions: dict[str, str]
    cdrs: list[dict[str, Any]]

    def _init_features(self) -> None:
        self.held: dict[str, float] = {}  # call id held on a controlled trunk -> since
        self.parked: dict[str, tuple[SimCall, SimMember, str]] = {}  # slot -> call, party, by
        self.consults: dict[str, Consult] = {}  # by the transferor's channel
        self.presence: dict[str, str] = {}
        self._slots = itertools.count(6000)

    if TYPE_CHECKING:  # provided by YeastarSim
        def _emit(self, event_type: int, msg: dict[str, Any]) -> None: ...
        def _new_id(self) -> str: ...
        def _channel(self, who: str) -> str: ...
        def _call_changed(self, call: SimCall) -> None: ...
        def _find_channel(self, channel: str) -> tuple[SimCall, SimMember] | None: ...
        def end(self, call_id: str, *, answered_status: str = "ANSWERED") -> None: ...

    # --- admin API ---------------------------------------------------------------------------

    def ring_controlled(self, extension: str, caller: str, trunk: str = "AIS SIP Trunk") -> str:
        """An outside call on a trunk under inbound control: the PBX holds it and asks
        (30016); it rings `extension` only once let through."""
        from app.sim.yeastar import SimCall, SimMember

        call = SimCall(self._new_id(), [
            SimMember("inbound", caller, self._channel("trunk"), "ALERT", trunk,
                      extension)])
        self.calls[call.call_id] = call
        self.held[call.call_id] = time.monotonic()
        self._emit(30016, call.wire())
        return call.call_id

    def trunk_state(self, name: str, status: int, kind: str = "PJSIP") -> None:
        self._emit(30010, {"trunk_name": name, "kind": kind, "status": status,
                           "registered_ip": "203.0.113.10:5060"})

    def system_event(self, name: str, content: str, *, warning: bool = True,
                     event_type: str = "telephony") -> None:
        # The document's example sends this event's msg as an object, not as text.
        self._emit(30035 if warning else 30034, {
            "event_name": name, "event_type": event_type,
            "event_level": "warn" if warning else "info", "event_content": content,
            "create_time": time.strftime("%Y/%m/%d %H:%M:%S")})

    # --- calls held on a controlled trunk ----------------------------------------------------

    def _held_call(self, body: dict[str, Any]) -> SimCall | web.Response:
        from app.sim.yeastar import _reply

        channel = str(body.get("channel_id", ""))
        if not channel:
            return _reply(40002, "PARAMETER MISSING")
        call = next((c for c in self.calls.values() if c.call_id in self.held
                     and c.members[0].channel_id == channel), None)
        if call is None or time.monotonic() - self.held[call.call_id] > ADMISSION_WINDOW_S:
            return _reply(40008, "CHANNEL NOT EXIST")
        return call

    async def _accept_inbound(self, request: web.Request) -> web.StreamResponse:
        """Routes the held call: it rings its destination (it is not answered)."""
        from app.sim.yeastar import SimMember, _reply

        call = self._held_call(await json_body(request))
        if isinstance(call, web.Response):
            return call
        del self.held[call.call_id]
        caller = call.members[0]
        caller.status = "RING"
        call.members.append(SimMember("extension", caller.other, self._channel(caller.other),
                                      "RING"))
        self._call_changed(call)
        self._emit(30008, {"extension": caller.other, "status": "Ringing"})
        return _reply(0, "SUCCESS", call_id=call.call_id)

    async def _refuse_inbound(self, request: web.Request) -> web.StreamResponse:
        from app.sim.yeastar import _reply

        call = self._held_call(await json_body(request))
        if isinstance(call, web.Response):
            return call
        del self.held[call.call_id]
        self.calls.pop(call.call_id, None)
        call.members[0].status = "BYE"
        self._call_changed(call)
        return _reply(0, "SUCCESS", call_id=call.call_id)

    # --- attended transfer -------------------------------------------------------------------

    async def _attended(self, body: dict[str, Any]) -> web.Response:
        """First call: `channel_id` is the transferor's leg, `number` and `dial_permission`
        required; the other party waits on hold, `number` rings and answers. Second call:
        `attended_operate` on the same channel."""
        from app.sim.yeastar import SimMember, _reply

        channel = str(body.get("channel_id", ""))
        operation = str(body.get("attended_operate", ""))
        found = self._find_channel(channel)
        if found is None:
            return _reply(40008, "CHANNEL NOT EXIST")
        call, transferor = found
        if operation:
            if operation not in ATTENDED_OPERATIONS:
                return _reply(40002, "PARAMETER ERROR")
            return self._operate(channel, operation)
        number, permission = str(body.get("number", "")), str(body.get("dial_permission", ""))
        if not number or not permission:
            return _reply(40002, "PARAMETER MISSING")
        if transferor.kind != "extension" or channel in self.consults:
            return _reply(40009, "CALL STATE ERROR")
        waiting = next((m for m in call.members if m is not transferor), None)
        if waiting is None:
            return _reply(40009, "CALL STATE ERROR")
        waiting.status = "HOLD"
        target = (SimMember("extension", number, self._channel(number), "ANSWER")
                  if number in self.extensions else
                  SimMember("outbound", number, self._channel("trunk"), "ANSWER",
                            "AIS SIP Trunk", permission))
        self.consults[channel] = Consult(call.call_id, transferor, waiting, target)
        self._call_changed(call)
        return _reply(0, "SUCCESS", call_id=call.call_id)

    def _operate(self, channel: str, operation: str) -> web.Response:
        from app.sim.yeastar import _reply

        consult = self.consults.get(channel)
        call = self.calls.get(consult.call_id) if consult else None
        if consult is None or call is None:
            return _reply(40009, "NO ATTENDED TRANSFER")
        if operation == "swap":
            return _reply(0, "SUCCESS", call_id=call.call_id)
        del self.consults[channel]
        consult.waiting.status = "ANSWERED"
        if operation == "complete":
            consult.transferor.status = "BYE"
            self._call_changed(call)
            call.members = [consult.waiting, consult.target]
        elif operation == "threeway":
            call.members.append(consult.target)
        self._call_changed(call)
        return _reply(0, "SUCCESS", call_id=call.call_id)

    # --- more parties, parking -----------------------------------------------------------------

    async def _add_member(self, request: web.Request) -> web.StreamResponse:
        from app.sim.yeastar import SimMember, _reply

        body = await json_body(request)
        channel, number = str(body.get("channel_id", "")), str(body.get("number", ""))
        if not channel or not number:
            return _reply(40002, "PARAMETER MISSING")
        found = self._find_channel(channel)
        if found is None:
            return _reply(40008, "CHANNEL NOT EXIST")
        call, _inviter = found
        if len(call.members) >= MAX_CALL_PARTIES:
            return _reply(40010, "MEMBERS EXCEED LIMIT")
        call.members.append(
            SimMember("extension", number, self._channel(number), "ANSWER")
            if number in self.extensions else
            SimMember("outbound", number, self._channel("trunk"), "ANSWER", "AIS SIP Trunk",
                      str(body.get("dial_permission", ""))))
        self._call_changed(call)
        return _reply(0, "SUCCESS", call_id=call.call_id)

    async def _park(self, request: web.Request) -> web.StreamResponse:
        """The party on `channel_id` waits in a slot; the rest of the call ends."""
        from app.sim.yeastar import _reply

        body = await json_body(request)
        channel = str(body.get("channel_id", ""))
        if not channel:
            return _reply(40002, "PARAMETER MISSING")
        found = self._find_channel(channel)
        if found is None:
            return _reply(40008, "CHANNEL NOT EXIST")
        call, party = found
        slot = str(body.get("parking_slot") or next(self._slots))
        if slot in self.parked:
            return _reply(40011, "PARKING SLOT BUSY")
        parker = next((m.number for m in call.members
                       if m is not party and m.kind == "extension"), "")
        for member in call.members:
            if member is not party:
                member.status = "BYE"
        party.status = "HOLD"
        self._call_changed(call)
        call.members = [party]
        self.parked[slot] = (call, party, parker)
        return _reply(0, "SUCCESS", call_id=call.call_id, parking_slot=slot)

    async def _park_status(self, request: web.Request) -> web.StreamResponse:
        from app.sim.yeastar import _reply

        return _reply(0, "SUCCESS", data=[
            {"parker": parker, "parked_party": party.number, "parking_slot": slot,
             "park_time": 60, "channel_id": party.channel_id}
            for slot, (_call, party, parker) in self.parked.items()])

    def pick_up_parked(self, slot: str) -> None:
        """Someone dialled the slot: the parked call leaves it (admin API)."""
        call, _party, _parker = self.parked.pop(slot)
        self.end(call.call_id)

    # --- presence ----------------------------------------------------------------------------

    async def _update_extension(self, request: web.Request) -> web.StreamResponse:
        """Only what the panel sends is simulated: `id` with `presence_status`."""
        from app.sim.yeastar import _reply

        body = await json_body(request)
        extension_id, status = body.get("id"), body.get("presence_status")
        if extension_id is None:
            return _reply(40002, "PARAMETER MISSING")
        numbers = sorted(self.extensions)
        if not isinstance(extension_id, int) or not 1 <= extension_id <= len(numbers):
            return _reply(40003, "EXTENSION NOT EXIST")
        if status not in PRESENCE_STATES:
            return _reply(40002, "PARAMETER ERROR")
        number = numbers[extension_id - 1]
        self.presence[number] = status
        self._emit(30009, {"extension": number, "status": status})
        return _reply(0, "SUCCESS")

    # --- call records ------------------------------------------------------------------------

    async def _cdr_list(self, request: web.Request) -> web.StreamResponse:
        from app.sim.yeastar import _reply

        query = request.query
        try:
            page = int(query.get("page", "1"))
            size = int(query.get("page_size", str(MAX_CDR_PAGE)))
        except ValueError:
            return _reply(40002, "PARAMETER ERROR")
        sort_by, order = query.get("sort_by", "id"), query.get("order_by", "asc")
        if page < 1 or not 1 <= size <= MAX_CDR_PAGE or sort_by not in CDR_SORT_FIELDS \
                or order not in ("asc", "desc"):
            return _reply(40002, "PARAMETER ERROR")
        rows = [_cdr_row(n, cdr) for n, cdr in enumerate(self.cdrs, 1)]
        key = "timestamp" if sort_by == "time" else sort_by
        rows.sort(key=lambda r: (r.get(key) is None, r.get(key)), reverse=order == "desc")
        return _reply(0, "SUCCESS", total_number=len(rows),
                      data=rows[(page - 1) * size:page * size])


def _cdr_row(sequence: int, cdr: dict[str, Any]) -> dict[str, Any]:
    """An event-30012 record as `cdr/list` words it (its own field names and time format;
    parties as "name<number>" where the PBX knows a name is not simulated)."""
    started = time.mktime(time.strptime(cdr["time_start"], "%Y-%m-%d %H:%M:%S"))
    return {
        "id": sequence, "uid": cdr["call_id"],
        "time": cdr["time_start"].replace("-", "/"), "timestamp": int(started),
        "call_from": cdr["call_from"], "call_to": cdr["call_to"], "src_addr": "",
        "src_trunk": cdr["src_trunk_name"], "dst_trunk": cdr["dst_trunk_name"],
        "duration": cdr["call_duration"], "ring_duration": 0,
        "talk_duration": cdr["talk_duration"], "disposition": cdr["status"],
        "call_type": cdr["type"].capitalize(), "did_number": cdr["did_number"],
        "dod_number": "", "record_file": cdr["recording"],
    }
