"""The Yeastar PBX's own conferences: list, ongoing members, member controls sent once,
refreshed by PBX events, refusals as notices."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import fast_backoff, until

from app.api.errors import InvalidResponse, RejectedByService
from app.api.yeastar.client import YeastarClient
from app.sim.faults import Fault, FaultKind
from app.sim.server import Simulator
from app.state.calls import CallBook
from app.state.notices import Notice
from app.state.pbx_conference import PbxConferenceSource
from app.viewmodels.phrases import phrase_notice


def pbx_client(sim: Simulator) -> YeastarClient:
    return YeastarClient(sim.yeastar_url, sim.yeastar.client_id, sim.yeastar.client_secret)


def start_bridge(sim: Simulator) -> str:
    return sim.call(lambda: sim.yeastar.conference("6400", ["1001", "1003"], "0898765432"))


def test_conference_list_reads_every_page(sim: Simulator, run: Any,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.api.yeastar.client.CONFERENCE_PAGE", 2)

    async def scenario() -> list[Any]:
        client = pbx_client(sim)
        try:
            return await client.list_conferences()
        finally:
            await client.aclose()

    listed = run(scenario())
    assert [c.number for c in listed] == ["6400", "6401", "6500"]
    assert listed[2].name == "ประชุมทางไกล สาขาเชียงใหม่"
    assert len(sim.yeastar.seen("conference/list")) == 2


def test_ongoing_members_and_their_controls(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        client = pbx_client(sim)
        assert await client.ongoing_conference("6400") is None
        start_bridge(sim)
        ongoing = await client.ongoing_conference("6400")
        assert ongoing is not None
        assert ongoing.conference_name == "Weekly all-hands"
        assert {(m.number, m.member_type) for m in ongoing.members} == {
            ("1001", "ext"), ("1003", "ext"), ("0898765432", "inbound")}
        guest = next(m for m in ongoing.members if m.member_type == "inbound")
        await client.mute_conference_members("6400", [guest.channel_id])
        assert sim.yeastar.conference_muted["6400"] == {guest.channel_id}
        await client.unmute_conference_members("6400", None)
        assert sim.yeastar.conference_muted["6400"] == set()
        await client.kick_conference_member("6400", guest.channel_id)
        await client.invite_to_conference("6400", ["1005"], "1003")
        after = await client.ongoing_conference("6400")
        assert after is not None
        assert {m.number for m in after.members} == {"1001", "1003", "1005"}
        with pytest.raises(RejectedByService, match="CHANNEL NOT EXIST"):
            await client.kick_conference_member("6400", guest.channel_id)
        with pytest.raises(RejectedByService, match="CONFERENCE NOT EXIST"):
            await client.mute_conference_members("7777", None)
        await client.aclose()

    run(scenario())
    assert sim.yeastar.seen("conference/unmute_member")[0][2] == {
        "number": "6400", "member_channel_id": "all"}
    assert sim.yeastar.seen("conference/invite_member")[0][2] == {
        "number": "6400", "invitemembers": ["1005"], "dialpermission": "1003"}


def test_malformed_conference_answer_is_an_invalid_response(sim: Simulator, run: Any) -> None:
    sim.call(lambda: sim.yeastar.fail(Fault(FaultKind.MALFORMED,
                                            path="conference/query_ongoing_conference")))

    async def scenario() -> None:
        client = pbx_client(sim)
        with pytest.raises(InvalidResponse):
            await client.ongoing_conference("6400")
        await client.aclose()

    run(scenario())


def test_source_shows_members_sends_each_command_once_and_follows_events(
        sim: Simulator, run: Any) -> None:
    notices: list[Notice] = []

    async def scenario() -> None:
        client = pbx_client(sim)
        book = CallBook(client, {"thai": ["1003"]}, backoff_factory=fast_backoff)
        source = PbxConferenceSource(client, "6400", dial_permission="1003", interval_s=300)
        book.add_event_listener(source.on_pbx_event)
        source.add_listener(lambda view: None, notices.append)
        book.start()
        await until(lambda: book.available, what="event stream up")
        source.start()
        await until(lambda: source.view.status == "ONLINE", what="first read")
        assert source.view.subject == "Weekly all-hands · 6400"
        start_bridge(sim)
        # No poll for 300 s: only the PBX's call event can bring the members in.
        await until(lambda: len(source.view.participants) == 3, what="members after event")
        names = {p.name for p in source.view.participants}
        assert {"Boardroom phone", "ห้องประชุม 5 โทรศัพท์", "0898765432"} == names
        guest = next(p for p in source.view.participants if p.name == "0898765432")
        assert guest.detail == "via AIS SIP Trunk"
        assert source.participant_action(guest.id, "mute")
        assert not source.participant_action(guest.id, "mute")  # a second tap while pending
        await source.wait_for_commands()
        assert next(p for p in source.view.participants if p.id == guest.id).muted
        assert source.room_action("mute")
        await source.wait_for_commands()
        assert source.view.muted and all(p.muted for p in source.view.participants)
        assert source.participant_action(guest.id, "unmute")
        await source.wait_for_commands()
        assert [p.muted for p in source.view.participants if p.id == guest.id] == [False]
        assert sum(p.muted for p in source.view.participants) == 2
        assert source.participant_action(guest.id, "destroy")
        await source.wait_for_commands()
        assert len(source.view.participants) == 2
        assert not source.room_action("lock")  # the PBX cannot lock a conference
        source.invite("0812345678")
        await source.wait_for_commands()
        await until(lambda: len(source.view.participants) == 3)
        board = next(p for p in source.view.participants if p.name == "Boardroom phone")
        sim.take_offline("yeastar")
        source.participant_action(board.id, "mute")
        await source.wait_for_commands()
        await source.stop()
        await book.aclose()

    run(scenario())
    assert len(sim.yeastar.seen("conference/mute_member")) == 2
    assert len(sim.yeastar.seen("conference/kick_member")) == 1
    assert len(notices) == 1 and phrase_notice(notices[0]).startswith(
        "Could not mute Boardroom phone: Cannot reach the PBX")
