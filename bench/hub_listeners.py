"""Plain MQTT subscribers for bench/hub.py's stretch figure: clients that only take a room's
calls from the broker and note when each call first reached each of them (think of a
building's dashboards and Node-RED flows beside the panels). One asyncio loop per process.
Reports on stdout, one JSON line each: {"ready": n} once all are subscribed, then per call
{"call", "reached", "last"} when every client of this process has seen it.

    python bench/hub_listeners.py BROKER_URL TOPIC COUNT
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
import time
from collections import defaultdict
from urllib.parse import urlsplit

import aiomqtt


def say(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


CALL_ID = re.compile(rb'"call_id":"([^"]+)"')


def call_ids(payload: bytes | bytearray) -> set[str]:
    """The calls a room's calls message shows: a scan, not a parse (these clients only
    count what reaches them; the panels are the ones that read it)."""
    return {found.decode() for found in CALL_ID.findall(payload)}


async def listen(host: str, port: int, topic: str, n: int, subscribed: asyncio.Queue[int],
                 seen: dict[str, list[float]]) -> None:
    mine: set[str] = set()
    async with aiomqtt.Client(host, port, identifier=f"bench-listener-{n}-{time.time_ns()}",
                              protocol=aiomqtt.ProtocolVersion.V5, keepalive=60) as client:
        await client.subscribe(topic, qos=0)
        subscribed.put_nowait(n)
        async for message in client.messages:
            now = time.monotonic()
            if not isinstance(message.payload, bytes | bytearray):
                continue
            for call in call_ids(message.payload) - mine:
                mine.add(call)
                seen[call].append(now)


async def main(url: str, topic: str, count: int) -> None:
    where = urlsplit(url)
    subscribed: asyncio.Queue[int] = asyncio.Queue()
    seen: dict[str, list[float]] = defaultdict(list)
    tasks = [asyncio.ensure_future(listen(where.hostname or "127.0.0.1", where.port or 1883,
                                          topic, n, subscribed, seen))
             for n in range(count)]
    for _ in range(count):
        await subscribed.get()
    say(ready=count)
    told: set[str] = set()
    while all(not task.done() for task in tasks):
        await asyncio.sleep(0.05)  # reporting only: the arrival times are taken on arrival
        for call, times in list(seen.items()):
            if call not in told and len(times) >= count:
                told.add(call)
                say(call=call, reached=len(times), last=max(times))
    for task in tasks:
        if task.done() and task.exception():
            raise task.exception()  # type: ignore[misc]


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
