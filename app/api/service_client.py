"""What every vendor client shares: its transport, its token keeper, and the one request
loop that puts the token on a request, notices the service refusing it, and retries only
where that is safe.

Retries: a read is tried once more after a connection failure, a timeout, a 5xx or a 429
(waiting as long as the service asked, within reason), and once more after the service
refused the token. A command that changes a room is sent once: on any failure the error goes
to the screen and the person taps again if they still want it.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel

from app.api.errors import (
    AuthenticationFailed,
    InvalidResponse,
    RateLimited,
    Reason,
    ServerFailure,
    ServiceTimeout,
    ServiceUnreachable,
)
from app.api.health import health
from app.api.token_keeper import TokenKeeper
from app.api.transport import Transport

log = logging.getLogger(__name__)

Model = TypeVar("Model", bound=BaseModel)
# A read waits at most this long for a busy service before it gives up for now.
RETRY_AFTER_CAP_S = 10.0
RETRY_PAUSE_S = (0.1, 0.3)
RETRYABLE = (ServiceUnreachable, ServiceTimeout, ServerFailure, RateLimited)


class TokenRefused(Exception):
    """The service refused the token a request carried (a vendor's `unwrap` raises it)."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail)
        self.detail = detail


class Authorization:
    """Where a request carries the token: headers, query parameters or both."""

    __slots__ = ("headers", "params")

    def __init__(self, headers: dict[str, str] | None = None,
                 params: dict[str, str] | None = None) -> None:
        self.headers = headers or {}
        self.params = params or {}


class ServiceClient:
    def __init__(self, transport: Transport, keeper: TokenKeeper | None, *,
                 read_retries: int = 1,
                 pause: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self._transport = transport
        self._keeper = keeper
        self._read_retries = read_retries
        self._pause = pause

    @property
    def service(self) -> str:
        return self._transport.service

    @property
    def base_url(self) -> str:
        return self._transport.base_url

    async def aclose(self) -> None:
        if self._keeper is not None:
            await self._keeper.aclose()
        await self._transport.aclose()

    async def __aenter__(self) -> ServiceClient:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.aclose()

    # --- what each vendor says for itself ----------------------------------------------------

    def _authorize(self, token: str) -> Authorization:
        raise NotImplementedError

    def _unwrap(self, response: httpx.Response) -> Any:
        """The answer's payload; raises TokenRefused, RejectedByService or InvalidResponse."""
        raise NotImplementedError

    # --- the request loop --------------------------------------------------------------------

    async def _request(
        self,
        method: str,
        path: str,
        *,
        read: bool,
        params: dict[str, str] | None = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | None = None,
        unwrap: Callable[[httpx.Response], Any] | None = None,
    ) -> Any:
        retries_left = self._read_retries if read else 0
        refused_before = False
        while True:
            token = await self._keeper.token() if self._keeper is not None else None
            auth = self._authorize(token) if token is not None else Authorization()
            try:
                response = await self._transport.send(
                    method, path, params={**(params or {}), **auth.params} or None,
                    json_body=json_body, headers={**(headers or {}), **auth.headers} or None,
                    timeout=timeout)
                return (unwrap or self._unwrap)(response)
            except TokenRefused as refusal:
                if token is not None and self._keeper is not None:
                    self._keeper.reject(token)
                if not read:
                    # Not sent again on our own: the person taps again if they still want it.
                    raise AuthenticationFailed.about(
                        self.service, self._transport.label, Reason.SESSION_EXPIRED,
                        refusal.detail) from None
                if refused_before:
                    raise AuthenticationFailed.about(
                        self.service, self._transport.label, Reason.SIGN_IN_REFUSED,
                        refusal.detail) from None
                refused_before = True
            except InvalidResponse as exc:
                health(self.service).failed(exc.message)
                raise
            except RETRYABLE as exc:
                if retries_left <= 0 or not await self._wait_to_retry(exc):
                    raise
                retries_left -= 1

    async def _wait_to_retry(self, error: Exception) -> bool:
        """Pause before a read is tried again; False when the service asked for a longer
        wait than a panel should sit through."""
        if isinstance(error, RateLimited):
            wait = error.retry_after_s if error.retry_after_s is not None else 1.0
            if wait > RETRY_AFTER_CAP_S:
                return False
            await self._pause(wait)
            return True
        await self._pause(random.uniform(*RETRY_PAUSE_S))
        return True
