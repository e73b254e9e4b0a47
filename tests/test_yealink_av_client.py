"""Devices, routing, presets, USB and codec calls against the simulator."""

from __future__ import annotations

from typing import Any

import pytest

from app.api.errors import RejectedByService, ServiceTimeout
from app.api.yealink.av_models import Signal, UsbMode
from app.api.yealink.client import YealinkClient
from app.sim import yealink_av
from app.sim.server import Simulator

BOARD_GROUP = "1e65020e-6064-9bd0-1d6b-8de77400c884"


def client_for(sim: Simulator) -> YealinkClient:
    return YealinkClient(sim.yealink_url, sim.yealink.client_id, sim.yealink.client_secret)


async def board_devices(client: YealinkClient) -> dict[str, Any]:
    return {d.name: d for d in await client.list_devices(BOARD_GROUP)}


def test_groups_and_devices(sim: Simulator, run: Any) -> None:
    async def scenario() -> tuple[list[str], dict[str, Any]]:
        async with client_for(sim) as client:
            groups = [g.name for g in await client.list_device_groups()]
            return groups, await board_devices(client)

    groups, devices = run(scenario())
    assert "Boardroom" in groups and "第一会议室" in groups
    laptop = devices["Lectern laptop"]
    assert laptop.is_encoder and laptop.online and laptop.mac_address and laptop.ip_address
    assert devices["Main display"].is_decoder
    assert not devices["Wireless cast"].online


def test_route_set_read_back_and_closed(sim: Simulator, run: Any) -> None:
    async def scenario() -> tuple[Any, Any, Any]:
        async with client_for(sim) as client:
            d = await board_devices(client)
            await client.set_route(BOARD_GROUP, d["Table HDMI 1"], d["Left screen"],
                                   Signal.AUDIO_VIDEO)
            await client.set_route(BOARD_GROUP, d["Ceiling camera"], d["Right screen"],
                                   Signal.VIDEO)
            after_open = await client.get_routes(BOARD_GROUP)
            await client.set_route(BOARD_GROUP, d["Table HDMI 1"], d["Left screen"],
                                   Signal.AUDIO_VIDEO, open_route=False)
            after_close = await client.get_routes(BOARD_GROUP)
            return d, after_open, after_close

    d, after_open, after_close = run(scenario())
    opened = {(r.transmitter_mac, r.receiver_mac, r.signal) for r in after_open}
    assert (d["Table HDMI 1"].mac_address, d["Left screen"].mac_address,
            Signal.AUDIO_VIDEO) in opened
    assert (d["Ceiling camera"].mac_address, d["Right screen"].mac_address,
            Signal.VIDEO) in opened
    assert d["Left screen"].mac_address not in {r.receiver_mac for r in after_close}
    body = sim.yealink.seen("/routing/av/real")[0].body
    assert set(body) == {"groupId", "transmitterMac", "transmitterIp", "receiverMac",
                         "receiverIp", "signal", "action"}


def test_route_to_an_offline_device_is_refused(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        async with client_for(sim) as client:
            d = await board_devices(client)
            with pytest.raises(RejectedByService, match="Wireless cast is offline"):
                await client.set_route(BOARD_GROUP, d["Wireless cast"], d["Main display"],
                                       Signal.AUDIO_VIDEO)

    run(scenario())


def test_unknown_signal_in_a_route_is_skipped_not_fatal(sim: Simulator, run: Any) -> None:
    async def scenario() -> list[Any]:
        async with client_for(sim) as client:
            original = yealink_av._routes

            def with_odd_signal(g: Any) -> list[dict[str, str]]:
                return [*original(g), {"transmitterMac": "x", "receiverMac": "y",
                                       "signal": "Hologram"}]

            yealink_av._routes = with_odd_signal
            try:
                return await client.get_routes(BOARD_GROUP)
            finally:
                yealink_av._routes = original

    routes = run(scenario())
    assert all(r.signal is not None for r in routes)
    assert len(routes) == len(sim.yealink.av.routes_of("Boardroom")) == 3


def test_presets_listed_and_applied(sim: Simulator, run: Any) -> None:
    async def scenario() -> tuple[list[Any], list[Any]]:
        async with client_for(sim) as client:
            before = await client.list_presets(BOARD_GROUP)
            await client.apply_preset(BOARD_GROUP, "preset-board-2")
            return before, await client.list_presets(BOARD_GROUP)

    before, after = run(scenario())
    assert {p.name: p.applied for p in before} == {
        "Presentation": True, "Video call": False, "Everyone shares": False}
    assert {p.name: p.applied for p in after}["Video call"] is True


def test_auto_groups_enable_and_disable(sim: Simulator, run: Any) -> None:
    async def scenario() -> list[Any]:
        async with client_for(sim) as client:
            await client.set_auto_group_enabled(BOARD_GROUP, "auto-board-1", False)
            await client.set_auto_group_enabled(BOARD_GROUP, "auto-board-2", True)
            return await client.list_auto_groups(BOARD_GROUP)

    groups = run(scenario())
    assert [g.enabled for g in groups] == [False, True]


def test_usb_routing_modes_and_routes(sim: Simulator, run: Any) -> None:
    async def scenario() -> tuple[Any, Any, Any]:
        async with client_for(sim) as client:
            d = await board_devices(client)
            follow = await client.get_usb_routing(BOARD_GROUP)
            await client.set_usb_mode(BOARD_GROUP, UsbMode.MANUAL, keep=[])
            await client.set_usb_route(BOARD_GROUP, UsbMode.MANUAL, d["Table HDMI 2"],
                                       d["Main display"])
            manual = await client.get_usb_routing(BOARD_GROUP)
            await client.set_usb_mode(BOARD_GROUP, UsbMode.FOLLOW_VIDEO, keep=[])
            return d, follow, manual

    d, follow, manual = run(scenario())
    assert follow.mode is UsbMode.FOLLOW_VIDEO
    assert (d["Lectern laptop"].mac_address, d["Main display"].mac_address) in {
        (r.transmitter_mac, r.receiver_mac) for r in follow.routing}
    assert manual.mode is UsbMode.MANUAL
    assert [(r.transmitter_mac, r.receiver_mac) for r in manual.routing] == [
        (d["Table HDMI 2"].mac_address, d["Main display"].mac_address)]
    assert sim.yealink.seen("/routing/usb/mode")[-1].body["routing"] == []


def test_codec_audio_read_is_asynchronous_and_set_is_read_back(sim: Simulator,
                                                               run: Any) -> None:
    async def scenario() -> list[Any]:
        async with client_for(sim) as client:
            await client.set_codec_audio("DE300_b1", volume=35, audio_out=False)
            return await client.read_codec_audio(["DE300_b1", "DE300_b2"])

    audio = {a.id: a for a in run(scenario())}
    assert (audio["DE300_b1"].audio_out_volume, audio["DE300_b1"].analog_audio_out) == (35, 0)
    assert audio["DE300_b2"].audio_out_volume == 60
    polls = sim.yealink.seen("/devices/audio")
    assert [r.method for r in polls] == ["PUT", "POST", "GET", "GET"]  # reqFinish 0, then 1


def test_codec_read_that_never_finishes_times_out(sim: Simulator, run: Any,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yealink_av, "CODEC_READ_POLLS_BEFORE_DONE", 10_000)
    from app.api.yealink import av_calls
    monkeypatch.setattr(av_calls, "CODEC_READ_LIMIT_S", 0.3)
    monkeypatch.setattr(av_calls, "CODEC_POLL_INTERVAL_S", 0.05)

    async def scenario() -> None:
        async with client_for(sim) as client:
            with pytest.raises(ServiceTimeout, match="did not report"):
                await client.read_codec_video(["EN300_b1"])

    run(scenario())


def test_codec_video_and_usb_settings(sim: Simulator, run: Any) -> None:
    async def scenario() -> tuple[Any, Any]:
        async with client_for(sim) as client:
            await client.set_codec_video([{"id": "DE300_b2", "hdmiOut": "hdmi input1",
                                           "videoCaptureOut": "none", "autoSwitching": 0}])
            video = await client.read_codec_video(["DE300_b2", "EN300_b1"])
            await client.set_codec_usb(["EN300_b1"], usb_mode="transmitter",
                                       usb_switch="manual", usb_host="usb_host2")
            return video, await client.get_codec_usb("EN300_b1")

    video, usb = run(scenario())
    decoder = next(v for v in video if v.id == "DE300_b2")
    assert (decoder.hdmi_out, decoder.auto_switching) == ("hdmi input1", 0)
    assert next(v for v in video if v.id == "EN300_b1").lan_out == "usb-c"
    assert (usb.usb_switch, usb.usb_host) == ("manual", "usb_host2")


def test_display_control_switches_a_display_on(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        async with client_for(sim) as client:
            await client.send_display_command(["DE300_b4"], control_type="CEC",
                                              command_type="hex", command="40 04")
            with pytest.raises(RejectedByService, match="serial"):
                await client.send_display_command(["DE300_b4"], control_type="RS232",
                                                  command_type="ascii", command="PWR ON")

    run(scenario())
    assert sim.yealink.av.device("Projector").display_on
