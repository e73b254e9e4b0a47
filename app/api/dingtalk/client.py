"""Async client of DingTalk's meeting-room device status.

The app access token (the shared `TokenKeeper`) is renewed a few minutes before `expireIn`
runs out and dropped on a 401 (then the read is tried once more with a new one). There is no
event stream for these devices, so the state layer polls.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

import httpx

from app.api.dingtalk.models import AccessToken, DeviceAnswer, RoomDevice
from app.api.errors import AuthenticationFailed, Reason, RejectedByService, said
from app.api.service_client import Authorization, ServiceClient, TokenRefused
from app.api.token_keeper import Grant, TokenKeeper
from app.api.transport import Transport

log = logging.getLogger(__name__)
SERVICE = "dingtalk"
LABEL = "DingTalk"


class DingTalkClient(ServiceClient):
    def __init__(
        self,
        url: str,
        app_key: str,
        app_secret: str,
        operator_union_id: str,
        *,
        verify: bool | str = True,
        http: httpx.AsyncClient | None = None,
        request_timeout_s: float = 10.0,
        refresh_margin_s: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._app_key = app_key
        self._app_secret = app_secret
        self._operator = operator_union_id
        self._clock = clock
        transport = Transport(SERVICE, LABEL, url.rstrip("/"), verify=verify,
                              timeout_s=request_timeout_s, http=http)
        keeper = TokenKeeper(SERVICE, LABEL, obtain=self._obtain, clock=clock,
                             margin_s=refresh_margin_s)
        super().__init__(transport, keeper)

    async def access_token(self) -> str:
        assert self._keeper is not None
        return await self._keeper.token()

    async def _obtain(self) -> Grant:
        response = await self._transport.send("POST", "/v1.0/oauth2/accessToken", json_body={
            "appKey": self._app_key, "appSecret": self._app_secret})
        body = self._transport.decode(response)
        if response.status_code in (400, 401, 403):
            raise AuthenticationFailed.about(SERVICE, LABEL, Reason.APP_REFUSED, _message(body))
        self._check(response.status_code, body)
        answer = self._transport.validate(body, AccessToken)
        log.info("Got a DingTalk access token")
        now = self._clock()
        return Grant(answer.access_token, now, now + answer.expire_in)

    async def get_device(self, device_id: str) -> RoomDevice:
        body = await self._request(
            "GET", "/v1.0/rooms/devices", read=True,
            params={"operatorUnionId": self._operator, "deviceId": device_id})
        return self._transport.validate(body, DeviceAnswer).result

    def _authorize(self, token: str) -> Authorization:
        return Authorization(headers={"x-acs-dingtalk-access-token": token})

    def _unwrap(self, response: httpx.Response) -> Any:
        if response.status_code == 401:
            raise TokenRefused("HTTP 401")
        if self._transport.missing_endpoint(
                response, lambda body: isinstance(body, dict) and "code" in body):
            raise self._transport.not_offered(response.status_code)
        body = self._transport.decode(response)
        self._check(response.status_code, body)
        return body

    @staticmethod
    def _check(status: int, body: Any) -> None:
        if status != 200:
            code = body.get("code") if isinstance(body, dict) else None
            reason = _message(body)
            raise RejectedByService(SERVICE, said(Reason.REFUSED, LABEL, reason), code=code,
                                    detail=reason)


def _message(body: Any) -> str:
    if isinstance(body, dict):
        return str(body.get("message") or body.get("code") or "unknown error")
    return "unknown error"
