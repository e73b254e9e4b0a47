"""The "Basic APIs" and "Codec APIs" calls: devices, routing, presets, USB, codecs.

Part of `YealinkClient`, kept apart so each module stays about one thing. Reads may be
retried; every setter here is a command, sent once.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from app.api.errors import Reason, ServiceTimeout
from app.api.transport import Model
from app.api.yealink.av_models import (
    AutoGroup,
    AutoList,
    CodecAudio,
    CodecResult,
    CodecUsb,
    CodecVideo,
    Device,
    DeviceGroup,
    HandleId,
    Preset,
    PresetList,
    RealRouting,
    Route,
    Signal,
    UsbMode,
    UsbRouting,
)
from app.api.yealink.base import YealinkSession

CODEC_READ_LIMIT_S = 15.0
CODEC_POLL_INTERVAL_S = 0.3


class AvCalls(YealinkSession):
    def _list(self, data: Any, model: type[Model]) -> list[Model]:
        items = data.get("list", []) if isinstance(data, dict) else data
        if not isinstance(items, list):
            raise self._transport.unexpected("list: expected a list")
        return [self._validate(item, model) for item in items]

    # --- devices -----------------------------------------------------------------------------

    async def list_device_groups(self) -> list[DeviceGroup]:
        return self._list(await self._call("GET", "/devices/group", read=True),
                          DeviceGroup)

    async def list_devices(self, group_id: str) -> list[Device]:
        data = await self._call("POST", "/devices/filter", json_body={"groupId": group_id},
                                read=True)
        return self._list(data, Device)

    # --- audio/video routing -------------------------------------------------------------------

    async def get_routes(self, group_id: str) -> list[Route]:
        data = await self._call("GET", "/routing/av/real", params={"groupId": group_id},
                                read=True)
        return [r for r in self._validate(data, RealRouting).routing if r.signal is not None]

    async def set_route(self, group_id: str, transmitter: Device, receiver: Device,
                        signal: Signal, *, open_route: bool = True) -> None:
        await self._call("PUT", "/routing/av/real", read=False, json_body={
            "groupId": group_id,
            "transmitterMac": transmitter.mac_address,
            "transmitterIp": transmitter.ip_address,
            "receiverMac": receiver.mac_address,
            "receiverIp": receiver.ip_address,
            "signal": signal.value,
            "action": "open" if open_route else "close",
        })

    async def list_presets(self, group_id: str) -> list[Preset]:
        data = await self._call("GET", "/routing/av/preset", params={"groupId": group_id},
                                read=True)
        return self._validate(data, PresetList).presets

    async def apply_preset(self, group_id: str, preset_id: str) -> None:
        await self._call("PUT", "/routing/av/preset/enable", read=False,
                         json_body={"groupId": group_id, "presetId": preset_id})

    async def list_auto_groups(self, group_id: str) -> list[AutoGroup]:
        data = await self._call("GET", "/routing/av/auto", params={"groupId": group_id},
                                read=True)
        return self._validate(data, AutoList).groups

    async def set_auto_group_enabled(self, group_id: str, auto_id: str, enable: bool) -> None:
        action = "enable" if enable else "disable"
        await self._call("PUT", f"/routing/av/auto/{action}", read=False,
                         json_body={"groupId": group_id, "autoId": auto_id})

    # --- USB routing -------------------------------------------------------------------------

    async def get_usb_routing(self, group_id: str) -> UsbRouting:
        data = await self._call("GET", "/routing/usb", params={"groupId": group_id},
                                read=True)
        return self._validate(data, UsbRouting)

    async def set_usb_route(self, group_id: str, mode: UsbMode, transmitter: Device,
                            receiver: Device, *, connect: bool = True) -> None:
        await self._call("PUT", "/routing/usb", read=False, json_body={
            "groupId": group_id,
            "mode": mode.value,
            "routing": [{
                **_endpoints(transmitter, receiver),
                "signal": "Audio/Video" if connect else "None",
            }],
        })

    async def set_usb_mode(self, group_id: str, mode: UsbMode,
                           keep: list[tuple[Device, Device]]) -> None:
        """Follow Video sends no routes; Manual must carry every current route along."""
        routing = [] if mode is UsbMode.FOLLOW_VIDEO else [_endpoints(t, r) for t, r in keep]
        await self._call("PUT", "/routing/usb/mode", read=False,
                         json_body={"groupId": group_id, "mode": mode.value, "routing": routing})

    # --- codec settings ----------------------------------------------------------------------

    async def set_codec_audio(self, device_id: str, *, audio_out: bool, volume: int) -> None:
        """Both settings in every entry: the document marks `analogAudioOut` and
        `audioOutVolume` required. Its table types the volume as a string but its examples
        send a number; we follow the examples."""
        entry: dict[str, Any] = {"id": device_id, "analogAudioOut": 1 if audio_out else 0,
                                 "audioOutVolume": max(0, min(100, volume))}
        await self._call("PUT", "/devices/audio", read=False,
                         json_body={"singleList": [entry]})

    async def read_codec_audio(self, device_ids: list[str]) -> list[CodecAudio]:
        items = await self._codec_read("/devices/audio", device_ids)
        return [self._validate(item, CodecAudio) for item in items]

    async def set_codec_video(self, settings: list[dict[str, Any]]) -> None:
        await self._call("PUT", "/devices/video/input", read=False,
                         json_body={"singleList": settings})

    async def read_codec_video(self, device_ids: list[str]) -> list[CodecVideo]:
        items = await self._codec_read("/devices/video/input", device_ids)
        return [self._validate(item, CodecVideo) for item in items]

    async def get_codec_usb(self, device_id: str) -> CodecUsb:
        data = await self._call("GET", "/devices/advanced/usb", params={"id": device_id},
                                read=True)
        return self._validate(data, CodecUsb)

    async def set_codec_usb(self, device_ids: list[str], *, usb_mode: str, usb_switch: str,
                            usb_host: str) -> None:
        await self._call("PUT", "/devices/advanced/usb", read=False, json_body={
            "usbMode": usb_mode, "usbSwitch": usb_switch, "usbHost": usb_host,
            "list": device_ids,
        })

    async def send_display_command(self, device_ids: list[str], *, control_type: str,
                                   command_type: str, command: str,
                                   serial: dict[str, Any] | None = None) -> None:
        body: dict[str, Any] = {"controlType": control_type, "commandType": command_type,
                                "commandString": command, "list": device_ids}
        if serial is not None:
            body["serial"] = serial
        await self._call("PUT", "/devices/advanced/displayControl/test",
                         read=False, json_body=body)

    async def _codec_read(self, path: str, device_ids: list[str]) -> list[dict[str, Any]]:
        """POST for a handleId, then GET with it until `reqFinish` is 1, bounded in time."""
        data = await self._call("POST", path, json_body={"list": device_ids}, read=True)
        handle = self._validate(data, HandleId).handle_id
        deadline = time.monotonic() + CODEC_READ_LIMIT_S
        while True:
            result = self._validate(
                await self._call("GET", path, params={"handleId": handle}, read=True),
                CodecResult,
            )
            if result.req_finish == 1:
                return result.items
            if time.monotonic() >= deadline:
                raise ServiceTimeout.about(self.service, self._transport.label,
                                           Reason.DEVICES_SLOW)
            await asyncio.sleep(CODEC_POLL_INTERVAL_S)


def _endpoints(transmitter: Device, receiver: Device) -> dict[str, str]:
    return {
        "transmitterMac": transmitter.mac_address,
        "transmitterIp": transmitter.ip_address,
        "receiverMac": receiver.mac_address,
        "receiverIp": receiver.ip_address,
    }
