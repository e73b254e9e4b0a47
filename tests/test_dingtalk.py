"""DingTalk meeting-room devices: our client, the poller, and the real SDK, all against the
simulator over loopback."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import fast_backoff

from app.api.dingtalk.client import DingTalkClient
from app.api.errors import AuthenticationFailed, RejectedByService
from app.sim.server import Simulator
from app.state.devices import DevicePoller


def client_for(sim: Simulator, **kwargs: Any) -> DingTalkClient:
    return DingTalkClient(sim.dingtalk_url, "ding-demo", "ding-secret", "operator-union-id",
                          **kwargs)


def test_device_state_and_cast_code(sim: Simulator, run: Any) -> None:
    async def scenario() -> Any:
        client = client_for(sim)
        try:
            return await client.get_device("1234")
        finally:
            await client.aclose()

    device = run(scenario())
    assert (device.device_id, device.share_code, device.device_status) == ("1234", "482915",
                                                                           "idle")
    assert device.status_text == "Idle"
    assert device.controllers[0].device_name == "Meeting Control Tablet"
    query = next(r for r in sim.dingtalk.requests if r[1] == "/v1.0/rooms/devices")[2]
    assert query == {"operatorUnionId": "operator-union-id", "deviceId": "1234"}


def test_token_is_refreshed_before_expiry_and_reset_on_401(sim: Simulator, run: Any) -> None:
    now = [0.0]

    async def scenario() -> None:
        client = client_for(sim, clock=lambda: now[0])
        await client.get_device("1234")
        await client.get_device("1234")
        now[0] += 7200 - 200  # inside the refresh margin
        await client.get_device("1234")
        sim.call(sim.dingtalk.expire_tokens)
        await client.get_device("1234")  # 401, a new token, one more try
        await client.aclose()

    run(scenario())
    tokens = [r for r in sim.dingtalk.requests if r[1] == "/v1.0/oauth2/accessToken"]
    assert len(tokens) == 3


def test_errors_carry_dingtalks_message(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        client = client_for(sim)
        with pytest.raises(RejectedByService, match="device not found"):
            await client.get_device("9999")
        await client.aclose()
        wrong = DingTalkClient(sim.dingtalk_url, "ding-demo", "nope", "op")
        with pytest.raises(AuthenticationFailed, match="app credentials"):
            await wrong.get_device("1234")
        await wrong.aclose()

    run(scenario())


def test_poller_follows_the_device_and_marks_failures_stale(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        client = client_for(sim)
        poller = DevicePoller(client, ["1234"], backoff_factory=fast_backoff)
        await poller.poll_once()
        assert poller.rows[0].status == "idle"
        sim.call(lambda: sim.dingtalk.set_status("1234", "projection"))
        await poller.poll_once()
        assert poller.rows[0].status_text == "Casting"
        sim.take_offline("dingtalk")
        await poller.poll_once()
        row = poller.rows[0]
        assert row.stale and row.status_text == "Casting" and "Cannot reach" in row.error
        await client.aclose()

    run(scenario())


def test_the_real_dingtalk_sdk_reads_a_device_from_the_simulator(sim: Simulator) -> None:
    """Our simulator speaks DingTalk's wire format: the vendor's own SDK reads from it."""
    from alibabacloud_dingtalk.oauth2_1_0 import client as oauth_client
    from alibabacloud_dingtalk.oauth2_1_0 import models as oauth_models
    from alibabacloud_dingtalk.rooms_1_0 import client as rooms_client
    from alibabacloud_dingtalk.rooms_1_0 import models as rooms_models
    from alibabacloud_tea_openapi import models as openapi_models
    from alibabacloud_tea_util import models as util_models

    endpoint = sim.dingtalk_url.removeprefix("http://")
    config = openapi_models.Config(protocol="http", endpoint=endpoint, region_id="central")
    token = oauth_client.Client(config).get_access_token(
        oauth_models.GetAccessTokenRequest(app_key="ding-demo", app_secret="ding-secret"))
    headers = rooms_models.QueryMeetingRoomDeviceHeaders(
        x_acs_dingtalk_access_token=token.body.access_token)
    request = rooms_models.QueryMeetingRoomDeviceRequest(operator_union_id="operator-union-id",
                                                         device_id="1234")
    answer = rooms_client.Client(config).query_meeting_room_device_with_options(
        request, headers, util_models.RuntimeOptions())
    assert answer.body.result.device_id == "1234"
    assert answer.body.result.share_code == "482915"
    assert answer.body.result.controllers[0].device_id == "2345"
