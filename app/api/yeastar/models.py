"""Wire models of the Yeastar P-Series API (`/openapi/v1.0`) and its WebSocket events."""

from __future__ import annotations

import json
import logging
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator

from app.api.token_keeper import MAX_LIFETIME_S

log = logging.getLogger(__name__)

# Events a room panel listens to.
EXTENSION_REGISTRATION = 30007
EXTENSION_CALL_STATE = 30008
EXTENSION_PRESENCE = 30009
CALL_STATE_CHANGED = 30011
NEW_CDR = 30012
CALL_FAILED = 30015
INCOMING_CALL = 30016
UACSTA_CALL = 30020  # a desk phone under uaCSTA rings, answers or ends: it can be answered
TRUNK_REGISTRATION = 30010
CONFERENCE_HOST_LEFT = 30024
SYSTEM_INFORMATION = 30034
SYSTEM_WARNING = 30035
TOPICS = (EXTENSION_REGISTRATION, EXTENSION_CALL_STATE, EXTENSION_PRESENCE, TRUNK_REGISTRATION,
          CALL_STATE_CHANGED, NEW_CDR, CALL_FAILED, INCOMING_CALL, UACSTA_CALL,
          CONFERENCE_HOST_LEFT, SYSTEM_INFORMATION, SYSTEM_WARNING)

# Trunk states (event 30010) that mean calls cannot go through it.
TRUNK_DOWN_STATES = frozenset({11, 12, 21, 22, 23, 31, 32, 33, 34, 35, 36, 41, 42, 43, 44})
PRESENCE_STATES = ("available", "away", "business_trip", "do_not_disturb", "lunch", "off_work")

ENDED_STATUSES = frozenset({"BYE"})


class _Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, defer_build=True)


def _int_as_text(value: Any) -> Any:
    return str(value) if isinstance(value, int) else value


# A conference or member number: some endpoints send it as a JSON number, others as text.
NumberText = Annotated[str, BeforeValidator(_int_as_text)]


class TokenGrant(_Wire):
    access_token: str = Field(min_length=1)
    access_token_expire_time: int = Field(ge=1, le=MAX_LIFETIME_S)  # seconds
    refresh_token: str = Field(min_length=1)
    refresh_token_expire_time: int = Field(ge=1, le=MAX_LIFETIME_S)  # seconds


class Member(_Wire):
    """One leg of a call: an extension of ours, or an inbound/outbound trunk party."""

    kind: str  # "extension" | "inbound" | "outbound"
    number: str  # the extension, or the outside party's number
    channel_id: str = ""
    status: str = ""  # ALERT, RING, ANSWERED, ANSWER, HOLD, BYE, EARLYMEDIA; others kept as-is
    trunk: str = ""
    to: str = ""
    call_path: str = ""

    @classmethod
    def from_wire(cls, raw: Any) -> Member:
        if not isinstance(raw, dict) or len(raw) != 1:
            raise ValueError(f"a member is one of extension/inbound/outbound, got {raw!r}")
        (kind, body), = raw.items()
        if not isinstance(body, dict):
            raise ValueError(f"member {kind} has no details")
        if kind == "extension":
            number = str(body.get("number", ""))
        elif kind in ("inbound", "outbound"):
            number = str(body.get("from" if kind == "inbound" else "to", ""))
        else:
            raise ValueError(f"unknown member kind {kind!r}")
        return cls(kind=kind, number=number, channel_id=str(body.get("channel_id", "")),
                   status=str(body.get("member_status", "")),
                   trunk=str(body.get("trunk_name", "")),
                   to=str(body.get("to" if kind == "inbound" else "from", "")),
                   call_path=_text(body.get("call_path")))


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class Call(_Wire):
    call_id: str
    members: tuple[Member, ...]

    @field_validator("members", mode="before")
    @classmethod
    def _members(cls, value: Any) -> Any:
        if not isinstance(value, list):
            raise ValueError("members must be a list")
        return tuple(m if isinstance(m, Member) else Member.from_wire(m) for m in value)

    @property
    def ended(self) -> bool:
        return bool(self.members) and all(m.status in ENDED_STATUSES for m in self.members)


class Cdr(_Wire):
    call_id: str = ""
    time_start: str = ""
    call_from: str = ""
    call_to: str = ""
    call_duration: int = 0
    talk_duration: int = 0
    src_trunk_name: str = ""
    dst_trunk_name: str = ""
    status: str = ""
    type: str = ""


class Extension(_Wire):
    id: str
    name: str = ""


class ParkedCall(_Wire):
    """A call waiting in a parking slot (`call/park_status`)."""

    parking_slot: NumberText
    parked_party: NumberText = ""
    parker: NumberText = ""
    park_time: int = 0  # how long it may stay parked, seconds
    channel_id: str = ""


def _number_in(text: Any) -> Any:
    """`cdr/list` gives "the number and name" of a party: the digits in `Name<1001>`."""
    if isinstance(text, int):
        return str(text)
    if isinstance(text, str) and "<" in text and text.endswith(">"):
        return text[text.rindex("<") + 1:-1]
    return text


class CdrRecord(_Wire):
    """A row of `cdr/list`. `uid` is taken to be the call id event 30012 carries (the
    document does not say): the two are merged on it."""

    uid: str = ""
    time: str = ""
    call_from: Annotated[str, BeforeValidator(_number_in)] = ""
    call_to: Annotated[str, BeforeValidator(_number_in)] = ""
    talk_duration: int = 0
    disposition: str = ""
    call_type: str = ""


class Event(_Wire):
    type: int
    sn: str = ""
    msg: dict[str, Any]

    @field_validator("msg", mode="before")
    @classmethod
    def _msg_text_or_object(cls, value: Any) -> Any:
        # Usually JSON text; some events send an object.
        if isinstance(value, str):
            try:
                return json.loads(value)
            except RecursionError:
                raise ValueError("msg nested too deeply") from None
        return value


def parse_event(text: str) -> Event | None:
    """An event from the socket, or None (logged) when it is not one."""
    try:
        return Event.model_validate_json(text)
    except (ValidationError, ValueError) as exc:
        log.warning("Skipping a malformed PBX event: %s", str(exc).splitlines()[0])
        return None


class PbxConference(_Wire):
    """A conference room defined on the PBX (`conference/list`)."""

    id: int | str
    number: NumberText
    name: str = ""


class ConferenceMember(_Wire):
    """A party in an ongoing PBX conference (`conference/query_ongoing_conference`)."""

    number: NumberText = Field(validation_alias="from")
    channel_id: str = Field(min_length=1)
    member_type: str = ""  # ext | inbound | outbound; others kept as-is
    member_status: str = ""  # ANSWER (invited, joined), ANSWERED (dialled in), HOLD (waiting)
    trunk_name: str = ""


class OngoingConference(_Wire):
    call_id: str = ""
    conference_number: NumberText
    conference_name: str = ""
    members: tuple[ConferenceMember, ...] = ()
