"""The Yealink AVoIP central control session: what every Yealink request shares.

Built on the shared transport and token keeper (`api/transport.py`, `api/token_keeper.py`);
what is Yealink's own is here: the client-credentials sign-in, renewal with the token
itself, the `Token` / `timestamp` / `nonce` headers on every request and the `ret` / `data` /
`error` envelope.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from app.api.errors import AuthenticationFailed, Reason, RejectedByService, said
from app.api.service_client import Authorization, ServiceClient, TokenRefused
from app.api.token_keeper import Grant, TokenKeeper
from app.api.transport import Model, Transport
from app.api.yealink.models import Envelope, TokenGrant

log = logging.getLogger(__name__)

SERVICE = "yealink"
LABEL = "the control service"
API_PREFIX = "/open/api/v1"


class YealinkSession(ServiceClient):
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
        retry_pause: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._credentials = base64.b64encode(f"{client_id}:{client_secret}".encode()).decode()
        self._wall_clock = wall_clock
        transport = Transport(SERVICE, LABEL, url.rstrip("/") + API_PREFIX, verify=verify,
                              timeout_s=request_timeout_s, http=http,
                              waits_on_purpose=lambda path: "longPolling" in path)
        # The token's expiry is stated in wall-clock time, so the keeper runs on it too.
        keeper = TokenKeeper(SERVICE, LABEL, obtain=self._sign_in,
                             renew=self._renew, clock=wall_clock, margin_s=renew_margin_s)
        super().__init__(transport, keeper, read_retries=read_retries, pause=retry_pause)

    async def sign_in(self) -> None:
        """Obtain a token now, if none is held (otherwise on the first request)."""
        assert self._keeper is not None
        await self._keeper.token()

    # --- token lifecycle (the service has no revocation: a token simply lapses) -------------

    async def _sign_in(self) -> Grant:
        response = await self._transport.send(
            "POST", "/auth/clientToken", json_body={},
            headers={"Authorization": self._credentials, **self._stamp()})
        if response.status_code == 401:
            envelope = self._envelope(response)
            raise AuthenticationFailed.about(SERVICE, LABEL, Reason.LOGIN_REFUSED,
                                             _error_text(envelope.error) or "HTTP 401")
        grant = self._grant_of(self._transport.validate(self._unwrap(response), TokenGrant))
        log.info("Signed in to the control service")
        return grant

    async def _renew(self, grant: Grant) -> Grant:
        response = await self._transport.send("PUT", "/auth/token", json_body={},
                                              headers={"Token": grant.token, **self._stamp()})
        if response.status_code == 401:
            raise AuthenticationFailed.about(SERVICE, LABEL, Reason.SIGN_IN_REFUSED, "HTTP 401")
        return self._grant_of(self._transport.validate(self._unwrap(response), TokenGrant))

    def _grant_of(self, answer: TokenGrant) -> Grant:
        now = self._wall_clock()
        expire = answer.expire_time_ms
        # Documented as epoch milliseconds; tolerate a plain validity in seconds too.
        expires_at = expire / 1000 if expire > 10**11 else now + expire
        return Grant(answer.token, now, expires_at, renew_with=answer.token,
                     renewable_until=expires_at)

    # --- what every request carries ----------------------------------------------------------

    def _stamp(self) -> dict[str, str]:
        return {"timestamp": str(int(self._wall_clock() * 1000)), "nonce": uuid.uuid4().hex}

    def _authorize(self, token: str) -> Authorization:
        return Authorization(headers={"Token": token, **self._stamp()})

    async def _call(self, method: str, path: str, *, read: bool,
                    json_body: dict[str, Any] | None = None,
                    params: dict[str, str] | None = None) -> Any:
        # GETs carry their arguments in the query string, never a body.
        body = None if method == "GET" else (json_body if json_body is not None else {})
        return await self._request(method, path, read=read, json_body=body, params=params)

    def _unwrap(self, response: httpx.Response) -> Any:
        status = response.status_code
        if status == 401:
            raise TokenRefused("HTTP 401")
        if self._transport.missing_endpoint(
                response, lambda body: isinstance(body, dict) and body.get("error") is not None):
            raise self._transport.not_offered(status)
        envelope = self._envelope(response) if status in (200, 400, 403, 404, 405) else None
        if envelope is None:
            raise self._transport.unexpected(f"HTTP {status}")
        if status != 200 or envelope.ret < 0:
            raise self._refusal(_error_text(envelope.error), code=status if status != 200
                                else envelope.ret)
        return envelope.data

    @staticmethod
    def _refusal(text: str | None, *, code: int) -> RejectedByService:
        if text is None:
            detail = "no reason given"
            return RejectedByService(SERVICE, said(Reason.REFUSED, LABEL, detail), code=code,
                                     detail=detail)
        # The service words its refusals as whole sentences ("Encoder offline"): shown as is.
        return RejectedByService(SERVICE, text, code=code, detail=text,
                                 reason=Reason.OWN_WORDS)

    def _envelope(self, response: httpx.Response) -> Envelope:
        return self._transport.validate(self._transport.decode(response), Envelope)

    def _validate(self, data: Any, model: type[Model]) -> Model:
        return self._transport.validate(data, model)


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
