"""Wire models of DingTalk's meeting-room device API (`GET /v1.0/rooms/devices`)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from app.api.token_keeper import MAX_LIFETIME_S

# deviceStatus values, and how a panel says them; anything else is shown as it came.
STATUS_TEXT = {
    "idle": "Idle",
    "projection": "Casting",
    "conf_incoming": "Meeting ringing",
    "conf_running": "In a meeting",
    "white_board": "Whiteboard",
    "offline": "Offline",
}


class _Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, populate_by_name=True, defer_build=True)


class AccessToken(_Wire):
    access_token: str = Field(alias="accessToken", min_length=1)
    expire_in: int = Field(alias="expireIn", ge=1, le=MAX_LIFETIME_S)  # seconds


class DeviceController(_Wire):
    device_id: str = Field(alias="deviceId")
    device_name: str = Field(default="", alias="deviceName")
    share_code: str = Field(default="", alias="shareCode")
    device_status: str = Field(default="", alias="deviceStatus")


class RoomDevice(_Wire):
    device_id: str = Field(alias="deviceId")
    device_name: str = Field(default="", alias="deviceName")
    share_code: str = Field(default="", alias="shareCode")
    device_status: str = Field(default="", alias="deviceStatus")
    room_name: str = Field(default="", alias="roomName")
    device_model: str = Field(default="", alias="deviceModel")
    controllers: tuple[DeviceController, ...] = ()

    @property
    def status_text(self) -> str:
        return STATUS_TEXT.get(self.device_status, self.device_status or "Unknown")


class DeviceAnswer(_Wire):
    result: RoomDevice
