"""How each service has been answering, for the diagnostics page and the support bundle:
last success, last error, recent request latency. Recorded by the one transport every client
sends through (`api/transport.py`); nothing here knows about Qt."""

from __future__ import annotations

import statistics
import time
from collections import deque
from dataclasses import dataclass, field

LATENCIES_KEPT = 50


@dataclass
class ServiceHealth:
    requests: int = 0
    failures: int = 0
    last_success: float | None = None  # wall-clock time
    last_error: str = ""
    last_error_at: float | None = None
    latencies_ms: deque[float] = field(default_factory=lambda: deque(maxlen=LATENCIES_KEPT))

    @property
    def median_latency_ms(self) -> float | None:
        return statistics.median(self.latencies_ms) if self.latencies_ms else None

    @property
    def state(self) -> str:
        """unknown | ok | failing: whether the last request got an answer."""
        if self.last_success is None and self.last_error_at is None:
            return "unknown"
        if self.last_error_at is not None and (self.last_success is None
                                               or self.last_error_at > self.last_success):
            return "failing"
        return "ok"

    def succeeded(self, latency_ms: float | None) -> None:
        """An answer came; `latency_ms` None for a request the server held on purpose."""
        self.last_success = time.time()
        if latency_ms is not None:
            self.latencies_ms.append(latency_ms)

    def failed(self, message: str) -> None:
        self.failures += 1
        self.last_error, self.last_error_at = message, time.time()


_registry: dict[str, ServiceHealth] = {}


def health(service: str) -> ServiceHealth:
    return _registry.setdefault(service, ServiceHealth())


def all_health() -> dict[str, ServiceHealth]:
    return dict(_registry)
