"""What every conference source shares: the view a room shows, the read loop that runs
while the conference page is up, and commands that are each sent once and then confirmed
by a fresh read."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace

from app.api.backoff import Backoff
from app.api.errors import NotOffered, ServiceError
from app.api.worker import Worker, wait_for_kick
from app.state import features
from app.state.commands import Commands, TaskSet
from app.state.freshness import loop_failure
from app.state.notices import Notice, NoticeKind, Problem

log = logging.getLogger(__name__)

# A conference the service does not offer (a licence, a permission) is asked for again
# this seldom.
NOT_OFFERED_RECHECK_S = 300.0
# What a source can do; the page shows only the controls its source has.
ALL_FEATURES = frozenset({"mute", "mute_all", "invite", "remove", "lock", "record", "layout",
                          "chairman", "main_tile"})


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    muted: bool = False
    chairman: bool = False
    position: int = -1  # place on screen, -1 when not shown
    detail: str = ""  # e.g. "waiting for the host", "via AIS SIP Trunk"


@dataclass(frozen=True)
class ConferenceView:
    subject: str = ""
    status: str = ""  # ONLINE | OFFLINE | ON_CALL | "" before the first read
    locked: bool = False
    muted: bool = False
    recording: bool = False
    layout: str = ""
    participants: tuple[Person, ...] = ()
    pending: frozenset[str] = frozenset()  # actions under way: "lock", "mute:<id>", ...
    error: str = ""  # why what is shown may be out of date (English, for logs)
    problem: Problem | None = field(default=None, compare=False)  # the same, as data
    offered: bool = True  # False: the service does not offer conferences to the panel
    video: bool = True  # a video room: only there can the tiles' layout be chosen
    # How to join by phone, for the presenter to read out ("" when the server has none).
    dial_in_numbers: str = ""
    dial_in_extension: str = ""
    room_pin: str = ""
    # The room's recordings, newest first: (when it started, RFC 3339; seconds long).
    recordings: tuple[tuple[str, int], ...] = ()


class ConferenceSource:
    """Base of a room's conference; subclasses read it (`read`) and name their features."""

    features: frozenset[str] = ALL_FEATURES
    layouts: tuple[str, ...] = ()  # the video layouts it can choose from
    mutes_read_back = True  # False: the muted marks are the mutes this panel sent
    description = "Conference"

    service = "portsip"  # whose state it shows (the PBX's source says "yeastar")

    def __init__(self, *, interval_s: float, description: str,
                 backoff_factory: Callable[[], Backoff] = Backoff) -> None:
        self.description = description
        self._interval_s = interval_s
        self._backoff = backoff_factory()
        self.view = ConferenceView()
        self._worker = Worker(self._run, name=self.description, on_crash=self._crashed,
                              backoff_factory=backoff_factory)
        self._kick = asyncio.Event()
        self._tasks = TaskSet()
        self._commands: Commands[str] = Commands(lambda: self._publish(self.view),
                                                 self._notify, self._tasks)
        self._view_listeners: list[Callable[[ConferenceView], None]] = []
        self._notice_listeners: list[Callable[[Notice], None]] = []

    def add_listener(self, on_view: Callable[[ConferenceView], None],
                     on_notice: Callable[[Notice], None]) -> None:
        self._view_listeners.append(on_view)
        self._notice_listeners.append(on_notice)

    def start(self) -> None:
        self._worker.start()

    async def stop(self) -> None:
        await self._worker.stop()

    def _crashed(self, exc: Exception) -> None:
        self._publish(self.view, error=loop_failure(self.service, exc))

    def refresh_soon(self) -> None:
        """Read again now (an event said the conference changed)."""
        self._kick.set()

    async def wait_for_commands(self) -> None:
        await self._tasks.wait()

    async def _run(self) -> None:
        while True:
            ok = await self.refresh()
            if not self.view.offered:
                wait = NOT_OFFERED_RECHECK_S  # a licence or permission may be added later
            elif ok:
                wait = self._interval_s
            else:
                wait = min(self._interval_s, self._backoff.next_delay())
            await wait_for_kick(self._kick, wait)

    async def refresh(self) -> bool:
        try:
            view = await self.read()
        except ServiceError as exc:
            if not self.view.error:
                log.warning("%s could not be read: %s", self.description, exc.message)
            self._publish(self.view, error=exc)
            return False
        if self.view.error:
            log.info("%s can be read again", self.description)
        self._backoff.reset()
        self._publish(view, error=None, clear=True)
        return True

    async def read(self) -> ConferenceView:
        raise NotImplementedError

    def name_of(self, person_id: str) -> str:
        return next((p.name for p in self.view.participants if p.id == person_id), person_id)

    # --- commands: each returns False when not sent (unsupported, or already under way) -----

    def room_action(self, action: str) -> bool:
        return False

    def set_layout(self, layout: str) -> bool:
        return False

    def invite(self, number: str) -> bool:
        return False

    def participant_action(self, participant_id: str, action: str) -> bool:
        return False

    def _command(self, key: str, send: Callable[[], Awaitable[None]], failure: NoticeKind,
                 **about: str) -> bool:
        """Send once (a second tap while the first is under way is ignored), then read the
        conference again: the server's own state confirms it."""
        async def send_and_confirm() -> None:
            await send()
            self.after_command(key)
            await self.refresh()

        return self._commands.send(key, send_and_confirm,
                                   failed=lambda exc: Notice.of(failure, exc, **about))

    def _notify(self, notice: Notice) -> None:
        for listener in list(self._notice_listeners):
            listener(notice)

    def after_command(self, key: str) -> None:
        """A command was accepted (for sources that cannot read back what it did)."""

    def _publish(self, view: ConferenceView, *, error: ServiceError | None = None,
                 clear: bool = False) -> None:
        """`error`: why the conference could not be read now (kept until `clear`)."""
        old = self.view
        if error is not None:
            problem: Problem | None = Problem.of(error)
            message, offered = error.message, not isinstance(error, NotOffered)
            if not offered:
                features.report(self.service, "conferences", problem)
        elif clear:
            problem, message, offered = None, "", True
            if not old.offered:
                features.report(self.service, "conferences", None)
        else:
            problem, message, offered = old.problem, old.error, old.offered
        new = replace(view, pending=frozenset(self._commands), error=message, problem=problem,
                      offered=offered)
        if new != old:
            self.view = new
            for listener in list(self._view_listeners):
                listener(new)
