"""How much the panel can vouch for what it shows."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from app.api.errors import LoopFailed, Reason, ServiceError, is_reachability_problem
from app.state.notices import Problem

T = TypeVar("T")


class Link(enum.Enum):
    CONNECTING = "connecting"  # nothing read yet
    LIVE = "live"  # last read worked and change notifications are flowing
    STALE = "stale"  # showing data the service has not confirmed lately
    OFFLINE = "offline"  # the service cannot be reached (or refuses our sign-in)


@dataclass(frozen=True)
class Confirmed(Generic[T]):
    """A value and the wall-clock time (epoch seconds) the service last confirmed it."""

    value: T
    confirmed_at: float


@dataclass(frozen=True)
class Health:
    link: Link
    reason: str  # empty when live; English, for logs (a view words `error` itself)
    # Why, as data for the screen (`reason` already says it in English).
    problem: Problem | None = field(default=None, compare=False)
    notifications_only: bool = False  # reads work; only change notifications do not


def loop_failure(service: str, exc: Exception) -> LoopFailed:
    """What a state holder shows while its loop, dead of `exc`, restarts."""
    from app.services import SERVICE

    return LoopFailed.about(service, SERVICE[service].label, Reason.LOOP_FAILED,
                            type(exc).__name__)


def derive_health(
    has_data: bool, read_error: ServiceError | None, feed_error: ServiceError | None
) -> Health:
    """The room's link state from its last read and the change feed, as one pure rule."""
    if read_error is not None:
        if is_reachability_problem(read_error) or not has_data:
            return Health(Link.OFFLINE, read_error.message, Problem.of(read_error))
        return Health(Link.STALE, read_error.message, Problem.of(read_error))
    if not has_data:
        return Health(Link.CONNECTING, "")
    if feed_error is not None:
        # Reads work, so the service is there; only its notifications are not (yet) back.
        return Health(Link.STALE, f"Change notifications interrupted: {feed_error.message}",
                      Problem.of(feed_error), notifications_only=True)
    return Health(Link.LIVE, "")
