"""One room's state, kept fresh while someone looks at it.

Fed by one initial read, by the change feed (a notification re-reads only the section that
changed), and by a slow periodic re-read as a safety net for a missed notification. After
a failed read it retries with backoff until the service answers again. Commands go out
once: a second tap while one is in flight is ignored, never queued.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any

from app.api.backoff import Backoff
from app.api.errors import AuthenticationFailed, ServiceError
from app.api.worker import Worker, wait_for_kick
from app.api.yealink.client import ChangeTopic, YealinkClient
from app.state.change_feed import ChangeFeed
from app.state.commands import Commands, TaskSet
from app.state.freshness import Confirmed, Link, derive_health, loop_failure
from app.state.notices import Notice, NoticeKind
from app.state.room import CommandStatus, MacroRow, RoomView, Section, SwitchRow

log = logging.getLogger(__name__)

TOPIC_SECTION = {
    ChangeTopic.MACROS: Section.MACROS,
    ChangeTopic.MONITORS: Section.AUTOMATIONS,
    ChangeTopic.AUTO_ROUTINGS: Section.AUTO_ROUTINGS,
}
ALL_SECTIONS = frozenset(Section)
# How long a macro button shows its outcome before it returns to normal.
OUTCOME_SHOWN_S = {CommandStatus.SUCCEEDED: 2.0, CommandStatus.FAILED: 5.0}

ViewListener = Callable[[RoomView], None]
NoticeListener = Callable[[Notice], None]


class RoomCoordinator:
    def __init__(
        self,
        client: YealinkClient,
        feed: ChangeFeed,
        space_id: str,
        name: str,
        *,
        refresh_interval_s: float = 60.0,
        wall_clock: Callable[[], float] = time.time,
        backoff_factory: Callable[[], Backoff] = Backoff,
    ) -> None:
        self.space_id = space_id
        self.name = name
        self._client = client
        self._feed = feed
        self._refresh_interval_s = refresh_interval_s
        self._wall_clock = wall_clock
        self._backoff = backoff_factory()
        self._data: dict[Section, Confirmed[tuple[Any, ...]]] = {}
        self._read_error: ServiceError | None = None
        # A macro's outcome stays on its button a moment after the answer.
        self._macro_outcomes: dict[str, tuple[CommandStatus, str]] = {}
        self._tasks = TaskSet()
        self._macros: Commands[str] = Commands(self._publish, self._notify, self._tasks)
        self._switches: Commands[tuple[Section, str]] = Commands(self._publish, self._notify,
                                                                  self._tasks)
        self._dirty: set[Section] = set(ALL_SECTIONS)
        self._kick = asyncio.Event()
        self._worker = Worker(self._run, name=f"Room {name!r}", on_crash=self._crashed,
                              backoff_factory=backoff_factory)
        self._unsubscribe: Callable[[], None] | None = None
        self._view_listeners: list[ViewListener] = []
        self._notice_listeners: list[NoticeListener] = []
        self._last_link: Link | None = None
        self.view = self._derive()

    # --- lifecycle: runs only while someone looks at the room --------------------------------

    def add_listener(self, on_view: ViewListener, on_notice: NoticeListener) -> None:
        self._view_listeners.append(on_view)
        self._notice_listeners.append(on_notice)

    def start(self) -> None:
        if self._worker.running:
            return
        self._unsubscribe = self._feed.subscribe(self._on_changes, self._on_feed_health)
        self._dirty = set(ALL_SECTIONS)
        self._kick.set()
        self._worker.start()

    async def stop(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        await self._worker.stop()

    @property
    def running(self) -> bool:
        return self._worker.running

    def request_refresh(self, sections: frozenset[Section] = ALL_SECTIONS) -> None:
        self._dirty |= sections
        self._kick.set()

    async def _run(self) -> None:
        while True:
            failing = self._read_error is not None
            wait_s = self._backoff.next_delay() if failing else self._refresh_interval_s
            await wait_for_kick(self._kick, wait_s, on_timeout=self.request_refresh)
            sections, self._dirty = frozenset(self._dirty), set()
            if sections:
                await self._read(sections)

    async def _read(self, sections: frozenset[Section]) -> None:
        readers: dict[Section, Callable[[], Awaitable[tuple[Any, ...]]]] = {
            Section.MACROS: self._read_macros,
            Section.AUTOMATIONS: self._read_automations,
            Section.AUTO_ROUTINGS: self._read_auto_routings,
        }
        ordered = sorted(sections, key=lambda s: s.value)
        results = await asyncio.gather(*(readers[s]() for s in ordered), return_exceptions=True)
        now = self._wall_clock()
        error: ServiceError | None = None
        for section, result in zip(ordered, results, strict=True):
            if isinstance(result, ServiceError):
                error = error or result
                self._dirty.add(section)  # read it again on the next attempt
            elif isinstance(result, BaseException):
                raise result
            else:
                self._data[section] = Confirmed(result, now)
        if error is None:
            self._backoff.reset()
            self._feed.service_answered()
        self._read_error = error
        self._publish()

    async def _read_macros(self) -> tuple[MacroRow, ...]:
        return tuple(MacroRow(m.id, m.name) for m in await self._client.list_macros(self.space_id))

    async def _read_automations(self) -> tuple[SwitchRow, ...]:
        rows = await self._client.list_monitors(self.space_id)
        return tuple(SwitchRow(m.id, m.name, m.enable) for m in rows)

    async def _read_auto_routings(self) -> tuple[SwitchRow, ...]:
        rows = await self._client.list_auto_routings(self.space_id)
        return tuple(SwitchRow(m.id, m.name, m.enable) for m in rows)

    def _crashed(self, exc: Exception) -> None:
        # Shown stale, with why, until a read succeeds again.
        self._read_error = loop_failure("yealink", exc)
        self._dirty = set(ALL_SECTIONS)
        self._kick.set()
        self._publish()

    def _on_changes(self, topic: ChangeTopic, space_ids: list[str]) -> None:
        if self.space_id in space_ids:
            self.request_refresh(frozenset({TOPIC_SECTION[topic]}))

    def _on_feed_health(self, error: ServiceError | None) -> None:
        # Down: read now to learn whether the whole service is gone. Back: notifications
        # may have been missed meanwhile, so read everything.
        self.request_refresh()
        self._publish()

    # --- commands ----------------------------------------------------------------------------

    def invoke_macro(self, macro_id: str) -> bool:
        """Start invoking a macro; False if it is already in flight (the tap is ignored)."""
        name = self._macro_name(macro_id)

        async def invoke() -> None:
            await self._client.invoke_macro(self.space_id, macro_id)
            log.info("Macro %r invoked in %r", name, self.name)
            self._show_outcome(macro_id, CommandStatus.SUCCEEDED, "")

        def failed(exc: ServiceError) -> Notice:
            log.warning("Macro %r in %r failed: %s", name, self.name, exc.message)
            self._show_outcome(macro_id, CommandStatus.FAILED, exc.message)
            if isinstance(exc, AuthenticationFailed):
                self.request_refresh()
            return Notice.of(NoticeKind.MACRO_FAILED, exc, macro=name)

        self._macro_outcomes.pop(macro_id, None)
        return self._macros.send(macro_id, invoke, failed=failed)

    def _show_outcome(self, macro_id: str, status: CommandStatus, message: str) -> None:
        self._macro_outcomes[macro_id] = (status, message)

        def back_to_idle() -> None:
            if self._macro_outcomes.get(macro_id, (None, ""))[0] is status:
                del self._macro_outcomes[macro_id]
                self._publish()

        asyncio.get_running_loop().call_later(OUTCOME_SHOWN_S[status], back_to_idle)

    def set_switch(self, section: Section, switch_id: str, on: bool) -> bool:
        """Flip an automation or auto-routing at once; False if a change is under way."""
        if section is Section.MACROS:
            raise ValueError("macros are invoked, not switched")
        name = self._switch_name(section, switch_id)

        async def switch() -> None:
            if section is Section.AUTOMATIONS:
                await self._client.set_monitor_enabled(self.space_id, switch_id, on)
            else:
                await self._client.set_auto_routing_enabled(self.space_id, switch_id, on)
            # Accepted: show it as done until the re-read confirms (or corrects) it.
            self._patch_switch(section, switch_id, on)
            self.request_refresh(frozenset({section}))

        def failed(exc: ServiceError) -> Notice:
            # The wish goes: the switch shows what the service last confirmed again.
            log.warning("Switching %r %s in %r failed: %s", name, "on" if on else "off",
                        self.name, exc.message)
            return Notice.of(NoticeKind.SWITCH_FAILED, exc, name=name, on="1" if on else "")

        return self._switches.send((section, switch_id), switch, failed=failed, wish=on)

    def _patch_switch(self, section: Section, switch_id: str, on: bool) -> None:
        confirmed = self._data.get(section)
        if confirmed is None:
            return
        rows = tuple(replace(row, on=on) if row.id == switch_id else row for row in confirmed.value)
        self._data[section] = Confirmed(rows, confirmed.confirmed_at)

    async def wait_for_commands(self) -> None:
        await self._tasks.wait()

    # --- derived view ----------------------------------------------------------------------

    def _macro_name(self, macro_id: str) -> str:
        return next((m.name for m in self.view.macros if m.id == macro_id), macro_id)

    def _switch_name(self, section: Section, switch_id: str) -> str:
        rows = self.view.automations if section is Section.AUTOMATIONS else self.view.auto_routings
        return next((r.name for r in rows if r.id == switch_id), switch_id)

    def _derive(self) -> RoomView:
        health = derive_health(
            has_data=len(self._data) == len(ALL_SECTIONS),
            read_error=self._read_error,
            feed_error=self._feed.error if self._feed.running else None,
        )
        return RoomView(
            space_id=self.space_id,
            name=self.name,
            health=health,
            macros=tuple(self._with_outcome(row) for row in self._rows(Section.MACROS)),
            automations=self._switch_rows(Section.AUTOMATIONS),
            auto_routings=self._switch_rows(Section.AUTO_ROUTINGS),
            confirmed_at=min((c.confirmed_at for c in self._data.values()), default=None),
        )

    def _rows(self, section: Section) -> tuple[Any, ...]:
        confirmed = self._data.get(section)
        return confirmed.value if confirmed else ()

    def _with_outcome(self, row: MacroRow) -> MacroRow:
        if row.id in self._macros:
            return replace(row, status=CommandStatus.PENDING)
        outcome = self._macro_outcomes.get(row.id)
        return row if outcome is None else replace(row, status=outcome[0], message=outcome[1])

    def _switch_rows(self, section: Section) -> tuple[SwitchRow, ...]:
        return tuple(
            row if wish is None else replace(row, on=wish, pending=True)
            for row in self._rows(section)
            for wish in [self._switches.wish((section, row.id))]
        )

    def _publish(self) -> None:
        view = self._derive()
        if view == self.view:
            return
        self.view = view
        if view.health.link is not self._last_link:
            # One log line per change of state, never one per poll.
            log.info("Room %r is %s%s", self.name, view.health.link.value,
                     f": {view.health.reason}" if view.health.reason else "")
            self._last_link = view.health.link
        for listener in list(self._view_listeners):
            listener(view)

    def _notify(self, notice: Notice) -> None:
        for listener in list(self._notice_listeners):
            listener(notice)
