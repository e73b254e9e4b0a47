"""The PortSIP conference client against the simulator."""

from __future__ import annotations

from typing import Any

import pytest

from app.api.errors import AuthenticationFailed, RejectedByService
from app.api.portsip.client import PortSipClient
from app.sim.portsip import PASSWORD, USERNAME
from app.sim.server import Simulator


def client_for(sim: Simulator, **kwargs: Any) -> PortSipClient:
    return PortSipClient(sim.portsip_url, USERNAME, PASSWORD, **kwargs)


def test_rooms_status_and_participants(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        client = client_for(sim)
        rooms = await client.list_rooms()
        assert [r.subject for r in rooms][:2] == ["Boardroom weekly", "Huddle stand-up"]
        board = sim.portsip.board_id
        assert (await client.get_room(board)).extension_number == "6400"
        status = await client.room_status(board)
        assert (status.status, status.locked, status.muted) == ("ON_CALL", False, False)
        people = await client.participants(board)
        assert [p.chairman for p in people] == [True, False, False]
        await client.aclose()

    run(scenario())


def test_every_page_is_read(sim: Simulator, run: Any) -> None:
    sim.call(lambda: [sim.portsip.add_room(str(7000 + n), f"Room {n}", []) for n in range(150)])

    async def scenario() -> int:
        client = client_for(sim)
        rooms = await client.list_rooms()
        await client.aclose()
        return len(rooms)

    assert run(scenario()) == 152


def test_room_and_participant_actions(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        client = client_for(sim)
        board = sim.portsip.board_id
        for action in ("mute", "lock", "start_recording"):
            await client.room_action(board, action)
        status = await client.room_status(board)
        assert (status.muted, status.locked, status.recording) == (True, True, True)
        with pytest.raises(RejectedByService, match="locked"):
            await client.invite(board, "0899999999")  # a locked room takes nobody new
        await client.room_action(board, "unlock")
        await client.invite(board, "0899999999")
        people = await client.participants(board)
        somchai = people[1]
        await client.participant_action(board, somchai.id, "unmute")
        await client.participant_action(board, somchai.id, "chairman")
        await client.set_position(board, somchai.id, 0)
        await client.set_layout(board, "LAYOUT9")
        await client.participant_action(board, people[2].id, "destroy")
        after = {p.id: p for p in await client.participants(board)}
        assert after[somchai.id].chairman and not after[somchai.id].muted
        assert after[somchai.id].position == 0
        assert people[2].id not in after and len(after) == 3
        assert (await client.get_room(board)).layout == "LAYOUT9"
        with pytest.raises(ValueError, match="layout"):
            await client.set_layout(board, "LAYOUT5")
        await client.aclose()

    run(scenario())


def test_sign_in_refused_and_session_renewed_after_401(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        wrong = PortSipClient(sim.portsip_url, USERNAME, "nope")
        with pytest.raises(AuthenticationFailed, match="Invalid username or password"):
            await wrong.list_rooms()
        await wrong.aclose()
        client = client_for(sim)
        await client.list_rooms()
        sim.call(sim.portsip.expire_tokens)
        assert await client.list_rooms()  # a read signs in again and retries once
        sim.call(sim.portsip.expire_tokens)
        with pytest.raises(AuthenticationFailed, match="try again"):
            await client.room_action(sim.portsip.board_id, "lock")  # a command: not resent
        await client.aclose()

    run(scenario())
    assert len(sim.portsip.seen("/lock")) == 1


def test_token_is_refreshed_before_expiry(sim: Simulator, run: Any) -> None:
    now = [0.0]

    async def scenario() -> None:
        client = client_for(sim, clock=lambda: now[0])
        await client.list_rooms()
        now[0] += 3600 - 60
        await client.list_rooms()
        await client.aclose()

    run(scenario())
    assert len(sim.portsip.seen("/auth/sign_in")) == 1
    assert len(sim.portsip.seen("/auth/refresh_token")) == 1
