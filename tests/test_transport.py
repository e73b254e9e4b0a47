"""What every vendor client shares (api/transport.py, service_client.py, token_keeper.py,
paging.py): one token renewal for many callers, a margin that fits the token's life, 429
honoured for reads only, the chaining policy, bounded paging, release only while valid."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

from app.api.errors import InvalidResponse, RateLimited, ServiceUnreachable
from app.api.paging import read_all_pages
from app.api.yealink.client import YealinkClient
from app.api.yeastar.client import YeastarClient
from app.sim.faults import Fault, FaultKind
from app.sim.server import Simulator

BOARDROOM = "6a670bb3-65b1-44c0-ba90-d63f733aa188"


def yealink(sim: Simulator, **kwargs: Any) -> YealinkClient:
    return YealinkClient(sim.yealink_url, sim.yealink.client_id, sim.yealink.client_secret,
                         **kwargs)


def test_concurrent_requests_share_one_renewal_of_a_short_token(sim: Simulator,
                                                                 run: Any) -> None:
    sim.yealink.token_ttl_s = 5
    now = [time.time()]

    async def scenario() -> None:
        async with yealink(sim, wall_clock=lambda: now[0]) as client:
            await client.list_spaces()
            now[0] += 1  # 4 s left: outside the margin (at most half of 5 s)
            await asyncio.gather(*(client.list_macros(BOARDROOM) for _ in range(8)))
            assert not sim.yealink.seen("/auth/token")
            now[0] += 2  # 2 s left: due
            await asyncio.gather(*(client.list_macros(BOARDROOM) for _ in range(8)))

    run(scenario())
    assert len(sim.yealink.seen("/auth/clientToken")) == 1
    assert len(sim.yealink.seen("/auth/token")) == 1


def test_a_busy_service_is_waited_for_on_reads_as_it_asks(sim: Simulator, run: Any) -> None:
    sim.call(lambda: sim.yealink.fail(Fault(FaultKind.HTTP_STATUS, path="macros/page",
                                             status=429, retry_after="2")))
    waited: list[float] = []

    async def pause(seconds: float) -> None:
        waited.append(seconds)

    async def scenario() -> int:
        async with yealink(sim, retry_pause=pause) as client:
            return len(await client.list_macros(BOARDROOM))

    assert run(scenario()) == 6
    assert waited == [2.0]
    assert len(sim.yealink.seen("/ctrl/macros/page")) == 2


def test_a_busy_service_asking_for_too_long_a_wait_is_not_waited_for(sim: Simulator,
                                                                      run: Any) -> None:
    sim.call(lambda: sim.yealink.fail(Fault(FaultKind.HTTP_STATUS, path="macros/page",
                                             status=429, retry_after="120")))

    async def scenario() -> None:
        async with yealink(sim) as client:
            with pytest.raises(RateLimited) as caught:
                await client.list_macros(BOARDROOM)
            assert caught.value.retry_after_s == 120

    run(scenario())
    assert len(sim.yealink.seen("/ctrl/macros/page")) == 1


def test_a_command_refused_as_busy_is_not_sent_again(sim: Simulator, run: Any) -> None:
    sim.call(lambda: sim.yealink.fail(Fault(FaultKind.HTTP_STATUS, path="invoke", status=429,
                                             retry_after="1")))

    async def scenario() -> None:
        async with yealink(sim) as client:
            with pytest.raises(RateLimited, match="busy"):
                await client.invoke_macro(BOARDROOM, "board-mac-1")

    run(scenario())
    assert len(sim.yealink.seen("/ctrl/macro/invoke")) == 1


def test_errors_are_chained_unless_the_url_carries_a_token(sim: Simulator, run: Any) -> None:
    sim.take_offline("yealink")
    sim.take_offline("yeastar")

    async def scenario() -> tuple[BaseException | None, BaseException | None]:
        async with yealink(sim, read_retries=0) as control:
            with pytest.raises(ServiceUnreachable) as control_error:
                await control.list_spaces()
        pbx = YeastarClient(sim.yeastar_url, "id", "secret")
        with pytest.raises(ServiceUnreachable) as pbx_error:
            await pbx.query_calls()
        await pbx.aclose()
        return control_error.value.__cause__, pbx_error.value.__cause__

    control_cause, pbx_cause = run(scenario())
    assert control_cause is not None  # the httpx error, for the log's traceback
    assert pbx_cause is None  # its request URL would carry the PBX token


def test_an_expired_pbx_token_is_not_revoked_at_exit(sim: Simulator, run: Any) -> None:
    now = [0.0]

    async def scenario() -> None:
        client = YeastarClient(sim.yeastar_url, sim.yeastar.client_id,
                               sim.yeastar.client_secret, clock=lambda: now[0])
        await client.query_calls()
        now[0] += 1801  # past the access token's 30 minutes
        await client.aclose()

    run(scenario())
    assert not sim.yeastar.seen("del_token")


def test_paging_stops_on_a_server_that_ignores_skip_and_on_a_page_limit(run: Any) -> None:
    async def same_page(_index: int, _read: int) -> tuple[list[int], int | None]:
        return [1, 2, 3], 1000

    async def endless(index: int, _read: int) -> tuple[list[int], int | None]:
        return [index * 2, index * 2 + 1], None

    async def scenario() -> list[int]:
        with pytest.raises(InvalidResponse, match="did not end after 5 pages"):
            await read_all_pages(endless, lambda n: n, service="test", what="list",
                                 page_size=2, max_pages=5)
        return await read_all_pages(same_page, lambda n: n, service="test", what="list",
                                    page_size=3)

    assert run(scenario()) == [1, 2, 3]


def test_a_redirect_or_a_wrong_shape_is_said_plainly(run: Any) -> None:
    import httpx

    from app.api.portsip.client import PortSipClient

    answers = iter([httpx.Response(302, headers={"Location": "https://elsewhere/"}),
                    httpx.Response(200, json=[1, 2])])

    async def scenario() -> list[str]:
        http = httpx.AsyncClient(transport=httpx.MockTransport(lambda request: next(answers)))
        client = PortSipClient("https://conference.example", "u", "p", http=http)
        said = []
        for _ in range(2):
            with pytest.raises(InvalidResponse) as caught:
                await client.list_rooms()
            said.append(caught.value.message)
        await client.aclose()
        await http.aclose()
        return said

    redirect, wrong_shape = run(scenario())
    assert "redirect, HTTP 302" in redirect
    assert "expected an object" in wrong_shape and "TokenGrant" not in wrong_shape


def test_a_tool_never_ends_in_a_traceback(monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str],
                                          tmp_path: Any) -> None:
    from app import cli
    from app.commands import doctor

    async def broken(config: Any) -> Any:
        raise RuntimeError("a bug nobody foresaw")

    monkeypatch.setattr(doctor, "collect_report", broken)
    path = tmp_path / "panel.toml"
    path.write_text('[yealink]\nurl = "https://control.example"\nclient_id = "a"\n'
                    'client_secret = "b"\n', encoding="utf-8")
    assert cli.main(["doctor", "--config", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("roompanel doctor: unexpected error (RuntimeError")
    assert "Traceback" not in err
