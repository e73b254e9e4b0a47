"""One MQTT 5 connection to the site's broker, kept open (aiomqtt under the Qt loop).

It reconnects by itself with backoff, and on every (re)connect it subscribes again and
publishes its retained messages again (a broker may run without persistence). A will says,
if the connection dies, what its owner would want said (the hub or the panel is gone).
Requests use MQTT 5's response topic and correlation data. `stop` leaves the connection
with a proper DISCONNECT while the loop still runs.

Nothing here knows what the messages mean: topics and JSON in, topics and JSON out.
"""

from __future__ import annotations

import asyncio
import json
import logging
import ssl
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.api.backoff import Backoff
from app.api.errors import InvalidResponse, ServiceTimeout, ServiceUnreachable
from app.api.tls import verify_for
from app.api.worker import Worker

if TYPE_CHECKING:
    import aiomqtt

    from app.config import HubConfig

log = logging.getLogger(__name__)
# paho's own chatter (it warns per publish when many are pending) under our name, at a level
# that keeps a busy hub's log readable; connection loss is reported by us, once.
_PAHO_LOG = logging.getLogger(f"{__name__}.paho")
_PAHO_LOG.setLevel(logging.ERROR)

SERVICE = "hub"
LABEL = "the site hub"
# Messages are a room's state, a few kilobytes; a megabyte is a broken or hostile peer.
MAX_MESSAGE_BYTES = 1 << 20
# Retained state goes out this many messages at a time: a building's worth of rooms changing
# at once (a hub starting, a reconnect) must not become thousands of publishes in flight.
PUBLISH_BATCH = 64
STATE_QOS = 0  # see `subscribe`
COMMAND_QOS = 1  # commands and answers: few, and each one matters

Handler = Callable[[str, Any], None]  # topic, decoded JSON (None when it was not JSON)


@dataclass(frozen=True)
class Incoming:
    """A request as the hub receives it: who to answer, and the matching id."""

    topic: str
    payload: Any
    response_topic: str | None
    correlation: bytes | None


class BrokerLink:
    def __init__(self, config: HubConfig, *, client_id: str,
                 will: tuple[str, dict[str, Any]] | None = None,
                 on_link: Callable[[bool, str], None] | None = None,
                 backoff_factory: Callable[[], Backoff] = Backoff) -> None:
        self._config = config
        self.client_id = client_id
        self._will = will
        self._on_link = on_link
        self._handlers: list[tuple[str, Handler]] = []
        self._request_handlers: list[tuple[str, Callable[[Incoming], None]]] = []
        self._retained: dict[str, bytes] = {}
        # Retained topics not yet published since they changed; only the latest payload of a
        # topic matters, so a topic that changes again while waiting keeps its place.
        self._unsent: dict[str, None] = {}
        self._has_unsent = asyncio.Event()
        self._replies: dict[bytes, asyncio.Future[Any]] = {}
        self._client: aiomqtt.Client | None = None
        self._tasks: set[asyncio.Future[Any]] = set()
        self._backoff_factory = backoff_factory
        self._worker = Worker(self._run, name="The broker link", backoff_factory=backoff_factory)
        self.connected = False
        self.reason = "Connecting to the site hub…"

    @property
    def reply_topic(self) -> str:
        """Under the broker account's name, so an ACL can give each account its own
        (`replies/%u/#`) while one account runs a panel and its command-line tools."""
        account = self._config.username or self.client_id
        return f"roompanel/{self._config.site}/replies/{account}/{self.client_id}"

    # --- what to listen to and what to keep said -----------------------------------------

    def subscribe(self, topic_filter: str, handler: Handler) -> None:
        """State on `topic_filter`. Taken at QoS 0: every connection starts clean, so QoS 1
        would add an acknowledgement per message per panel and save nothing a reconnect
        does not (the retained state comes again); the publisher still gets its QoS 1."""
        self._handlers.append((topic_filter, handler))
        self._spawn_subscribe(topic_filter, STATE_QOS)

    def serve(self, topic_filter: str, handler: Callable[[Incoming], None]) -> None:
        """Requests on `topic_filter` (answered with `reply`)."""
        self._request_handlers.append((topic_filter, handler))
        self._spawn_subscribe(topic_filter, COMMAND_QOS)

    def keep(self, topic: str, payload: dict[str, Any]) -> None:
        """A retained message: published now if connected, and again on every reconnect."""
        data = _encode(payload)
        if self._retained.get(topic) == data:
            return
        self._retained[topic] = data
        self._unsent[topic] = None
        self._has_unsent.set()

    async def send(self, topic: str, payload: dict[str, Any]) -> None:
        """A message that is not kept (a notice): lost when nobody is connected."""
        await self._publish(topic, _encode(payload))

    async def reply(self, request: Incoming, payload: dict[str, Any]) -> None:
        if request.response_topic is None or self._client is None:
            return
        props = _publish_properties()
        if request.correlation is not None:
            props.CorrelationData = request.correlation
        await self._publish(request.response_topic, _encode(payload), properties=props)

    async def request(self, topic: str, payload: dict[str, Any], *,
                      timeout_s: float | None = None) -> Any:
        """Ask and wait for the answer; raises ServiceUnreachable / ServiceTimeout."""
        if self._client is None:
            raise ServiceUnreachable(SERVICE, f"Cannot reach {LABEL} ({self.reason})",
                                     detail=self.reason)
        correlation = uuid.uuid4().bytes
        props = _publish_properties()
        props.ResponseTopic = self.reply_topic
        props.CorrelationData = correlation
        answer: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._replies[correlation] = answer
        timer = asyncio.get_running_loop().call_later(
            timeout_s or self._config.timeout_s, _expire, answer)
        try:
            await self._publish(topic, _encode(payload), properties=props)
            return await answer
        finally:
            timer.cancel()
            self._replies.pop(correlation, None)

    # --- lifecycle -------------------------------------------------------------------------

    def start(self) -> None:
        self._worker.start()

    async def stop(self, last_words: dict[str, dict[str, Any]] | None = None) -> None:
        """Say `last_words` (retained) if connected, then DISCONNECT cleanly."""
        client = self._client
        if client is not None and last_words:
            for topic, payload in last_words.items():
                self._retained[topic] = _encode(payload)
                await self._publish(topic, self._retained[topic], retain=True)
        await self._worker.stop()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _run(self) -> None:
        import aiomqtt

        backoff = self._backoff_factory()
        while True:
            try:
                async with self._new_client() as client:
                    self._client = client
                    await self._on_connected(client)
                    backoff.reset()
                    draining = asyncio.ensure_future(self._drain(client))
                    try:
                        async for message in client.messages:
                            self._dispatch(message)
                    finally:
                        draining.cancel()
                        await asyncio.gather(draining, return_exceptions=True)
            except aiomqtt.MqttError as exc:
                self._set_link(False, f"Cannot reach {LABEL} ({exc})")
            finally:
                self._client = None
            await asyncio.sleep(backoff.next_delay())

    def _new_client(self) -> aiomqtt.Client:
        import aiomqtt

        will = None
        if self._will is not None:
            topic, payload = self._will
            will = aiomqtt.Will(topic, _encode(payload), qos=1, retain=True)
        return aiomqtt.Client(
            self._config.host, self._config.port, identifier=self.client_id,
            username=self._config.username, password=self._config.password,
            protocol=aiomqtt.ProtocolVersion.V5, will=will, keepalive=15,
            timeout=self._config.timeout_s, tls_context=self._tls(),
            max_queued_incoming_messages=10_000, logger=_PAHO_LOG)

    def _tls(self) -> ssl.SSLContext | None:
        if not self._config.tls:
            return None
        verify: bool | str = False if not self._config.verify_tls else (
            str(self._config.ca_file) if self._config.ca_file else True)
        context = verify_for("https://" + self._config.host, verify)
        if context is False:
            insecure = ssl.create_default_context()
            insecure.check_hostname = False
            insecure.verify_mode = ssl.CERT_NONE
            return insecure
        assert isinstance(context, ssl.SSLContext)
        return context

    async def _on_connected(self, client: aiomqtt.Client) -> None:
        filters = {f: STATE_QOS for f, _ in self._handlers}
        filters |= {f: COMMAND_QOS for f, _ in [*self._request_handlers, (self.reply_topic, 0)]}
        for topic_filter, qos in sorted(filters.items()):
            await client.subscribe(topic_filter, qos=qos)
        # Everything kept goes out again: the broker may have restarted without persistence.
        self._unsent = dict.fromkeys(self._retained)
        self._has_unsent.set()
        self._set_link(True, "")
        log.info("Connected to the site's broker as %s", self.client_id)

    def _set_link(self, connected: bool, reason: str) -> None:
        if (connected, reason) == (self.connected, self.reason):
            return
        if not connected and self.connected:
            log.warning("Lost the site's broker: %s", reason)
        self.connected, self.reason = connected, reason
        if self._on_link is not None:
            self._on_link(connected, reason)

    async def _drain(self, client: aiomqtt.Client) -> None:
        """Publish changed retained state, a bounded batch at a time, latest payload only."""
        while True:
            await self._has_unsent.wait()
            self._has_unsent.clear()
            while self._unsent:
                batch = list(self._unsent)[:PUBLISH_BATCH]
                for topic in batch:
                    del self._unsent[topic]
                results = await asyncio.gather(
                    *(client.publish(topic, self._retained[topic], qos=1, retain=True)
                      for topic in batch), return_exceptions=True)
                failed = [topic for topic, result in zip(batch, results, strict=True)
                          if isinstance(result, Exception)]
                if failed:
                    # Said again on the next connect; this connection is going down.
                    self._unsent.update(dict.fromkeys(failed))
                    log.debug("Publishing %d retained messages failed", len(failed))
                    return

    def _spawn_subscribe(self, topic_filter: str, qos: int) -> None:
        if self._client is not None:
            self._in_background(self._client.subscribe(topic_filter, qos=qos))

    def _in_background(self, work: Any) -> None:
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _publish(self, topic: str, data: bytes, *, retain: bool = False,
                       properties: Any = None) -> None:
        client = self._client
        if client is None:
            return  # retained ones go out on the next connect
        import aiomqtt

        try:
            await client.publish(topic, data, qos=1, retain=retain, properties=properties)
        except aiomqtt.MqttError as exc:
            log.debug("Publishing to %s failed: %s", topic, exc)

    def _dispatch(self, message: aiomqtt.Message) -> None:
        topic = str(message.topic)
        payload = _decode(message.payload)
        props = message.properties
        correlation = getattr(props, "CorrelationData", None) if props else None
        if topic == self.reply_topic:
            waiting = self._replies.get(bytes(correlation)) if correlation else None
            if waiting is not None and not waiting.done():
                waiting.set_result(payload)
            return
        for topic_filter, serve in self._request_handlers:
            if message.topic.matches(topic_filter):
                serve(Incoming(topic, payload, getattr(props, "ResponseTopic", None)
                               if props else None, bytes(correlation) if correlation else None))
        for topic_filter, handle in self._handlers:
            if message.topic.matches(topic_filter):
                try:
                    handle(topic, payload)
                except Exception:
                    log.exception("Handling a message on %s failed", topic)


def _publish_properties() -> Any:
    from paho.mqtt import properties
    from paho.mqtt.packettypes import PacketTypes

    return properties.Properties(PacketTypes.PUBLISH)  # type: ignore[no-untyped-call]


def _encode(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


def _decode(raw: Any) -> Any:
    if not isinstance(raw, bytes | bytearray) or len(raw) > MAX_MESSAGE_BYTES:
        return None
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        return None


def _expire(answer: asyncio.Future[Any]) -> None:
    if not answer.done():
        answer.set_exception(ServiceTimeout(SERVICE, f"{LABEL[:1].upper()}{LABEL[1:]} did "
                                            "not answer in time", detail="timeout"))


__all__ = ["BrokerLink", "Incoming", "InvalidResponse"]
