"""Wire models of the PortSIP PBX REST API's conference part (`/api`)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from app.api.token_keeper import MAX_LIFETIME_S

LAYOUTS = ("LAYOUT0", "LAYOUT1", "LAYOUT2", "LAYOUT3", "LAYOUT4", "LAYOUT6", "LAYOUT9")


class _Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, defer_build=True)


class TokenGrant(_Wire):
    token_type: str = "Bearer"
    access_token: str = Field(min_length=1)
    refresh_token: str = ""
    expires_in: int = Field(default=3600, ge=1, le=MAX_LIFETIME_S)


class ConferenceRoom(_Wire):
    id: str
    extension_number: str = ""
    subject: str = ""
    mode: str = ""  # AUDIO | VIDEO
    layout: str = ""
    capacity: int = 0
    numbers: str = ""  # "dial from landline/mobile phone to this number" (free text)
    room_pin: str = ""  # the participants' PIN (never the admin PIN: not ours to show)


class RoomList(_Wire):
    count: int | None = None  # optional in the document: paging must not rely on it
    items: list[ConferenceRoom] = Field(default_factory=list)


class RoomStatus(_Wire):
    status: str  # ONLINE | OFFLINE | ON_CALL (others shown as they come)
    locked: bool = False
    muted: bool = False
    recording: bool = False


class Participant(_Wire):
    id: str
    display_name: str = ""
    muted: bool = False
    chairman: bool = False
    position: int = -1


class Recording(_Wire):
    id: str
    answered_at: str = ""  # RFC 3339
    ended_at: str = ""
    duration: int = 0  # seconds
    file_name: str = ""


class RecordingList(_Wire):
    items: list[Recording] = Field(default_factory=list)


class ParticipantList(_Wire):
    items: list[Participant] = Field(default_factory=list)


def display_name(raw: str) -> str:
    """'"Somchai"<sip:0812345678@pbx>' -> 'Somchai'; '<sip:0899@pbx>' -> '0899'."""
    if raw.startswith('"') and '"' in raw[1:]:
        return raw[1:raw.index('"', 1)] or raw
    if "sip:" in raw:
        return raw.split("sip:", 1)[1].split("@", 1)[0].rstrip(">")
    return raw
