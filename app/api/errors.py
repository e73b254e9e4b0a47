"""The typed error tree every vendor client raises.

A caller decides what to do from the class alone (retry, re-authenticate, tell the user).
`message` is a whole English sentence for logs and the command line. For the screen, an
error also says *why* as data: `reason` (which sentence) and `detail` (the part that is not
ours to word: the service's own refusal text, an HTTP status, a socket's reason), so a view
can phrase it in the panel's language. Neither ever holds a secret.
"""

from __future__ import annotations

import enum
from typing import ClassVar, Self


class Reason(enum.Enum):
    """Which sentence an error is; `ENGLISH` words each for logs and the command line."""

    UNREACHABLE = "unreachable"
    SHUTTING_DOWN = "shutting_down"
    TIMEOUT = "timeout"
    SERVER_FAILED = "server_failed"
    BUSY = "busy"
    NOT_JSON = "not_json"
    UNEXPECTED = "unexpected"
    REFUSED = "refused"
    OWN_WORDS = "own_words"  # a refusal the service worded as a whole sentence
    LOGIN_REFUSED = "login_refused"
    APP_REFUSED = "app_refused"  # an app key and secret, rather than a login
    LOGIN_WAIT = "login_wait"
    SESSION_EXPIRED = "session_expired"
    SIGN_IN_REFUSED = "sign_in_refused"
    DEVICES_SLOW = "devices_slow"
    LOOP_FAILED = "loop_failed"  # our own reader of the service died; it is restarting
    TOO_LARGE = "too_large"
    TOO_SLOW = "too_slow"
    NOT_OFFERED = "not_offered"  # an endpoint missing, or not allowed to this application
    TWO_FACTOR = "two_factor"  # the account asks for a second factor a panel cannot give
    HUB_OFFLINE = "hub_offline"  # the site hub said it is gone (or the broker said it for it)
    NOT_CONFIRMED = "not_confirmed"  # the hub has not confirmed a value lately


# {label}: the service as named inside a sentence ("the PBX"); {Label} at its start.
ENGLISH = {
    Reason.UNREACHABLE: "Cannot reach {label} ({detail})",
    Reason.SHUTTING_DOWN: "The panel is shutting down",
    Reason.TIMEOUT: "{Label} did not answer in time",
    Reason.SERVER_FAILED: "{Label} failed ({detail})",
    Reason.BUSY: "{Label} is busy and asked the panel to wait ({detail})",
    Reason.NOT_JSON: "{Label} sent an unreadable answer (not JSON)",
    Reason.UNEXPECTED: "{Label} sent an unexpected answer ({detail})",
    Reason.REFUSED: "{Label} refused: {detail}",
    Reason.OWN_WORDS: "{detail}",
    Reason.LOGIN_REFUSED: "{Label} refused the panel's login ({detail})",
    Reason.APP_REFUSED: "{Label} refused the app credentials ({detail})",
    Reason.LOGIN_WAIT: "{Label} refused the panel's login; next attempt in {detail} s",
    Reason.SESSION_EXPIRED: "{Label} session had expired; please try again",
    Reason.SIGN_IN_REFUSED: "{Label} refused the panel's sign-in",
    Reason.DEVICES_SLOW: "The devices did not report their settings in time",
    Reason.LOOP_FAILED: "Reading {label} stopped unexpectedly ({detail}); restarting",
    Reason.TOO_LARGE: "{Label} sent an answer too large to read ({detail})",
    Reason.TOO_SLOW: "{Label} sent its answer too slowly",
    Reason.NOT_OFFERED: "{Label} does not offer this to the panel ({detail})",
    Reason.HUB_OFFLINE: "{Label} is offline ({detail})",
    Reason.NOT_CONFIRMED: "{Label} has not confirmed this for {detail} min",
    Reason.TWO_FACTOR: "{Label} asks this account for a second sign-in factor; give the "
                       "panel an account without two-factor sign-in",
}


def said(reason: Reason, label: str, detail: str = "") -> str:
    """The English sentence for `reason` about the service called `label`."""
    return ENGLISH[reason].format(label=label, Label=label[:1].upper() + label[1:],
                                  detail=detail)


class ServiceError(Exception):
    """Base of everything a vendor client raises about its service."""

    default_reason: ClassVar[Reason] = Reason.UNEXPECTED

    def __init__(self, service: str, message: str, *, detail: str = "",
                 reason: Reason | None = None) -> None:
        super().__init__(message)
        self.service = service
        self.message = message
        self.detail = detail
        self.reason = reason or self.default_reason
        # False only when the request cannot have reached the service (no connection was
        # made): a sign-in that failed so cannot have issued a token we never saw.
        self.request_sent = True

    @classmethod
    def about(cls, service: str, label: str, reason: Reason, detail: str = "") -> Self:
        """An error of this class worded by `reason` (`label`: the service in a sentence)."""
        return cls(service, said(reason, label, detail), detail=detail, reason=reason)

    def __str__(self) -> str:
        return self.message


class ServiceUnreachable(ServiceError):
    """No connection could be made (refused, DNS, TLS, dropped before an answer)."""

    default_reason = Reason.UNREACHABLE


class ServiceTimeout(ServiceError):
    """The service took longer than we are willing to wait."""

    default_reason = Reason.TIMEOUT


class AuthenticationFailed(ServiceError):
    """Credentials or token refused (HTTP 401 after one renewal, or a refused login)."""

    default_reason = Reason.SIGN_IN_REFUSED


class ServerFailure(ServiceError):
    """The service answered with a 5xx status."""

    default_reason = Reason.SERVER_FAILED

    def __init__(self, service: str, message: str, status: int, *, detail: str = "",
                 reason: Reason | None = None) -> None:
        super().__init__(service, message, detail=detail or f"HTTP {status}", reason=reason)
        self.status = status


class RateLimited(ServiceError):
    """The service asked us to slow down (HTTP 429); `retry_after_s` when it said how long."""

    default_reason = Reason.BUSY

    def __init__(self, service: str, message: str, *, retry_after_s: float | None,
                 detail: str = "HTTP 429", reason: Reason | None = None) -> None:
        super().__init__(service, message, detail=detail, reason=reason)
        self.retry_after_s = retry_after_s


class RejectedByService(ServiceError):
    """The service understood the request and refused it, with its own reason (`detail`)."""

    default_reason = Reason.REFUSED

    def __init__(self, service: str, message: str, *, code: int | str | None = None,
                 detail: str = "", reason: Reason | None = None) -> None:
        super().__init__(service, message, detail=detail, reason=reason)
        self.code = code


class NotOffered(RejectedByService):
    """The service has no such endpoint here (a firmware or licence without the module) or
    does not allow it to this application: one feature is off, the service is not down."""

    default_reason = Reason.NOT_OFFERED


# HTTP statuses that say an endpoint is missing or not ours to use.
NOT_OFFERED_STATUSES = frozenset({403, 404, 405, 501})


class InvalidResponse(ServiceError):
    """The answer did not have the documented shape (bad JSON, missing or mistyped fields),
    or was beyond what we read (too large, too deeply nested, endless paging)."""


class LoopFailed(ServiceError):
    """Our own loop reading the service died of something it did not foresee; it restarts.
    What it fed is not confirmed meanwhile."""

    default_reason = Reason.LOOP_FAILED


def is_reachability_problem(error: BaseException) -> bool:
    """True when the service could not be talked to at all, as opposed to answering badly."""
    return isinstance(error, ServiceUnreachable | ServiceTimeout | AuthenticationFailed)
