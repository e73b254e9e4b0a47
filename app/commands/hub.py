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
from app.state.fleet import PanelStatus


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
    from app.watchdog import HeadlessWatchdog

    hub = Hub(config)
    stopped = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stopped.set)
    # Under systemd (Type=notify): ready once it has read the site's rooms and follows them,
    # pinging its watchdog from this loop meanwhile.
    systemd = HeadlessWatchdog.from_environment()
    systemd.start()
    starting = asyncio.ensure_future(hub.start())
    systemd.ready_when_done(starting)
    await stopped.wait()
    await systemd.stop()
    starting.cancel()
    await asyncio.gather(starting, return_exceptions=True)
    # Says it is going (retained), revokes the PBX token, disconnects cleanly.
    await hub.aclose()


def run_fleet(config: Config, *, as_json: bool) -> int:
    if config.hub is None:
        print("roompanel fleet: the configuration has no [hub] section", file=sys.stderr)
        return 2
    from app.state.fleet import read_fleet

    try:
        panels, hub, names = asyncio.run(read_fleet(config))
    except ConnectionError as exc:
        print(f"roompanel fleet: cannot reach the site's broker ({exc})", file=sys.stderr)
        return 1
    if as_json:
        print(json.dumps({"hub": hub, "panels": [
            {**p.as_wire(), "room_name": names.get(p.room, p.room)} for p in panels]},
            ensure_ascii=False, indent=2))
    else:
        print(format_fleet(panels, hub, names, time.time()))
    return 0


def format_fleet(panels: list[PanelStatus], hub: dict[str, Any] | None,
                 names: dict[str, str], now: float) -> str:
    lines = [f"hub: {hub.get('state', '?')} {hub.get('reason', '')}".rstrip() if hub
             else "hub: never heard from"]
    for panel in panels:
        uptime = panel.uptime_s(now)
        up = f"up {round(uptime / 60)} min" if uptime is not None else "down"
        why = f" ({panel.reason})" if panel.reason else ""
        lines.append(f"{panel.panel:<24} {panel.link:<10} room "
                     f"{names.get(panel.room, panel.room) or '-'}  {panel.mode or '?'}"
                     f"{why}  {panel.phase or '?'}  {up}  v{panel.version or '?'}")
    return "\n".join(lines)
