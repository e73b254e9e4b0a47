"""Async client of the PortSIP PBX conference API (Bearer token).

Signs in, refreshes before the token expires, signs in again on a 401 (reads are then tried
once more). Room and participant actions are commands: sent once.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

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
from app.api.portsip.models import (
    LAYOUTS,
    ConferenceRoom,
    Participant,
    ParticipantList,
    RoomList,
    RoomStatus,
    TokenGrant,
)

log = logging.getLogger(__name__)
SERVICE = "portsip"
PAGE_SIZE = 100  # the API allows `top` from 1 to 100
Model = TypeVar("Model", bound=BaseModel)


class PortSipClient:
    def __init__(self, url: str, username: str, password: str, domain: str | None = None, *,
                 verify: bool | str = True, http: httpx.AsyncClient | None = None,
                 request_timeout_s: float = 10.0, refresh_margin_s: float = 120.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.base_url = url.rstrip("/") + "/api"
        self._credentials = {"username": username, "password": password,
                             **({"domain": domain} if domain else {})}
        self._lazy_http = LazyHttp(url, timeout_s=request_timeout_s, verify=verify, injected=http)
        self._refresh_margin_s = refresh_margin_s
        self._clock = clock
        self._grant: TokenGrant | None = None
        self._expires_at = 0.0
        self._lock = asyncio.Lock()

    @property
    def _http(self) -> httpx.AsyncClient:
        return self._lazy_http.client

    async def aclose(self) -> None:
        await self._lazy_http.aclose()

    # --- token -------------------------------------------------------------------------------

    async def _token(self) -> str:
        async with self._lock:
            now = self._clock()
            if self._grant is None:
                await self._sign_in()
            elif now >= self._expires_at - self._refresh_margin_s:
                try:
                    await self._exchange("/auth/refresh_token",
                                         {"refresh_token": self._grant.refresh_token})
                except (AuthenticationFailed, RejectedByService):
                    await self._sign_in()
            assert self._grant is not None
            return self._grant.access_token

    async def _sign_in(self) -> None:
        await self._exchange("/auth/sign_in", self._credentials)
        log.info("Signed in to the conference server")

    async def _exchange(self, path: str, body: dict[str, Any]) -> None:
        status, data = await self._send("POST", path, body=body)
        if status in (400, 401, 403):
            raise AuthenticationFailed(
                SERVICE, f"The conference server refused the sign-in ({_error_text(data)})")
        self._raise_for(status, data)
        self._grant = self._validate(data, TokenGrant)
        self._expires_at = self._clock() + self._grant.expires_in

    # --- rooms and participants --------------------------------------------------------------

    async def list_rooms(self) -> list[ConferenceRoom]:
        rooms: list[ConferenceRoom] = []
        while True:
            page = self._validate(await self._call(
                "GET", "/conference_rooms", params={"skip": str(len(rooms)),
                                                    "top": str(PAGE_SIZE)}, read=True), RoomList)
            rooms.extend(page.items)
            if not page.items or len(rooms) >= page.count:
                return rooms

    async def get_room(self, room_id: str) -> ConferenceRoom:
        return self._validate(await self._call("GET", f"/conference_rooms/{room_id}",
                                               read=True), ConferenceRoom)

    async def room_status(self, room_id: str) -> RoomStatus:
        return self._validate(await self._call("GET", f"/conference_rooms/{room_id}/status",
                                               read=True), RoomStatus)

    async def participants(self, room_id: str) -> list[Participant]:
        data = await self._call("GET", f"/conference_rooms/{room_id}/participants", read=True)
        return self._validate(data, ParticipantList).items

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

    async def _call(self, method: str, path: str, *, body: dict[str, Any] | None = None,
                    params: dict[str, str] | None = None, read: bool = False) -> Any:
        for attempt in (1, 2):
            token = await self._token()
            status, data = await self._send(method, path, body=body, params=params,
                                            headers={"Authorization": f"Bearer {token}"})
            if status == 401:
                self._grant = None  # sign in again
                if read and attempt == 1:
                    continue
                raise AuthenticationFailed(
                    SERVICE, "The conference server session had expired; please try again")
            self._raise_for(status, data)
            return data
        raise AssertionError("unreachable")

    @staticmethod
    def _raise_for(status: int, data: Any) -> None:
        if status >= 500:
            raise ServerFailure(SERVICE, f"The conference server failed (HTTP {status})",
                                status=status)
        if status >= 400:
            code = None
            if isinstance(data, dict) and isinstance(data.get("errors"), list) and data["errors"]:
                code = data["errors"][0].get("code")
            raise RejectedByService(SERVICE, f"The conference server refused: "
                                    f"{_error_text(data)}", code=code)

    @staticmethod
    def _validate(data: Any, model: type[Model]) -> Model:
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "answer"
            raise InvalidResponse(SERVICE, f"The conference server sent an unexpected answer "
                                  f"({where}: {first['msg']})") from exc

    @measured(SERVICE)
    async def _send(self, method: str, path: str, *, body: dict[str, Any] | None = None,
                    params: dict[str, str] | None = None,
                    headers: dict[str, str] | None = None) -> tuple[int, Any]:
        try:
            response = await self._http.request(method, self.base_url + path, json=body,
                                                params=params, headers=headers)
        except httpx.TimeoutException:
            raise ServiceTimeout(SERVICE, "The conference server did not answer in time") \
                from None
        except httpx.TransportError:
            raise ServiceUnreachable(SERVICE, "Cannot reach the conference server") from None
        if not response.content:
            return response.status_code, None
        try:
            return response.status_code, json.loads(response.content)
        except ValueError:
            if response.status_code >= 500:
                return response.status_code, None
            raise InvalidResponse(SERVICE, "The conference server sent an unreadable answer") \
                from None


def _error_text(data: Any) -> str:
    if isinstance(data, dict) and isinstance(data.get("errors"), list) and data["errors"]:
        first = data["errors"][0]
        if isinstance(first, dict):
            return str(first.get("message") or first.get("code") or "error")
    return "no reason given"
