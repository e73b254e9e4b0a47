"""Simulated Yeastar P-Series PBX: REST and the event WebSocket on one port, as the PBX has.

Tokens expire and are limited to 8 per application; repeated failed logins block the
client; a socket that sends no heartbeat for `heartbeat_timeout_s` is dropped. Calls are
played by the admin API (tests) or the scenario engine (demo) and pushed as events.
"""

from __future__ import annotations

import itertools
import json
import secrets
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from app.sim.demo import PBX_CLIENT_ID, PBX_CLIENT_SECRET
from app.sim.http import json_body
from app.sim.wire import Dialect, FaultySim, Paging
from app.sim.yeastar_features import CallFeatures
from app.sim.yeastar_socket import EventSockets, Frame, SubscribeRefusal, garbage_frames

PREFIX = "/openapi/v1.0"
MAX_TOKENS = 8
BLOCK_AFTER_FAILED_LOGINS = 5


@dataclass
class SimMember:
    kind: str  # extension | inbound | outbound
    number: str
    channel_id: str
    status: str
    trunk: str = ""
    other: str = ""  # inbound: the number called; outbound: the caller
    call_path: str = ""

    def wire(self) -> dict[str, Any]:
        body: dict[str, Any] = {"channel_id": self.channel_id, "member_status": self.status,
                                "call_path": self.call_path}
        if self.kind == "extension":
            body["number"] = self.number
        elif self.kind == "inbound":
            body.update({"from": self.number, "to": self.other, "trunk_name": self.trunk})
        else:
            body.update({"from": self.other, "to": self.number, "trunk_name": self.trunk})
        return {self.kind: body}


@dataclass
class SimCall:
    call_id: str
    members: list[SimMember]
    started: float = field(default_factory=time.time)
    answered: float | None = None
    muted: set[str] = field(default_factory=set)

    def wire(self) -> dict[str, Any]:
        return {"call_id": self.call_id, "members": [m.wire() for m in self.members]}


YEASTAR_WIRE = Dialect(
    # The PBX words every answer as errcode/errmsg, even under an HTTP error status.
    error=lambda status, message: web.json_response(
        {"errcode": -1, "errmsg": message}, status=status),
    refuse=lambda message: _reply(-1, message),
    listing=lambda rows: {"errcode": 0, "errmsg": "SUCCESS", "total_number": len(rows),
                          "data": rows},
    paging=Paging(start="page", first=1, in_body=False, total=("total_number",)),
)


class YeastarSim(FaultySim, CallFeatures):
    dialect = YEASTAR_WIRE

    def __init__(self, *, client_id: str = PBX_CLIENT_ID, client_secret: str = PBX_CLIENT_SECRET,
                 access_ttl_s: float = 1800, refresh_ttl_s: float = 86400,
                 heartbeat_timeout_s: float = 60.0, serial: str = "3631A2123456") -> None:
        super().__init__()
        self.client_id = client_id
        self.client_secret = client_secret
        self.access_ttl_s = access_ttl_s
        self.refresh_ttl_s = refresh_ttl_s
        self.heartbeat_timeout_s = heartbeat_timeout_s
        self.serial = serial
        self.access_tokens: dict[str, float] = {}  # token -> expiry (monotonic)
        self.refresh_tokens: dict[str, tuple[float, str]] = {}  # token -> (expiry, access)
        self.failed_logins = 0
        self.blocked = False
        self.extensions = {"1001": "Boardroom phone", "1002": "Boardroom codec",
                           "1003": "ห้องประชุม 5 โทรศัพท์", "1004": "第一会议室 电话",
                           "1005": "Huddle 3", "1000": "Reception"}
        self.calls: dict[str, SimCall] = {}
        # The PBX's conference rooms: number -> name.
        self.conferences = {"6400": "Weekly all-hands", "6401": "Project sync",
                            "6500": "ประชุมทางไกล สาขาเชียงใหม่"}
        self.conference_muted: dict[str, set[str]] = {}  # number -> muted channels
        self.cdrs: list[dict[str, Any]] = []
        # Desk phones with uaCSTA on (extension -> the phone's address and SIP port), and
        # their ringing uaCSTA calls (extension -> (uaCSTA call id, PBX call id)).
        self.uacsta_phones = {"1001": "192.168.5.21:5060"}
        self.uacsta_calls: dict[str, tuple[str, str]] = {}
        self._uacsta_ids = itertools.count(32768)
        self.requests: list[tuple[str, str, Any, float]] = []
        self.events_sent = 0
        self.events = EventSockets(self._token_valid, lambda: self.heartbeat_timeout_s)
        self._ids = itertools.count(1)
        self._init_features()

    # --- admin API ---------------------------------------------------------------------------

    @property
    def valid_tokens(self) -> int:
        now = time.monotonic()
        return sum(1 for expiry in self.access_tokens.values() if expiry > now)

    def expire_access_tokens(self) -> None:
        for token in self.access_tokens:
            self.access_tokens[token] = 0.0

    def forget_tokens(self) -> None:
        """Every access and refresh token becomes unknown, as after a PBX restart. Open
        sockets stay open (a restart also drops them: add `drop_sockets`)."""
        self.access_tokens.clear()
        self.refresh_tokens.clear()

    def seen(self, endpoint: str) -> list[tuple[str, str, Any, float]]:
        return [r for r in self.requests if r[1].endswith(endpoint)]

    def ring(self, extension: str, caller: str, trunk: str = "AIS SIP Trunk",
             did: str = "022345678") -> str:
        """An outside caller rings one of our extensions through a trunk."""
        call = SimCall(self._new_id(), [
            SimMember("inbound", caller, self._channel("trunk"), "RING", trunk, did),
            SimMember("extension", extension, self._channel(extension), "RING"),
        ])
        self.calls[call.call_id] = call
        self._emit(30016, {"call_id": call.call_id, "members": [call.members[0].wire()]})
        self._call_changed(call)
        self._emit(30008, {"extension": extension, "status": "Ringing"})
        if extension in self.uacsta_phones:
            csta_id = str(next(self._uacsta_ids))
            self.uacsta_calls[extension] = (csta_id, call.call_id)
            self._uacsta_event("call_start", extension, csta_id)
        return call.call_id

    def _uacsta_event(self, operation: str, extension: str, csta_id: str) -> None:
        self._emit(30020, {"operation": operation, "extension": extension, "call_id": csta_id,
                           "ip_address": self.uacsta_phones[extension]})

    def _uacsta_over(self, call: SimCall, operation: str) -> None:
        for member in call.members:
            ringing = self.uacsta_calls.get(member.number)
            if member.kind == "extension" and ringing and ringing[1] == call.call_id:
                del self.uacsta_calls[member.number]
                self._uacsta_event(operation, member.number, ringing[0])

    def register(self, extension: str, registered: bool = True, kind: str = "Sip") -> None:
        """A phone (kind "Sip") or a Linkus client of `extension` registers or drops off."""
        self._emit(30007, {"extension": extension, "kind": kind,
                           "status": "Registered" if registered else "Unregistered",
                           "registered_ip": self.uacsta_phones.get(extension, "192.168.5.40")
                           .partition(":")[0]})

    def set_presence(self, extension: str, status: str) -> None:
        """The extension's presence: available, away, business_trip, do_not_disturb..."""
        self._emit(30009, {"extension": extension, "status": status})

    def answer(self, call_id: str) -> None:
        call = self.calls[call_id]
        call.answered = time.time()
        for member in call.members:
            member.status = "ANSWERED"
        self._uacsta_over(call, "call_answer")
        self._call_changed(call)
        for member in call.members:
            if member.kind == "extension":
                self._emit(30008, {"extension": member.number, "status": "Busy"})

    def set_status(self, call_id: str, status: str, number: str | None = None) -> None:
        call = self.calls[call_id]
        for member in call.members:
            if number is None or member.number == number:
                member.status = status
        self._call_changed(call)

    def end(self, call_id: str, *, answered_status: str = "ANSWERED") -> None:
        call = self.calls.pop(call_id, None)
        if call is None:
            return
        for member in call.members:
            member.status = "BYE"
        self._uacsta_over(call, "call_over")
        self._call_changed(call)
        now = time.time()
        inbound = next((m for m in call.members if m.kind == "inbound"), None)
        outbound = next((m for m in call.members if m.kind == "outbound"), None)
        extension = next((m for m in call.members if m.kind == "extension"), None)
        cdr = {
            "call_id": call.call_id,
            "time_start": time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(call.started)),
            "call_from": inbound.number if inbound else (extension.number if extension else ""),
            "call_to": outbound.number if outbound else (extension.number if extension else ""),
            "call_duration": round(now - call.started),
            "talk_duration": round(now - call.answered) if call.answered else 0,
            "src_trunk_name": inbound.trunk if inbound else "",
            "dst_trunk_name": outbound.trunk if outbound else "",
            "status": answered_status if call.answered else "NO ANSWER",
            "type": "inbound" if inbound else "outbound" if outbound else "internal",
            "recording": "", "did_number": inbound.other if inbound else "",
        }
        self.cdrs.append(cdr)
        self._emit(30012, cdr)
        for member in call.members:
            if member.kind == "extension":
                self._emit(30008, {"extension": member.number, "status": "Idle"})

    def transfer(self, call_id: str, from_extension: str, to_extension: str) -> None:
        """A blind transfer: our extension leaves, another one rings, then talks."""
        call = self.calls[call_id]
        for member in call.members:
            if member.kind == "extension" and member.number == from_extension:
                member.status = "BYE"
        self._call_changed(call)
        call.members = [m for m in call.members if m.status != "BYE"]
        call.members.append(SimMember("extension", to_extension,
                                      self._channel(to_extension), "ANSWERED"))
        self._call_changed(call)

    def conference(self, room: str, extensions: list[str], outside: str) -> str:
        """A conference call: the members carry the conference room in `call_path`."""
        path = f"conference:{room}"
        call = SimCall(self._new_id(), [
            *(SimMember("extension", e, self._channel(e), "ANSWERED", call_path=path)
              for e in extensions),
            SimMember("inbound", outside, self._channel("trunk"), "ANSWERED", "AIS SIP Trunk",
                      room, call_path=path)])
        call.answered = time.time()
        self.calls[call.call_id] = call
        self._call_changed(call)
        return call.call_id

    def fail_call(self, extension: str, callee: str, reason: str = "BUSY") -> None:
        self._emit(30015, {"call_id": self._new_id(), "reason": reason, "members": [
            SimMember("extension", extension, self._channel(extension), "BYE").wire(),
            SimMember("outbound", callee, self._channel("trunk"), "BYE", "AIS SIP Trunk",
                      extension).wire()]})

    def host_left(self, conference_id: str, host: str) -> None:
        self._emit(30024, {"conference_id": conference_id, "host_num": host})

    # --- event socket faults (see app.sim.yeastar_socket) ------------------------------------

    def push_raw(self, frame: Frame) -> None:
        """Send anything down every socket (tests of malformed or unknown events)."""
        self.events.push(frame)

    async def drop_sockets(self, *, abrupt: bool = False) -> None:
        """Close every open socket now: with a close frame, or (`abrupt`) without one."""
        await self.events.drop(abrupt=abrupt)

    def send_garbage(self, count: int) -> list[Frame]:
        """Send `count` garbage frames to every socket, cycling through `garbage_frames`
        (invalid JSON, binary, unknown event type, msg of the wrong shape)."""
        kinds = garbage_frames(self.serial)
        frames = [kinds[i % len(kinds)] for i in range(count)]
        for frame in frames:
            self.events.push(frame)
        return frames

    def go_silent(self) -> None:
        """The open sockets stop answering heartbeats and sending anything (what they would
        have said is lost), without closing; sockets opened later speak normally."""
        self.events.silence(True)

    def speak_again(self) -> None:
        self.events.silence(False)

    def refuse_subscriptions(self, mode: SubscribeRefusal | None,
                             count: int | None = None) -> None:
        """Refuse the next `count` subscriptions (all, when None) as `mode` says; None
        accepts them again."""
        self.events.refuse(mode, count)

    # --- events ------------------------------------------------------------------------------

    def _new_id(self) -> str:
        return f"{int(time.time())}.{next(self._ids)}"

    def _channel(self, who: str) -> str:
        return f"PJSIP/{who}-{next(self._ids):08x}"

    def _find_channel(self, channel: str) -> tuple[SimCall, SimMember] | None:
        for call in self.calls.values():
            for member in call.members:
                if member.channel_id == channel:
                    return call, member
        return None

    def _call_changed(self, call: SimCall) -> None:
        self._emit(30011, call.wire())

    def _emit(self, event_type: int, msg: dict[str, Any]) -> None:
        text = json.dumps({"type": event_type, "sn": self.serial,
                           "msg": json.dumps(msg, ensure_ascii=False)}, ensure_ascii=False)
        self.events_sent += self.events.broadcast(event_type, text)

    # --- HTTP --------------------------------------------------------------------------------

    def routes(self) -> list[web.RouteDef]:
        p = PREFIX
        return [
            web.post(f"{p}/get_token", self._get_token),
            web.post(f"{p}/refresh_token", self._refresh_token),
            web.get(f"{p}/del_token", self._del_token),
            web.get(f"{p}/call/query", self._authed(self._query)),
            web.get(f"{p}/extension/list", self._authed(self._extensions)),
            web.post(f"{p}/call/dial", self._authed(self._dial)),
            web.post(f"{p}/call/hangup", self._authed(self._channel_action("hangup"))),
            web.post(f"{p}/uacsta_call/accept", self._authed(self._uacsta_accept)),
            web.post(f"{p}/call/transfer", self._authed(self._transfer)),
            web.post(f"{p}/call/hold", self._authed(self._channel_action("hold"))),
            web.post(f"{p}/call/unhold", self._authed(self._channel_action("unhold"))),
            web.post(f"{p}/call/mute", self._authed(self._channel_action("mute"))),
            web.post(f"{p}/call/unmute", self._authed(self._channel_action("unmute"))),
            web.post(f"{p}/call/accept_inbound", self._authed(self._accept_inbound)),
            web.post(f"{p}/call/refuse_inbound", self._authed(self._refuse_inbound)),
            web.post(f"{p}/call/add_member", self._authed(self._add_member)),
            web.post(f"{p}/call/park", self._authed(self._park)),
            web.get(f"{p}/call/park_status", self._authed(self._park_status)),
            web.post(f"{p}/extension/update", self._authed(self._update_extension)),
            web.get(f"{p}/cdr/list", self._authed(self._cdr_list)),
            web.get(f"{p}/conference/list", self._authed(self._conference_list)),
            web.get(f"{p}/conference/query_ongoing_conference",
                    self._authed(self._ongoing_conferences)),
            web.post(f"{p}/conference/mute_member", self._authed(self._mute_members(True))),
            web.post(f"{p}/conference/unmute_member", self._authed(self._mute_members(False))),
            web.post(f"{p}/conference/kick_member", self._authed(self._kick_member)),
            web.post(f"{p}/conference/invite_member", self._authed(self._invite_member)),
            web.get(f"{p}/subscribe", self.events.subscribe),
        ]

    @web.middleware
    async def middleware(self, request: web.Request, handler: Any) -> web.StreamResponse:
        body = await json_body(request) if request.method == "POST" else None
        self.requests.append((request.method, request.path, body, time.monotonic()))
        if request.headers.get("User-Agent") != "OpenAPI" and request.path != f"{PREFIX}/subscribe":
            return _reply(-1, "MISSING USER-AGENT")
        return await self.faulted(request, handler)

    def _token_valid(self, token: str) -> bool:
        return self.access_tokens.get(token, 0.0) > time.monotonic()

    def _authed(self, handler: Any) -> Any:
        async def checked(request: web.Request) -> web.StreamResponse:
            token = request.query.get("access_token", "")
            expiry = self.access_tokens.get(token)
            if expiry is None:
                return _reply(10005, "INVALID TOKEN")
            if expiry <= time.monotonic():
                return _reply(10004, "TOKEN EXPIRED")
            response: web.StreamResponse = await handler(request)
            return response

        return checked

    def _grant(self) -> web.Response:
        now = time.monotonic()
        access, refresh = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
        self.access_tokens[access] = now + self.access_ttl_s
        self.refresh_tokens[refresh] = (now + self.refresh_ttl_s, access)
        return _reply(0, "SUCCESS", access_token=access,
                      access_token_expire_time=int(self.access_ttl_s), refresh_token=refresh,
                      refresh_token_expire_time=int(self.refresh_ttl_s))

    async def _get_token(self, request: web.Request) -> web.StreamResponse:
        if self.blocked:
            return _reply(-1, "IP BLOCKED")
        body = await json_body(request)
        if (body.get("username"), body.get("password")) != (self.client_id, self.client_secret):
            self.failed_logins += 1
            self.blocked = self.failed_logins >= BLOCK_AFTER_FAILED_LOGINS
            return _reply(-1, "FAILURE")
        self.failed_logins = 0
        if self.valid_tokens >= MAX_TOKENS:
            return _reply(10006, "TOO MANY TOKENS")
        return self._grant()

    async def _refresh_token(self, request: web.Request) -> web.StreamResponse:
        body = await json_body(request)
        entry = self.refresh_tokens.pop(str(body.get("refresh_token")), None)
        if entry is None or entry[0] <= time.monotonic():
            return _reply(10004, "REFRESH TOKEN EXPIRED")
        self.access_tokens.pop(entry[1], None)  # the old access token is replaced
        return self._grant()

    async def _del_token(self, request: web.Request) -> web.StreamResponse:
        token = request.query.get("access_token", "")
        if self.access_tokens.pop(token, None) is None:
            return _reply(10005, "INVALID TOKEN")
        self.refresh_tokens = {r: e for r, e in self.refresh_tokens.items() if e[1] != token}
        await self.events.drop(token=token)
        return _reply(0, "SUCCESS")

    async def _query(self, request: web.Request) -> web.StreamResponse:
        return _reply(0, "SUCCESS", data=[c.wire() for c in self.calls.values()])

    async def _extensions(self, request: web.Request) -> web.StreamResponse:
        return _reply(0, "SUCCESS", total_number=len(self.extensions), data=[
            {"id": n, "number": number, "caller_id_name": name}
            for n, (number, name) in enumerate(sorted(self.extensions.items()), 1)])

    async def _dial(self, request: web.Request) -> web.StreamResponse:
        body = await json_body(request)
        caller, callee = str(body.get("caller", "")), str(body.get("callee", ""))
        if not caller or not callee:
            return _reply(40002, "PARAMETER MISSING")
        if caller not in self.extensions:
            return _reply(40003, "EXTENSION NOT EXIST")
        if any(m.number == caller for c in self.calls.values() for m in c.members):
            return _reply(40004, "EXTENSION BUSY")
        far = (SimMember("extension", callee, self._channel(callee), "RING")
               if callee in self.extensions else
               SimMember("outbound", callee, self._channel("trunk"), "RING", "AIS SIP Trunk",
                         caller))
        call = SimCall(self._new_id(), [
            SimMember("extension", caller, self._channel(caller), "ALERT"), far])
        self.calls[call.call_id] = call
        self._call_changed(call)
        return _reply(0, "SUCCESS", call_id=call.call_id)

    async def _uacsta_accept(self, request: web.Request) -> web.StreamResponse:
        """The desk phone answers its ringing call. All three fields are required; the call
        must be the phone's ringing uaCSTA call, and the address the phone's own."""
        body = await json_body(request)
        extension, csta_id, address = (str(body.get(k, "")) for k in
                                       ("extension", "call_id", "ip_address"))
        if not extension or not csta_id or not address:
            return _reply(40002, "PARAMETER MISSING")
        ringing = self.uacsta_calls.get(extension)
        if ringing is None or ringing[0] != csta_id \
                or self.uacsta_phones.get(extension) != address:
            # The document names no error for this; the PBX's generic refusal is inferred.
            return _reply(10002, "UACSTA CALL NOT EXIST")
        self.answer(ringing[1])
        return _reply(0, "SUCCESS")

    async def _transfer(self, request: web.Request) -> web.StreamResponse:
        """A blind transfer as the document describes it: `channel_id` is the member being
        handed over, `number` where to, `dial_permission` the extension doing it (both
        required for blind). The transferor's side leaves; `number` rings. (Attended
        transfers take two calls: see `CallFeatures._attended`.)"""
        body = await json_body(request)
        kind, channel, number, transferor = (str(body.get(k, "")) for k in
                                             ("type", "channel_id", "number", "dial_permission"))
        if kind not in ("blind", "attended") or not channel:
            return _reply(40002, "PARAMETER MISSING")
        if kind == "attended":
            return await self._attended(body)
        if not number or not transferor:
            return _reply(40002, "PARAMETER MISSING")
        if transferor not in self.extensions:
            return _reply(40003, "EXTENSION NOT EXIST")
        call = next((c for c in self.calls.values()
                     if any(m.channel_id == channel for m in c.members)), None)
        if call is None:
            return _reply(40008, "CHANNEL NOT EXIST")
        for member in call.members:
            if member.channel_id != channel:
                member.status = "BYE"
        self._call_changed(call)
        call.members = [m for m in call.members if m.channel_id == channel]
        call.members.append(
            SimMember("extension", number, self._channel(number), "RING")
            if number in self.extensions else
            SimMember("outbound", number, self._channel("trunk"), "RING", "AIS SIP Trunk",
                      transferor))
        self._call_changed(call)
        return _reply(0, "SUCCESS", call_id=call.call_id)

    def _channel_action(self, action: str) -> Any:
        async def handler(request: web.Request) -> web.StreamResponse:
            channel = str((await json_body(request)).get("channel_id", ""))
            if not channel:
                return _reply(40002, "PARAMETER MISSING")
            call = next((c for c in self.calls.values()
                         if any(m.channel_id == channel for m in c.members)), None)
            if call is None:
                return _reply(40008, "CHANNEL NOT EXIST")
            member = next(m for m in call.members if m.channel_id == channel)
            if action == "hangup":
                self.end(call.call_id)
            elif action == "hold":
                if member.status not in ("ANSWERED", "ANSWER"):
                    return _reply(40009, "CALL NOT ANSWERED")
                member.status = "HOLD"
                self._call_changed(call)
            elif action == "unhold":
                member.status = "ANSWERED"
                self._call_changed(call)
            elif action == "mute":
                call.muted.add(channel)
            else:
                call.muted.discard(channel)
            return _reply(0, "SUCCESS", call_id=call.call_id)

        return handler

    # --- conferences -------------------------------------------------------------------------

    def conference_call(self, number: str) -> SimCall | None:
        path = f"conference:{number}"
        return next((c for c in self.calls.values()
                     if any(m.call_path == path for m in c.members)), None)

    async def _conference_list(self, request: web.Request) -> web.StreamResponse:
        try:
            page, size = int(request.query["page"]), int(request.query["page_size"])
        except (KeyError, ValueError):
            return _reply(40002, "PARAMETER MISSING")
        if page < 1 or size < 1:
            return _reply(40002, "PARAMETER ERROR")
        rooms = sorted(self.conferences.items())
        chosen = rooms[(page - 1) * size:page * size]
        return _reply(0, "SUCCESS", total_number=len(rooms), data=[
            {"id": index, "name": name, "number": number, "moderator_list": []}
            for index, (number, name) in enumerate(chosen, (page - 1) * size + 1)])

    async def _ongoing_conferences(self, request: web.Request) -> web.StreamResponse:
        asked = request.query.get("number", "")
        if not asked:
            return _reply(40002, "PARAMETER MISSING")
        numbers = sorted(self.conferences) if asked == "all" else asked.split(",")
        data = []
        for number in numbers:
            call = self.conference_call(number)
            if call is None:
                continue
            data.append({"call_id": call.call_id, "conference_number": number,
                         "conference_name": self.conferences.get(number, number),
                         "members": [_conference_member(m) for m in call.members]})
        return _reply(0, "SUCCESS", data=data)

    def _members_of(self, body: dict[str, Any]) -> tuple[SimCall, list[str]] | web.Response:
        number = str(body.get("number", ""))
        channels = str(body.get("member_channel_id", ""))
        if not number or not channels:
            return _reply(40002, "PARAMETER MISSING")
        if number not in self.conferences:
            return _reply(40015, "CONFERENCE NOT EXIST")
        call = self.conference_call(number)
        if call is None:
            return _reply(40016, "CONFERENCE NOT IN PROGRESS")
        present = [m.channel_id for m in call.members]
        chosen = present if channels == "all" else channels.split(",")
        if any(c not in present for c in chosen):
            return _reply(40008, "CHANNEL NOT EXIST")
        return call, chosen

    def _mute_members(self, mute: bool) -> Any:
        async def handler(request: web.Request) -> web.StreamResponse:
            body = await json_body(request)
            found = self._members_of(body)
            if isinstance(found, web.Response):
                return found
            muted = self.conference_muted.setdefault(str(body["number"]), set())
            if mute:
                muted.update(found[1])
            else:
                muted.difference_update(found[1])
            return _reply(0, "SUCCESS")

        return handler

    async def _kick_member(self, request: web.Request) -> web.StreamResponse:
        body = await json_body(request)
        found = self._members_of(body)
        if isinstance(found, web.Response):
            return found
        call, channels = found
        for member in call.members:
            if member.channel_id in channels:
                member.status = "BYE"
        self._call_changed(call)
        call.members = [m for m in call.members if m.status != "BYE"]
        if not call.members:
            self.end(call.call_id)
        return _reply(0, "SUCCESS")

    async def _invite_member(self, request: web.Request) -> web.StreamResponse:
        body = await json_body(request)
        number = str(body.get("number", ""))
        invitees = body.get("invitemembers")
        permission = str(body.get("dialpermission", ""))
        if not number or not permission or not isinstance(invitees, list) or not invitees:
            return _reply(40002, "PARAMETER MISSING")
        if number not in self.conferences:
            return _reply(40015, "CONFERENCE NOT EXIST")
        if permission not in self.extensions:
            return _reply(40003, "EXTENSION NOT EXIST")
        path = f"conference:{number}"
        call = self.conference_call(number)
        if call is None:
            call = SimCall(self._new_id(), [])
            call.answered = time.time()
            self.calls[call.call_id] = call
        for invitee in map(str, invitees):
            call.members.append(
                SimMember("extension", invitee, self._channel(invitee), "ANSWER",
                          call_path=path) if invitee in self.extensions else
                SimMember("outbound", invitee, self._channel("trunk"), "ANSWER",
                          "AIS SIP Trunk", permission, call_path=path))
        self._call_changed(call)
        return _reply(0, "SUCCESS")


def _conference_member(member: SimMember) -> dict[str, Any]:
    return {"from": member.number, "trunk_name": member.trunk or "<no name>",
            "channel_id": member.channel_id,
            "member_type": "ext" if member.kind == "extension" else member.kind,
            "member_status": member.status}


def _reply(errcode: int, errmsg: str, **fields: Any) -> web.Response:
    return web.json_response({"errcode": errcode, "errmsg": errmsg, **fields},
                             dumps=lambda o: json.dumps(o, ensure_ascii=False))

