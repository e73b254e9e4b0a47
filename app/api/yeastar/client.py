"""Async client of the Yeastar P-Series PBX API.

The PBX allows 8 valid tokens per application and blocks an IP after repeated failed logins,
so this client holds exactly one token (the shared `TokenKeeper`): it logs in once,
refreshes before the access token expires, logs in again only when both tokens are gone,
waits longer after each refused login, and revokes its token on close. The token travels
in the query string, so the transport never chains an httpx error (its request URL holds
the token) and every message this client logs is scrubbed of it.
"""

from __future__ import annotations

import logging
import re
import ssl
import time
from collections.abc import Callable
from typing import Any

import httpx
from pydantic import ValidationError

from app.api.errors import AuthenticationFailed, Reason, RejectedByService, said
from app.api.paging import read_all_pages
from app.api.service_client import Authorization, ServiceClient, TokenRefused
from app.api.token_keeper import Grant, TokenKeeper
from app.api.transport import Transport
from app.api.yeastar.models import (
    Call,
    CdrRecord,
    Extension,
    OngoingConference,
    ParkedCall,
    PbxConference,
    TokenGrant,
)

log = logging.getLogger(__name__)

SERVICE = "yeastar"
LABEL = "the PBX"
API_PREFIX = "/openapi/v1.0"
USER_AGENT = "OpenAPI"
TOKEN_EXPIRED_CODES = frozenset({10004})
# The PBX's words (errmsg) for an endpoint this application may not use or the PBX lacks.
NOT_OFFERED_WORDS = ("PERMISSION", "NOT SUPPORT", "NO SUCH INTERFACE")
CONFERENCE_PAGE = 100
EXTENSION_PAGE = 100
REVOKE_TIMEOUT_S = 5.0
_TOKEN_IN_TEXT = re.compile(r"(access_token=)[^&\s'\"]+")


def _channels(channel_ids: list[str] | None) -> str:
    return "all" if channel_ids is None else ",".join(channel_ids)


def redact(text: str) -> str:
    return _TOKEN_IN_TEXT.sub(r"\1***", text)


class YeastarClient(ServiceClient):
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
        self._client_id = client_id
        self._client_secret = client_secret
        self._clock = clock
        transport = Transport(SERVICE, LABEL, url.rstrip("/") + API_PREFIX, verify=verify,
                              timeout_s=request_timeout_s, headers={"User-Agent": USER_AGENT},
                              http=http, secret_in_url=True)
        keeper = TokenKeeper(SERVICE, LABEL, obtain=self._login, renew=self._refresh,
                             release=self._revoke, clock=clock, margin_s=refresh_margin_s,
                             login_backoff_s=login_backoff_s)
        super().__init__(transport, keeper)

    # --- token lifecycle -------------------------------------------------------------------

    @property
    def has_token(self) -> bool:
        assert self._keeper is not None
        return self._keeper.has_token

    async def access_token(self) -> str:
        assert self._keeper is not None
        return await self._keeper.token()

    def reject_token(self, token: str) -> None:
        """The PBX refused `token` outside a request (its event socket did)."""
        assert self._keeper is not None
        self._keeper.reject(token)

    async def _login(self) -> Grant:
        try:
            data = await self._unauthenticated(
                "/get_token", {"username": self._client_id, "password": self._client_secret})
        except RejectedByService as exc:
            raise AuthenticationFailed.about(SERVICE, LABEL, Reason.LOGIN_REFUSED,
                                             exc.detail) from None
        log.info("Logged in to the PBX")
        return self._grant_of(data)

    async def _refresh(self, grant: Grant) -> Grant:
        assert grant.renew_with is not None
        data = await self._unauthenticated("/refresh_token",
                                           {"refresh_token": grant.renew_with})
        return self._grant_of(data)

    async def _revoke(self, grant: Grant) -> None:
        # On a connection of its own: requests cancelled on the way out (the event stream's,
        # a poll's) can leave the shared pool's lock held, and the revocation must not wait
        # behind them.
        options = {**self._transport.options, "timeout": httpx.Timeout(REVOKE_TIMEOUT_S)}
        async with httpx.AsyncClient(**options) as http:
            await self._transport.send("GET", "/del_token",
                                       params={"access_token": grant.token}, http=http)
        log.info("Revoked the PBX token")

    def _grant_of(self, data: dict[str, Any]) -> Grant:
        answer = self._transport.validate(data, TokenGrant)
        now = self._clock()
        return Grant(answer.access_token, now, now + answer.access_token_expire_time,
                     renew_with=answer.refresh_token,
                     renewable_until=now + answer.refresh_token_expire_time)

    async def aclose(self) -> None:
        """Revoke our token (the PBX counts it against its limit of 8) and close."""
        await super().aclose()

    def websocket_tls(self) -> ssl.SSLContext | None:
        """The event socket checks the PBX's certificate as REST does (`verify_tls`,
        `ca_file`); None for plain ws://."""
        verify = self._transport.options["verify"]
        if not self.base_url.startswith("https://"):
            return None
        if verify is False:
            context = ssl.create_default_context()
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            return context
        assert isinstance(verify, ssl.SSLContext)
        return verify

    def subscribe_url(self, token: str) -> str:
        ws = self.base_url.replace("https://", "wss://", 1).replace("http://", "ws://", 1)
        return f"{ws}/subscribe?access_token={token}"

    # --- calls -------------------------------------------------------------------------------

    async def query_calls(self) -> list[Call]:
        data = await self._call("GET", "call/query", read=True)
        # The document does not publish this answer's shape: the calls come under `data`
        # (or `call_list`); no key at all means no calls, anything else is unreadable.
        items = data.get("data", data.get("call_list", []))
        if items is None:
            return []
        if not isinstance(items, list):
            raise self._transport.unexpected("unreadable call list")
        try:
            return [Call.model_validate(item) for item in items]
        except (ValidationError, ValueError) as exc:
            raise self._transport.unexpected("unreadable call list") from exc

    async def list_extensions(self) -> dict[str, str]:
        """Extension number -> caller id name, all pages."""
        return {number: e.name for number, e in (await self.extensions()).items()}

    async def extensions(self) -> dict[str, Extension]:
        """Extension number -> its id and caller id name, all pages."""
        async def fetch(index: int, _read: int) -> tuple[list[dict[str, Any]], int | None]:
            data = await self._call("GET", "extension/list", read=True, params={
                "page": str(index + 1), "page_size": str(EXTENSION_PAGE)})
            items = data.get("data") or []
            if not isinstance(items, list) or not all(isinstance(e, dict) for e in items):
                raise self._transport.unexpected("unreadable extension list")
            total = data.get("total_number")
            return items, total if isinstance(total, int) else None

        listed = await read_all_pages(fetch, lambda e: str(e.get("number")), service=SERVICE,
                                      what="extension list", page_size=EXTENSION_PAGE)
        return {str(e.get("number")): Extension(id=str(e.get("id", "")),
                                                name=str(e.get("caller_id_name") or ""))
                for e in listed}

    async def dial(self, caller: str, callee: str) -> str:
        data = await self._call("POST", "call/dial", body={
            "caller": caller, "callee": callee, "dial_permission": caller,
            "auto_answer": "no"})
        return str(data.get("call_id", ""))

    async def uacsta_accept(self, extension: str, call_id: str, ip_address: str) -> None:
        """Make the desk phone of `extension` answer its ringing call (uaCSTA: the phone
        must support it and have it on; `call_id` and `ip_address` come from event 30020)."""
        await self._call("POST", "uacsta_call/accept", body={
            "extension": extension, "call_id": call_id, "ip_address": ip_address})

    async def transfer_blind(self, channel_id: str, number: str, transferor: str) -> None:
        """Hand the party on `channel_id` to `number` at once (blind). The document says the
        channel is the member being transferred, and `dial_permission` the extension doing
        it (its call rights reach `number`)."""
        await self._call("POST", "call/transfer", body={
            "type": "blind", "channel_id": channel_id, "number": number,
            "dial_permission": transferor})

    async def consult(self, channel_id: str, number: str, transferor: str) -> None:
        """Start an attended transfer: our side (`channel_id`, the transferor's leg) calls
        `number` while the other party waits; `finish_consult` then completes or ends it."""
        await self._call("POST", "call/transfer", body={
            "type": "attended", "channel_id": channel_id, "number": number,
            "dial_permission": transferor})

    async def finish_consult(self, channel_id: str, operation: str) -> None:
        """`operation`: complete (hand over), abort (back to the caller), threeway (all
        three talk) or swap (talk to the other one)."""
        await self._call("POST", "call/transfer", body={
            "type": "attended", "channel_id": channel_id, "attended_operate": operation})

    async def add_member(self, channel_id: str, number: str, inviter: str) -> None:
        """Bring `number` into the call of our leg `channel_id` (the PBX allows 9 parties);
        `inviter`'s call rights place the call."""
        await self._call("POST", "call/add_member", body={
            "channel_id": channel_id, "number": number, "dial_permission": inviter})

    async def park(self, channel_id: str) -> str:
        """Park the party on `channel_id` in a slot the PBX picks; answers the slot."""
        data = await self._call("POST", "call/park", body={"channel_id": channel_id})
        return str(data.get("parking_slot", ""))

    async def parked_calls(self) -> list[ParkedCall]:
        data = await self._call("GET", "call/park_status", read=True)
        items = data.get("data") or []
        if not isinstance(items, list):
            raise self._transport.unexpected("unreadable parked calls")
        try:
            return [ParkedCall.model_validate(item) for item in items]
        except ValidationError:
            raise self._transport.unexpected("unreadable parked calls") from None

    async def accept_inbound(self, channel_id: str) -> None:
        """Let a call held on a controlled trunk (event 30016) through to its destination:
        the PBX routes it, the phone rings. It does not answer it."""
        await self._call("POST", "call/accept_inbound", body={"channel_id": channel_id})

    async def refuse_inbound(self, channel_id: str) -> None:
        await self._call("POST", "call/refuse_inbound", body={"channel_id": channel_id})

    async def set_presence(self, extension_id: str, status: str) -> None:
        """`extension/update` with only the id and `presence_status`, as the document's
        request example does."""
        await self._call("POST", "extension/update", body={
            "id": int(extension_id) if extension_id.isdigit() else extension_id,
            "presence_status": status})

    async def recent_cdrs(self, count: int) -> list[CdrRecord]:
        """The newest `count` call records (`cdr/list`, newest first)."""
        data = await self._call("GET", "cdr/list", read=True, params={
            "page": "1", "page_size": str(count), "sort_by": "time", "order_by": "desc"})
        items = data.get("data") or []
        if not isinstance(items, list):
            raise self._transport.unexpected("unreadable call records")
        records = []
        for item in items[:count]:
            try:
                records.append(CdrRecord.model_validate(item))
            except ValidationError:
                log.warning("Skipping a call record that could not be read")
        return records

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
        async def fetch(index: int, _read: int) -> tuple[list[PbxConference], int | None]:
            data = await self._call("GET", "conference/list", read=True, params={
                "page": str(index + 1), "page_size": str(CONFERENCE_PAGE)})
            items = data.get("data") or []
            if not isinstance(items, list):
                raise self._transport.unexpected("unreadable conference list")
            try:
                page = [PbxConference.model_validate(item) for item in items]
            except ValidationError:
                raise self._transport.unexpected("unreadable conference list") from None
            total = data.get("total_number")
            return page, total if isinstance(total, int) else None

        return await read_all_pages(fetch, lambda c: c.number, service=SERVICE,
                                    what="conference list", page_size=CONFERENCE_PAGE)

    async def ongoing_conference(self, number: str) -> OngoingConference | None:
        """The conference running on `number`, or None when nobody is in it."""
        data = await self._call("GET", "conference/query_ongoing_conference", read=True,
                                params={"number": number})
        items = data.get("data") or []
        if not isinstance(items, list):
            raise self._transport.unexpected("unreadable conference")
        try:
            ongoing = [OngoingConference.model_validate(item) for item in items]
        except ValidationError:
            raise self._transport.unexpected("unreadable conference") from None
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

    def _authorize(self, token: str) -> Authorization:
        return Authorization(params={"access_token": token})

    async def _call(self, method: str, endpoint: str, *, body: dict[str, Any] | None = None,
                    params: dict[str, str] | None = None, read: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = await self._request(method, f"/{endpoint}", read=read,
                                                   params=params, json_body=body)
        return data

    def _unwrap(self, response: httpx.Response) -> dict[str, Any]:
        data = self._answer(response)
        code = data.get("errcode", 0)
        if code == 0:
            return data
        if not isinstance(code, int | str):
            raise self._transport.unexpected("errcode")
        message = str(data.get("errmsg") or "FAILURE")
        if code in TOKEN_EXPIRED_CODES or "TOKEN" in message.upper():
            raise TokenRefused(message)
        if any(word in message.upper() for word in NOT_OFFERED_WORDS):
            raise self._transport.not_offered(message)
        raise RejectedByService(SERVICE, said(Reason.REFUSED, LABEL, message), code=code,
                                detail=message)

    def _answer(self, response: httpx.Response) -> dict[str, Any]:
        # The PBX answers its own errors with HTTP 200: any 403/404/405 is a missing endpoint.
        if self._transport.missing_endpoint(response, lambda body: False):
            raise self._transport.not_offered(response.status_code)
        if response.status_code != 200:
            raise self._transport.unexpected(f"HTTP {response.status_code}")
        data = self._transport.decode(response)
        if not isinstance(data, dict):
            raise self._transport.unexpected("not an object")
        return data

    async def _unauthenticated(self, endpoint: str, body: dict[str, Any]) -> dict[str, Any]:
        data = self._answer(await self._transport.send("POST", endpoint, json_body=body))
        if not isinstance(data.get("errcode", 0), int | str):
            raise self._transport.unexpected("errcode")
        if data.get("errcode", 0) != 0:
            message = str(data.get("errmsg") or "FAILURE")
            raise RejectedByService(SERVICE, said(Reason.REFUSED, LABEL, message),
                                    code=data.get("errcode"), detail=message)
        return data
