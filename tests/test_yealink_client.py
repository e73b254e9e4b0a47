"""The Yealink client against the simulator, over real HTTP on loopback."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from app.api.errors import (
    AuthenticationFailed,
    InvalidResponse,
    RejectedByService,
    ServerFailure,
    ServiceTimeout,
    ServiceUnreachable,
)
from app.api.yealink.client import ChangeTopic, YealinkClient
from app.sim.faults import Fault, FaultKind
from app.sim.server import Simulator

BOARDROOM = "6a670bb3-65b1-44c0-ba90-d63f733aa188"


def client_for(sim: Simulator, **kwargs: Any) -> YealinkClient:
    return YealinkClient(sim.yealink_url, sim.yealink.client_id, sim.yealink.client_secret,
                         **kwargs)


def test_reads_rooms_and_their_lists(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        async with client_for(sim) as client:
            spaces = await client.list_spaces()
            names = [s.name for s in spaces]
            assert names[:3] == ["Boardroom", "ห้องประชุมใหญ่ ชั้น 5", "第一会议室"]
            macros = await client.list_macros(BOARDROOM)
            assert "All off" in [m.name for m in macros]
            monitors = await client.list_monitors(BOARDROOM)
            assert {m.name: m.enable for m in monitors}["Shut down at 20:00"] is True
            routings = await client.list_auto_routings(BOARDROOM)
            assert {r.name: r.enable for r in routings}["Laptop to main display"] is False

    run(scenario())


def test_every_page_is_read_when_total_exceeds_limit(sim: Simulator, run: Any) -> None:
    sim.call(lambda: [sim.yealink.add_macro("Huddle 3", f"Scene {n:03}") for n in range(120)])

    async def scenario() -> list[str]:
        async with client_for(sim) as client:
            return [m.name for m in await client.list_macros(sim.yealink.space("Huddle 3").id)]

    names = run(scenario())
    assert len(names) == 122
    assert names[-1] == "Scene 119"
    assert len(sim.yealink.seen("/ctrl/macros/page")) == 3  # 50 + 50 + 22


def test_every_call_carries_token_timestamp_and_a_fresh_nonce(sim: Simulator, run: Any) -> None:
    seen: list[httpx.Headers] = []

    async def record(request: httpx.Request) -> None:
        seen.append(request.headers)

    async def scenario() -> None:
        http = httpx.AsyncClient(event_hooks={"request": [record]})
        async with client_for(sim, http=http) as client:
            await client.list_spaces()
            await client.list_macros(BOARDROOM)
        await http.aclose()

    run(scenario())
    api_calls = seen[1:]  # the first is the sign-in
    assert all(h.get("Token") and h.get("timestamp", "").isdigit() for h in api_calls)
    nonces = [h["nonce"] for h in seen]
    assert len(set(nonces)) == len(nonces)


def test_macro_invoke_reaches_the_room_and_changes_it(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        async with client_for(sim) as client:
            macros = {m.name: m.id for m in await client.list_macros(BOARDROOM)}
            await client.invoke_macro(BOARDROOM, macros["Start presentation"])

    run(scenario())
    assert len(sim.yealink.seen("/ctrl/macro/invoke")) == 1
    assert sim.call(lambda: sim.yealink.switch_state("Boardroom", "Laptop to main display"))


def test_switches_are_set(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        async with client_for(sim) as client:
            await client.set_monitor_enabled(BOARDROOM, "board-mon-3", False)
            await client.set_auto_routing_enabled(BOARDROOM, "board-ar-2", True)

    run(scenario())
    assert sim.call(lambda: sim.yealink.switch_state("Boardroom", "Shut down at 20:00")) is False
    assert sim.call(lambda: sim.yealink.switch_state("Boardroom", "Camera follows speaker"))


@pytest.mark.parametrize("topic", list(ChangeTopic))
def test_long_poll_answers_with_changed_rooms_or_asks_again(
    sim: Simulator, run: Any, topic: ChangeTopic
) -> None:
    sim.yealink.long_poll_timeout_s = 0.3
    change = {
        ChangeTopic.MACROS: lambda: sim.yealink.add_macro("Boardroom", "New scene"),
        ChangeTopic.MONITORS: lambda: sim.yealink.set_switch(
            "Boardroom", "Shut down at 20:00", False),
        ChangeTopic.AUTO_ROUTINGS: lambda: sim.yealink.set_switch(
            "Boardroom", "Camera follows speaker", True),
    }[topic]

    async def scenario() -> tuple[Any, Any]:
        async with client_for(sim) as client:
            first = await client.wait_for_changes(topic)  # nothing changed: 204 after 0.3 s
            waiting = asyncio.ensure_future(client.wait_for_changes(topic))
            await asyncio.sleep(0.05)  # let the poll reach the server before the change
            sim.call(change)
            return first, await waiting

    first, second = run(scenario())
    assert first is None
    assert second == [BOARDROOM]


def test_a_change_between_two_polls_is_not_lost(sim: Simulator, run: Any) -> None:
    async def scenario() -> list[str] | None:
        async with client_for(sim) as client:
            sim.yealink.long_poll_timeout_s = 0.2
            await client.wait_for_changes(ChangeTopic.MONITORS)  # registers this client
            sim.call(lambda: sim.yealink.set_switch("第一会议室", "有人时自动开屏", False))
            return await client.wait_for_changes(ChangeTopic.MONITORS)

    assert run(scenario()) == [sim.yealink.space("第一会议室").id]


def test_token_is_renewed_before_it_expires(sim: Simulator, run: Any) -> None:
    # The margin is 300 s, but never more than half a token's life: 200 s here.
    sim.yealink.token_ttl_s = 400

    now = [1_000_000.0]

    async def scenario() -> None:
        import time as real_time
        now[0] = real_time.time()
        async with client_for(sim, wall_clock=lambda: now[0]) as client:
            await client.list_spaces()
            now[0] += 250  # 150 s left: within the margin
            await client.list_spaces()

    run(scenario())
    assert len(sim.yealink.seen("/auth/clientToken")) == 1
    assert len(sim.yealink.seen("/auth/token")) == 1


def test_a_read_is_retried_once_after_401_with_a_new_token(sim: Simulator, run: Any) -> None:
    async def scenario() -> int:
        async with client_for(sim) as client:
            await client.list_spaces()
            sim.call(sim.yealink.expire_all_tokens)
            return len(await client.list_macros(BOARDROOM))

    assert run(scenario()) == 6
    assert len(sim.yealink.seen("/auth/clientToken")) == 2
    assert len(sim.yealink.seen("/ctrl/macros/page")) == 2


def test_a_macro_is_never_sent_twice_on_401(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        async with client_for(sim) as client:
            await client.list_spaces()
            sim.call(sim.yealink.expire_all_tokens)
            with pytest.raises(AuthenticationFailed, match="try again"):
                await client.invoke_macro(BOARDROOM, "board-mac-1")
            # The token was renewed: the next tap goes through.
            await client.invoke_macro(BOARDROOM, "board-mac-1")

    run(scenario())
    assert len(sim.yealink.seen("/ctrl/macro/invoke")) == 2


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        (Fault(FaultKind.HTTP_STATUS, path="invoke", status=500), ServerFailure),
        (Fault(FaultKind.DROP, path="invoke"), ServiceUnreachable),
        (Fault(FaultKind.MALFORMED, path="invoke"), InvalidResponse),
    ],
)
def test_a_failed_macro_is_not_retried(
    sim: Simulator, run: Any, fault: Fault, error: type[Exception]
) -> None:
    sim.call(lambda: sim.yealink.fail(fault))

    async def scenario() -> None:
        async with client_for(sim) as client:
            with pytest.raises(error):
                await client.invoke_macro(BOARDROOM, "board-mac-1")

    run(scenario())
    assert len(sim.yealink.seen("/ctrl/macro/invoke")) == 1


def test_refusal_carries_the_services_own_message(sim: Simulator, run: Any) -> None:
    sim.call(lambda: sim.yealink.fail(Fault(FaultKind.REFUSE, path="invoke",
                                             message="Projector is warming up")))

    async def scenario() -> None:
        async with client_for(sim) as client:
            with pytest.raises(RejectedByService, match="Projector is warming up"):
                await client.invoke_macro(BOARDROOM, "board-mac-1")
            with pytest.raises(RejectedByService, match="does not exist"):
                await client.invoke_macro(BOARDROOM, "no-such-macro")

    run(scenario())


def test_reads_retry_a_server_error_once(sim: Simulator, run: Any) -> None:
    sim.call(lambda: sim.yealink.fail(
        Fault(FaultKind.HTTP_STATUS, path="monitors/page", status=500)))

    async def scenario() -> int:
        async with client_for(sim) as client:
            return len(await client.list_monitors(BOARDROOM))

    assert run(scenario()) == 4


def test_persistent_server_errors_surface_as_server_failure(sim: Simulator, run: Any) -> None:
    sim.call(lambda: sim.yealink.fail(Fault(FaultKind.HTTP_STATUS, path="monitors/page", status=503,
                                             count=5)))

    async def scenario() -> None:
        async with client_for(sim) as client:
            with pytest.raises(ServerFailure, match="HTTP 503"):
                await client.list_monitors(BOARDROOM)

    run(scenario())


def test_slow_answer_times_out(sim: Simulator, run: Any) -> None:
    sim.call(lambda: sim.yealink.fail(Fault(FaultKind.DELAY, path="spaces/page", seconds=1.0,
                                             count=5)))

    async def scenario() -> None:
        async with client_for(sim, request_timeout_s=0.2, read_retries=0) as client:
            await client.sign_in()
            with pytest.raises(ServiceTimeout):
                await client.list_spaces()

    run(scenario())


def test_malformed_json_on_a_read_is_an_invalid_response(sim: Simulator, run: Any) -> None:
    sim.call(lambda: sim.yealink.fail(Fault(FaultKind.MALFORMED, path="spaces/page")))

    async def scenario() -> None:
        async with client_for(sim) as client:
            with pytest.raises(InvalidResponse, match="not JSON"):
                await client.list_spaces()

    run(scenario())


def test_wrong_shape_is_an_invalid_response_naming_the_field(sim: Simulator, run: Any) -> None:
    sim.call(lambda: setattr(sim.yealink.space("Boardroom").monitors[0], "enable", "maybe"))

    async def scenario() -> None:
        async with client_for(sim) as client:
            with pytest.raises(InvalidResponse, match="enable"):
                await client.list_monitors(BOARDROOM)

    run(scenario())


def test_bad_credentials_are_an_authentication_failure(sim: Simulator, run: Any) -> None:
    async def scenario() -> None:
        async with YealinkClient(sim.yealink_url, "roompanel-demo", "wrong") as client:
            with pytest.raises(AuthenticationFailed, match="credentials"):
                await client.list_spaces()

    run(scenario())


def test_unreachable_service(sim: Simulator, run: Any) -> None:
    sim.take_offline()

    async def scenario() -> None:
        async with client_for(sim, read_retries=0) as client:
            with pytest.raises(ServiceUnreachable, match="Cannot reach"):
                await client.list_spaces()

    run(scenario())
