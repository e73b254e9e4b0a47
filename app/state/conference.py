"""A room's conference on the PortSIP server: its status and participants, read while the
room is on screen (the server pushes nothing to us), and its controls, each sent once."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from app.api.backoff import Backoff
from app.api.portsip.client import PortSipClient
from app.api.portsip.models import LAYOUTS, Participant, display_name
from app.state.conference_base import ALL_FEATURES, ConferenceSource, ConferenceView, Person
from app.state.notices import NoticeKind


class ConferenceCoordinator(ConferenceSource):
    features = ALL_FEATURES
    layouts = LAYOUTS

    def __init__(self, client: PortSipClient, room_id: str, *, interval_s: float = 3.0,
                 backoff_factory: Callable[[], Backoff] = Backoff) -> None:
        super().__init__(interval_s=interval_s, description=f"Conference {room_id}",
                         backoff_factory=backoff_factory)
        self.room_id = room_id
        self._client = client

    async def read(self) -> ConferenceView:
        room, status, people = await asyncio.gather(
            self._client.get_room(self.room_id), self._client.room_status(self.room_id),
            self._client.participants(self.room_id))
        return ConferenceView(
            subject=room.subject, status=status.status, locked=status.locked,
            muted=status.muted, recording=status.recording, layout=room.layout,
            participants=tuple(sorted((_person(p) for p in people), key=_order)),
            # The document: layouts are "only valid in VIDEO mode" (AUDIO rooms have none).
            video=room.mode.upper() in ("VIDEO", ""),
            dial_in_numbers=room.numbers, dial_in_extension=room.extension_number,
            room_pin=room.room_pin)

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
        """mute | unmute | chairman | destroy (kick: the view asks for confirmation first)"""
        name = self.name_of(participant_id)
        return self._command(
            f"{action}:{participant_id}",
            lambda: self._client.participant_action(self.room_id, participant_id, action),
            NoticeKind.PARTICIPANT_ACTION_FAILED, action=action, name=name)


def _person(participant: Participant) -> Person:
    return Person(participant.id, display_name(participant.display_name), participant.muted,
                  participant.chairman, participant.position)


def _order(person: Person) -> tuple[int, int, str]:
    # The chairman first, then by position on screen (-1: not shown), then by name.
    position = person.position if person.position >= 0 else 99
    return (0 if person.chairman else 1, position, person.name)
