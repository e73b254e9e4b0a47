"""What the person at the panel must be told, as data: what happened (`NoticeKind`), about
what (`params`: a macro's name, a display, a number) and why (`Problem`: which service, which
of its failures, in its own words). The view-models word it in the panel's language."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from app.api.errors import ServiceError


@dataclass(frozen=True)
class Problem:
    """Why a service failed, as the screen needs it: `reason` names the sentence (an
    `api.errors.Reason` value), `detail` is the part not ours to word; `message` is the
    English sentence, for logs."""

    service: str
    reason: str
    detail: str
    message: str

    @classmethod
    def of(cls, error: ServiceError) -> Problem:
        return cls(error.service, error.reason.value, error.detail, error.message)


class NoticeKind(enum.Enum):
    MACRO_FAILED = "macro_failed"  # macro
    SWITCH_FAILED = "switch_failed"  # name, on ("1" / "")
    ROUTE_FAILED = "route_failed"  # source, display
    CLEAR_FAILED = "clear_failed"  # display
    UNROUTE_FAILED = "unroute_failed"  # source, display
    ROUTE_NOT_TAKEN = "route_not_taken"  # display
    DEVICE_OFFLINE = "device_offline"  # device: cannot be routed
    DIFFERENT_GROUPS = "different_groups"  # source, display
    PRESET_FAILED = "preset_failed"  # preset
    USB_MODE_FAILED = "usb_mode_failed"
    USB_NEEDS_MANUAL = "usb_needs_manual"
    USB_ROUTE_FAILED = "usb_route_failed"  # display
    AUDIO_FAILED = "audio_failed"  # display
    DISPLAY_OFFLINE = "display_offline"  # display
    POWER_SENT = "power_sent"  # display, on (information)
    POWER_FAILED = "power_failed"  # display
    CALL_CONTROL_FAILED = "call_control_failed"  # action, remote
    DIAL_FAILED = "dial_failed"  # number
    TRANSFER_FAILED = "transfer_failed"  # remote, number
    ADD_MEMBER_FAILED = "add_member_failed"  # remote, number
    CALL_PARKED = "call_parked"  # remote, slot (information)
    PRESENCE_FAILED = "presence_failed"  # extension
    INPUT_FAILED = "input_failed"  # display, input (network | hdmi)
    CALL_FAILED = "call_failed"  # number, reason (the PBX's own word, e.g. BUSY)
    HOST_LEFT = "host_left"  # host, conference (information)
    CONFERENCE_ACTION_FAILED = "conference_action_failed"  # action
    LAYOUT_FAILED = "layout_failed"
    INVITE_FAILED = "invite_failed"  # number
    PARTICIPANT_ACTION_FAILED = "participant_action_failed"  # action, name


@dataclass(frozen=True)
class Notice:
    kind: NoticeKind
    params: dict[str, str] = field(default_factory=dict)
    problem: Problem | None = None
    is_error: bool = True

    @classmethod
    def of(cls, kind: NoticeKind, error: ServiceError | None = None, **params: str) -> Notice:
        return cls(kind, params, Problem.of(error) if error is not None else None)

    @classmethod
    def info(cls, kind: NoticeKind, **params: str) -> Notice:
        return cls(kind, params, None, is_error=False)
