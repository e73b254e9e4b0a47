"""Headless panels on a site hub, for bench/hub.py: each runs the panel's real state layer
and view-models (no window), on one qasync loop per process. Reports on stdout, one JSON
line each; takes orders on stdin ("tap <panel>", "quit").

    python bench/hub_panels.py BROKER_URL SITE FIRST COUNT ROOM[,ROOM...]
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import qasync
from PySide6.QtGui import QGuiApplication

from app.config import parse_config
from app.logs import setup_logging
from app.state.calls import CallsView
from app.state.remote import HubSession
from app.ui import close_async_generators_on
from app.viewmodels.app import RpApp


def say(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


class CallWatch:
    """Each panel's calls: the first sight of a call, and its end (said once each)."""

    def __init__(self) -> None:
        self.seen: dict[int, set[str]] = {}
        self.showing: dict[int, set[str]] = {}  # the calls each panel shows now

    def follow(self, session: HubSession, n: int) -> None:
        self.seen[n], self.showing[n] = set(), set()
        session.calls.add_listener(lambda view: self._on_calls(view, n),
                                   lambda room, notice: None)

    def _on_calls(self, view: CallsView, n: int) -> None:
        now = time.monotonic()
        present = {row.call_id for rows in view.calls.values() for row in rows}
        for call in present - self.seen[n]:
            say(call=call, panel=n, at=now)
        self.seen[n] |= present
        if view.available:  # while the hop is down the calls are unknown, not ended
            for call in self.showing[n] - present:
                say(ended=call, panel=n, at=now)
            self.showing[n] = present


async def run(broker: str, site: str, first: int, count: int, rooms: list[str]) -> None:
    apps: list[RpApp] = []
    links: dict[int, str] = {}  # by index in `apps`
    calls = CallWatch()
    for n in range(first, first + count):
        room = rooms[n % len(rooms)]
        config = parse_config({"hub": {"broker": broker, "site": site, "panel_id": f"p{n}"},
                               "panel": {"mode": "room", "room": room}}, environ={})
        session = HubSession(config)
        app = RpApp(session)
        apps.append(app)
        calls.follow(session, n)
        app.start()
    say(started=count)

    # Driven by the view-models' own signals, not a poll: the measurement shares two CPUs
    # with the hub, the broker and the simulator.
    ready = asyncio.Event()

    def check(index: int) -> None:
        app = apps[index]
        link = app.room.link if app.room is not None else "connecting"
        if links.get(index) != link:
            links[index] = link
            say(link=link, panel=first + index, at=time.monotonic())
        if not ready.is_set() and len(links) == count and \
                all(v == "live" for v in links.values()):
            ready.set()
            say(ready=count)

    def follow_room(index: int) -> None:
        room = apps[index].room
        if room is not None:
            room.healthChanged.connect(lambda index=index: check(index))
        check(index)

    for index, app in enumerate(apps):
        app.roomChanged.connect(lambda index=index: follow_room(index))
        follow_room(index)

    orders: asyncio.Queue[str] = asyncio.Queue()
    loop = asyncio.get_running_loop()
    threading.Thread(target=lambda: [loop.call_soon_threadsafe(orders.put_nowait, line.strip())
                                     for line in sys.stdin], daemon=True).start()
    while (order := await orders.get()) != "quit":
        if order.startswith("tap "):
            app = apps[int(order.split()[1]) - first]
            room = app.room
            if room is not None:
                macro = next(r for r in room.macros.rows if r.name == "Start presentation")
                say(tap=macro.id, panel=int(order.split()[1]), at=time.monotonic())
                room.invokeMacro(macro.id)
    for app in apps:
        await app.aclose()


def main() -> int:
    broker, site, first, count, rooms = sys.argv[1], sys.argv[2], int(sys.argv[3]), \
        int(sys.argv[4]), sys.argv[5].split(",")
    setup_logging("ERROR")
    app = QGuiApplication(sys.argv)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    close_async_generators_on(loop)
    done = asyncio.ensure_future(run(broker, site, first, count, rooms))
    done.add_done_callback(lambda _: loop.stop())
    loop.run_forever()
    done.result()
    loop.close()  # joins qasync's executor thread
    return 0


if __name__ == "__main__":
    sys.exit(main())
