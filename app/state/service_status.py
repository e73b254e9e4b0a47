"""How each service has been answering, as frozen rows for the diagnostics page: read from
the health the transport records for every request (`api/health.py`)."""

from __future__ import annotations

from dataclasses import dataclass

from app.api.health import all_health


@dataclass(frozen=True)
class ServiceStatus:
    service: str
    state: str  # unknown | ok | failing
    last_success: float | None  # wall-clock time
    last_error: str
    last_error_at: float | None
    median_latency_ms: float | None
    requests: int
    failures: int


def service_statuses(services: list[str]) -> list[ServiceStatus]:
    known = all_health()
    rows = []
    for name in services:
        health = known.get(name)
        if health is None:
            rows.append(ServiceStatus(name, "unknown", None, "", None, None, 0, 0))
            continue
        rows.append(ServiceStatus(name, health.state, health.last_success, health.last_error,
                                  health.last_error_at, health.median_latency_ms,
                                  health.requests, health.failures))
    return rows
