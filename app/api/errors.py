"""The typed error tree every vendor client raises.

A caller decides what to do from the class alone (retry, re-authenticate, tell the user).
`message` is a whole English sentence for logs and the command line; `detail` is the part
that is not ours to word (the service's own refusal text, an HTTP status, a socket's
reason), so a view can put it inside a translated sentence. Neither ever holds a secret.
"""

from __future__ import annotations


class ServiceError(Exception):
    """Base of everything a vendor client raises about its service."""

    def __init__(self, service: str, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.service = service
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class ServiceUnreachable(ServiceError):
    """No connection could be made (refused, DNS, TLS, dropped before an answer)."""


class ServiceTimeout(ServiceError):
    """The service took longer than we are willing to wait."""


class AuthenticationFailed(ServiceError):
    """Credentials or token refused (HTTP 401 after one renewal, or a refused login)."""


class ServerFailure(ServiceError):
    """The service answered with a 5xx status."""

    def __init__(self, service: str, message: str, status: int, *, detail: str = "") -> None:
        super().__init__(service, message, detail=detail or f"HTTP {status}")
        self.status = status


class RateLimited(ServiceError):
    """The service asked us to slow down (HTTP 429); `retry_after_s` when it said how long."""

    def __init__(self, service: str, message: str, *, retry_after_s: float | None) -> None:
        super().__init__(service, message, detail="HTTP 429")
        self.retry_after_s = retry_after_s


class RejectedByService(ServiceError):
    """The service understood the request and refused it, with its own reason (`detail`)."""

    def __init__(self, service: str, message: str, *, code: int | str | None = None,
                 detail: str = "") -> None:
        super().__init__(service, message, detail=detail)
        self.code = code


class InvalidResponse(ServiceError):
    """The answer did not have the documented shape (bad JSON, missing or mistyped fields)."""


def is_reachability_problem(error: BaseException) -> bool:
    """True when the service could not be talked to at all, as opposed to answering badly."""
    return isinstance(error, ServiceUnreachable | ServiceTimeout | AuthenticationFailed)
