"""The PBX's event WebSocket (`/openapi/v1.0/subscribe`) and the ways it can misbehave.

Socket faults are admin methods rather than `Fault`s: they act on sockets already open (a
`Fault` only ever meets the next request), or on every later subscription until told
otherwise. A `Fault` whose path is `subscribe` still applies to the upgrade request itself,
like any other request (e.g. HTTP_STATUS refuses it, DELAY holds it).
"""

from __future__ import annotations

import asyncio
import enum
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from aiohttp import WSMsgType, web

Frame = str | bytes


class SubscribeRefusal(enum.Enum):
    HTTP_401 = "http_401"  # the upgrade is answered with HTTP 401, no socket
    # The socket opens, but every topic_list is answered with the token-expired errcode and
    # nothing is subscribed; the socket stays open (the client has to act on the errcode).
    TOKEN_ERRCODE = "token_errcode"


TOKEN_REFUSED = json.dumps({"errcode": 10004, "errmsg": "TOKEN EXPIRED"})


def garbage_frames(serial: str) -> list[Frame]:
    """Frames a client must survive: not JSON, binary, an unknown event, events whose msg
    has the wrong shape or the wrong types."""
    def event(event_type: int, msg: object) -> str:
        return json.dumps({"type": event_type, "sn": serial, "msg": msg})

    return [
        '{"type": 30011, "sn": "' + serial + '", "msg": "{\\"call_id',
        b"\x00\x01\xfe\xff not text",
        event(39999, json.dumps({"call_id": "1.1", "members": []})),
        event(30011, json.dumps(["not", "an", "object"])),
        event(30011, 42),
        event(30011, json.dumps({"call_id": 7, "members": "nobody"})),
    ]


@dataclass
class _Socket:
    ws: web.WebSocketResponse
    request: web.Request
    token: str = ""
    topics: set[int] = field(default_factory=set)
    last_heard: float = field(default_factory=time.monotonic)
    outbox: asyncio.Queue[Frame] = field(default_factory=asyncio.Queue)
    silent: bool = False  # says nothing at all, as a hung PBX would, but stays open
    refused: bool = False  # every subscription is answered with TOKEN_REFUSED

    def say(self, frame: Frame) -> bool:
        if self.silent:
            return False
        self.outbox.put_nowait(frame)
        return True


class EventSockets:
    """Every open event socket of one PBX."""

    def __init__(self, token_valid: Callable[[str], bool],
                 heartbeat_timeout_s: Callable[[], float]) -> None:
        self._token_valid = token_valid
        self._heartbeat_timeout_s = heartbeat_timeout_s  # read live: tests change it
        self.sockets: list[_Socket] = []
        self._refusal: SubscribeRefusal | None = None
        self._refusals_left: int | None = None

    # --- admin -------------------------------------------------------------------------------

    def refuse(self, mode: SubscribeRefusal | None, count: int | None = None) -> None:
        """Refuse the next `count` subscriptions (every one when None) in `mode`; None
        accepts them again."""
        self._refusal, self._refusals_left = mode, count

    def broadcast(self, event_type: int, text: str) -> int:
        return sum(1 for s in self.sockets if event_type in s.topics and s.say(text))

    def push(self, frame: Frame) -> None:
        for socket in self.sockets:
            socket.say(frame)

    def silence(self, silent: bool) -> None:
        for socket in self.sockets:
            socket.silent = silent

    async def drop(self, *, abrupt: bool = False, token: str | None = None) -> None:
        for socket in list(self.sockets):
            if token is not None and socket.token != token:
                continue
            if abrupt and socket.request.transport is not None:
                socket.request.transport.close()  # no close frame: the client sees 1006
            else:
                await socket.ws.close()

    # --- the socket --------------------------------------------------------------------------

    def _next_refusal(self) -> SubscribeRefusal | None:
        mode = self._refusal
        if mode is not None and self._refusals_left is not None:
            self._refusals_left -= 1
            if self._refusals_left <= 0:
                self._refusal = None
        return mode

    async def subscribe(self, request: web.Request) -> web.StreamResponse:
        token = request.query.get("access_token", "")
        if not self._token_valid(token):
            return web.Response(status=401, text="invalid token")
        refusal = self._next_refusal()
        if refusal is SubscribeRefusal.HTTP_401:
            return web.Response(status=401, text="invalid token")
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        socket = _Socket(ws, request, token=token,
                         refused=refusal is SubscribeRefusal.TOKEN_ERRCODE)
        self.sockets.append(socket)
        writer = asyncio.ensure_future(self._write(socket))
        watchdog = asyncio.ensure_future(self._watch(socket))
        try:
            async for message in ws:
                if message.type == WSMsgType.TEXT:
                    socket.last_heard = time.monotonic()
                    self._heard(socket, message.data)
        finally:
            self.sockets.remove(socket)
            writer.cancel()
            watchdog.cancel()
        return ws

    def _heard(self, socket: _Socket, text: str) -> None:
        if text == "heartbeat":
            socket.say("heartbeat response")
            return
        try:
            topics = json.loads(text).get("topic_list")
        except (ValueError, AttributeError):
            topics = None
        if not isinstance(topics, list):
            socket.say(json.dumps({"errcode": 40002, "errmsg": "PARAMETER ERROR"}))
        elif socket.refused:
            socket.say(TOKEN_REFUSED)
        else:
            socket.topics = {int(t) for t in topics}
            socket.say(json.dumps({"errcode": 0, "errmsg": "SUCCESS"}))

    async def _write(self, socket: _Socket) -> None:
        while True:
            frame = await socket.outbox.get()
            try:
                if isinstance(frame, bytes):
                    await socket.ws.send_bytes(frame)
                else:
                    await socket.ws.send_str(frame)
            except ConnectionError:
                return

    async def _watch(self, socket: _Socket) -> None:
        while not socket.ws.closed:
            timeout = self._heartbeat_timeout_s()
            await asyncio.sleep(min(1.0, timeout / 4))
            if time.monotonic() - socket.last_heard > timeout:
                await socket.ws.close()  # the PBX drops a silent socket
