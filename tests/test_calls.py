"""PBX calls: token lifecycle, events, reconnect and reconciliation, controls, redaction."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
from conftest import fast_backoff, until

from app.api.errors import AuthenticationFailed
from app.api.yeastar.client import YeastarClient
from app.api.yeastar.models import parse_event
from app.sim.faults import Fault, FaultKind
from app.sim.server import Simulator
from app.state.calls import CallBook
from app.state.notices import Notice
from app.viewmodels.phrases import phrase_notice

ROOMS = {"board": ["1001", "1002"], "thai": ["1003"]}


def pbx_client(sim: Simulator, **kwargs: Any) -> YeastarClient:
    return YeastarClient(sim.yeastar_url, sim.yeastar.client_id, sim.yeastar.client_secret,
                         **kwargs)


def make_book(sim: Simulator, client: YeastarClient | None = None, **kwargs: Any) -> CallBook:
    return CallBook(client or pbx_client(sim), ROOMS, backoff_factory=fast_backoff, **kwargs)


async def live_book(sim: Simulator, **kwargs: Any) -> CallBook:
    book = make_book(sim, **kwargs)
    book.start()
    await until(lambda: book.available, what="event stream up")
    return book


async def close(book: CallBook) -> None:
    await book.aclose()


def test_token_is_obtained_once_refreshed_and_revoked(sim: Simulator, run: Any) -> None:
    now = [0.0]

    async def scenario() -> None:
        client = pbx_client(sim, clock=lambda: now[0])
        await client.query_calls()
        await client.query_calls()
        assert sim.yeastar.valid_tokens == 1
        now[0] += 1800 - 60  # inside the refresh margin
        await client.query_calls()
        await client.aclose()

    run(scenario())
    assert len(sim.yeastar.seen("get_token")) == 1
    assert len(sim.yeastar.seen("refresh_token")) == 1
    assert len(sim.yeastar.seen("del_token")) == 1
    assert sim.yeastar.valid_tokens == 0
    assert all(r[0] for r in sim.yeastar.requests)  # every request was recorded


def test_an_expired_token_is_refreshed_not_logged_in_again(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        client = pbx_client(sim)
        await client.query_calls()
        sim.call(sim.yeastar.expire_access_tokens)
        assert await client.query_calls() == []
        await client.aclose()

    run(scenario())
    assert len(sim.yeastar.seen("get_token")) == 1
    assert len(sim.yeastar.seen("refresh_token")) == 1


def test_failed_logins_back_off_and_never_hammer_the_pbx(sim: Simulator, run: Any) -> None:
    now = [0.0]

    async def scenario() -> None:
        client = YeastarClient(sim.yeastar_url, "pbx-demo", "wrong", clock=lambda: now[0])
        with pytest.raises(AuthenticationFailed, match="refused the panel's login"):
            await client.query_calls()
        for _ in range(10):  # a busy panel keeps asking...
            with pytest.raises(AuthenticationFailed, match="next attempt in 30 s"):
                await client.query_calls()
        now[0] += 31
        with pytest.raises(AuthenticationFailed, match="refused"):
            await client.query_calls()
        with pytest.raises(AuthenticationFailed, match="next attempt in 60 s"):
            await client.query_calls()
        await client.aclose()

    run(scenario())
    assert len(sim.yeastar.seen("get_token")) == 2  # ...but the PBX saw two logins
    assert not sim.yeastar.blocked


def test_the_eight_token_limit_is_respected(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        clients = [pbx_client(sim) for _ in range(8)]
        for client in clients:
            await client.query_calls()
        ninth = pbx_client(sim)
        with pytest.raises(AuthenticationFailed, match="TOO MANY TOKENS"):
            await ninth.query_calls()
        for client in clients:
            await client.aclose()
        await ninth.aclose()

    run(scenario())
    assert sim.yeastar.valid_tokens == 0


def test_token_never_reaches_a_log_line(sim: Simulator, run: Any,
                                        caplog: pytest.LogCaptureFixture) -> None:
    from app.logs import redactor

    caplog.set_level(logging.DEBUG)
    caplog.handler.addFilter(redactor)

    tokens: list[str] = []

    async def scenario() -> None:
        book = await live_book(sim)
        sim.call(lambda: sim.yeastar.ring("1001", "0812345678"))
        await until(lambda: bool(book.calls_for("board")))
        tokens.extend([*sim.yeastar.access_tokens, *sim.yeastar.refresh_tokens])
        await close(book)

    run(scenario())
    assert len(tokens) == 2
    text = caplog.text
    assert not any(token in text for token in tokens)


def test_inbound_call_rings_is_answered_held_and_ends(sim: Simulator, run: Any) -> None:
    states: list[str] = []

    async def scenario() -> None:
        book = await live_book(sim)
        book.add_listener(lambda view: states.extend(r.state for r in view.calls_for("board")),
                          lambda room, n: None)
        call = sim.call(lambda: sim.yeastar.ring("1001", "0812345678", trunk="AIS SIP Trunk"))
        await until(lambda: [r.state for r in book.calls_for("board")] == ["ringing"])
        row = book.calls_for("board")[0]
        assert (row.remote, row.trunk, row.direction) == ("0812345678", "AIS SIP Trunk",
                                                          "inbound")
        assert book.calls_for("thai") == []
        sim.call(lambda: sim.yeastar.answer(call))
        await until(lambda: book.calls_for("board")[0].state == "talking")
        sim.call(lambda: sim.yeastar.set_status(call, "HOLD", number="1001"))
        await until(lambda: book.calls_for("board")[0].state == "on hold")
        sim.call(lambda: sim.yeastar.end(call))
        await until(lambda: book.calls_for("board") == [])
        await until(lambda: bool(book.recent_for("board")))
        recent = book.recent_for("board")[0]
        assert (recent.remote, recent.status) == ("0812345678", "ANSWERED")
        await close(book)

    run(scenario())
    assert states[0] == "ringing" and "talking" in states and "on hold" in states


def test_controls_reach_the_pbx_once(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        book = await live_book(sim)
        call = sim.call(lambda: sim.yeastar.ring("1002", "021234567"))
        await until(lambda: bool(book.calls_for("board")))
        sim.call(lambda: sim.yeastar.answer(call))
        await until(lambda: book.calls_for("board")[0].state == "talking")
        assert book.control("board", call, "hold")
        assert not book.control("board", call, "hold")  # double tap while pending
        await book.wait_for_commands()
        await until(lambda: book.calls_for("board")[0].state == "on hold")
        book.control("board", call, "resume")
        await book.wait_for_commands()
        book.control("board", call, "mute")
        await book.wait_for_commands()
        assert book.calls_for("board")[0].muted
        book.control("board", call, "hangup")
        await book.wait_for_commands()
        await until(lambda: book.calls_for("board") == [])
        await close(book)

    run(scenario())
    for endpoint in ("call/hold", "call/unhold", "call/mute", "call/hangup"):
        assert len(sim.yeastar.seen(endpoint)) == 1, endpoint


def test_dial_from_the_rooms_extension(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        book = await live_book(sim)
        assert book.dial("board", "1000")
        await book.wait_for_commands()
        await until(lambda: bool(book.calls_for("board")))
        row = book.calls_for("board")[0]
        assert (row.our_extension, row.remote, row.state) == ("1001", "1000", "dialing")
        assert row.remote_name == "Reception"  # from extension/list
        await close(book)

    run(scenario())
    assert sim.yeastar.seen("call/dial")[0][2]["caller"] == "1001"


def test_failed_call_and_host_left_become_notices(sim: Simulator, run: Any) -> None:
    notices: list[tuple[str, Notice]] = []

    async def scenario() -> None:
        book = await live_book(sim)
        book.add_listener(lambda view: None, lambda room, n: notices.append((room, n)))
        sim.call(lambda: sim.yeastar.fail_call("1002", "0899999999", "BUSY"))
        sim.call(lambda: sim.yeastar.host_left("6400", "1003"))
        await until(lambda: len(notices) == 2)
        await close(book)

    run(scenario())
    assert (notices[0][0], phrase_notice(notices[0][1])) == ("board",
                                                           "Call to 0899999999 failed: BUSY")
    assert notices[1][0] == "thai" and "left conference 6400" in phrase_notice(notices[1][1])


def test_dropped_socket_shows_unavailable_then_reconciles_without_ghosts(
        sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        book = await live_book(sim)
        call = sim.call(lambda: sim.yeastar.ring("1001", "0812345678"))
        await until(lambda: bool(book.calls_for("board")))
        sim.take_offline("yeastar")
        await until(lambda: not book.available, what="unavailable")
        assert book.calls_for("board") == []  # never a call that may have ended
        sim.call(lambda: sim.yeastar.end(call))  # it ends while we cannot hear
        other = sim.call(lambda: sim.yeastar.ring("1003", "021111111"))
        sim.bring_online("yeastar")
        await until(lambda: book.available, 5.0, what="reconnected")
        assert book.calls_for("board") == []
        assert [r.call_id for r in book.calls_for("thai")] == [other]
        await close(book)

    run(scenario())
    assert len(sim.yeastar.seen("call/query")) >= 2


def test_silent_socket_is_noticed_and_replaced(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        # Our heartbeat is slower than the PBX's patience: the PBX drops us, we reconnect.
        sim.yeastar.heartbeat_timeout_s = 0.3
        book = await live_book(sim, heartbeat_s=5.0, dead_after_s=5.0)
        await until(lambda: not book.available, 3.0, what="dropped")
        await until(lambda: book.available, 3.0, what="back")
        await close(book)

    run(scenario())


def test_heartbeat_keeps_the_socket(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        sim.yeastar.heartbeat_timeout_s = 0.5
        book = await live_book(sim, heartbeat_s=0.1, dead_after_s=2.0)
        await asyncio.sleep(1.5)  # three times the PBX's patience
        assert book.available
        await close(book)

    run(scenario())
    assert len(sim.yeastar.seen("get_token")) == 1


def test_odd_events_are_skipped_without_dropping_the_stream(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        book = await live_book(sim)
        sim.call(lambda: sim.yeastar.push_raw("{not json"))
        sim.call(lambda: sim.yeastar.push_raw('{"type": 39999, "msg": "{}"}'))
        sim.call(lambda: sim.yeastar.push_raw('{"type": 30011, "msg": {"call_id": "x", '
                                              '"members": [{"hologram": {}}]}}'))
        sim.call(lambda: sim.yeastar.push_raw(
            '{"type": 30011, "sn": "1", "msg": {"call_id": "obj", "members": ['
            '{"extension": {"number": "1001", "channel_id": "c1", "member_status": "RING"}}]}}'))
        await until(lambda: [r.call_id for r in book.calls_for("board")] == ["obj"])
        assert book.available
        await close(book)

    run(scenario())


def test_event_msg_as_text_or_object() -> None:
    text = parse_event('{"type": 30012, "sn": "s", "msg": "{\\"call_id\\": \\"1\\"}"}')
    obj = parse_event('{"type": 30012, "sn": "s", "msg": {"call_id": "1"}}')
    assert text is not None and obj is not None and text.msg == obj.msg == {"call_id": "1"}
    assert parse_event("heartbeat response") is None


def test_transfer_moves_the_call_to_the_other_room(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        book = await live_book(sim)
        call = sim.call(lambda: sim.yeastar.ring("1003", "021234567"))
        sim.call(lambda: sim.yeastar.answer(call))
        await until(lambda: bool(book.calls_for("thai")))
        sim.call(lambda: sim.yeastar.transfer(call, "1003", "1002"))
        await until(lambda: not book.calls_for("thai") and bool(book.calls_for("board")))
        assert book.calls_for("board")[0].state == "talking"
        await close(book)

    run(scenario())


def test_conference_members_carry_the_call_path(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        book = await live_book(sim)
        sim.call(lambda: sim.yeastar.conference("6400", ["1001", "1003"], "0898765432"))
        await until(lambda: bool(book.calls_for("board")) and bool(book.calls_for("thai")))
        members = book.calls_for("board")[0].members
        assert {m.call_path for m in members} == {"conference:6400"}
        await close(book)

    run(scenario())


def test_a_desk_phone_under_uacsta_answers_once_and_a_refusal_is_told(
        sim: Simulator, run: Any) -> None:
    """30020 says the room's phone rings under uaCSTA: the call can be answered from the
    panel (pending until the PBX says it no longer rings); a phone that cannot, is not
    offered; a refused answer is a notice for the room."""
    notices: list[tuple[str, Notice]] = []

    async def scenario() -> None:
        book = await live_book(sim)
        book.add_listener(lambda view: None, lambda room, n: notices.append((room, n)))
        plain = sim.call(lambda: sim.yeastar.ring("1002", "021234567"))  # no uaCSTA
        await until(lambda: len(book.calls_for("board")) == 1)
        assert not book.calls_for("board")[0].answerable
        assert not book.control("board", plain, "answer")
        sim.call(lambda: sim.yeastar.end(plain))
        call = sim.call(lambda: sim.yeastar.ring("1001", "0812345678"))
        await until(lambda: any(r.answerable for r in book.calls_for("board")))
        assert book.control("board", call, "answer")
        assert not book.control("board", call, "answer")  # a double tap while pending
        await book.wait_for_commands()
        await until(lambda: book.calls_for("board")[0].state == "talking")
        assert book.calls_for("board")[0].pending == ""
        # The next one is refused by the PBX: told, and answerable again.
        sim.call(lambda: sim.yeastar.end(call))
        refused = sim.call(lambda: sim.yeastar.ring("1001", "0899999999"))
        await until(lambda: any(r.answerable for r in book.calls_for("board")))
        sim.call(lambda: sim.yeastar.fail(Fault(FaultKind.REFUSE, path="uacsta_call/accept",
                                                 message="UACSTA DISABLED")))
        assert book.control("board", refused, "answer")
        await book.wait_for_commands()
        await until(lambda: bool(notices))
        assert book.calls_for("board")[0].answerable
        await close(book)

    run(scenario())
    assert len(sim.yeastar.seen("uacsta_call/accept")) == 2
    assert notices[0][0] == "board"
    assert phrase_notice(notices[0][1]).startswith(
        "The room's phone could not answer the call from 0899999999")


def test_a_call_is_handed_to_reception_once(sim: Simulator, run: Any) -> None:
    """A blind transfer: the outside caller's leg goes to the number, the room leaves."""
    async def scenario() -> None:
        book = await live_book(sim)
        call = sim.call(lambda: sim.yeastar.ring("1002", "0812345678"))
        await until(lambda: bool(book.calls_for("board")))
        assert not book.transfer("board", call, "1000")  # still ringing: nothing to hand
        sim.call(lambda: sim.yeastar.answer(call))
        await until(lambda: book.calls_for("board")[0].state == "talking")
        assert book.transfer("board", call, "1000")
        assert not book.transfer("board", call, "1000")  # a double tap
        await book.wait_for_commands()
        await until(lambda: book.calls_for("board") == [], what="the room left the call")
        await close(book)

    run(scenario())
    bodies = [body for _, _, body, _ in sim.yeastar.seen("call/transfer")]
    assert len(bodies) == 1
    assert bodies[0]["type"] == "blind" and bodies[0]["number"] == "1000"
    assert bodies[0]["dial_permission"] == "1002"
    assert bodies[0]["channel_id"].startswith("PJSIP/trunk-")  # the caller's leg


def test_recent_calls_are_back_filled_from_the_call_records_without_duplicates(
        sim: Simulator, run: Any) -> None:
    """Calls that ended before the panel started come from `cdr/list`; a record the event
    stream then repeats is not listed twice; another room's calls are not listed."""
    earlier = sim.call(lambda: sim.yeastar.ring("1001", "0811111111"))
    sim.call(lambda: sim.yeastar.answer(earlier))
    sim.call(lambda: sim.yeastar.end(earlier))
    missed = sim.call(lambda: sim.yeastar.ring("1003", "0822222222"))
    sim.call(lambda: sim.yeastar.end(missed))

    async def scenario() -> None:
        book = await live_book(sim)
        await until(lambda: bool(book.recent_for("board")), what="back-filled")
        assert [(c.remote, c.status) for c in book.recent_for("board")] == \
            [("0811111111", "ANSWERED")]
        assert [(c.remote, c.status) for c in book.recent_for("thai")] == \
            [("0822222222", "NO ANSWER")]
        # The PBX repeats the first record as an event: still one row.
        cdr = sim.call(lambda: sim.yeastar.cdrs[0])
        sim.call(lambda: sim.yeastar._emit(30012, cdr))
        later = sim.call(lambda: sim.yeastar.ring("1002", "0833333333"))
        sim.call(lambda: sim.yeastar.end(later))
        await until(lambda: len(book.recent_for("board")) == 2, what="the new call")
        assert [c.remote for c in book.recent_for("board")] == ["0833333333", "0811111111"]
        await close(book)

    run(scenario())
    asked = sim.yeastar.seen("cdr/list")
    assert len(asked) == 1


def test_a_pbx_without_call_records_still_shows_calls(sim: Simulator, run: Any) -> None:
    sim.call(lambda: sim.yeastar.fail(Fault(FaultKind.HTTP_STATUS, path="cdr/list", status=404)))

    async def scenario() -> None:
        book = await live_book(sim)
        await book.wait_for_commands()
        call = sim.call(lambda: sim.yeastar.ring("1001", "0811111111"))
        await until(lambda: [r.call_id for r in book.calls_for("board")] == [call])
        await close(book)

    run(scenario())


def test_a_park_the_pbx_took_stays_pending_until_its_event(sim: Simulator, run: Any) -> None:
    """Between the PBX's answer and its event the call is unchanged on screen: it shows the
    park under way, and a second park or transfer is not sent."""
    async def scenario() -> None:
        book = await live_book(sim)
        call = sim.call(lambda: sim.yeastar.ring("1002", "0812345678"))
        sim.call(lambda: sim.yeastar.answer(call))
        await until(lambda: [r.state for r in book.calls_for("board")] == ["talking"])
        sim.call(sim.yeastar.go_silent)  # the event is late
        assert book.control("board", call, "park")
        await book.wait_for_commands()
        await until(lambda: [r.pending for r in book.calls_for("board")] == ["park"])
        assert not book.control("board", call, "park")
        assert not book.transfer("board", call, "1000")
        await close(book)

    run(scenario())
    assert len(sim.yeastar.seen("call/park")) == 1
    assert sim.yeastar.seen("call/transfer") == []
