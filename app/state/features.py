"""Which features of each service the panel can use right now: a feature a service does not
offer (a PBX without conferences, a codec without audio settings, a meeting device DingTalk
will not show) is off with a note, while the rest of the service works. State holders
report here; the diagnostics page reads it."""

from __future__ import annotations

from dataclasses import dataclass

from app.state.notices import Problem


@dataclass(frozen=True)
class FeatureState:
    service: str
    feature: str  # "conferences", "codec audio", "meeting devices"
    problem: Problem | None  # None: available


_board: dict[tuple[str, str], FeatureState] = {}


def report(service: str, feature: str, problem: Problem | None) -> None:
    _board[(service, feature)] = FeatureState(service, feature, problem)


def features_off(service: str) -> list[FeatureState]:
    return [state for (name, _), state in sorted(_board.items())
            if name == service and state.problem is not None]
