"""Async client of DingTalk's meeting-room device status.

The app access token is refreshed a few minutes before `expireIn` runs out and dropped on a
401 (then the read is tried once more with a new one). There is no event stream for these
devices, so the state layer polls.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable
from typing import Any

import httpx
from pydantic import ValidationError

from app.api.dingtalk.models import AccessToken, DeviceAnswer, RoomDevice
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

log = logging.getLogger(__name__)
SERVICE = "dingtalk"


class DingTalkClient:
    def __init__(
        self,
        url: str,
        app_key: str,
        app_secret: str,
        operator_union_id: str,
        *,
        http: httpx.AsyncClient | None = None,
        request_timeout_s: float = 10.0,
        refresh_margin_s: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.base_url = url.rstrip("/")
        self._app_key = app_key
        self._app_secret = app_secret
        self._operator = operator_union_id
        self._lazy_http = LazyHttp(self.base_url, timeout_s=request_timeout_s, injected=http)
        self._refresh_margin_s = refresh_margin_s
        self._clock = clock
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = asyncio.Lock()

    @property
    def _http(self) -> httpx.AsyncClient:
        return self._lazy_http.client

    async def aclose(self) -> None:
        await self._lazy_http.aclose()

    async def access_token(self) -> str:
        async with self._lock:
            if self._token is None or self._clock() >= self._expires_at - self._refresh_margin_s:
                status, body = await self._send("POST", "/v1.0/oauth2/accessToken", json_body={
                    "appKey": self._app_key, "appSecret": self._app_secret})
                if status in (400, 401, 403):
                    raise AuthenticationFailed(
                        SERVICE, f"DingTalk refused the app credentials ({_message(body)})")
                self._check(status, body)
                try:
                    grant = AccessToken.model_validate(body)
                except ValidationError as exc:
                    raise InvalidResponse(SERVICE, "DingTalk sent an unexpected token answer") \
                        from exc
                self._token = grant.access_token
                self._expires_at = self._clock() + grant.expire_in
                log.info("Got a DingTalk access token")
            return self._token

    async def get_device(self, device_id: str) -> RoomDevice:
        for attempt in (1, 2):
            token = await self.access_token()
            status, body = await self._send(
                "GET", "/v1.0/rooms/devices",
                params={"operatorUnionId": self._operator, "deviceId": device_id},
                headers={"x-acs-dingtalk-access-token": token})
            if status == 401 and attempt == 1:
                self._token = None  # reset, then one more try
                continue
            if status == 401:
                raise AuthenticationFailed(SERVICE, "DingTalk refused the access token")
            self._check(status, body)
            try:
                return DeviceAnswer.model_validate(body).result
            except ValidationError as exc:
                raise InvalidResponse(SERVICE, "DingTalk sent an unexpected device answer") \
                    from exc
        raise AssertionError("unreachable")

    @staticmethod
    def _check(status: int, body: Any) -> None:
        if status >= 500:
            raise ServerFailure(SERVICE, f"DingTalk failed (HTTP {status})", status=status)
        if status != 200:
            code = body.get("code") if isinstance(body, dict) else None
            raise RejectedByService(SERVICE, f"DingTalk refused: {_message(body)}", code=code)

    @measured(SERVICE)
    async def _send(self, method: str, path: str, *, json_body: dict[str, Any] | None = None,
                    params: dict[str, str] | None = None,
                    headers: dict[str, str] | None = None) -> tuple[int, Any]:
        try:
            response = await self._http.request(method, self.base_url + path, json=json_body,
                                                params=params, headers=headers)
        except httpx.TimeoutException:
            raise ServiceTimeout(SERVICE, "DingTalk did not answer in time") from None
        except httpx.TransportError:
            raise ServiceUnreachable(SERVICE, "Cannot reach DingTalk") from None
        try:
            body = json.loads(response.content) if response.content else {}
        except ValueError:
            if response.status_code >= 500:
                return response.status_code, {}
            raise InvalidResponse(SERVICE, "DingTalk sent an unreadable answer (not JSON)") \
                from None
        return response.status_code, body


def _message(body: Any) -> str:
    if isinstance(body, dict):
        return str(body.get("message") or body.get("code") or "unknown error")
    return "unknown error"
