"""A room's conference on the PortSIP server: its status and participants, read while the
room is on screen (the server pushes nothing to us), and its controls, each sent once."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from app.api.backoff import Backoff
from app.api.errors import ServiceError
from app.api.portsip.client import PortSipClient
from app.api.portsip.models import LAYOUTS, Participant, display_name
from app.state.conference_base import ALL_FEATURES, ConferenceSource, ConferenceView, Person
from app.state.notices import NoticeKind

log = logging.getLogger(__name__)
MAIN_TILE = 0  # positions are 0..8 on screen, -1 not shown (the document)


class ConferenceCoordinator(ConferenceSource):
    features = ALL_FEATURES
    layouts = LAYOUTS

    def __init__(self, client: PortSipClient, room_id: str, *, interval_s: float = 3.0,
                 backoff_factory: Callable[[], Backoff] = Backoff) -> None:
        super().__init__(interval_s=interval_s, description=f"Conference {room_id}",
                         backoff_factory=backoff_factory)
        self.room_id = room_id
        self._client = client
        self._recordings: tuple[tuple[str, int], ...] | None = None

    async def read(self) -> ConferenceView:
        room, status, people = await asyncio.gather(
            self._client.get_room(self.room_id), self._client.room_status(self.room_id),
            self._client.participants(self.room_id))
        if self._recordings is None or (self.view.recording and not status.recording):
            # Read once, then whenever a recording has just stopped: where to find it.
            await self._read_recordings()
        return ConferenceView(
            subject=room.subject, status=status.status, locked=status.locked,
            muted=status.muted, recording=status.recording, layout=room.layout,
            participants=tuple(sorted((_person(p) for p in people), key=_order)),
            # The document: layouts are "only valid in VIDEO mode" (AUDIO rooms have none).
            video=room.mode.upper() in ("VIDEO", ""),
            dial_in_numbers=room.numbers, dial_in_extension=room.extension_number,
            room_pin=room.room_pin, recordings=self._recordings or ())

    async def _read_recordings(self) -> None:
        """A list to read, not a feature the room's controls need: its failure is logged
        and the last list kept."""
        try:
            found = await self._client.recordings(self.room_id)
        except ServiceError as exc:
            log.info("Recordings of %s could not be read: %s", self.room_id, exc.message)
            return
        self._recordings = tuple(sorted(((r.answered_at, r.duration) for r in found),
                                        reverse=True))

    def room_action(self, action: str) -> bool:
        """mute | unmute | lock | unlock | start_recording | stop_recording"""
        return self._command(action, lambda: self._client.room_action(self.room_id, action),
                             NoticeKind.CONFERENCE_ACTION_FAILED, action=action)

    def set_layout(self, layout: str) -> bool:
        if not self.view.video:
            return False
        return self._command("layout", lambda: self._client.set_layout(self.room_id, layout),
                             NoticeKind.LAYOUT_FAILED)

    def invite(self, number: str) -> bool:
        return self._command(f"invite:{number}",
                             lambda: self._client.invite(self.room_id, number),
                             NoticeKind.INVITE_FAILED, number=number)

    def participant_action(self, participant_id: str, action: str) -> bool:
        """mute | unmute | chairman | destroy (kick: the view asks for confirmation first) |
        main_tile (the first tile of the video layout: the speaker everyone sees)"""
        name = self.name_of(participant_id)
        if action == "main_tile":
            if not self.view.video:
                return False  # positions are tiles: a VIDEO room's only

            def send() -> Awaitable[None]:
                return self._client.set_position(self.room_id, participant_id, MAIN_TILE)
        else:
            def send() -> Awaitable[None]:
                return self._client.participant_action(self.room_id, participant_id, action)
        return self._command(f"{action}:{participant_id}", send,
                             NoticeKind.PARTICIPANT_ACTION_FAILED, action=action, name=name)


def _person(participant: Participant) -> Person:
    return Person(participant.id, display_name(participant.display_name), participant.muted,
                  participant.chairman, participant.position)


def _order(person: Person) -> tuple[int, int, str]:
    # The chairman first, then by position on screen (-1: not shown), then by name.
    position = person.position if person.position >= 0 else 99
    return (0 if person.chairman else 1, position, person.name)
