"""How each service has been answering, for the diagnostics page and the support bundle:
last success, last error, recent request latency. Recorded by each client's one request
method; nothing here knows about Qt."""

from __future__ import annotations

import functools
import statistics
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, ParamSpec, TypeVar

from app.api.errors import ServiceError

P = ParamSpec("P")
T = TypeVar("T")
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


_registry: dict[str, ServiceHealth] = {}


def health(service: str) -> ServiceHealth:
    return _registry.setdefault(service, ServiceHealth())


def all_health() -> dict[str, ServiceHealth]:
    return dict(_registry)


def _status_of(result: Any) -> int | None:
    status = getattr(result, "status_code", None)
    if status is None and isinstance(result, tuple) and result and isinstance(result[0], int):
        status = result[0]
    return status if isinstance(status, int) else None


def measured(service: str, *, waits_on_purpose: Callable[[str], bool] = lambda path: False
             ) -> Callable[[Callable[P, Awaitable[T]]], Callable[P, Awaitable[T]]]:
    """Records each request of an async send method (`self, method, path, ...`).
    `waits_on_purpose(path)`: requests the server holds open (long polling) count for
    success and errors but not for latency."""

    def decorate(send: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[T]]:
        @functools.wraps(send)
        async def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
            record = health(service)
            path = str(args[2]) if len(args) > 2 else ""
            started = time.perf_counter()
            record.requests += 1
            try:
                result = await send(*args, **kwargs)
            except ServiceError as exc:
                record.failures += 1
                record.last_error, record.last_error_at = exc.message, time.time()
                raise
            status = _status_of(result)
            if status is not None and status >= 500:
                record.failures += 1
                record.last_error, record.last_error_at = f"HTTP {status}", time.time()
            else:
                record.last_success = time.time()
                if not waits_on_purpose(path):
                    record.latencies_ms.append((time.perf_counter() - started) * 1000)
            return result

        return wrapper

    return decorate
