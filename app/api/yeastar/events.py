"""The PBX's event WebSocket: subscribe, keep it alive, notice when it dies, reconnect.

The PBX drops a socket that says nothing for 60 s, so we send `heartbeat` every
`heartbeat_s`; a socket that brings nothing (not even the heartbeat's answer) for
`dead_after_s` is treated as dead. Every (re)connection is reported, so the state layer can
re-read the calls it may have missed.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.api.backoff import Backoff
from app.api.errors import ServiceError
from app.api.worker import Worker
from app.api.yeastar.client import TOKEN_EXPIRED_CODES, USER_AGENT, YeastarClient, redact
from app.api.yeastar.models import TOPICS, Event, parse_event

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection

log = logging.getLogger(__name__)

HEARTBEAT_REPLY = "heartbeat response"
# An event is a few hundred bytes; a megabyte is a broken or hostile PBX (the socket closes).
MAX_EVENT_BYTES = 1 << 20


class StreamRejected(Exception):
    pass


class EventStream:
    def __init__(
        self,
        client: YeastarClient,
        on_event: Callable[[Event], None],
        on_link: Callable[[bool, str], None],
        *,
        heartbeat_s: float = 20.0,
        dead_after_s: float = 45.0,
        backoff_factory: Callable[[], Backoff] = Backoff,
    ) -> None:
        self._client = client
        self._on_event = on_event
        self._on_link = on_link
        self._heartbeat_s = heartbeat_s
        self._dead_after_s = dead_after_s
        self._backoff = backoff_factory()
        self._worker = Worker(self._run, name="The PBX event stream", on_crash=self._crashed,
                              backoff_factory=backoff_factory)
        self._socket: ClientConnection | None = None
        self._token: str | None = None

    def start(self) -> None:
        self._worker.start()

    async def stop(self) -> None:
        await self._worker.stop()

    def _crashed(self, exc: Exception) -> None:
        self._on_link(False, f"The PBX event stream stopped unexpectedly ({type(exc).__name__})")

    async def _run(self) -> None:
        # Imported here, once the first screen is up: websockets costs ~130 ms to import.
        # Its exceptions from their module: the package's lazy attributes are not there in
        # a PyInstaller bundle, and an `except` clause that fails replaces a cancellation.
        from websockets.exceptions import InvalidStatus, WebSocketException

        up = False
        while True:
            reason = ""
            try:
                await self._session()
                reason = "The PBX closed the event stream"
            except ServiceError as exc:
                reason = exc.message
            except StreamRejected as exc:
                reason = str(exc)
            except InvalidStatus as exc:
                reason = self._refused_upgrade(exc.response.status_code)
            except (OSError, TimeoutError, WebSocketException) as exc:
                reason = f"PBX event stream lost ({redact(type(exc).__name__)})"
            if up or reason:
                log.warning("Call status unavailable: %s", reason)
            up = False
            self._on_link(False, reason)
            await asyncio.sleep(self._backoff.next_delay())

    def _refused_upgrade(self, status: int) -> str:
        if status in (401, 403) and self._token is not None:
            # The PBX no longer takes this token: never offer it again.
            self._client.reject_token(self._token)
        return f"The PBX refused the event stream (HTTP {status})"

    async def _session(self) -> None:
        from websockets.asyncio.client import connect

        self._token = token = await self._client.access_token()
        async with connect(
            self._client.subscribe_url(token),
            user_agent_header=USER_AGENT,
            open_timeout=10,
            ping_interval=None,  # the PBX has its own heartbeat
            max_queue=None,  # an event storm must not stall the socket: we drain it fast
            max_size=MAX_EVENT_BYTES,
            ssl=self._client.websocket_tls(),
        ) as socket:
            self._socket = socket
            await socket.send(json.dumps({"topic_list": list(TOPICS)}))
            async with asyncio.timeout(10):
                answer = await socket.recv()
            self._check_subscription(token, answer)
            self._backoff.reset()
            log.info("PBX event stream connected")
            self._on_link(True, "")
            heartbeat = asyncio.ensure_future(self._heartbeat(socket))
            received = 0
            try:
                while True:
                    received += 1
                    if received % 16 == 0:
                        # Buffered events come back without a pause: let Qt draw between them.
                        await asyncio.sleep(0)
                    async with asyncio.timeout(self._dead_after_s):
                        text = await socket.recv()
                    if text == HEARTBEAT_REPLY:
                        continue
                    if not isinstance(text, str):
                        log.warning("Skipping a binary frame from the PBX (%d bytes)", len(text))
                        continue
                    event = parse_event(text)
                    if event is not None:
                        self._on_event(event)
            finally:
                heartbeat.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await heartbeat
                self._socket = None

    def _check_subscription(self, token: str, answer: str | bytes) -> None:
        try:
            reply = json.loads(answer)
        except (ValueError, RecursionError):
            reply = None
        if not isinstance(reply, dict):
            raise StreamRejected("The PBX answered the subscription with something unreadable")
        code = reply.get("errcode")
        if code == 0:
            return
        message = str(reply.get("errmsg") or code)[:100]
        if (isinstance(code, int) and code in TOKEN_EXPIRED_CODES) or "TOKEN" in message.upper():
            self._client.reject_token(token)
        raise StreamRejected(f"The PBX refused the subscription: {redact(message)}")

    async def _heartbeat(self, socket: ClientConnection) -> None:
        from websockets.exceptions import ConnectionClosed

        with contextlib.suppress(ConnectionClosed):
            while True:
                await asyncio.sleep(self._heartbeat_s)
                await socket.send("heartbeat")
