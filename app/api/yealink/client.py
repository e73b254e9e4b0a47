"""Async client of the Yealink AVoIP central control API: rooms (`ctrl/spaces`), their
macros, automations and auto-routings, and the long polls that say which rooms changed.
The session (sign-in, headers, envelope) is `base.YealinkSession`; the devices, routing and
codec calls are `av_calls.AvCalls`."""

from __future__ import annotations

import enum
from typing import Any

import httpx

from app.api.paging import read_all_pages
from app.api.transport import Model
from app.api.yealink.av_calls import AvCalls
from app.api.yealink.base import SERVICE
from app.api.yealink.models import AutoRouting, ChangedSpaces, Macro, Monitor, Page, Space

PAGE_LIMIT = 50
# The service documents no long-polling timeout: wait well past a minute, then ask again.
LONG_POLL_READ_TIMEOUT_S = 90.0


class ChangeTopic(enum.Enum):
    """The three long-polling endpoints and the room list each one invalidates."""

    MACROS = "macro"
    MONITORS = "monitor"
    AUTO_ROUTINGS = "autoRouting"


class YealinkClient(AvCalls):
    # --- reads -----------------------------------------------------------------------------

    async def list_spaces(self) -> list[Space]:
        return await self._read_all_pages("/ctrl/spaces/page", {}, Space, "room list")

    async def list_macros(self, space_id: str) -> list[Macro]:
        return await self._read_all_pages("/ctrl/macros/page", {"spaceId": space_id}, Macro,
                                          "macro list")

    async def list_monitors(self, space_id: str) -> list[Monitor]:
        return await self._read_all_pages("/ctrl/monitors/page", {"spaceId": space_id},
                                          Monitor, "automation list")

    async def list_auto_routings(self, space_id: str) -> list[AutoRouting]:
        return await self._read_all_pages(
            "/ctrl/autoRoutings/page", {"spaceId": space_id}, AutoRouting, "auto-routing list")

    async def _read_all_pages(self, path: str, query: dict[str, Any], model: type[Model],
                              what: str) -> list[Model]:
        async def fetch(_index: int, skip: int) -> tuple[list[Model], int]:
            data = await self._call("POST", path, read=True,
                                    json_body={**query, "skip": skip, "limit": PAGE_LIMIT})
            page = self._validate(data, Page)
            return [self._validate(item, model) for item in page.items], page.total

        return await read_all_pages(fetch, lambda item: getattr(item, "id", id(item)),
                                    service=SERVICE, what=what, page_size=PAGE_LIMIT)

    # --- commands: sent once, never retried --------------------------------------------------

    async def invoke_macro(self, space_id: str, macro_id: str) -> None:
        await self._call("POST", "/ctrl/macro/invoke", read=False,
                         json_body={"spaceId": space_id, "macroId": macro_id})

    async def set_monitor_enabled(self, space_id: str, monitor_id: str, enable: bool) -> None:
        await self._call("PUT", "/ctrl/monitor", read=False,
                         json_body={"spaceId": space_id, "monitorId": monitor_id,
                                    "enable": enable})

    async def set_auto_routing_enabled(
        self, space_id: str, auto_routing_id: str, enable: bool
    ) -> None:
        await self._call("PUT", "/ctrl/autoRouting", read=False,
                         json_body={"spaceId": space_id, "autoRoutingId": auto_routing_id,
                                    "enable": enable})

    # --- change notifications ----------------------------------------------------------------

    async def wait_for_changes(self, topic: ChangeTopic) -> list[str] | None:
        """Block until rooms change on `topic`; their ids, or None when the server says
        "ask again" (HTTP 204)."""
        def unwrap(response: httpx.Response) -> Any:
            return _NO_CONTENT if response.status_code == 204 else self._unwrap(response)

        data = await self._request(
            "POST", f"/ctrl/{topic.value}/longPolling", read=True, json_body={},
            timeout=httpx.Timeout(10.0, read=LONG_POLL_READ_TIMEOUT_S), unwrap=unwrap)
        if data is _NO_CONTENT:
            return None
        return self._validate(data, ChangedSpaces).space_ids


class _NoContent:
    pass


_NO_CONTENT = _NoContent()


__all__ = ["SERVICE", "ChangeTopic", "YealinkClient"]
