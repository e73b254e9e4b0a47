"""Wire models of the Yealink "Basic APIs" and "Codec APIs": devices, routing, codecs."""

from __future__ import annotations

import enum
import logging
from typing import Any

from pydantic import Field, field_validator

from app.api.yealink.models import _Wire

log = logging.getLogger(__name__)


class Signal(enum.Enum):
    AUDIO_VIDEO = "Audio/Video"
    VIDEO = "Video"
    AUDIO = "Audio"

    @property
    def carries_video(self) -> bool:
        return self in (Signal.AUDIO_VIDEO, Signal.VIDEO)

    @property
    def carries_audio(self) -> bool:
        return self in (Signal.AUDIO_VIDEO, Signal.AUDIO)


class DeviceGroup(_Wire):
    id: str
    name: str
    parent_id: str | None = Field(default=None, alias="parentId")


class Device(_Wire):
    id: str
    name: str
    model: str = ""
    type: str  # "encoder" | "decoder"; anything else is shown but never routed
    ip_address: str = Field(default="", alias="ipAddress")
    mac_address: str = Field(alias="macAddress")
    status: str = "offline"  # "online" | "offline"
    group_id: str | None = Field(default=None, alias="groupId")

    @property
    def online(self) -> bool:
        return self.status == "online"

    @property
    def is_encoder(self) -> bool:
        return self.type == "encoder"

    @property
    def is_decoder(self) -> bool:
        return self.type == "decoder"


class Route(_Wire):
    transmitter_mac: str = Field(alias="transmitterMac")
    receiver_mac: str = Field(alias="receiverMac")
    signal: Signal | None  # None: a signal name this panel does not know (logged, not shown)

    @field_validator("signal", mode="before")
    @classmethod
    def _known_signal(cls, value: Any) -> Any:
        if isinstance(value, str) and value not in {s.value for s in Signal}:
            log.warning("Ignoring a route with unknown signal %r", value)
            return None
        return value


class RealRouting(_Wire):
    group_id: str = Field(default="", alias="groupId")
    routing: list[Route] = Field(default_factory=list)


class PresetRoute(_Wire):
    """One route a preset sets: which encoder to which decoder, and what signal."""

    transmitter_name: str = Field(default="", alias="transmitterName")
    receiver_name: str = Field(default="", alias="receiverName")
    signal: str = ""


class Preset(_Wire):
    id: str = Field(alias="presetId")
    name: str
    enable: int = 0  # 1: applied
    routing: list[PresetRoute] = Field(default_factory=list)

    @property
    def applied(self) -> bool:
        return self.enable == 1


class PresetList(_Wire):
    presets: list[Preset] = Field(default_factory=list, alias="presetList")


class AutoGroup(_Wire):
    id: str = Field(alias="autoId")
    name: str
    enable: int = 0

    @property
    def enabled(self) -> bool:
        return self.enable == 1


class AutoList(_Wire):
    groups: list[AutoGroup] = Field(default_factory=list, alias="autoList")


class UsbMode(enum.Enum):
    FOLLOW_VIDEO = "Follow Video"
    MANUAL = "Manual"


class UsbRoute(_Wire):
    transmitter_mac: str = Field(alias="transmitterMac")
    receiver_mac: str = Field(alias="receiverMac")


class UsbRouting(_Wire):
    mode: UsbMode
    routing: list[UsbRoute] = Field(default_factory=list)


class HandleId(_Wire):
    handle_id: str = Field(alias="handleId")


class CodecAudio(_Wire):
    id: str
    type: str = ""
    name: str = ""
    analog_audio_out: int = Field(alias="analogAudioOut")
    audio_out_volume: int = Field(alias="audioOutVolume", ge=0, le=100)


class CodecVideo(_Wire):
    id: str
    type: str = ""
    name: str = ""
    lan_out: str | None = Field(default=None, alias="lanOut")
    lan_out_switching: int | None = Field(default=None, alias="lanOutSwitching")
    loop_out: str | None = Field(default=None, alias="loopOut")
    loop_out_switching: int | None = Field(default=None, alias="loopOutSwitching")
    auto_switching: int | None = Field(default=None, alias="autoSwitching")
    hdmi_out: str | None = Field(default=None, alias="hdmiOut")
    video_capture_out: str | None = Field(default=None, alias="videoCaptureOut")


class CodecResult(_Wire):
    req_finish: int = Field(alias="reqFinish")
    items: list[dict[str, Any]] = Field(default_factory=list, alias="list")


class CodecUsb(_Wire):
    usb_mode: str = Field(alias="usbMode")  # transmitter | receiver
    usb_switch: str = Field(alias="usbSwitch")  # follow_video | manual
    usb_host: str = Field(alias="usbHost")  # usb_host1 | usb_host2 | usb_c
