"""A room's conference on the Yeastar PBX itself (a conference number such as 6400): who is
in it, read with `conference/query_ongoing_conference` while the page is up and again at
once when a PBX event touches it; mute, unmute, remove and invite, each sent once.

The PBX does not report whether a member is muted, so the panel shows the mutes it sent
itself (and says so): a mute from a phone's keypad is not seen.
"""

from __future__ import annotations

from collections.abc import Callable

from app.api.backoff import Backoff
from app.api.errors import ServiceError
from app.api.yeastar.client import YeastarClient
from app.api.yeastar.models import (
    CALL_STATE_CHANGED,
    CONFERENCE_HOST_LEFT,
    ConferenceMember,
    Event,
)
from app.state.conference_base import ConferenceSource, ConferenceView, Person
from app.state.notices import NoticeKind

WAITING_STATUSES = frozenset({"HOLD"})


class PbxConferenceSource(ConferenceSource):
    features = frozenset({"mute", "mute_all", "invite", "remove"})
    service = "yeastar"
    mutes_read_back = False

    def __init__(self, client: YeastarClient, number: str, *, dial_permission: str,
                 interval_s: float = 5.0,
                 backoff_factory: Callable[[], Backoff] = Backoff) -> None:
        super().__init__(interval_s=interval_s, description=f"PBX conference {number}",
                         backoff_factory=backoff_factory)
        self.number = number
        self._client = client
        self._dial_permission = dial_permission
        self._name = ""
        self._extension_names: dict[str, str] = {}
        self._muted_channels: set[str] = set()
        self._all_muted = False

    async def read(self) -> ConferenceView:
        if not self._name:
            try:
                listed = await self._client.list_conferences()
                self._extension_names = await self._client.list_extensions()
            except ServiceError:
                listed = []  # names are a nicety: the members still show, by number
            self._name = next((c.name for c in listed if c.number == self.number), "")
        ongoing = await self._client.ongoing_conference(self.number)
        members = ongoing.members if ongoing is not None else ()
        present = {m.channel_id for m in members}
        self._muted_channels &= present  # a channel that left cannot stay muted
        if not members:
            self._all_muted = False
        subject = (ongoing.conference_name if ongoing and ongoing.conference_name
                   else self._name) or f"Conference {self.number}"
        return ConferenceView(
            subject=f"{subject} · {self.number}",
            status="ON_CALL" if members else "ONLINE",
            muted=self._all_muted,
            participants=tuple(self._person(m) for m in members))

    def on_pbx_event(self, event: Event) -> None:
        """Read again when an event concerns this conference."""
        members_moved = event.type == CALL_STATE_CHANGED and \
            f"conference:{self.number}" in str(event.msg)
        host_left = event.type == CONFERENCE_HOST_LEFT and \
            str(event.msg.get("conference_id", "")) == self.number
        if members_moved or host_left:
            self.refresh_soon()

    def _person(self, member: ConferenceMember) -> Person:
        name = self._extension_names.get(member.number, "") if member.member_type == "ext" \
            else ""
        if member.member_status.upper() in WAITING_STATUSES:
            detail = "waiting for the host"
        elif member.member_type in ("inbound", "outbound") and member.trunk_name:
            detail = f"via {member.trunk_name}"
        else:
            detail = member.number if name else ""
        return Person(member.channel_id, name or member.number,
                      muted=self._all_muted or member.channel_id in self._muted_channels,
                      detail=detail)

    # --- commands ----------------------------------------------------------------------------

    def room_action(self, action: str) -> bool:
        if action == "mute":
            return self._command("mute_all", lambda: self._client.mute_conference_members(
                self.number, None), NoticeKind.CONFERENCE_ACTION_FAILED, action="mute")
        if action == "unmute":
            return self._command("unmute_all", lambda: self._client.unmute_conference_members(
                self.number, None), NoticeKind.CONFERENCE_ACTION_FAILED, action="unmute")
        return False

    def participant_action(self, participant_id: str, action: str) -> bool:
        name = self.name_of(participant_id)
        if action == "mute":
            send = self._client.mute_conference_members
        elif action == "unmute":
            send = self._client.unmute_conference_members
        elif action == "destroy":
            return self._command(f"destroy:{participant_id}",
                                 lambda: self._client.kick_conference_member(
                                     self.number, participant_id),
                                 NoticeKind.PARTICIPANT_ACTION_FAILED, action=action, name=name)
        else:
            return False
        return self._command(f"{action}:{participant_id}",
                             lambda: send(self.number, [participant_id]),
                             NoticeKind.PARTICIPANT_ACTION_FAILED, action=action, name=name)

    def invite(self, number: str) -> bool:
        return self._command(f"invite:{number}", lambda: self._client.invite_to_conference(
            self.number, [number], self._dial_permission), NoticeKind.INVITE_FAILED,
            number=number)

    def after_command(self, key: str) -> None:
        action, _, channel = key.partition(":")
        if action == "mute_all":
            self._all_muted = True
            self._muted_channels.clear()
        elif action == "unmute_all":
            self._all_muted = False
            self._muted_channels.clear()
        elif action == "mute":
            self._muted_channels.add(channel)
        elif action == "unmute":
            if self._all_muted:
                # One person unmuted out of "everyone muted": the rest stay muted.
                self._all_muted = False
                self._muted_channels = {p.id for p in self.view.participants} - {channel}
            else:
                self._muted_channels.discard(channel)
