"""Simulated PortSIP PBX REST API (`/api`): sign-in and every conference path of the vendor's
OpenAPI document, answering with the documented shapes and `{"errors": [...]}` on errors."""

from __future__ import annotations

import base64
import itertools
import json
import secrets
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from app.sim.http import json_body
from app.sim.wire import Dialect, FaultySim, Handler, Paging

PREFIX = "/api"
USERNAME = "conf-admin"
PASSWORD = "conf-secret"
LAYOUTS = ("LAYOUT0", "LAYOUT1", "LAYOUT2", "LAYOUT3", "LAYOUT4", "LAYOUT6", "LAYOUT9")
_ids = itertools.count(700551909773148160)


def new_id() -> str:
    return base64.b64encode(str(next(_ids)).encode()).decode()


@dataclass
class SimParticipant:
    id: str
    display_name: str
    muted: bool = False
    chairman: bool = False
    position: int = -1

    def wire(self) -> dict[str, Any]:
        return {"id": self.id, "display_name": self.display_name, "muted": self.muted,
                "chairman": self.chairman, "position": self.position}


@dataclass
class SimConference:
    id: str
    settings: dict[str, Any]
    participants: list[SimParticipant] = field(default_factory=list)
    locked: bool = False
    muted: bool = False
    recording: bool = False
    recordings: list[dict[str, Any]] = field(default_factory=list)
    recording_started: float = 0.0

    def wire(self) -> dict[str, Any]:
        return {"id": self.id, **self.settings}

    def status(self) -> str:
        return "ON_CALL" if self.participants else "ONLINE"


ROOM_DEFAULTS: dict[str, Any] = {
    "control": "FREE", "height": 720, "width": 1280, "bitrate": 1024, "framerate": 30,
    "layout": "LAYOUT4", "language": "en-US", "admin_pin": "", "room_pin": "",
    "enable_recording": True, "enable_prompt": True, "timezone": "Asia/Bangkok",
    "scheduled_start_at": "", "scheduled_end_at": "", "numbers": "", "internal_invitees": [],
    "external_invitees": "", "outbound_caller_ids": [], "custom_options": "",
}


PORTSIP_WIRE = Dialect(
    error=lambda status, message: _error(status, f"HTTP_{status}", message),
    refuse=lambda message: _error(403, "FORBIDDEN", message),
    listing=lambda rows: {"count": len(rows), "items": rows},
    paging=Paging(start="skip", first=0, in_body=False, total=("count",)),
)


class PortSipSim(FaultySim):
    dialect = PORTSIP_WIRE

    def __init__(self, *, token_ttl_s: int = 3600) -> None:
        super().__init__()
        self.token_ttl_s = token_ttl_s
        self.tokens: dict[str, float] = {}
        self.refresh_tokens: set[str] = set()
        self.requests: list[tuple[str, str, Any]] = []
        self.servers: dict[str, dict[str, Any]] = {}
        self.rooms: dict[str, SimConference] = {}
        board = self.add_room("6400", "Boardroom weekly", [
            ("\"Boardroom\"<sip:1001@conf.example.com>", True),
            ("\"Somchai\"<sip:0812345678@conf.example.com>", False),
            ("\"Li Wei\"<sip:075512345678@conf.example.com>", False)])
        # The Boardroom's room can be joined by phone: the number to dial and its PIN.
        board.settings.update({"numbers": "+66 2 123 4567", "room_pin": "4821",
                               "admin_pin": "9930"})
        self.board_id = board.id
        self.add_room("6401", "Huddle stand-up", [])

    # --- admin API ---------------------------------------------------------------------------

    def add_room(self, extension: str, subject: str,
                 people: list[tuple[str, bool]]) -> SimConference:
        room = SimConference(new_id(), {**ROOM_DEFAULTS, "extension_number": extension,
                                        "mode": "VIDEO", "subject": subject, "capacity": 16})
        for position, (name, chairman) in enumerate(people):
            room.participants.append(SimParticipant(new_id(), name, chairman=chairman,
                                                    position=position))
        self.rooms[room.id] = room
        return room

    def join(self, room_id: str, display_name: str) -> str:
        participant = SimParticipant(new_id(), display_name)
        self.rooms[room_id].participants.append(participant)
        return participant.id

    def leave(self, room_id: str, participant_id: str) -> None:
        room = self.rooms[room_id]
        room.participants = [p for p in room.participants if p.id != participant_id]

    def expire_tokens(self) -> None:
        for token in self.tokens:
            self.tokens[token] = 0.0

    def forget_tokens(self) -> None:
        """Every access and refresh token becomes unknown, as after a server restart."""
        self.tokens.clear()
        self.refresh_tokens.clear()

    def seen(self, suffix: str) -> list[tuple[str, str, Any]]:
        return [r for r in self.requests if r[1].endswith(suffix)]

    # --- HTTP --------------------------------------------------------------------------------

    def routes(self) -> list[web.RouteDef]:
        p, r, rp = PREFIX, f"{PREFIX}/conference_rooms/{{id}}", \
            f"{PREFIX}/conference_rooms/{{id}}/participants/{{participant_id}}"
        authed = self._authed
        return [
            web.post(f"{p}/auth/sign_in", self._sign_in),
            web.post(f"{p}/auth/refresh_token", self._refresh),
            web.post(f"{p}/auth/sign_out", authed(self._sign_out)),
            web.post(f"{p}/conference_servers", authed(self._create_server)),
            web.get(f"{p}/conference_servers", authed(self._list_servers)),
            web.get(f"{p}/conference_servers/{{id}}", authed(self._get_server)),
            web.post(f"{p}/conference_servers/{{id}}", authed(self._update_server)),
            web.get(f"{p}/conference_servers/{{id}}/status", authed(self._server_status)),
            web.post(f"{p}/conference_servers/{{id}}/destroy", authed(self._destroy_server)),
            web.post(f"{p}/conference_rooms", authed(self._create_room)),
            web.get(f"{p}/conference_rooms", authed(self._list_rooms)),
            web.get(r, authed(self._get_room)),
            web.post(r, authed(self._update_room)),
            web.post(f"{r}/destroy", authed(self._destroy_room)),
            web.get(f"{r}/status", authed(self._room_status)),
            *(web.post(f"{r}/{action}", authed(self._room_flag(action)))
              for action in ("mute", "unmute", "lock", "unlock", "start_recording",
                             "stop_recording")),
            web.get(f"{r}/participants", authed(self._participants)),
            web.post(f"{r}/participants/layout", authed(self._participants_layout)),
            web.post(f"{r}/participants/invite", authed(self._invite)),
            web.get(rp, authed(self._participant)),
            *(web.post(f"{rp}/{action}", authed(self._participant_action(action)))
              for action in ("mute", "unmute", "chairman", "position", "destroy")),
            web.get(f"{r}/recordings", authed(self._recordings)),
            *(web.post(f"{r}/recordings/{{recording_id}}/{action}",
                       authed(self._recording_action(action)))
              for action in ("destroy", "set_read", "set_unread")),
        ]

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        body = await json_body(request) if request.method == "POST" else None
        if request.path.endswith("/auth/sign_in"):
            body = {"username": body.get("username") if body else None}  # never the password
        elif request.path.endswith("/auth/refresh_token"):
            body = None
        self.requests.append((request.method, request.path, body))
        return await self.faulted(request, handler)

    def _authed(self, handler: Any) -> Any:
        async def checked(request: web.Request) -> web.StreamResponse:
            header = request.headers.get("Authorization", "")
            token = header.removeprefix("Bearer ").strip()
            if self.tokens.get(token, 0.0) <= time.monotonic():
                return _error(401, "UNAUTHORIZED", "Invalid or expired token")
            response: web.StreamResponse = await handler(request)
            return response

        return checked

    def _grant(self) -> web.Response:
        access, refresh = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
        self.tokens[access] = time.monotonic() + self.token_ttl_s
        self.refresh_tokens.add(refresh)
        return web.json_response({"token_type": "Bearer", "access_token": access,
                                  "refresh_token": refresh, "expires_in": self.token_ttl_s})

    async def _sign_in(self, request: web.Request) -> web.StreamResponse:
        body = await json_body(request)
        if (body.get("username"), body.get("password")) != (USERNAME, PASSWORD):
            return _error(401, "INVALID_CREDENTIALS", "Invalid username or password")
        return self._grant()

    async def _refresh(self, request: web.Request) -> web.StreamResponse:
        body = await json_body(request)
        token = body.get("refresh_token")
        if token not in self.refresh_tokens:
            return _error(401, "INVALID_TOKEN", "Invalid refresh token")
        self.refresh_tokens.discard(token)
        return self._grant()

    async def _sign_out(self, request: web.Request) -> web.StreamResponse:
        token = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
        self.tokens.pop(token, None)
        return web.Response(status=200)

    # conference servers

    async def _create_server(self, request: web.Request) -> web.StreamResponse:
        body = await json_body(request)
        missing = [k for k in ("name", "max_rooms", "max_participants") if k not in body]
        if missing:
            return _error(400, "INVALID_PARAMETER", f"Missing {', '.join(missing)}")
        server_id = new_id()
        self.servers[server_id] = {
            "id": server_id, "name": str(body["name"]),
            "enabled": bool(body.get("enabled", True)), "type": "EXTERNAL",
            "ipv4": str(body.get("ipv4", "")), "ipv6": str(body.get("ipv6", "")),
            "max_rooms": int(body["max_rooms"]), "max_participants": int(body["max_participants"])}
        return web.json_response({"id": server_id})

    async def _list_servers(self, request: web.Request) -> web.StreamResponse:
        return _page(request, list(self.servers.values()))

    def _server(self, request: web.Request) -> dict[str, Any] | None:
        return self.servers.get(request.match_info["id"])

    async def _get_server(self, request: web.Request) -> web.StreamResponse:
        server = self._server(request)
        return web.json_response(server) if server else _not_found("conference server")

    async def _update_server(self, request: web.Request) -> web.StreamResponse:
        server = self._server(request)
        if server is None:
            return _not_found("conference server")
        body = await json_body(request)
        for key in ("enabled", "max_rooms", "max_participants"):
            if key in body:
                server[key] = body[key]
        return web.Response(status=200)

    async def _server_status(self, request: web.Request) -> web.StreamResponse:
        if self._server(request) is None:
            return _not_found("conference server")
        return web.json_response({"rooms_count": len(self.rooms), "participants_count": sum(
            len(r.participants) for r in self.rooms.values()), "cpu_usage": 12,
            "memory_usage": 34, "status": "ONLINE"})

    async def _destroy_server(self, request: web.Request) -> web.StreamResponse:
        if self.servers.pop(request.match_info["id"], None) is None:
            return _not_found("conference server")
        return web.Response(status=204)

    # conference rooms

    def _room(self, request: web.Request) -> SimConference | None:
        return self.rooms.get(request.match_info["id"])

    async def _create_room(self, request: web.Request) -> web.StreamResponse:
        body = await json_body(request)
        missing = [k for k in ("extension_number", "mode", "subject", "capacity")
                   if k not in body]
        if missing:
            return _error(400, "INVALID_PARAMETER", f"Missing {', '.join(missing)}")
        if body.get("layout", "LAYOUT4") not in LAYOUTS or body["mode"] not in ("AUDIO",
                                                                                "VIDEO"):
            return _error(400, "INVALID_PARAMETER", "Invalid mode or layout")
        room = SimConference(new_id(), {**ROOM_DEFAULTS, **{
            k: v for k, v in body.items() if k in {*ROOM_DEFAULTS, "extension_number", "mode",
                                                   "subject", "capacity"}}})
        self.rooms[room.id] = room
        return web.json_response({"id": room.id}, status=201)

    async def _list_rooms(self, request: web.Request) -> web.StreamResponse:
        return _page(request, [r.wire() for r in self.rooms.values()])

    async def _get_room(self, request: web.Request) -> web.StreamResponse:
        room = self._room(request)
        return web.json_response(room.wire()) if room else _not_found("conference room")

    async def _update_room(self, request: web.Request) -> web.StreamResponse:
        room = self._room(request)
        if room is None:
            return _not_found("conference room")
        body = await json_body(request)
        if "layout" in body and body["layout"] not in LAYOUTS:
            return _error(400, "INVALID_PARAMETER", f"layout must be one of {', '.join(LAYOUTS)}")
        for key, value in body.items():
            if key in ROOM_DEFAULTS or key in ("subject", "capacity"):
                room.settings[key] = value
        return web.Response(status=200)

    async def _destroy_room(self, request: web.Request) -> web.StreamResponse:
        if self.rooms.pop(request.match_info["id"], None) is None:
            return _not_found("conference room")
        return web.Response(status=204)

    async def _room_status(self, request: web.Request) -> web.StreamResponse:
        room = self._room(request)
        if room is None:
            return _not_found("conference room")
        return web.json_response({"status": room.status(), "locked": room.locked,
                                  "muted": room.muted, "recording": room.recording})

    def _room_flag(self, action: str) -> Any:
        async def handler(request: web.Request) -> web.StreamResponse:
            room = self._room(request)
            if room is None:
                return _not_found("conference room")
            if action in ("mute", "unmute"):
                room.muted = action == "mute"
                for participant in room.participants:
                    if not participant.chairman:
                        participant.muted = room.muted
            elif action in ("lock", "unlock"):
                room.locked = action == "lock"
            elif action == "start_recording":
                if not room.settings.get("enable_recording", True):
                    return _error(400, "RECORDING_DISABLED", "Recording is disabled")
                if not room.recording:
                    room.recording_started = time.time()
                room.recording = True
            else:
                if room.recording:
                    now = time.time()
                    room.recordings.append({
                        "id": new_id(), "answered_at": _rfc3339(room.recording_started),
                        "ended_at": _rfc3339(now),
                        "duration": round(now - room.recording_started),
                        "file_name": f"{room.settings['extension_number']}.wav",
                        "file_size": 1024, "file_url": "/api/blobs/rec"})
                room.recording = False
            return web.Response(status=200)

        return handler

    async def _participants(self, request: web.Request) -> web.StreamResponse:
        room = self._room(request)
        if room is None:
            return _not_found("conference room")
        return web.json_response({"items": [p.wire() for p in room.participants]})

    async def _participants_layout(self, request: web.Request) -> web.StreamResponse:
        room = self._room(request)
        if room is None:
            return _not_found("conference room")
        order = (await json_body(request)).get("items")
        if not isinstance(order, list):
            return _error(400, "INVALID_PARAMETER", "items must be a list of participant ids")
        for position, participant_id in enumerate(order):
            for participant in room.participants:
                if participant.id == participant_id:
                    participant.position = position
        return web.Response(status=200)

    async def _invite(self, request: web.Request) -> web.StreamResponse:
        room = self._room(request)
        if room is None:
            return _not_found("conference room")
        number = str((await json_body(request)).get("number", ""))
        if not number:
            return _error(400, "INVALID_PARAMETER", "number is required")
        if room.locked:
            return _error(403, "ROOM_LOCKED", "The conference room is locked")
        room.participants.append(SimParticipant(new_id(), f"<sip:{number}@conf.example.com>"))
        return web.Response(status=200)

    def _find(self, request: web.Request) -> tuple[SimConference | None, SimParticipant | None]:
        room = self._room(request)
        if room is None:
            return None, None
        wanted = request.match_info["participant_id"]
        return room, next((p for p in room.participants if p.id == wanted), None)

    async def _participant(self, request: web.Request) -> web.StreamResponse:
        _, participant = self._find(request)
        return web.json_response(participant.wire()) if participant \
            else _not_found("participant")

    def _participant_action(self, action: str) -> Any:
        async def handler(request: web.Request) -> web.StreamResponse:
            room, participant = self._find(request)
            if room is None or participant is None:
                return _not_found("participant")
            if action in ("mute", "unmute"):
                participant.muted = action == "mute"
            elif action == "chairman":
                for other in room.participants:
                    other.chairman = other is participant
            elif action == "position":
                position = (await json_body(request)).get("position")
                if not isinstance(position, int) or not -1 <= position <= 8:
                    return _error(400, "INVALID_PARAMETER", "position must be -1..8")
                # One member per tile: whoever had it takes the mover's old place (the
                # document does not say; a tile cannot show two people).
                for other in room.participants:
                    if other is not participant and other.position == position >= 0:
                        other.position = participant.position
                participant.position = position
            else:
                room.participants.remove(participant)
                return web.Response(status=204)
            return web.Response(status=200)

        return handler

    async def _recordings(self, request: web.Request) -> web.StreamResponse:
        room = self._room(request)
        if room is None:
            return _not_found("conference room")
        return web.json_response({"count": len(room.recordings), "items": room.recordings})

    def _recording_action(self, action: str) -> Any:
        async def handler(request: web.Request) -> web.StreamResponse:
            room = self._room(request)
            recording = next((r for r in room.recordings
                              if r["id"] == request.match_info["recording_id"]), None) \
                if room else None
            if room is None or recording is None:
                return _not_found("recording")
            if action == "destroy":
                room.recordings.remove(recording)
                return web.Response(status=204)
            return web.Response(status=200)

        return handler


def _page(request: web.Request, items: list[dict[str, Any]]) -> web.Response:
    try:
        skip = int(request.query.get("skip", "0"))
        top = int(request.query.get("top", "100"))
    except ValueError:
        return _error(400, "INVALID_PARAMETER", "skip and top must be integers")
    if skip < 0 or not 1 <= top <= 100:
        return _error(400, "INVALID_PARAMETER", "top must be 1..100")
    return web.json_response({"count": len(items), "items": items[skip:skip + top]},
                             dumps=lambda o: json.dumps(o, ensure_ascii=False))


def _not_found(what: str) -> web.Response:
    return _error(404, "NOT_FOUND", f"The {what} does not exist")


def _error(status: int, code: str, message: str) -> web.Response:
    return web.json_response({"errors": [{"code": code, "message": message}]}, status=status)


def _rfc3339(at: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(at))
