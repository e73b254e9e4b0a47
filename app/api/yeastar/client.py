"""Async client of the Yeastar P-Series PBX API.

The PBX allows 8 valid tokens per application and blocks an IP after repeated failed logins,
so this client holds exactly one token: it logs in once, refreshes before the access token
expires, logs in again only when both tokens are gone, waits longer after each refused
login, and revokes its token on close. The token travels in the query string, so every
message this client logs or raises is scrubbed of it.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import Callable, Coroutine
from typing import Any

import httpx
from pydantic import ValidationError

from app.api.errors import (
    AuthenticationFailed,
    InvalidResponse,
    RejectedByService,
    ServerFailure,
    ServiceTimeout,
    ServiceUnreachable,
)
from app.api.health import measured
from app.api.lazy_http import LazyHttp
from app.api.yeastar.models import Call, OngoingConference, PbxConference, TokenGrant

log = logging.getLogger(__name__)

SERVICE = "yeastar"
API_PREFIX = "/openapi/v1.0"
USER_AGENT = "OpenAPI"
TOKEN_EXPIRED_CODES = frozenset({10004})
CONFERENCE_PAGE = 100
_TOKEN_IN_TEXT = re.compile(r"(access_token=)[^&\s'\"]+")


def _channels(channel_ids: list[str] | None) -> str:
    return "all" if channel_ids is None else ",".join(channel_ids)


def redact(text: str) -> str:
    return _TOKEN_IN_TEXT.sub(r"\1***", text)


class YeastarClient:
    def __init__(
        self,
        url: str,
        client_id: str,
        client_secret: str,
        *,
        verify: bool | str = True,
        http: httpx.AsyncClient | None = None,
        request_timeout_s: float = 10.0,
        refresh_margin_s: float = 120.0,
        login_backoff_s: tuple[float, float] = (30.0, 900.0),
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.base_url = url.rstrip("/") + API_PREFIX
        self._client_id = client_id
        self._client_secret = client_secret
        self._lazy_http = LazyHttp(url, timeout_s=request_timeout_s, verify=verify,
                                   headers={"User-Agent": USER_AGENT}, injected=http)
        self._refresh_margin_s = refresh_margin_s
        self._login_backoff_s = login_backoff_s
        self._clock = clock
        self._grant: TokenGrant | None = None
        self._access_expires_at = 0.0
        self._refresh_expires_at = 0.0
        self._failed_logins = 0
        self._next_login_at = 0.0
        self._lock = asyncio.Lock()
        self._exchanges: set[asyncio.Future[None]] = set()
        self._closing = False

    # --- token lifecycle -------------------------------------------------------------------

    @property
    def has_token(self) -> bool:
        return self._grant is not None

    async def access_token(self) -> str:
        async with self._lock:
            now = self._clock()
            if self._grant is not None and now < self._access_expires_at - self._refresh_margin_s:
                return self._grant.access_token
            if self._grant is not None and now < self._refresh_expires_at - 5:
                try:
                    await self._unless_cancelled(self._refresh())
                    assert self._grant is not None
                    return self._grant.access_token
                except RejectedByService as exc:
                    log.warning("PBX token refresh refused (%s); logging in again", exc.message)
                    self._grant = None
            await self._unless_cancelled(self._login())
            assert self._grant is not None
            return self._grant.access_token

    async def _unless_cancelled(self, exchange: Coroutine[Any, Any, None]) -> None:
        """Run a token exchange to its end even if our caller is cancelled (a shutdown):
        a token the PBX issued but we never stored could never be revoked."""
        task = asyncio.ensure_future(exchange)
        self._exchanges.add(task)
        task.add_done_callback(self._exchanges.discard)
        await asyncio.shield(task)

    async def _login(self) -> None:
        if self._closing:
            raise ServiceUnreachable(SERVICE, "The panel is shutting down")
        now = self._clock()
        if now < self._next_login_at:
            wait = round(self._next_login_at - now)
            raise AuthenticationFailed(
                SERVICE, f"The PBX refused the panel's login; next attempt in {wait} s")
        try:
            data = await self._post_unauthenticated(
                "get_token", {"username": self._client_id, "password": self._client_secret})
        except RejectedByService as exc:
            self._failed_logins += 1
            base, cap = self._login_backoff_s
            # Doubling waits: the PBX blocks an IP after a few failures in a row.
            self._next_login_at = self._clock() + min(cap, base * 2 ** (self._failed_logins - 1))
            raise AuthenticationFailed(
                SERVICE, f"The PBX refused the panel's login ({exc.message})") from exc
        self._failed_logins = 0
        self._store(data)
        log.info("Logged in to the PBX")

    async def _refresh(self) -> None:
        assert self._grant is not None
        data = await self._post_unauthenticated(
            "refresh_token", {"refresh_token": self._grant.refresh_token})
        self._store(data)
        log.debug("Refreshed the PBX token")

    def _store(self, data: dict[str, Any]) -> None:
        try:
            grant = TokenGrant.model_validate(data)
        except ValidationError as exc:
            raise InvalidResponse(SERVICE, "The PBX sent an unexpected token answer") from exc
        now = self._clock()
        self._grant = grant
        self._access_expires_at = now + grant.access_token_expire_time
        self._refresh_expires_at = now + grant.refresh_token_expire_time

    async def aclose(self) -> None:
        """Revoke our token (the PBX counts it against its limit of 8) and close."""
        # A login or refresh still under way brings a token we must revoke too.
        await asyncio.gather(*self._exchanges, return_exceptions=True)
        self._closing = True
        if self._grant is not None:
            token, self._grant = self._grant.access_token, None
            # On a connection of its own: requests cancelled on the way out (the event
            # stream's, a poll's) can leave the shared pool's lock held, and the revocation
            # must not wait behind them.
            options = {**self._lazy_http.options, "timeout": httpx.Timeout(5.0)}
            try:
                async with httpx.AsyncClient(**options) as http:
                    await self._send("GET", "del_token", params={"access_token": token},
                                     http=http)
                log.info("Revoked the PBX token")
            except (ServiceUnreachable, ServiceTimeout, ServerFailure, InvalidResponse) as exc:
                log.warning("Could not revoke the PBX token: %s", exc.message)
        await self._lazy_http.aclose()

    @property
    def _http(self) -> httpx.AsyncClient:
        return self._lazy_http.client

    def subscribe_url(self, token: str) -> str:
        ws = self.base_url.replace("https://", "wss://", 1).replace("http://", "ws://", 1)
        return f"{ws}/subscribe?access_token={token}"

    # --- calls -------------------------------------------------------------------------------

    async def query_calls(self) -> list[Call]:
        data = await self._call("GET", "call/query", read=True)
        items = data.get("data") or data.get("call_list") or []
        calls = []
        for item in items if isinstance(items, list) else []:
            try:
                calls.append(Call.model_validate(item))
            except (ValidationError, ValueError) as exc:
                raise InvalidResponse(SERVICE, "The PBX sent an unreadable call list") from exc
        return calls

    async def list_extensions(self) -> dict[str, str]:
        """Extension number -> caller id name."""
        data = await self._call("GET", "extension/list", read=True,
                                params={"page": "1", "page_size": "1000"})
        return {str(e.get("number")): str(e.get("caller_id_name") or "")
                for e in data.get("data") or [] if isinstance(e, dict)}

    async def dial(self, caller: str, callee: str) -> str:
        data = await self._call("POST", "call/dial", body={
            "caller": caller, "callee": callee, "dial_permission": caller,
            "auto_answer": "no"})
        return str(data.get("call_id", ""))

    async def hangup(self, channel_id: str) -> None:
        await self._call("POST", "call/hangup", body={"channel_id": channel_id})

    async def hold(self, channel_id: str) -> None:
        await self._call("POST", "call/hold", body={"channel_id": channel_id})

    async def unhold(self, channel_id: str) -> None:
        await self._call("POST", "call/unhold", body={"channel_id": channel_id})

    async def mute(self, channel_id: str) -> None:
        await self._call("POST", "call/mute", body={"channel_id": channel_id})

    async def unmute(self, channel_id: str) -> None:
        await self._call("POST", "call/unmute", body={"channel_id": channel_id})

    # --- conferences (the PBX's own conference rooms) ----------------------------------------

    async def list_conferences(self) -> list[PbxConference]:
        """Every conference room defined on the PBX, all pages."""
        found: list[PbxConference] = []
        page = 1
        while True:
            data = await self._call("GET", "conference/list", read=True,
                                    params={"page": str(page), "page_size": str(CONFERENCE_PAGE)})
            items = data.get("data") or []
            if not isinstance(items, list):
                raise InvalidResponse(SERVICE, "The PBX sent an unreadable conference list")
            try:
                found.extend(PbxConference.model_validate(item) for item in items)
            except ValidationError:
                raise InvalidResponse(SERVICE, "The PBX sent an unreadable conference list") \
                    from None
            total = data.get("total_number")
            if not items or not isinstance(total, int) or len(found) >= total:
                return found
            page += 1

    async def ongoing_conference(self, number: str) -> OngoingConference | None:
        """The conference running on `number`, or None when nobody is in it."""
        data = await self._call("GET", "conference/query_ongoing_conference", read=True,
                                params={"number": number})
        items = data.get("data") or []
        if not isinstance(items, list):
            raise InvalidResponse(SERVICE, "The PBX sent an unreadable conference")
        try:
            ongoing = [OngoingConference.model_validate(item) for item in items]
        except ValidationError:
            raise InvalidResponse(SERVICE, "The PBX sent an unreadable conference") from None
        return next((c for c in ongoing if c.conference_number == number), None)

    async def mute_conference_members(self, number: str, channel_ids: list[str] | None) -> None:
        """Mute some members, or everyone when `channel_ids` is None."""
        await self._call("POST", "conference/mute_member", body={
            "number": number, "member_channel_id": _channels(channel_ids)})

    async def unmute_conference_members(self, number: str, channel_ids: list[str] | None) -> None:
        await self._call("POST", "conference/unmute_member", body={
            "number": number, "member_channel_id": _channels(channel_ids)})

    async def kick_conference_member(self, number: str, channel_id: str) -> None:
        await self._call("POST", "conference/kick_member", body={
            "number": number, "member_channel_id": channel_id})

    async def invite_to_conference(self, number: str, invitees: list[str],
                                   dial_permission: str) -> None:
        """`dial_permission`: the extension whose call rights place the invitations."""
        await self._call("POST", "conference/invite_member", body={
            "number": number, "invitemembers": invitees, "dialpermission": dial_permission})

    # --- plumbing ----------------------------------------------------------------------------

    async def _call(self, method: str, endpoint: str, *, body: dict[str, Any] | None = None,
                    params: dict[str, str] | None = None, read: bool = False) -> dict[str, Any]:
        for attempt in (1, 2):
            token = await self.access_token()
            data = await self._send(method, endpoint, body=body,
                                    params={**(params or {}), "access_token": token})
            code = data.get("errcode", 0)
            if code == 0:
                return data
            message = str(data.get("errmsg") or "FAILURE")
            if code in TOKEN_EXPIRED_CODES or "TOKEN" in message.upper():
                self._access_expires_at = 0.0  # refresh on the next call
                if read and attempt == 1:
                    continue
                raise AuthenticationFailed(SERVICE, f"The PBX rejected the token ({message})")
            raise RejectedByService(SERVICE, f"The PBX refused: {message}", code=code)
        raise AssertionError("unreachable")

    async def _post_unauthenticated(self, endpoint: str, body: dict[str, Any]) -> dict[str, Any]:
        data = await self._send("POST", endpoint, body=body)
        if data.get("errcode", 0) != 0:
            raise RejectedByService(SERVICE, str(data.get("errmsg") or "FAILURE"),
                                    code=data.get("errcode"))
        return data

    @measured(SERVICE)
    async def _send(self, method: str, endpoint: str, *, body: dict[str, Any] | None = None,
                    params: dict[str, str] | None = None,
                    http: httpx.AsyncClient | None = None) -> dict[str, Any]:
        started = time.perf_counter()
        try:
            response = await (http or self._http).request(
                method, f"{self.base_url}/{endpoint}", params=params, json=body)
        # httpx errors carry the request, whose URL holds the token: never chain them.
        except httpx.TimeoutException:
            raise ServiceTimeout(SERVICE, "The PBX did not answer in time") from None
        except httpx.TransportError as exc:
            reason = "no connection could be made" if isinstance(exc, httpx.ConnectError) \
                else "the connection was dropped"
            raise ServiceUnreachable(SERVICE, f"Cannot reach the PBX ({reason})") from None
        log.debug("%s %s -> %s in %.0f ms", method, endpoint, response.status_code,
                  (time.perf_counter() - started) * 1000)
        if response.status_code >= 500:
            raise ServerFailure(SERVICE, f"The PBX failed (HTTP {response.status_code})",
                                status=response.status_code)
        if response.status_code != 200:
            raise InvalidResponse(SERVICE, f"The PBX answered HTTP {response.status_code}")
        try:
            data = json.loads(response.content)
        except ValueError:
            raise InvalidResponse(SERVICE, "The PBX sent an unreadable answer (not JSON)") \
                from None
        if not isinstance(data, dict):
            raise InvalidResponse(SERVICE, "The PBX sent an unexpected answer")
        return data

