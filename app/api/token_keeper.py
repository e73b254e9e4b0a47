"""One service session's token: obtained, renewed ahead of expiry, dropped when refused,
released on close. Shared by every vendor client; each brings only how its service issues,
renews and revokes a token.

Concurrent callers share one exchange (single flight): ten requests arriving as the token
runs out cause one renewal, not ten. An exchange runs to its end even if the caller that
started it is cancelled, since a token the service issued but we never stored could never
be revoked (the PBX counts every one against its limit of 8).

Once a token is held, it is renewed on a timer ahead of its expiry, not only when a request
happens to need it: an idle panel keeps a valid session, and the first tap after a quiet
night does not pay for a sign-in.

Every failed sign-in that may have reached the service counts for the sign-in backoff, not
only a refused one: a login whose answer was lost, cut short or garbled may have issued a
token we never saw, and signing in again at once would burn through the PBX's 8 tokens.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from app.api.backoff import Backoff
from app.api.errors import (
    AuthenticationFailed,
    InvalidResponse,
    Reason,
    RejectedByService,
    ServiceError,
    ServiceUnreachable,
)

log = logging.getLogger(__name__)

# No token lives longer than a year: an answer saying otherwise is not believed (and a
# lifetime of 10**400 seconds would overflow the clock arithmetic).
MAX_LIFETIME_S = 366 * 86_400
# Never renew earlier than this share of a token's lifetime before it ends: a service
# handing out 5 s tokens must not see a renewal per request.
MAX_MARGIN_SHARE = 0.5
# A refresh token this close to its end is not worth trying (a tenth of a short token's life).
REFRESH_SLACK_S = 5.0
REFRESH_SLACK_SHARE = 0.1


@dataclass(frozen=True)
class Grant:
    """A token as issued, with times on the keeper's clock."""

    token: str
    issued_at: float
    expires_at: float
    # What renews it: a separate refresh token, or the token itself (None: only a new
    # sign-in gets another).
    renew_with: str | None = None
    renewable_until: float = 0.0

    @property
    def lifetime_s(self) -> float:
        return max(0.0, self.expires_at - self.issued_at)


Obtain = Callable[[], Awaitable[Grant]]
Renew = Callable[[Grant], Awaitable[Grant]]
Release = Callable[[Grant], Awaitable[None]]


class TokenKeeper:
    def __init__(
        self,
        service: str,
        label: str,
        *,
        obtain: Obtain,
        renew: Renew | None = None,
        release: Release | None = None,
        clock: Callable[[], float],
        margin_s: float,
        login_backoff_s: tuple[float, float] | None = None,
    ) -> None:
        """`label` names the service inside a sentence ("the PBX"); `margin_s`: how long before
        expiry to renew at most (capped at half the token's lifetime); `login_backoff_s`
        (first wait, cap) spaces sign-ins after a refused one, doubling each time."""
        self._service = service
        self._label = label
        self._obtain = obtain
        self._renew = renew
        self._release = release
        self._clock = clock
        self._margin_s = margin_s
        self._login_backoff_s = login_backoff_s
        self._grant: Grant | None = None
        self._flight: asyncio.Future[str] | None = None
        self._exchanges: set[asyncio.Future[str]] = set()
        self._failed_logins = 0
        self._next_login_at = 0.0
        self._closed = False
        self._granted = asyncio.Event()  # a new token: the renewal timer looks again
        self._renewer: asyncio.Task[None] | None = None

    @property
    def grant(self) -> Grant | None:
        return self._grant

    @property
    def has_token(self) -> bool:
        return self._grant is not None

    def margin_for(self, grant: Grant) -> float:
        return min(self._margin_s, grant.lifetime_s * MAX_MARGIN_SHARE)

    def renew_at(self) -> float | None:
        """When the current token is due for renewal (None: no token)."""
        grant = self._grant
        return None if grant is None else grant.expires_at - self.margin_for(grant)

    async def token(self) -> str:
        grant = self._grant
        if grant is not None and self._clock() < grant.expires_at - self.margin_for(grant):
            return grant.token
        if self._flight is None or self._flight.done():
            self._flight = asyncio.ensure_future(self._exchange())
            self._exchanges.add(self._flight)
            self._flight.add_done_callback(self._exchanges.discard)
        return await asyncio.shield(self._flight)

    def reject(self, token: str) -> None:
        """The service refused `token`: never send it again. A separate refresh token may
        still renew it; a token that renews itself cannot."""
        grant = self._grant
        if grant is None or grant.token != token:
            return  # already replaced by a newer one
        if grant.renew_with is not None and grant.renew_with != grant.token:
            self._grant = Grant(grant.token, grant.issued_at, grant.issued_at,
                                grant.renew_with, grant.renewable_until)
        else:
            self._grant = None

    async def _exchange(self) -> str:
        if self._closed:
            raise ServiceUnreachable.about(self._service, self._label, Reason.SHUTTING_DOWN)
        grant = self._grant
        if grant is not None and self._renew is not None and grant.renew_with is not None \
                and self._clock() < grant.renewable_until - self._slack(grant):
            try:
                self._grant = self._sendable(await self._renew(grant))
                log.debug("Renewed the token of %s", self._label)
                self._granted.set()
                return self._grant.token
            except (AuthenticationFailed, RejectedByService) as exc:
                log.warning("%s refused to renew the panel's token (%s); signing in again",
                            self._label, exc.message)
                self._grant = None
        return await self._sign_in()

    def _sendable(self, grant: Grant) -> Grant:
        """A token goes back in headers or a URL: printable ASCII only."""
        if not (grant.token.isascii() and grant.token.isprintable() and grant.token):
            raise InvalidResponse.about(self._service, self._label, Reason.UNEXPECTED,
                                        "a token that cannot be sent back")
        return grant

    @staticmethod
    def _slack(grant: Grant) -> float:
        return min(REFRESH_SLACK_S, grant.lifetime_s * REFRESH_SLACK_SHARE)

    async def _sign_in(self) -> str:
        now = self._clock()
        if now < self._next_login_at:
            wait = round(self._next_login_at - now)
            raise AuthenticationFailed.about(self._service, self._label, Reason.LOGIN_WAIT,
                                             str(wait))
        try:
            self._grant = self._sendable(await self._obtain())
        except ServiceError as exc:
            if isinstance(exc, AuthenticationFailed) or exc.request_sent:
                self._count_failed_login()
            raise
        self._failed_logins = 0
        self._next_login_at = 0.0
        self._granted.set()
        self._renew_ahead()
        return self._grant.token

    def _count_failed_login(self) -> None:
        if self._login_backoff_s is None:
            return
        self._failed_logins += 1
        base, cap = self._login_backoff_s
        # Doubling waits: the PBX blocks an address after a few failures in a row.
        self._next_login_at = self._clock() + min(cap, base * 2 ** (self._failed_logins - 1))

    def _renew_ahead(self) -> None:
        if self._renewer is None and not self._closed:
            self._renewer = asyncio.ensure_future(self._renew_on_time())

    async def _renew_on_time(self) -> None:
        backoff = Backoff()
        while True:
            due = self.renew_at()
            if due is None or due > self._clock():
                # Until it is due, or a new token comes (which may be due at another time).
                self._granted.clear()
                wait = 3600.0 if due is None else due - self._clock()
                timer = asyncio.get_running_loop().call_later(wait, self._granted.set)
                try:
                    await self._granted.wait()
                finally:
                    timer.cancel()
                continue
            try:
                await self.token()
                backoff.reset()
            except ServiceError as exc:
                log.warning("Renewing the token of %s ahead of time failed: %s", self._label,
                            exc.message)
                await asyncio.sleep(backoff.next_delay())

    async def aclose(self) -> None:
        """Wait for an exchange under way (it may bring a token), then release the token
        while it is still valid: releasing an expired one does nothing."""
        renewer, self._renewer = self._renewer, None
        if renewer is not None:
            renewer.cancel()
            await asyncio.gather(renewer, return_exceptions=True)
        await asyncio.gather(*self._exchanges, return_exceptions=True)
        self._closed = True
        grant, self._grant = self._grant, None
        if grant is None or self._release is None:
            return
        if self._clock() >= grant.expires_at:
            log.info("The token of %s had expired: nothing to release", self._label)
            return
        try:
            await self._release(grant)
        except ServiceError as exc:
            log.warning("Could not release the token of %s: %s", self._label, exc.message)
