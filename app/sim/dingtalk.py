"""Simulated DingTalk meeting-room device API: app tokens and device status on loopback."""

from __future__ import annotations

import asyncio
import json
import secrets
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from app.sim.http import json_body
from app.sim.wire import Dialect, FaultySim, Handler

APP_KEY = "ding-demo"
APP_SECRET = "ding-secret"
OPERATOR = "operator-union-id"


@dataclass
class SimRoomDevice:
    device_id: str
    name: str
    room: str
    share_code: str
    status: str = "idle"
    controllers: list[dict[str, Any]] = field(default_factory=list)

    def wire(self) -> dict[str, Any]:
        return {
            "deviceId": self.device_id, "deviceUnionId": f"union-{self.device_id}",
            "openRoomId": f"room-{self.device_id}", "corpId": "ding-corp",
            "deviceName": self.name, "shareCode": self.share_code,
            "deviceSn": f"SN{self.device_id}", "deviceMac": "14:85:7f:00:00:01",
            "deviceType": "touyingyi", "deviceServiceId": 1204, "deviceModel": "winbox",
            "deviceStatus": self.status, "controllers": self.controllers,
            "roomName": self.room, "firmwareVersion": "LMV.2026", "softwareVersion": "7.14.1",
            "activeTime": 1697198045000, "devNetType": "net_wired", "devNetIp": "10.0.0.10",
        }


DINGTALK_WIRE = Dialect(
    error=lambda status, message: _error(status, "SystemError", message),
    refuse=lambda message: _error(403, "Forbidden.AccessDenied", message),
    # The device answer is the only read; its list is the device's controllers.
    listing=lambda rows: {"result": {"deviceId": "1234", "deviceName": "filler",
                                     "deviceStatus": "idle", "controllers": rows}},
)


class DingTalkSim(FaultySim):
    """No paged reads: IGNORE_SKIP is refused by `fail`."""

    dialect = DINGTALK_WIRE

    def __init__(self, *, token_ttl_s: int = 7200) -> None:
        super().__init__()
        self.token_ttl_s = token_ttl_s
        self.tokens: dict[str, float] = {}
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self.devices = {d.device_id: d for d in [
            SimRoomDevice("1234", "DingTalk Meeting Device_Boardroom", "Boardroom", "482915",
                          controllers=[{"deviceId": "2345", "deviceName": "Meeting Control Tablet",
                                        "shareCode": "482915", "deviceType": "meetingaccessory",
                                        "deviceStatus": "idle"}]),
            SimRoomDevice("5678", "钉钉会议一体机", "第一会议室", "730164", status="projection"),
        ]}

    def set_status(self, device_id: str, status: str) -> None:
        self.devices[device_id].status = status

    def expire_tokens(self) -> None:
        for token in self.tokens:
            self.tokens[token] = 0.0

    def forget_tokens(self) -> None:
        """Every token becomes unknown (DingTalk has no refresh tokens)."""
        self.tokens.clear()

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        # A POST carries the app secret: only the query of a read is kept.
        self.requests.append((request.method, request.path,
                              {} if request.method == "POST" else dict(request.query)))
        return await self.faulted(request, handler)

    def routes(self) -> list[web.RouteDef]:
        return [web.post("/v1.0/oauth2/accessToken", self._token),
                web.get("/v1.0/rooms/devices", self._device)]

    async def _token(self, request: web.Request) -> web.StreamResponse:
        body = await json_body(request)
        if (body.get("appKey"), body.get("appSecret")) != (APP_KEY, APP_SECRET):
            return _error(400, "invalidClientIdOrSecret", "无效的clientId或者clientSecret")
        token = secrets.token_hex(16)
        self.tokens[token] = time.monotonic() + self.token_ttl_s
        return web.json_response({"accessToken": token, "expireIn": self.token_ttl_s})

    async def _device(self, request: web.Request) -> web.StreamResponse:
        token = request.headers.get("x-acs-dingtalk-access-token", "")
        if self.tokens.get(token, 0.0) <= time.monotonic():
            return _error(401, "InvalidAuthentication", "不合法的access_token")
        if not request.query.get("operatorUnionId"):
            return _error(400, "param.error", "param error")
        device = self.devices.get(request.query.get("deviceId", ""))
        if device is None:
            return _error(400, "device.not.found", "device not found")
        return web.json_response({"result": device.wire()},
                                 dumps=lambda o: json.dumps(o, ensure_ascii=False))


async def play_devices(sim: DingTalkSim, pace: float = 1.0) -> None:
    """The Boardroom's device goes from idle to casting to a meeting and back."""
    while True:
        for status in ("idle", "projection", "conf_incoming", "conf_running", "white_board"):
            sim.set_status("1234", status)
            await asyncio.sleep(20 * pace)


def _error(status: int, code: str, message: str) -> web.Response:
    return web.json_response({"code": code, "message": message, "requestid": "sim"},
                             status=status, dumps=lambda o: json.dumps(o, ensure_ascii=False))
