"""`roompanel hub`: the site hub, headless, until SIGTERM or Ctrl+C; and `roompanel fleet`:
every panel of the site as the broker knows them."""

from __future__ import annotations

import asyncio
import json
import signal
import sys
import time
from typing import Any

from app.config import Config


def run_hub(config: Config) -> int:
    if config.hub is None or config.yealink is None:
        print("roompanel hub: the configuration needs a [hub] section (the broker and the "
              "hub's account) and the services' sections ([yealink] at least)",
              file=sys.stderr)
        return 2
    asyncio.run(_serve(config))
    return 0


async def _serve(config: Config) -> None:
    from app.hub.hub import Hub

    hub = Hub(config)
    stopped = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stopped.set)
    starting = asyncio.ensure_future(hub.start())
    await stopped.wait()
    starting.cancel()
    await asyncio.gather(starting, return_exceptions=True)
    # Says it is going (retained), revokes the PBX token, disconnects cleanly.
    await hub.aclose()


def run_fleet(config: Config, *, as_json: bool) -> int:
    if config.hub is None:
        print("roompanel fleet: the configuration has no [hub] section", file=sys.stderr)
        return 2
    from app.state.fleet import read_fleet

    panels, hub = asyncio.run(read_fleet(config))
    if as_json:
        print(json.dumps({"hub": hub, "panels": panels}, ensure_ascii=False, indent=2))
    else:
        print(format_fleet(panels, hub))
    return 0


def format_fleet(panels: list[dict[str, Any]], hub: dict[str, Any] | None) -> str:
    lines = [f"hub: {hub.get('state', '?')} {hub.get('reason', '')}".rstrip() if hub
             else "hub: never heard from"]
    now = time.time()
    for panel in panels:
        up = max(0, round((now - float(panel.get("started", now))) / 60))
        state = "offline" if panel.get("link") == "offline" else "online"
        lines.append(f"{panel.get('panel', '?'):<24} {state:<8} room {panel.get('room') or '-'}"
                     f"  {panel.get('mode', '?')}  {panel.get('link', '?')}"
                     f"{' (' + str(panel.get('reason')) + ')' if panel.get('reason') else ''}"
                     f"  {panel.get('phase', '?')}  up {up} min  v{panel.get('version', '?')}")
    return "\n".join(lines)
