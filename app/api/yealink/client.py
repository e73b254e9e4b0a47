"""Async client of the Yealink AVoIP central control API.

One long-lived `httpx.AsyncClient`; the token is obtained, renewed before it expires and
renewed once more on a 401. Reads are retried where that is safe; commands that change a
room (macro invoke, switch toggles) are sent exactly once.
"""

from __future__ import annotations

import asyncio
import base64
import enum
import json
import logging
import random
import time
import uuid
from collections.abc import Callable
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from app.api.errors import (
    AuthenticationFailed,
    InvalidResponse,
    RejectedByService,
    ServerFailure,
    ServiceError,
    ServiceTimeout,
    ServiceUnreachable,
)
from app.api.health import measured
from app.api.tls import verify_for
from app.api.yealink.av_calls import AvCalls, CallKind
from app.api.yealink.models import (
    AutoRouting,
    ChangedSpaces,
    Envelope,
    Macro,
    Monitor,
    Page,
    Space,
    TokenGrant,
)

log = logging.getLogger(__name__)

SERVICE = "yealink"
API_PREFIX = "/open/api/v1"
PAGE_LIMIT = 50
# The service documents no long-polling timeout: wait well past a minute, then ask again.
LONG_POLL_READ_TIMEOUT_S = 90.0

Model = TypeVar("Model", bound=BaseModel)


class ChangeTopic(enum.Enum):
    """The three long-polling endpoints and the room list each one invalidates."""

    MACROS = "macro"
    MONITORS = "monitor"
    AUTO_ROUTINGS = "autoRouting"


_Kind = CallKind


class YealinkClient(AvCalls):
    def __init__(
        self,
        url: str,
        client_id: str,
        client_secret: str,
        *,
        verify: bool | str = True,
        http: httpx.AsyncClient | None = None,
        request_timeout_s: float = 10.0,
        renew_margin_s: float = 300.0,
        read_retries: int = 1,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self.base_url = url.rstrip("/") + API_PREFIX
        self._credentials = base64.b64encode(f"{client_id}:{client_secret}".encode()).decode()
        self._http = http or httpx.AsyncClient(
            verify=verify_for(url, verify),
            timeout=httpx.Timeout(request_timeout_s),
            limits=httpx.Limits(max_connections=16, max_keepalive_connections=8),
        )
        self._owns_http = http is None
        self._renew_margin_s = renew_margin_s
        self._read_retries = read_retries
        self._wall_clock = wall_clock
        self._token: str | None = None
        self._token_expires_at: float = 0.0
        self._token_lock = asyncio.Lock()
        self._closed = False

    async def aclose(self) -> None:
        # The service has no token revocation call; the token simply lapses.
        self._closed = True
        self._token = None
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> YealinkClient:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.aclose()

    # --- token lifecycle -------------------------------------------------------------------

    @property
    def token_expires_at(self) -> float:
        return self._token_expires_at

    async def sign_in(self) -> None:
        response = await self._send(
            "POST", "/auth/clientToken", headers={"Authorization": self._credentials}
        )
        if response.status_code == 401:
            raise AuthenticationFailed(
                SERVICE, "The control service refused the client credentials"
            )
        self._store_token(self._parse(response, TokenGrant))
        log.info("Signed in to the control service")

    async def renew_token(self) -> None:
        if self._token is None:
            await self.sign_in()
            return
        response = await self._send("PUT", "/auth/token", headers={"Token": self._token})
        if response.status_code == 401:
            # The old token is no longer accepted for renewal: start over with credentials.
            self._token = None
            await self.sign_in()
            return
        self._store_token(self._parse(response, TokenGrant))
        log.debug("Renewed control service token")

    def _store_token(self, grant: TokenGrant) -> None:
        self._token = grant.token
        expire = grant.expire_time_ms
        # Documented as epoch milliseconds; tolerate a plain validity in seconds too.
        self._token_expires_at = expire / 1000 if expire > 10**11 else self._wall_clock() + expire

    async def _current_token(self) -> str:
        async with self._token_lock:
            if self._token is None:
                await self.sign_in()
            elif self._wall_clock() >= self._token_expires_at - self._renew_margin_s:
                await self.renew_token()
            assert self._token is not None
            return self._token

    async def _recover_from_401(self, rejected_token: str) -> None:
        async with self._token_lock:
            if self._token == rejected_token:  # nobody renewed it meanwhile
                self._token = None
                await self.sign_in()

    # --- reads -----------------------------------------------------------------------------

    async def list_spaces(self) -> list[Space]:
        return await self._read_all_pages("/ctrl/spaces/page", {}, Space)

    async def list_macros(self, space_id: str) -> list[Macro]:
        return await self._read_all_pages("/ctrl/macros/page", {"spaceId": space_id}, Macro)

    async def list_monitors(self, space_id: str) -> list[Monitor]:
        return await self._read_all_pages("/ctrl/monitors/page", {"spaceId": space_id}, Monitor)

    async def list_auto_routings(self, space_id: str) -> list[AutoRouting]:
        return await self._read_all_pages(
            "/ctrl/autoRoutings/page", {"spaceId": space_id}, AutoRouting
        )

    async def _read_all_pages(
        self, path: str, query: dict[str, Any], model: type[Model]
    ) -> list[Model]:
        items: list[Model] = []
        skip = 0
        while True:
            data = await self._call(
                "POST", path, json={**query, "skip": skip, "limit": PAGE_LIMIT}, kind=_Kind.READ
            )
            page = self._validate(data, Page)
            items.extend(self._validate(item, model) for item in page.items)
            skip += len(page.items)
            if not page.items or skip >= page.total:
                return items

    # --- commands: sent once, never retried --------------------------------------------------

    async def invoke_macro(self, space_id: str, macro_id: str) -> None:
        await self._call(
            "POST",
            "/ctrl/macro/invoke",
            json={"spaceId": space_id, "macroId": macro_id},
            kind=_Kind.COMMAND,
        )

    async def set_monitor_enabled(self, space_id: str, monitor_id: str, enable: bool) -> None:
        await self._call(
            "PUT",
            "/ctrl/monitor",
            json={"spaceId": space_id, "monitorId": monitor_id, "enable": enable},
            kind=_Kind.COMMAND,
        )

    async def set_auto_routing_enabled(
        self, space_id: str, auto_routing_id: str, enable: bool
    ) -> None:
        await self._call(
            "PUT",
            "/ctrl/autoRouting",
            json={"spaceId": space_id, "autoRoutingId": auto_routing_id, "enable": enable},
            kind=_Kind.COMMAND,
        )

    # --- change notifications ----------------------------------------------------------------

    async def wait_for_changes(self, topic: ChangeTopic) -> list[str] | None:
        """Block until rooms change on `topic`; their ids, or None when the server says
        "ask again" (HTTP 204)."""
        data = await self._call(
            "POST",
            f"/ctrl/{topic.value}/longPolling",
            kind=_Kind.READ,
            timeout=httpx.Timeout(10.0, read=LONG_POLL_READ_TIMEOUT_S),
            allow_no_content=True,
        )
        if data is _NO_CONTENT:
            return None
        return self._validate(data, ChangedSpaces).space_ids

    # --- plumbing ----------------------------------------------------------------------------

    async def _call(
        self,
        method: str,
        path: str,
        *,
        json: dict[str, Any] | None = None,
        params: dict[str, str] | None = None,
        kind: _Kind,
        timeout: httpx.Timeout | None = None,
        allow_no_content: bool = False,
    ) -> Any:
        retries_left = self._read_retries if kind is _Kind.READ else 0
        renewed_after_401 = False
        while True:
            token = await self._current_token()
            try:
                response = await self._send(
                    method, path, headers={"Token": token}, json=json, params=params,
                    timeout=timeout,
                )
                if response.status_code == 401:
                    if renewed_after_401:
                        raise AuthenticationFailed(
                            SERVICE, "The control service refused the panel's sign-in"
                        )
                    renewed_after_401 = True
                    await self._recover_from_401(token)
                    if kind is _Kind.COMMAND:
                        # Not sent again on our own: the person taps again if they still want it.
                        raise AuthenticationFailed(
                            SERVICE, "The control service session had expired; please try again"
                        )
                    continue
                if allow_no_content and response.status_code == 204:
                    return _NO_CONTENT
                return self._parse_data(response)
            except (ServiceUnreachable, ServiceTimeout, ServerFailure):
                if retries_left <= 0:
                    raise
                retries_left -= 1
                await asyncio.sleep(random.uniform(0.1, 0.3))

    @measured(SERVICE, waits_on_purpose=lambda path: "longPolling" in path)
    async def _send(
        self,
        method: str,
        path: str,
        *,
        headers: dict[str, str],
        json: dict[str, Any] | None = None,
        params: dict[str, str] | None = None,
        timeout: httpx.Timeout | None = None,
    ) -> httpx.Response:
        if self._closed:
            raise ServiceUnreachable(SERVICE, "The panel is shutting down")
        request_headers = {
            **headers,
            "timestamp": str(int(self._wall_clock() * 1000)),
            "nonce": uuid.uuid4().hex,
        }
        started = time.perf_counter()
        try:
            response = await self._http.request(
                method,
                self.base_url + path,
                headers=request_headers,
                params=params,
                # GETs carry their arguments in the query string, never a body.
                json=None if method == "GET" else (json if json is not None else {}),
                timeout=timeout if timeout is not None else httpx.USE_CLIENT_DEFAULT,
            )
        except httpx.TimeoutException as exc:
            raise ServiceTimeout(SERVICE, "The control service did not answer in time") from exc
        except httpx.TransportError as exc:
            raise ServiceUnreachable(
                SERVICE, f"Cannot reach the control service ({_short_reason(exc)})"
            ) from exc
        log.debug(
            "%s %s -> %s in %.0f ms",
            method,
            path,
            response.status_code,
            (time.perf_counter() - started) * 1000,
        )
        return response

    def _parse_data(self, response: httpx.Response) -> Any:
        status = response.status_code
        if status >= 500:
            raise ServerFailure(
                SERVICE, f"The control service failed (HTTP {status})", status=status
            )
        envelope = self._envelope(response) if status in (200, 400) else None
        if status == 400:
            reason = _error_text(envelope.error) if envelope else None
            raise RejectedByService(
                SERVICE, reason or "The control service rejected the request", code=400
            )
        if status != 200 or envelope is None:
            raise InvalidResponse(SERVICE, f"The control service answered HTTP {status}")
        if envelope.ret < 0:
            raise RejectedByService(
                SERVICE,
                _error_text(envelope.error) or "The control service refused the request",
                code=envelope.ret,
            )
        return envelope.data

    def _parse(self, response: httpx.Response, model: type[Model]) -> Model:
        return self._validate(self._parse_data(response), model)

    def _envelope(self, response: httpx.Response) -> Envelope:
        try:
            body = json.loads(response.content)
        except (ValueError, UnicodeDecodeError) as exc:
            raise InvalidResponse(
                SERVICE, "The control service sent an unreadable answer (not JSON)"
            ) from exc
        return self._validate(body, Envelope)

    @staticmethod
    def _validate(data: Any, model: type[Model]) -> Model:
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "answer"
            raise InvalidResponse(
                SERVICE,
                f"The control service sent an unexpected answer ({where}: {first['msg']})",
            ) from exc


class _NoContent:
    pass


_NO_CONTENT = _NoContent()


def _error_text(error: Any) -> str | None:
    """The service's own words for a refusal; its shape is not documented."""
    if error is None:
        return None
    if isinstance(error, str):
        return error.strip() or None
    if isinstance(error, dict):
        for key in ("msg", "message", "errorMsg", "detail"):
            value = error.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()
    return str(error)


def _short_reason(exc: httpx.TransportError) -> str:
    text = str(exc) or type(exc).__name__
    if "refused" in text.lower():
        return "connection refused"
    if isinstance(exc, httpx.ConnectError):
        return "no connection could be made"
    if isinstance(exc, httpx.RemoteProtocolError):
        return "the connection was dropped"
    return text.splitlines()[0][:120]


__all__ = ["SERVICE", "ChangeTopic", "ServiceError", "YealinkClient"]
