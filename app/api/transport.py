"""How every vendor client talks HTTP: one long-lived `httpx.AsyncClient` per service (made
on the first request, so its TLS context and httpcore's import never hold up the first
screen), one mapping of every httpx and HTTP failure into the error tree, one validation of
answers into pydantic models, and the service's health recorded for diagnostics.

Chaining: an httpx error carries its request, and a request URL may carry a token (the PBX
puts it in the query string), so errors of a transport whose URLs hold secrets are never
chained to the httpx error they come from.

Bounds: httpx's timeouts are per read, so a server sending a byte every few seconds would
never trip them. Once the headers are in, the whole body must arrive within the request
timeout; it is read at most `MAX_BODY_BYTES` after decompression (inflated in bounded steps,
so a small compressed answer cannot fill memory); JSON nested too deeply is refused. Each
becomes `InvalidResponse` or `ServiceTimeout` naming what was wrong.
"""

from __future__ import annotations

import json
import logging
import ssl
import time
import zlib
from collections.abc import Callable
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from app.api.errors import (
    NOT_OFFERED_STATUSES,
    InvalidResponse,
    NotOffered,
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
# The largest answer any service sends is a page of 50-100 items: tens of kilobytes. The
# bound is what one answer may cost a panel that runs for months.
MAX_BODY_BYTES = 2 * 1024 * 1024
# Inflated this much at a time, so a compressed answer never makes one large buffer.
INFLATE_STEP_BYTES = 256 * 1024
# pydantic's words for a wrong shape, where they would name one of our classes.
WIRE_WORDS = {"model_type": "expected an object", "model_attributes_type": "expected an object",
              "dataclass_type": "expected an object"}
# What we can inflate ourselves, in bounded steps (httpx would inflate a chunk in one go).
ACCEPT_ENCODING = "gzip, deflate"


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
            "headers": {"Accept-Encoding": ACCEPT_ENCODING, **(headers or {})},
        }
        self._body_within_s = timeout_s
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
        if status == 501:
            record.succeeded(None)
            raise self.not_offered(status)
        if status >= 500:
            failure = ServerFailure(
                self.service, said(Reason.SERVER_FAILED, self.label, f"HTTP {status}"), status)
            record.failed(failure.message)
            raise failure
        if 300 <= status < 400:
            # We never follow one: a service moved is an installer's change to make, and a
            # redirect could carry our query string (a token) elsewhere.
            record.failed(f"HTTP {status}")
            raise self.unexpected(f"a redirect, HTTP {status}")
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
        client = http or self.http
        try:
            request = client.build_request(
                method, self.base_url + path, params=params, json=json_body,
                headers={"Accept-Encoding": ACCEPT_ENCODING, **(headers or {})},
                timeout=timeout if timeout is not None else httpx.USE_CLIENT_DEFAULT)
        except (UnicodeEncodeError, ValueError):
            # Something the service gave us (a token) cannot travel in a request.
            raise self.unexpected("a value that cannot be sent back to it") from None
        try:
            streamed = await client.send(request, stream=True)
            try:
                body = await self._read_body(streamed)
            finally:
                await streamed.aclose()
            # As bytes: a header may carry any byte, and rebuilt as text it would have to be
            # ASCII.
            kept = [(k, v) for k, v in streamed.headers.raw
                    if k.lower() not in (b"content-encoding", b"content-length",
                                         b"transfer-encoding")]
            return httpx.Response(streamed.status_code, headers=kept, content=body,
                                  request=request)
        except httpx.TimeoutException as exc:
            too_slow = ServiceTimeout.about(self.service, self.label, Reason.TIMEOUT)
            too_slow.request_sent = not isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout)
            raise too_slow from self._cause(exc)
        except httpx.TransportError as exc:
            unreachable = ServiceUnreachable.about(self.service, self.label,
                                                   Reason.UNREACHABLE, transport_reason(exc))
            unreachable.request_sent = not isinstance(exc, httpx.ConnectError)
            raise unreachable from self._cause(exc)

    def _cause(self, exc: BaseException) -> BaseException | None:
        return None if self._secret_in_url else exc

    async def _read_body(self, response: httpx.Response) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isascii() and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
            raise self.too_large()  # said up front: not a byte of it is read
        if response.is_stream_consumed:
            # Answered from memory, already decoded (an in-process transport, as in tests).
            if len(response.content) > MAX_BODY_BYTES:
                raise self.too_large()
            return response.content
        deadline = time.monotonic() + self._body_within_s
        inflater = _Inflater(response.headers.get("content-encoding", ""), self)
        body = bytearray()
        chunks = response.aiter_raw()
        try:
            async for raw in chunks:
                if time.monotonic() > deadline:
                    raise ServiceTimeout.about(self.service, self.label, Reason.TOO_SLOW)
                body += inflater.inflate(raw, MAX_BODY_BYTES - len(body))
        finally:
            # Closed here, on the loop: left to the garbage collector, an abandoned reader
            # is finalised with no loop running and httpcore's stream breaks.
            await chunks.aclose()  # type: ignore[attr-defined]
        body += inflater.finish(MAX_BODY_BYTES - len(body))
        return bytes(body)

    def too_large(self) -> InvalidResponse:
        return InvalidResponse.about(self.service, self.label, Reason.TOO_LARGE,
                                     f"over {MAX_BODY_BYTES // (1024 * 1024)} MB")

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
        except RecursionError:
            raise self.unexpected("nested too deeply") from None

    def validate(self, data: Any, model: type[Model]) -> Model:
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "answer"
            # pydantic names our model classes in some messages: say what was expected.
            what = WIRE_WORDS.get(first["type"], first["msg"])
            raise self.unexpected(f"{where}: {what}") from None

    def not_offered(self, status: int | str) -> NotOffered:
        detail = f"HTTP {status}" if isinstance(status, int) else status
        return NotOffered.about(self.service, self.label, Reason.NOT_OFFERED, detail)

    def missing_endpoint(self, response: httpx.Response, vendor_error: Callable[[Any], bool]
                         ) -> bool:
        """A 403/404/405 without the vendor's own error body: the endpoint itself is missing
        or not this application's to use (a room that does not exist comes with the
        vendor's error body, and is a refusal)."""
        if response.status_code not in NOT_OFFERED_STATUSES:
            return False
        try:
            body = json.loads(response.content) if response.content else None
        except (ValueError, RecursionError):
            body = None
        return not vendor_error(body)

    def unexpected(self, what: str) -> InvalidResponse:
        return InvalidResponse.about(self.service, self.label, Reason.UNEXPECTED, what)


class _Inflater:
    """Undoes a Content-Encoding step by step, never producing more than it is allowed."""

    def __init__(self, encoding: str, transport: Transport) -> None:
        self._transport = transport
        encoding = encoding.strip().lower()
        if encoding in ("", "identity"):
            self._zlib: Any = None
        elif encoding in ("gzip", "x-gzip", "deflate"):
            # 32 + MAX_WBITS reads a gzip or a zlib header, whichever comes.
            self._zlib = zlib.decompressobj(32 + zlib.MAX_WBITS)
        else:
            raise transport.unexpected(f"content encoding {encoding[:20]}")

    def inflate(self, data: bytes, room: int) -> bytes:
        if self._zlib is None:
            if len(data) > room:
                raise self._transport.too_large()
            return data
        out = bytearray()
        pending = data
        while True:
            try:
                step: bytes = self._zlib.decompress(pending, INFLATE_STEP_BYTES)
            except zlib.error:
                raise self._transport.unexpected("a broken compressed answer") from None
            out += step
            if len(out) > room:
                raise self._transport.too_large()
            pending = self._zlib.unconsumed_tail
            if not pending:
                return bytes(out)

    def finish(self, room: int) -> bytes:
        if self._zlib is None:
            return b""
        out: bytes = self._zlib.flush()
        if len(out) > room:
            raise self._transport.too_large()
        return out


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
    if value.isascii() and value.isdigit():
        return float(value)
    try:
        from email.utils import parsedate_to_datetime

        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, moment.timestamp() - time.time())
