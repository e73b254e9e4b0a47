"""The site as its broker knows it: the hub's status and every panel's (`roompanel fleet`,
`doctor`'s check of a hub), read from the retained messages."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from app.config import Config

FLEET_LISTEN_S = 1.5  # retained statuses arrive at once; a moment more for late ones


async def read_fleet(config: Config) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    from app.api.broker import BrokerLink
    from app.state.hub_wire import Topics

    assert config.hub is not None
    topics = Topics(config.hub.site)
    panels: dict[str, dict[str, Any]] = {}
    hub: dict[str, Any] = {}
    connected = asyncio.Event()
    link = BrokerLink(config.hub, client_id=f"roompanel-fleet-{time.time_ns()}",
                      on_link=lambda up, reason: connected.set() if up else None)

    def panel_status(topic: str, status: Any) -> None:
        if isinstance(status, dict):
            panels[Topics.panel_of(topic)] = status

    link.subscribe(topics.all_panels, panel_status)
    link.subscribe(topics.hub_status, lambda topic, status: hub.update(
        status if isinstance(status, dict) else {}))
    link.start()
    try:
        async with asyncio.timeout(config.hub.timeout_s):
            await connected.wait()
        await asyncio.sleep(FLEET_LISTEN_S)
    except TimeoutError:
        pass
    reason = link.reason
    await link.stop()
    if not link.connected and not panels and not hub:
        raise ConnectionError(reason)
    return [panels[name] for name in sorted(panels)], hub or None
