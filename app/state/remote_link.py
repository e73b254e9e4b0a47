"""How fresh what a panel shows through the site hub is: the hub's own health for each
value, plus what only the panel can know across the hop (is the broker reachable, is the
hub there, how long since the hub confirmed anything)."""

from __future__ import annotations

from dataclasses import dataclass

from app.api.errors import Reason, ServiceError, ServiceUnreachable, said
from app.state.freshness import Health, Link
from app.state.notices import Problem

HUB = "hub"
LABEL = "the site hub"
# A hub re-reads every room at least every `refresh_interval_s` (60 s): three of those
# without a word and what it said last is old.
NOT_CONFIRMED_AFTER_S = 180.0


@dataclass(frozen=True)
class HopState:
    """The panel's side of the hop: its broker link and the hub's last word."""

    connected: bool = False
    link_reason: str = "Connecting to the site hub…"
    hub_online: bool | None = None  # None: not heard from yet
    hub_reason: str = ""

    def problem(self) -> Problem | None:
        """Why nothing from the hub can be trusted now (None: the hop is fine)."""
        if not self.connected:
            detail = self.link_reason or "no connection"
            return Problem(HUB, Reason.UNREACHABLE.value, detail,
                           said(Reason.UNREACHABLE, LABEL, detail))
        if self.hub_online is False:
            detail = self.hub_reason or "gone"
            return Problem(HUB, Reason.HUB_OFFLINE.value, detail,
                           said(Reason.HUB_OFFLINE, LABEL, detail))
        return None


def over_the_hop(health: Health, confirmed_at: float | None, hop: HopState,
                 now: float) -> Health:
    """The health a panel shows: the hop's problem first, then an old confirmation, then
    the hub's own word on the service."""
    problem = hop.problem()
    if problem is not None:
        return Health(Link.OFFLINE, problem.message, problem)
    if hop.hub_online is None:
        return Health(Link.CONNECTING, "")
    if confirmed_at is not None and now - confirmed_at > NOT_CONFIRMED_AFTER_S \
            and health.link is Link.LIVE:
        minutes = str(round((now - confirmed_at) / 60))
        old = Problem(HUB, Reason.NOT_CONFIRMED.value, minutes,
                      said(Reason.NOT_CONFIRMED, LABEL, minutes))
        return Health(Link.STALE, old.message, old)
    return health


def unreachable_hub(hop: HopState) -> ServiceError:
    """The error a command meets when the hop is down."""
    problem = hop.problem()
    detail = problem.detail if problem is not None else "no answer"
    return ServiceUnreachable.about(HUB, LABEL, Reason.UNREACHABLE, detail)
