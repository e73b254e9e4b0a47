"""The PBX session heals itself without burning the site's 8 tokens: a login whose answer
was lost or garbled counts for the backoff, a token the PBX refuses on its event socket is
dropped (refreshed, or a new login), and a PBX that forgot every token (a restart) is
signed in to again at once."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from conftest import fast_backoff, until
from test_calls import ROOMS

from app.api.yeastar.client import YeastarClient
from app.sim.faults import Fault, FaultKind
from app.sim.server import Simulator
from app.sim.yeastar_socket import SubscribeRefusal
from app.state.calls import CallBook

# Short enough for a test; the panel's own is 30 s doubling to 15 min.
LOGIN_BACKOFF_S = (0.3, 2.0)


def book_for(sim: Simulator) -> CallBook:
    client = YeastarClient(sim.yeastar_url, sim.yeastar.client_id, sim.yeastar.client_secret,
                           login_backoff_s=LOGIN_BACKOFF_S)
    return CallBook(client, ROOMS, backoff_factory=fast_backoff)


@pytest.mark.parametrize("kind", [FaultKind.LOSE_AFTER, FaultKind.GARBLE_AFTER])
def test_lost_login_answers_are_spaced_and_the_book_comes_back(sim: Simulator, run: Any,
                                                               kind: FaultKind) -> None:
    sim.call(lambda: sim.yeastar.fail(Fault(kind, path="get_token", count=2)))
    most_tokens = [0]

    async def scenario() -> None:
        book = book_for(sim)
        book.start()

        def watching() -> bool:
            most_tokens[0] = max(most_tokens[0], sim.yeastar.valid_tokens)
            return book.available

        try:
            await until(watching, 5.0, "calls available once the answers come through")
        finally:
            await book.aclose()

    run(scenario())
    logins = sim.yeastar.seen("get_token")
    # Two answers lost (two tokens issued but never seen), then one that arrived: without
    # the backoff, the event stream's fast reconnects would have asked dozens of times.
    assert len(logins) == 3
    gaps = [later[3] - earlier[3] for earlier, later in itertools.pairwise(logins)]
    assert gaps[0] >= LOGIN_BACKOFF_S[0] * 0.9 and gaps[1] >= gaps[0] * 1.5
    assert most_tokens[0] <= 3


@pytest.mark.parametrize("refusal", list(SubscribeRefusal))
def test_a_token_the_event_socket_refuses_is_dropped(sim: Simulator, run: Any,
                                                     refusal: SubscribeRefusal) -> None:
    async def scenario() -> None:
        book = book_for(sim)
        book.start()
        try:
            await until(lambda: book.available, what="stream up")
            sim.call(lambda: sim.yeastar.refuse_subscriptions(refusal, count=1))
            sim.run(sim.yeastar.drop_sockets())
            await until(lambda: not book.available, what="stream down")
            await until(lambda: book.available, 5.0, "stream back with a new token")
        finally:
            await book.aclose()

    run(scenario())
    # The refused token was never offered again: it was refreshed for a new one.
    assert len(sim.yeastar.seen("refresh_token")) >= 1
    assert len(sim.yeastar.seen("get_token")) == 1


def test_a_pbx_that_forgot_every_token_is_signed_in_to_again(sim: Simulator,
                                                             run: Any) -> None:
    async def scenario() -> None:
        book = book_for(sim)
        book.start()
        try:
            await until(lambda: book.available, what="stream up")
            sim.call(sim.yeastar.forget_tokens)
            sim.run(sim.yeastar.drop_sockets(abrupt=True))  # a restart drops them too
            await until(lambda: not book.available, what="stream down")
            await until(lambda: book.available, 5.0, "back within 5 s")
        finally:
            await book.aclose()

    run(scenario())
    assert len(sim.yeastar.seen("get_token")) == 2
    assert sim.yeastar.valid_tokens == 0  # and the new one was revoked at the end


def test_a_silent_socket_is_given_up_and_reopened(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        client = YeastarClient(sim.yeastar_url, sim.yeastar.client_id,
                               sim.yeastar.client_secret)
        book = CallBook(client, ROOMS, backoff_factory=fast_backoff, heartbeat_s=0.2,
                        dead_after_s=1.0)
        book.start()
        try:
            await until(lambda: book.available, what="stream up")
            sim.call(sim.yeastar.go_silent)  # open, but saying nothing, not even heartbeats
            await until(lambda: not book.available, 3.0, "a silent socket is dead")
            await until(lambda: book.available, 5.0, "a new socket, which speaks")
            sim.call(lambda: sim.yeastar.ring("1001", "0812345678"))
            await until(lambda: bool(book.calls_for("board")), what="events flow again")
        finally:
            await book.aclose()

    run(scenario())


def test_garbage_frames_are_skipped_without_dropping_the_stream(sim: Simulator,
                                                                run: Any) -> None:
    async def scenario() -> None:
        book = book_for(sim)
        book.start()
        try:
            await until(lambda: book.available, what="stream up")
            sim.call(lambda: sim.yeastar.send_garbage(12))
            sim.call(lambda: sim.yeastar.ring("1001", "0812345678"))
            await until(lambda: bool(book.calls_for("board")), what="the real event after them")
            assert book.available
        finally:
            await book.aclose()

    run(scenario())
    assert len(sim.yeastar.seen("get_token")) == 1  # the same socket and token throughout
