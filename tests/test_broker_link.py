"""The broker link against a real Mosquitto: retained messages published again after the
broker restarts (it keeps nothing), requests answered through MQTT 5's response topic and
correlation data, and the will said when a link dies without a word."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import fast_backoff, until
from mosquitto import Broker, running_broker

from app.api.broker import BrokerLink, Incoming
from app.api.errors import ServiceTimeout
from app.config import HubConfig


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[Broker]:
    yield from running_broker(tmp_path)


def hub_config(broker: Broker, **fields: Any) -> HubConfig:
    return HubConfig(broker=broker.url, site="hq", **{"timeout_s": 1.0, **fields})


def test_retained_state_survives_a_broker_restart(broker: Broker, run: Any) -> None:
    seen: list[Any] = []

    async def scenario() -> None:
        hub = BrokerLink(hub_config(broker), client_id="hub", backoff_factory=fast_backoff)
        panel = BrokerLink(hub_config(broker), client_id="panel", backoff_factory=fast_backoff)
        panel.subscribe("roompanel/hq/rooms/+/controls", lambda topic, data: seen.append(data))
        hub.start()
        panel.start()
        try:
            await until(lambda: hub.connected and panel.connected, what="both connected")
            hub.keep("roompanel/hq/rooms/r1/controls", {"n": 1})
            await until(lambda: seen == [{"n": 1}], what="the first state")
            broker.restart()  # no persistence: the broker forgets every retained message
            await until(lambda: not hub.connected, what="hub disconnected")
            await until(lambda: hub.connected and panel.connected, 10.0, "reconnected")
            await until(lambda: seen[-1:] == [{"n": 1}] and len(seen) >= 2, 5.0,
                        "the state published again")
        finally:
            await hub.stop()
            await panel.stop()

    run(scenario(), timeout=30)


def test_a_request_is_answered_with_its_correlation(broker: Broker, run: Any) -> None:
    async def scenario() -> tuple[Any, Any]:
        hub = BrokerLink(hub_config(broker), client_id="hub", backoff_factory=fast_backoff)
        panel = BrokerLink(hub_config(broker), client_id="panel", backoff_factory=fast_backoff)
        replies: list[Any] = []

        def answer(request: Incoming) -> None:
            import asyncio

            replies.append(asyncio.ensure_future(hub.reply(request, {"echo": request.payload})))

        hub.serve("roompanel/hq/rooms/+/cmd", answer)
        hub.start()
        panel.start()
        try:
            await until(lambda: hub.connected and panel.connected, what="connected")
            first = await panel.request("roompanel/hq/rooms/r1/cmd", {"id": "a"})
            await hub.stop()
            with pytest.raises(ServiceTimeout):
                await panel.request("roompanel/hq/rooms/r1/cmd", {"id": "b"}, timeout_s=0.5)
            return first, panel.connected
        finally:
            await panel.stop()

    first, still_connected = run(scenario(), timeout=30)
    assert first == {"echo": {"id": "a"}}
    assert still_connected


DOOMED = """
import asyncio, sys
from app.api.broker import BrokerLink
from app.config import HubConfig

async def main():
    link = BrokerLink(HubConfig(broker=sys.argv[1], site="hq"), client_id="doomed",
                      will=("roompanel/hq/hub/status", {"state": "offline"}))
    link.start()
    while not link.connected:
        await asyncio.sleep(0.02)
    link.keep("roompanel/hq/hub/status", {"state": "online"})
    print("ready", flush=True)
    await asyncio.sleep(3600)

asyncio.run(main())
"""


def test_the_will_is_said_when_a_link_dies(broker: Broker, run: Any) -> None:
    import signal
    import subprocess
    import sys

    seen: list[Any] = []
    doomed = subprocess.Popen([sys.executable, "-c", DOOMED, broker.url],
                              stdout=subprocess.PIPE, text=True)

    async def scenario() -> None:
        watcher = BrokerLink(hub_config(broker), client_id="watcher",
                             backoff_factory=fast_backoff)
        watcher.subscribe("roompanel/hq/hub/status", lambda topic, data: seen.append(data))
        watcher.start()
        try:
            await until(lambda: seen[-1:] == [{"state": "online"}], 10.0, "online")
            doomed.send_signal(signal.SIGKILL)  # gone without a word: the broker says it
            await until(lambda: seen[-1:] == [{"state": "offline"}], 10.0, "the will")
        finally:
            await watcher.stop()

    try:
        assert doomed.stdout is not None and doomed.stdout.readline().strip() == "ready"
        run(scenario(), timeout=30)
    finally:
        doomed.kill()
        doomed.wait(5)
