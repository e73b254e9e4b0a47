"""Async client of the PortSIP PBX conference API (Bearer token).

Signs in, refreshes before the token expires, refreshes or signs in again when a request is
refused (reads are then tried once more), signs out on close. Room and participant actions
are commands: sent once.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

import httpx

from app.api.errors import AuthenticationFailed, Reason, RejectedByService, said
from app.api.paging import read_all_pages
from app.api.portsip.models import (
    LAYOUTS,
    ConferenceRoom,
    Participant,
    ParticipantList,
    Recording,
    RecordingList,
    RoomList,
    RoomStatus,
    TokenGrant,
)
from app.api.service_client import Authorization, ServiceClient, TokenRefused
from app.api.token_keeper import Grant, TokenKeeper
from app.api.transport import Model, Transport

log = logging.getLogger(__name__)
SERVICE = "portsip"
LABEL = "the conference server"
PAGE_SIZE = 100  # the API allows `top` from 1 to 100


class PortSipClient(ServiceClient):
    def __init__(self, url: str, username: str, password: str, domain: str | None = None, *,
                 verify: bool | str = True, http: httpx.AsyncClient | None = None,
                 request_timeout_s: float = 10.0, refresh_margin_s: float = 120.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._credentials = {"username": username, "password": password,
                             **({"domain": domain} if domain else {})}
        self._clock = clock
        transport = Transport(SERVICE, LABEL, url.rstrip("/") + "/api",
                              verify=verify, timeout_s=request_timeout_s, http=http)
        keeper = TokenKeeper(SERVICE, LABEL, obtain=self._sign_in,
                             renew=self._refresh, release=self._sign_out, clock=clock,
                             margin_s=refresh_margin_s)
        super().__init__(transport, keeper)

    # --- token -------------------------------------------------------------------------------

    async def _sign_in(self) -> Grant:
        grant = await self._exchange("/auth/sign_in", self._credentials)
        log.info("Signed in to the conference server")
        return grant

    async def _refresh(self, grant: Grant) -> Grant:
        assert grant.renew_with is not None
        return await self._exchange("/auth/refresh_token", {"refresh_token": grant.renew_with})

    async def _sign_out(self, grant: Grant) -> None:
        response = await self._transport.send(
            "POST", "/auth/sign_out", headers={"Authorization": f"Bearer {grant.token}"})
        if response.status_code == 200:
            log.info("Signed out of the conference server")

    async def _exchange(self, path: str, body: dict[str, Any]) -> Grant:
        response = await self._transport.send("POST", path, json_body=body)
        data = self._transport.decode(response)
        if response.status_code in (400, 401, 403):
            raise AuthenticationFailed.about(SERVICE, LABEL, Reason.LOGIN_REFUSED,
                                             _error_text(data))
        self._raise_for(response.status_code, data)
        if isinstance(data, dict) and data.get("two_factor_enabled"):
            # The document's other sign-in answer: a session waiting for a code someone
            # types. A wall panel has no one to type it.
            raise AuthenticationFailed.about(SERVICE, LABEL, Reason.TWO_FACTOR)
        answer = self._transport.validate(data, TokenGrant)
        now = self._clock()
        expires_at = now + answer.expires_in
        return Grant(answer.access_token, now, expires_at,
                     renew_with=answer.refresh_token or None, renewable_until=expires_at)

    # --- rooms and participants --------------------------------------------------------------

    async def list_rooms(self) -> list[ConferenceRoom]:
        async def fetch(_index: int, skip: int) -> tuple[list[ConferenceRoom], int | None]:
            page = self._validate(await self._call(
                "GET", "/conference_rooms", params={"skip": str(skip), "top": str(PAGE_SIZE)},
                read=True), RoomList)
            return list(page.items), page.count

        return await read_all_pages(fetch, lambda room: room.id, service=SERVICE,
                                    what="conference room list", page_size=PAGE_SIZE)

    async def get_room(self, room_id: str) -> ConferenceRoom:
        return self._validate(await self._call("GET", f"/conference_rooms/{room_id}",
                                               read=True), ConferenceRoom)

    async def room_status(self, room_id: str) -> RoomStatus:
        return self._validate(await self._call("GET", f"/conference_rooms/{room_id}/status",
                                               read=True), RoomStatus)

    async def participants(self, room_id: str) -> list[Participant]:
        data = await self._call("GET", f"/conference_rooms/{room_id}/participants", read=True)
        return self._validate(data, ParticipantList).items

    async def recordings(self, room_id: str) -> list[Recording]:
        data = await self._call("GET", f"/conference_rooms/{room_id}/recordings", read=True)
        return self._validate(data, RecordingList).items

    async def room_action(self, room_id: str, action: str) -> None:
        """mute | unmute | lock | unlock | start_recording | stop_recording"""
        if action not in ("mute", "unmute", "lock", "unlock", "start_recording",
                          "stop_recording"):
            raise ValueError(action)
        await self._call("POST", f"/conference_rooms/{room_id}/{action}")

    async def set_layout(self, room_id: str, layout: str) -> None:
        if layout not in LAYOUTS:
            raise ValueError(f"layout must be one of {', '.join(LAYOUTS)}")
        await self._call("POST", f"/conference_rooms/{room_id}", body={"layout": layout})

    async def invite(self, room_id: str, number: str) -> None:
        await self._call("POST", f"/conference_rooms/{room_id}/participants/invite",
                         body={"number": number})

    async def participant_action(self, room_id: str, participant_id: str, action: str) -> None:
        """mute | unmute | chairman | destroy (kick)"""
        if action not in ("mute", "unmute", "chairman", "destroy"):
            raise ValueError(action)
        await self._call(
            "POST", f"/conference_rooms/{room_id}/participants/{participant_id}/{action}")

    async def set_position(self, room_id: str, participant_id: str, position: int) -> None:
        await self._call(
            "POST", f"/conference_rooms/{room_id}/participants/{participant_id}/position",
            body={"position": position})

    # --- plumbing ----------------------------------------------------------------------------

    def _authorize(self, token: str) -> Authorization:
        return Authorization(headers={"Authorization": f"Bearer {token}"})

    async def _call(self, method: str, path: str, *, body: dict[str, Any] | None = None,
                    params: dict[str, str] | None = None, read: bool = False) -> Any:
        return await self._request(method, path, read=read, params=params, json_body=body)

    def _unwrap(self, response: httpx.Response) -> Any:
        if response.status_code == 401:
            raise TokenRefused("HTTP 401")
        if self._transport.missing_endpoint(
                response, lambda body: isinstance(body, dict) and "errors" in body):
            raise self._transport.not_offered(response.status_code)
        data = self._transport.decode(response)
        self._raise_for(response.status_code, data)
        return data

    @staticmethod
    def _raise_for(status: int, data: Any) -> None:
        if status >= 400:
            code = None
            if isinstance(data, dict) and isinstance(data.get("errors"), list) and data["errors"] \
                    and isinstance(data["errors"][0], dict):
                code = data["errors"][0].get("code")
            reason = _error_text(data)
            raise RejectedByService(SERVICE, said(Reason.REFUSED, LABEL, reason), code=code,
                                    detail=reason)

    def _validate(self, data: Any, model: type[Model]) -> Model:
        return self._transport.validate(data, model)


def _error_text(data: Any) -> str:
    if isinstance(data, dict) and isinstance(data.get("errors"), list) and data["errors"]:
        first = data["errors"][0]
        if isinstance(first, dict):
            return str(first.get("message") or first.get("code") or "error")
    return "no reason given"
