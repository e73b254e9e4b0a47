"""What one room looks like to the panel: frozen values the view-models derive from."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from app.state.freshness import Health


class Section(enum.Enum):
    MACROS = "macros"
    AUTOMATIONS = "automations"
    AUTO_ROUTINGS = "auto_routings"


class CommandStatus(enum.Enum):
    IDLE = "idle"
    PENDING = "pending"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


@dataclass(frozen=True)
class MacroRow:
    id: str
    name: str
    status: CommandStatus = CommandStatus.IDLE
    message: str = ""


@dataclass(frozen=True)
class SwitchRow:
    id: str
    name: str
    on: bool  # what the panel shows: the pending wish while a change is under way
    pending: bool = False


@dataclass(frozen=True)
class RoomView:
    space_id: str
    name: str
    health: Health
    macros: tuple[MacroRow, ...] = ()
    automations: tuple[SwitchRow, ...] = ()
    auto_routings: tuple[SwitchRow, ...] = ()
    # Oldest confirmation among the sections shown, epoch seconds; None before the first read.
    confirmed_at: float | None = None
