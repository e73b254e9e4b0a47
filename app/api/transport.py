"""How every vendor client talks HTTP: one long-lived `httpx.AsyncClient` per service (made
on the first request, so its TLS context and httpcore's import never hold up the first
screen), one mapping of every httpx and HTTP failure into the error tree, one validation of
answers into pydantic models, and the service's health recorded for diagnostics.

Chaining: an httpx error carries its request, and a request URL may carry a token (the PBX
puts it in the query string), so errors of a transport whose URLs hold secrets are never
chained to the httpx error they come from.
"""

from __future__ import annotations

import json
import logging
import ssl
import time
from collections.abc import Callable
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from app.api.errors import (
    InvalidResponse,
    RateLimited,
    Reason,
    ServerFailure,
    ServiceTimeout,
    ServiceUnreachable,
    said,
)
from app.api.health import health
from app.api.tls import verify_for

log = logging.getLogger(__name__)

Model = TypeVar("Model", bound=BaseModel)
CONNECTION_LIMITS = httpx.Limits(max_connections=16, max_keepalive_connections=8)


class Transport:
    def __init__(
        self,
        service: str,
        label: str,
        base_url: str,
        *,
        verify: bool | str = True,
        timeout_s: float = 10.0,
        headers: dict[str, str] | None = None,
        http: httpx.AsyncClient | None = None,
        secret_in_url: bool = False,
        waits_on_purpose: Callable[[str], bool] = lambda path: False,
    ) -> None:
        """`label` names the service inside a sentence ("the PBX"); `http` is a client a
        test injects (it stays the test's to close); `waits_on_purpose(path)`: requests the
        server holds open (long polls) count for health but not for latency."""
        self.service = service
        self.label = label
        self.base_url = base_url
        self.options: dict[str, Any] = {
            "verify": verify_for(base_url, verify),
            "timeout": httpx.Timeout(timeout_s),
            "limits": CONNECTION_LIMITS,
        }
        if headers:
            self.options["headers"] = headers
        self._injected = http
        self._own: httpx.AsyncClient | None = None
        self._secret_in_url = secret_in_url
        self._waits_on_purpose = waits_on_purpose
        self.closed = False

    @property
    def http(self) -> httpx.AsyncClient:
        if self._injected is not None:
            return self._injected
        if self._own is None:
            self._own = httpx.AsyncClient(**self.options)
        return self._own

    async def aclose(self) -> None:
        self.closed = True
        if self._own is not None:
            await self._own.aclose()

    # --- sending -----------------------------------------------------------------------------

    async def send(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | None = None,
        http: httpx.AsyncClient | None = None,
    ) -> httpx.Response:
        """The service's answer, any status below 500 but 429; every other outcome is one
        of our errors."""
        if self.closed:
            raise ServiceUnreachable.about(self.service, self.label, Reason.SHUTTING_DOWN)
        record = health(self.service)
        record.requests += 1
        started = time.perf_counter()
        try:
            response = await self._exchange(method, path, params, json_body, headers, timeout,
                                            http)
        except (ServiceUnreachable, ServiceTimeout) as exc:
            record.failed(exc.message)
            raise
        elapsed_ms = (time.perf_counter() - started) * 1000
        log.debug("%s %s -> %s in %.0f ms", method, path, response.status_code, elapsed_ms)
        status = response.status_code
        if status >= 500:
            failure = ServerFailure(
                self.service, said(Reason.SERVER_FAILED, self.label, f"HTTP {status}"), status)
            record.failed(failure.message)
            raise failure
        if status == 429:
            busy = RateLimited(self.service, said(Reason.BUSY, self.label, "HTTP 429"),
                               retry_after_s=_retry_after(response))
            record.failed(busy.message)
            raise busy
        record.succeeded(None if self._waits_on_purpose(path) else elapsed_ms)
        return response

    async def _exchange(self, method: str, path: str, params: dict[str, str] | None,
                        json_body: Any, headers: dict[str, str] | None,
                        timeout: httpx.Timeout | None,
                        http: httpx.AsyncClient | None) -> httpx.Response:
        try:
            return await (http or self.http).request(
                method, self.base_url + path, params=params, json=json_body, headers=headers,
                timeout=timeout if timeout is not None else httpx.USE_CLIENT_DEFAULT)
        except httpx.TimeoutException as exc:
            raise ServiceTimeout.about(self.service, self.label, Reason.TIMEOUT) \
                from self._cause(exc)
        except httpx.TransportError as exc:
            reason = transport_reason(exc)
            raise ServiceUnreachable.about(self.service, self.label, Reason.UNREACHABLE,
                                           reason) from self._cause(exc)

    def _cause(self, exc: BaseException) -> BaseException | None:
        return None if self._secret_in_url else exc

    # --- reading answers ---------------------------------------------------------------------

    def decode(self, response: httpx.Response) -> Any:
        """The answer's JSON (None for an empty body)."""
        if not response.content:
            return None
        try:
            return json.loads(response.content)
        except (ValueError, UnicodeDecodeError):
            raise InvalidResponse.about(self.service, self.label, Reason.NOT_JSON,
                                        "not JSON") from None

    def validate(self, data: Any, model: type[Model]) -> Model:
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "answer"
            raise self.unexpected(f"{where}: {first['msg']}") from None

    def unexpected(self, what: str) -> InvalidResponse:
        return InvalidResponse.about(self.service, self.label, Reason.UNEXPECTED, what)


def transport_reason(exc: BaseException) -> str:
    """A short reason for a failed connection, worded for an installer."""
    certificate = _certificate_error(exc)
    if certificate is not None:
        return f"its certificate is not trusted: {certificate.verify_message}"
    if isinstance(exc, httpx.ConnectError):
        text = str(exc).lower()
        return "connection refused" if "refused" in text else "no connection could be made"
    if isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError):
        return "the connection was dropped"
    return type(exc).__name__


def _certificate_error(exc: BaseException) -> ssl.SSLCertVerificationError | None:
    seen: BaseException | None = exc
    for _ in range(8):  # the chain is short; never loop on a cycle
        if seen is None:
            return None
        if isinstance(seen, ssl.SSLCertVerificationError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After", "").strip()
    if value.isdigit():
        return float(value)
    try:
        from email.utils import parsedate_to_datetime

        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, moment.timestamp() - time.time())
