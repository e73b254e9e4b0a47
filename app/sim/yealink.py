"""Simulated Yealink AVoIP central control, speaking `/open/api/v1` over real HTTP.

State lives here; every mutation goes through `_changed()` so long polls wake up. All
methods run on the simulator's event loop (see `app.sim.server`).
"""

from __future__ import annotations

import asyncio
import base64
import json
import secrets
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from app.sim.demo import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
from app.sim.http import json_body, yealink_envelope
from app.sim.wire import Dialect, FaultySim, Paging
from app.sim.yealink_av import YealinkAvSim
from app.sim.yealink_data import SimMacro, SimSpace, SimSwitch, demo_spaces

PREFIX = "/open/api/v1"
TOKEN = web.RequestKey("token", str)
TOPICS = ("macro", "monitor", "autoRouting")


@dataclass
class RequestRecord:
    method: str
    path: str
    body: Any
    received_at: float  # time.monotonic(), comparable across threads of this process


@dataclass
class _Subscriber:
    """Changes a token has not yet collected, per long-polling topic."""

    pending: dict[str, set[str]] = field(default_factory=lambda: {t: set() for t in TOPICS})
    wakeup: asyncio.Event = field(default_factory=asyncio.Event)


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

YEALINK_WIRE = Dialect(
    error=lambda status, message: yealink_envelope(None, ret=-1, error=message, status=status),
    refuse=lambda message: yealink_envelope(None, ret=-1, error=message),
    listing=lambda rows: {"ret": 1, "data": {"total": len(rows), "list": rows}, "error": None},
    paging=Paging(start="skip", first=0, in_body=True, total=("data", "total")),
)


class YealinkSim(FaultySim):
    dialect = YEALINK_WIRE

    def __init__(
        self,
        *,
        client_id: str = DEMO_CLIENT_ID,
        client_secret: str = DEMO_CLIENT_SECRET,
        token_ttl_s: float = 3600.0,
        long_poll_timeout_s: float = 30.0,
        spaces: list[SimSpace] | None = None,
    ) -> None:
        super().__init__()
        self.client_id = client_id
        self.client_secret = client_secret
        self.token_ttl_s = token_ttl_s
        self.long_poll_timeout_s = long_poll_timeout_s
        self.spaces: dict[str, SimSpace] = {s.id: s for s in (spaces or demo_spaces())}
        self.av = YealinkAvSim(yealink_envelope)
        self.requests: list[RequestRecord] = []
        self.tokens: dict[str, float] = {}  # token -> expiry (epoch seconds)
        self._subscribers: dict[str, _Subscriber] = {}
        self.long_polls_open = 0  # held right now, all clients together (benchmarks count)

    # --- admin API (tests and the demo change the room through these) -----------------------

    def space(self, name_or_id: str) -> SimSpace:
        for space in self.spaces.values():
            if name_or_id in (space.id, space.name):
                return space
        raise KeyError(name_or_id)

    def add_space(self, name: str) -> SimSpace:
        space = SimSpace(id=str(uuid.uuid4()), name=name)
        self.spaces[space.id] = space
        return space

    def add_macro(self, space: str, name: str) -> SimMacro:
        room = self.space(space)
        macro = SimMacro(id=str(uuid.uuid4()), name=name)
        room.macros.append(macro)
        self._changed("macro", room.id)
        return macro

    def remove_macro(self, space: str, macro_name: str) -> None:
        room = self.space(space)
        room.macros = [m for m in room.macros if macro_name not in (m.id, m.name)]
        self._changed("macro", room.id)

    def rename_macro(self, space: str, macro_name: str, new_name: str) -> None:
        room = self.space(space)
        for macro in room.macros:
            if macro_name in (macro.id, macro.name):
                macro.name = new_name
        self._changed("macro", room.id)

    def add_monitor(self, space: str, name: str, enable: bool = True) -> SimSwitch:
        room = self.space(space)
        switch = SimSwitch(id=str(uuid.uuid4()), name=name, enable=enable)
        room.monitors.append(switch)
        self._changed("monitor", room.id)
        return switch

    def set_switch(self, space: str, name_or_id: str, enable: bool) -> None:
        """Flip a monitor or auto-routing as another panel or the web console would."""
        room = self.space(space)
        self._apply(room, name_or_id, enable)

    def switch_state(self, space: str, name_or_id: str) -> bool:
        room = self.space(space)
        for switch in [*room.monitors, *room.auto_routings]:
            if name_or_id in (switch.id, switch.name):
                return switch.enable
        raise KeyError(name_or_id)

    def expire_all_tokens(self) -> None:
        for token in self.tokens:
            self.tokens[token] = 0.0

    def forget_tokens(self) -> None:
        """Every token becomes unknown, as after the service lost its sessions."""
        self.tokens.clear()

    def seen(self, path_suffix: str) -> list[RequestRecord]:
        return [r for r in self.requests if r.path.endswith(path_suffix)]

    # --- state changes ---------------------------------------------------------------------

    def _apply(self, room: SimSpace, switch_id: str, enable: bool) -> bool:
        for topic, switches in (("monitor", room.monitors), ("autoRouting", room.auto_routings)):
            for switch in switches:
                if switch_id in (switch.id, switch.name):
                    if switch.enable != enable:
                        switch.enable = enable
                        self._changed(topic, room.id)
                    return True
        return False

    def _changed(self, topic: str, space_id: str) -> None:
        self.spaces[space_id].modify_time = int(time.time() * 1000)
        for subscriber in self._subscribers.values():
            subscriber.pending[topic].add(space_id)
            subscriber.wakeup.set()

    # --- HTTP --------------------------------------------------------------------------------

    def routes(self) -> list[web.RouteDef]:
        p = PREFIX
        return [
            web.post(f"{p}/auth/clientToken", self._client_token),
            web.put(f"{p}/auth/token", self._renew_token),
            web.post(f"{p}/ctrl/spaces/page", self._authed(self._spaces_page)),
            web.post(f"{p}/ctrl/macros/page", self._authed(self._macros_page)),
            web.post(f"{p}/ctrl/monitors/page", self._authed(self._monitors_page)),
            web.post(f"{p}/ctrl/autoRoutings/page", self._authed(self._auto_routings_page)),
            web.post(f"{p}/ctrl/macro/invoke", self._authed(self._invoke)),
            web.put(f"{p}/ctrl/monitor", self._authed(self._set_monitor)),
            web.put(f"{p}/ctrl/autoRouting", self._authed(self._set_auto_routing)),
            *(
                web.post(f"{p}/ctrl/{topic}/longPolling", self._authed(self._long_poll(topic)))
                for topic in TOPICS
            ),
            *self.av.routes(p, self._authed),
        ]

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        body = await json_body(request)
        self.requests.append(
            RequestRecord(request.method, request.path, body, time.monotonic())
        )
        return await self.faulted(request, handler)

    def _authed(self, handler: Handler) -> Handler:
        async def checked(request: web.Request) -> web.StreamResponse:
            token = request.headers.get("Token", "")
            if self.tokens.get(token, 0.0) <= time.time():
                return yealink_envelope(None, ret=-1, error="Authentication failed", status=401)
            if not request.headers.get("timestamp") or not request.headers.get("nonce"):
                return yealink_envelope(None, ret=-1, error="Missing timestamp or nonce",
                                        status=400)
            request[TOKEN] = token
            return await handler(request)

        return checked

    def _grant(self) -> web.Response:
        token = secrets.token_urlsafe(24)
        expires = time.time() + self.token_ttl_s
        self.tokens[token] = expires
        return yealink_envelope({"token": token, "expireTime": int(expires * 1000)})

    async def _client_token(self, request: web.Request) -> web.StreamResponse:
        expected = base64.b64encode(f"{self.client_id}:{self.client_secret}".encode()).decode()
        if request.headers.get("Authorization", "") != expected:
            return yealink_envelope(None, ret=-1, error="Invalid client credentials", status=401)
        return self._grant()

    async def _renew_token(self, request: web.Request) -> web.StreamResponse:
        old = request.headers.get("Token", "")
        if self.tokens.get(old, 0.0) <= time.time():
            return yealink_envelope(None, ret=-1, error="Token expired", status=401)
        response = self._grant()
        new = json.loads(response.text or "{}")["data"]["token"]
        # A long poller keeps its undelivered changes across a renewal.
        if old in self._subscribers:
            self._subscribers[new] = self._subscribers.pop(old)
        return response

    async def _page(self, request: web.Request, rows: Callable[[SimSpace], list[dict[str, Any]]]
                    ) -> web.StreamResponse:
        body = await json_body(request)
        skip, limit = body.get("skip"), body.get("limit")
        if not isinstance(skip, int) or not isinstance(limit, int) or skip < 0 or limit <= 0:
            return yealink_envelope(None, ret=-1, error="skip and limit are required", status=400)
        space_id = body.get("spaceId")
        if not isinstance(space_id, str):
            return yealink_envelope(None, ret=-1, error="spaceId is required", status=400)
        room = self.spaces.get(space_id)
        if room is None:
            return yealink_envelope(None, ret=-1, error=f"Space {space_id} does not exist")
        items = rows(room)
        return yealink_envelope({"skip": skip, "limit": limit, "spaceId": space_id,
                          "total": len(items), "list": items[skip:skip + limit]}, ret=1)

    async def _spaces_page(self, request: web.Request) -> web.StreamResponse:
        body = await json_body(request)
        skip, limit = body.get("skip"), body.get("limit")
        if not isinstance(skip, int) or not isinstance(limit, int) or skip < 0 or limit <= 0:
            return yealink_envelope(None, ret=-1, error="skip and limit are required", status=400)
        items = [{"id": s.id, "name": s.name, "createTime": s.create_time,
                  "modifyTime": s.modify_time} for s in self.spaces.values()]
        return yealink_envelope({"skip": skip, "limit": limit, "total": len(items),
                          "list": items[skip:skip + limit]}, ret=1)

    async def _macros_page(self, request: web.Request) -> web.StreamResponse:
        return await self._page(request, lambda r: [{"id": m.id, "name": m.name}
                                                    for m in r.macros])

    async def _monitors_page(self, request: web.Request) -> web.StreamResponse:
        return await self._page(request, lambda r: [
            {"id": s.id, "name": s.name, "enable": s.enable} for s in r.monitors])

    async def _auto_routings_page(self, request: web.Request) -> web.StreamResponse:
        return await self._page(request, lambda r: [
            {"id": s.id, "name": s.name, "enable": s.enable} for s in r.auto_routings])

    async def _invoke(self, request: web.Request) -> web.StreamResponse:
        body = await json_body(request)
        room = self.spaces.get(str(body.get("spaceId")))
        if room is None:
            return yealink_envelope(None, ret=-1, error="Space does not exist")
        macro = next((m for m in room.macros if m.id == body.get("macroId")), None)
        if macro is None:
            return yealink_envelope(None, ret=-1, error="Preset action does not exist")
        for switch_id, enable in macro.effects:
            self._apply(room, switch_id, enable)
        return yealink_envelope(None)

    async def _set_switch(self, request: web.Request, id_key: str,
                          switches: Callable[[SimSpace], list[SimSwitch]]) -> web.StreamResponse:
        body = await json_body(request)
        room = self.spaces.get(str(body.get("spaceId")))
        if room is None:
            return yealink_envelope(None, ret=-1, error="Space does not exist")
        if not isinstance(body.get("enable"), bool):
            return yealink_envelope(None, ret=-1, error="enable must be true or false", status=400)
        if not any(s.id == body.get(id_key) for s in switches(room)):
            return yealink_envelope(None, ret=-1, error=f"{id_key} does not exist")
        self._apply(room, str(body[id_key]), body["enable"])
        return yealink_envelope(None)

    async def _set_monitor(self, request: web.Request) -> web.StreamResponse:
        return await self._set_switch(request, "monitorId", lambda r: r.monitors)

    async def _set_auto_routing(self, request: web.Request) -> web.StreamResponse:
        return await self._set_switch(request, "autoRoutingId", lambda r: r.auto_routings)

    def _long_poll(self, topic: str) -> Handler:
        async def handler(request: web.Request) -> web.StreamResponse:
            self.long_polls_open += 1
            try:
                return await held(request)
            finally:
                self.long_polls_open -= 1

        async def held(request: web.Request) -> web.StreamResponse:
            subscriber = self._subscribers.setdefault(request[TOKEN], _Subscriber())
            deadline = time.monotonic() + self.long_poll_timeout_s
            while not subscriber.pending[topic]:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return web.Response(status=204)
                subscriber.wakeup.clear()
                try:
                    await asyncio.wait_for(subscriber.wakeup.wait(), remaining)
                except TimeoutError:
                    return web.Response(status=204)
            changed = sorted(subscriber.pending[topic])
            subscriber.pending[topic].clear()
            return yealink_envelope({"list": changed})

        return handler
