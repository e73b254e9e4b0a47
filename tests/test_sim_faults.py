"""Every simulator fault, acted out on the wire, for every service it applies to.

Driven by plain HTTP and WebSocket clients (not the panel's), so what is asserted is what a
client would really receive.
"""

from __future__ import annotations

import asyncio
import base64
import json
import ssl
import time
import uuid
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from websockets.exceptions import ConnectionClosed, ConnectionClosedError, InvalidStatus
from websockets.sync.client import ClientConnection, connect

from app.sim.faults import Fault, FaultKind
from app.sim.server import Simulator
from app.sim.wire import FaultySim
from app.sim.yeastar_socket import SubscribeRefusal, garbage_frames


@dataclass
class Service:
    """How a plain client logs in to one simulated service and makes one read there."""

    name: str
    login_path: str
    read_path: str
    login_request: Callable[[httpx.Client, Simulator], httpx.Request]
    token_of: Callable[[dict[str, Any]], str]
    read_request: Callable[[httpx.Client, Simulator, str], httpx.Request]
    message_of: Callable[[Any], str]  # the message in the service's error envelope
    refuse_status: int
    tokens: Callable[[Simulator], int]

    def sim_of(self, sim: Simulator) -> FaultySim:
        target: FaultySim = getattr(sim, self.name)
        return target

    def login(self, client: httpx.Client, sim: Simulator) -> httpx.Response:
        return client.send(self.login_request(client, sim))

    def read(self, client: httpx.Client, sim: Simulator, token: str) -> httpx.Response:
        return client.send(self.read_request(client, sim, token))

    def url(self, sim: Simulator) -> str:
        url: str = getattr(sim, f"{self.name}_url")
        return url

    def token(self, client: httpx.Client, sim: Simulator) -> str:
        return self.token_of(self.login(client, sim).json())


def yealink_headers(token: str) -> dict[str, str]:
    return {"Token": token, "timestamp": str(int(time.time() * 1000)),
            "nonce": uuid.uuid4().hex}


YEALINK = Service(
    name="yealink",
    login_path="auth/clientToken",
    read_path="ctrl/spaces/page",
    login_request=lambda c, sim: c.build_request(
        "POST", f"{sim.yealink_url}/open/api/v1/auth/clientToken",
        headers={"Authorization": base64.b64encode(
            f"{sim.yealink.client_id}:{sim.yealink.client_secret}".encode()).decode()}),
    token_of=lambda doc: str(doc["data"]["token"]),
    read_request=lambda c, sim, token: c.build_request(
        "POST", f"{sim.yealink_url}/open/api/v1/ctrl/spaces/page",
        json={"skip": 0, "limit": 10}, headers=yealink_headers(token)),
    message_of=lambda doc: str(doc["error"]) if doc["ret"] == -1 else "",
    refuse_status=200,
    tokens=lambda sim: len(sim.yealink.tokens),
)
YEASTAR = Service(
    name="yeastar",
    login_path="get_token",
    read_path="extension/list",
    login_request=lambda c, sim: c.build_request(
        "POST", f"{sim.yeastar_url}/openapi/v1.0/get_token",
        json={"username": sim.yeastar.client_id, "password": sim.yeastar.client_secret}),
    token_of=lambda doc: str(doc["access_token"]),
    read_request=lambda c, sim, token: c.build_request(
        "GET", f"{sim.yeastar_url}/openapi/v1.0/extension/list",
        params={"access_token": token}),
    message_of=lambda doc: str(doc["errmsg"]) if doc["errcode"] != 0 else "",
    refuse_status=200,
    tokens=lambda sim: len(sim.yeastar.access_tokens),
)
PORTSIP = Service(
    name="portsip",
    login_path="auth/sign_in",
    read_path="conference_rooms",
    login_request=lambda c, sim: c.build_request(
        "POST", f"{sim.portsip_url}/api/auth/sign_in",
        json={"username": "conf-admin", "password": "conf-secret"}),
    token_of=lambda doc: str(doc["access_token"]),
    read_request=lambda c, sim, token: c.build_request(
        "GET", f"{sim.portsip_url}/api/conference_rooms", params={"skip": 0, "top": 10},
        headers={"Authorization": f"Bearer {token}"}),
    message_of=lambda doc: str(doc["errors"][0]["message"]),
    refuse_status=403,
    tokens=lambda sim: len(sim.portsip.tokens),
)
DINGTALK = Service(
    name="dingtalk",
    login_path="oauth2/accessToken",
    read_path="rooms/devices",
    login_request=lambda c, sim: c.build_request(
        "POST", f"{sim.dingtalk_url}/v1.0/oauth2/accessToken",
        json={"appKey": "ding-demo", "appSecret": "ding-secret"}),
    token_of=lambda doc: str(doc["accessToken"]),
    read_request=lambda c, sim, token: c.build_request(
        "GET", f"{sim.dingtalk_url}/v1.0/rooms/devices",
        params={"operatorUnionId": "operator-union-id", "deviceId": "1234"},
        headers={"x-acs-dingtalk-access-token": token}),
    message_of=lambda doc: str(doc["message"]),
    refuse_status=403,
    tokens=lambda sim: len(sim.dingtalk.tokens),
)
SERVICES = [YEALINK, YEASTAR, PORTSIP, DINGTALK]
each_service = pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.name)


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    # The PBX refuses any client that does not call itself OpenAPI; the others do not care.
    with httpx.Client(headers={"User-Agent": "OpenAPI"}, timeout=10.0) as client:
        yield client


def inject(sim: Simulator, service: Service, fault: Fault) -> None:
    sim.call(lambda: service.sim_of(sim).fail(fault))


def read_fully(http: httpx.Client, service: Service, sim: Simulator) -> httpx.Response:
    return service.read(http, sim, service.token(http, sim))


@contextmanager
def streamed(http: httpx.Client, request: httpx.Request) -> Iterator[httpx.Response]:
    """The answer with its headers in, and its body still to read (or to fail reading)."""
    answer = http.send(request, stream=True)
    try:
        yield answer
    finally:
        answer.close()


# --- the fault plan ----------------------------------------------------------------------------


@each_service
def test_a_fault_meets_count_requests_on_its_path_then_stops(
        sim: Simulator, http: httpx.Client, service: Service) -> None:
    token = service.token(http, sim)
    inject(sim, service, Fault(FaultKind.HTTP_STATUS, path=service.read_path, count=2,
                               status=502))
    assert service.login(http, sim).status_code == 200  # another path: untouched
    assert [service.read(http, sim, token).status_code for _ in range(3)] == [502, 502, 200]


@each_service
def test_clear_faults_forgets_what_was_planned(
        sim: Simulator, http: httpx.Client, service: Service) -> None:
    inject(sim, service, Fault(FaultKind.DROP, count=5))
    sim.call(service.sim_of(sim).clear_faults)
    assert read_fully(http, service, sim).status_code == 200


# --- the older kinds, now on every service -----------------------------------------------------


@each_service
def test_http_status_uses_the_services_error_envelope(
        sim: Simulator, http: httpx.Client, service: Service) -> None:
    token = service.token(http, sim)
    inject(sim, service, Fault(FaultKind.HTTP_STATUS, path=service.read_path, status=503,
                               message="Down for maintenance", retry_after="7"))
    answer = service.read(http, sim, token)
    assert answer.status_code == 503
    assert answer.headers["Retry-After"] == "7"
    assert service.message_of(answer.json()) == "Down for maintenance"


@each_service
def test_refuse_is_the_services_own_refusal(
        sim: Simulator, http: httpx.Client, service: Service) -> None:
    token = service.token(http, sim)
    inject(sim, service, Fault(FaultKind.REFUSE, path=service.read_path, message="Not now"))
    answer = service.read(http, sim, token)
    assert answer.status_code == service.refuse_status
    assert service.message_of(answer.json()) == "Not now"


@each_service
def test_delay_holds_the_normal_answer(
        sim: Simulator, http: httpx.Client, service: Service) -> None:
    token = service.token(http, sim)
    inject(sim, service, Fault(FaultKind.DELAY, path=service.read_path, seconds=0.3))
    started = time.monotonic()
    answer = service.read(http, sim, token)
    assert 0.3 <= time.monotonic() - started < 5
    assert answer.status_code == 200 and answer.json()


@each_service
def test_malformed_is_a_200_that_is_not_json(
        sim: Simulator, http: httpx.Client, service: Service) -> None:
    token = service.token(http, sim)
    inject(sim, service, Fault(FaultKind.MALFORMED, path=service.read_path))
    answer = service.read(http, sim, token)
    assert answer.status_code == 200 and answer.text.startswith("{")
    with pytest.raises(ValueError):
        answer.json()


@each_service
def test_a_dropped_login_has_no_effect(
        sim: Simulator, http: httpx.Client, service: Service) -> None:
    inject(sim, service, Fault(FaultKind.DROP, path=service.login_path))
    with pytest.raises(httpx.RemoteProtocolError):
        service.login(http, sim)
    assert sim.call(lambda: service.tokens(sim)) == 0


# --- bodies that break parsers -----------------------------------------------------------------


@each_service
def test_truncated_body_stops_short_of_its_content_length(
        sim: Simulator, http: httpx.Client, service: Service) -> None:
    token = service.token(http, sim)
    inject(sim, service, Fault(FaultKind.TRUNCATED, path=service.read_path))
    received = 0
    with streamed(http, service.read_request(http, sim, token)) as answer:
        promised = int(answer.headers["Content-Length"])
        assert answer.status_code == 200
        with pytest.raises(httpx.RemoteProtocolError):
            for chunk in answer.iter_raw():
                received += len(chunk)
    assert 0 < received < promised


def test_a_truncated_login_still_issued_its_token(sim: Simulator, http: httpx.Client) -> None:
    inject(sim, YEASTAR, Fault(FaultKind.TRUNCATED, path="get_token"))
    with pytest.raises(httpx.RemoteProtocolError):
        YEASTAR.login(http, sim)
    assert sim.call(lambda: sim.yeastar.valid_tokens) == 1


@each_service
@pytest.mark.parametrize("body", [42, None, ["a", "b"], {"ret": "0", "errcode": "zero",
                                                         "items": {"not": "a list"}}],
                         ids=["number", "null", "strings", "wrong-types"])
def test_replace_sends_exactly_the_given_json(
        sim: Simulator, http: httpx.Client, service: Service, body: Any) -> None:
    token = service.token(http, sim)
    inject(sim, service, Fault(FaultKind.REPLACE, path=service.read_path, body=body))
    answer = service.read(http, sim, token)
    assert answer.status_code == 200
    assert answer.json() == body


@each_service
def test_huge_is_valid_json_of_about_the_size_asked(
        sim: Simulator, http: httpx.Client, service: Service) -> None:
    token = service.token(http, sim)
    normal = service.read(http, sim, token).json()
    inject(sim, service, Fault(FaultKind.HUGE, path=service.read_path, size=3_000_000))
    answer = service.read(http, sim, token)
    assert answer.status_code == 200
    assert 2_700_000 <= len(answer.content) <= 3_300_000
    assert set(answer.json()) <= set(normal) | {"result"}  # the service's own envelope


@each_service
def test_deep_nests_as_deep_as_asked(
        sim: Simulator, http: httpx.Client, service: Service) -> None:
    token = service.token(http, sim)
    inject(sim, service, Fault(FaultKind.DEEP, path=service.read_path, depth=100_000))
    answer = service.read(http, sim, token)
    assert answer.status_code == 200
    assert answer.content == b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(RecursionError):
        json.loads(answer.content)


@each_service
def test_gzip_bomb_is_small_on_the_wire_and_huge_inflated(
        sim: Simulator, http: httpx.Client, service: Service) -> None:
    token = service.token(http, sim)
    size = 50_000_000
    inject(sim, service, Fault(FaultKind.GZIP_BOMB, path=service.read_path, size=size))
    with streamed(http, service.read_request(http, sim, token)) as answer:
        assert answer.status_code == 200
        assert answer.headers["Content-Encoding"] == "gzip"
        compressed = b"".join(answer.iter_raw())
    assert len(compressed) < size // 500
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    inflated, head, data = 0, b"", compressed
    while data:
        piece = inflater.decompress(data, 1 << 20)
        head = head or piece[:20]
        inflated += len(piece)
        data = inflater.unconsumed_tail
    inflated += len(inflater.flush())
    assert inflated == size
    assert head.startswith(b"{")


# --- slow, endless and lost answers ------------------------------------------------------------


@each_service
def test_dribble_sends_the_normal_answer_a_byte_at_a_time(
        sim: Simulator, http: httpx.Client, service: Service) -> None:
    pause = 0.003
    inject(sim, service, Fault(FaultKind.DRIBBLE, path=service.login_path, seconds=pause))
    started, chunks, body = time.monotonic(), 0, b""
    with streamed(http, service.login_request(http, sim)) as answer:
        for chunk in answer.iter_raw():
            chunks, body = chunks + 1, body + chunk
    elapsed = time.monotonic() - started
    assert answer.status_code == 200
    assert service.token_of(json.loads(body))
    assert len(body) * pause * 0.5 <= elapsed <= len(body) * pause * 20 + 2
    assert chunks > len(body) // 4  # bytes arrive one by one, not as one answer


def test_dribble_stops_when_the_client_goes_away(sim: Simulator, http: httpx.Client) -> None:
    async def tasks() -> int:
        return len(asyncio.all_tasks()) - 1

    idle = sim.run(tasks())
    inject(sim, YEALINK, Fault(FaultKind.DRIBBLE, path=YEALINK.login_path, seconds=0.05))
    with httpx.Client() as impatient, streamed(
            impatient, YEALINK.login_request(impatient, sim)) as answer:
        next(answer.iter_raw())
        assert sim.run(tasks()) > idle
    # Left alone, the answer would dribble on for seconds; its handler ends at once instead.
    deadline = time.monotonic() + 2
    while sim.run(tasks()) > idle:
        assert time.monotonic() < deadline, "the dribble outlived its client"
        time.sleep(0.02)
    assert read_fully(http, YEALINK, sim).status_code == 200  # the service carries on


def test_ignore_skip_answers_the_first_yealink_page_forever(
        sim: Simulator, http: httpx.Client) -> None:
    token = YEALINK.token(http, sim)
    inject(sim, YEALINK, Fault(FaultKind.IGNORE_SKIP, path="spaces/page", count=2,
                               total=1_000_000))

    def page(skip: int) -> dict[str, Any]:
        doc: dict[str, Any] = http.post(
            f"{sim.yealink_url}/open/api/v1/ctrl/spaces/page",
            json={"skip": skip, "limit": 2}, headers=yealink_headers(token)).json()["data"]
        return doc

    first, later = page(0), page(2)
    assert later["list"] == first["list"]
    assert later["total"] == first["total"] == 1_000_000
    assert later["skip"] == 2  # the echo still says what was asked
    assert page(2)["list"] != first["list"]  # the fault is used up


def test_ignore_skip_answers_the_first_pbx_conference_page_forever(
        sim: Simulator, http: httpx.Client) -> None:
    token = YEASTAR.token(http, sim)
    inject(sim, YEASTAR, Fault(FaultKind.IGNORE_SKIP, path="conference/list", count=2,
                               total=5000))

    def page(number: int) -> dict[str, Any]:
        doc: dict[str, Any] = http.get(
            f"{sim.yeastar_url}/openapi/v1.0/conference/list",
            params={"access_token": token, "page": number, "page_size": 1}).json()
        return doc

    first, second = page(1), page(2)
    assert second["data"] == first["data"] and second["total_number"] == 5000
    assert page(2)["data"] != first["data"]


def test_ignore_skip_answers_the_first_portsip_page_forever(
        sim: Simulator, http: httpx.Client) -> None:
    token = PORTSIP.token(http, sim)
    inject(sim, PORTSIP, Fault(FaultKind.IGNORE_SKIP, path="conference_rooms", count=2,
                               total=777))

    def page(skip: int) -> dict[str, Any]:
        doc: dict[str, Any] = http.get(
            f"{sim.portsip_url}/api/conference_rooms", params={"skip": skip, "top": 1},
            headers={"Authorization": f"Bearer {token}"}).json()
        return doc

    first, second = page(0), page(1)
    assert second["items"] == first["items"] and second["count"] == 777
    assert page(1)["items"] != first["items"]


def test_dingtalk_has_no_paging_to_ignore(sim: Simulator) -> None:
    with pytest.raises(ValueError, match="paged"):
        sim.call(lambda: sim.dingtalk.fail(Fault(FaultKind.IGNORE_SKIP)))


@each_service
def test_a_lost_login_answer_leaves_a_token_behind(
        sim: Simulator, http: httpx.Client, service: Service) -> None:
    inject(sim, service, Fault(FaultKind.LOSE_AFTER, path=service.login_path))
    with pytest.raises(httpx.RemoteProtocolError):
        service.login(http, sim)
    assert sim.call(lambda: service.tokens(sim)) == 1


@each_service
def test_a_garbled_login_answer_leaves_a_token_behind(
        sim: Simulator, http: httpx.Client, service: Service) -> None:
    inject(sim, service, Fault(FaultKind.GARBLE_AFTER, path=service.login_path))
    answer = service.login(http, sim)
    assert answer.status_code == 200
    with pytest.raises(ValueError):
        answer.json()
    assert sim.call(lambda: service.tokens(sim)) == 1


def test_a_lost_answer_to_an_action_still_acted(sim: Simulator, http: httpx.Client) -> None:
    token = PORTSIP.token(http, sim)
    inject(sim, PORTSIP, Fault(FaultKind.LOSE_AFTER, path="/lock"))
    with pytest.raises(httpx.RemoteProtocolError):
        http.post(f"{sim.portsip_url}/api/conference_rooms/{sim.portsip.board_id}/lock",
                  headers={"Authorization": f"Bearer {token}"})
    assert sim.call(lambda: sim.portsip.rooms[sim.portsip.board_id].locked)
    assert len(sim.portsip.seen("/lock")) == 1


# --- token loss --------------------------------------------------------------------------------


@each_service
def test_forgotten_tokens_are_refused(
        sim: Simulator, http: httpx.Client, service: Service) -> None:
    token = service.token(http, sim)
    sim.call(getattr(sim, service.name).forget_tokens)
    answer = service.read(http, sim, token)
    if service is YEASTAR:
        assert answer.json()["errcode"] == 10005  # unknown, not merely expired
    else:
        assert answer.status_code == 401


def test_forgotten_refresh_tokens_are_refused(sim: Simulator, http: httpx.Client) -> None:
    pbx = YEASTAR.login(http, sim).json()
    conference = PORTSIP.login(http, sim).json()
    sim.call(sim.yeastar.forget_tokens)
    sim.call(sim.portsip.forget_tokens)
    assert http.post(f"{sim.yeastar_url}/openapi/v1.0/refresh_token",
                     json={"refresh_token": pbx["refresh_token"]}).json()["errcode"] != 0
    assert http.post(f"{sim.portsip_url}/api/auth/refresh_token",
                     json={"refresh_token": conference["refresh_token"]}).status_code == 401


# --- the Yealink audio settings, as strict as the document --------------------------------------


@pytest.mark.parametrize("lacking", ["id", "analogAudioOut", "audioOutVolume"])
def test_yealink_audio_entries_need_all_three_fields(
        sim: Simulator, http: httpx.Client, lacking: str) -> None:
    device = sim.call(lambda: next(d.id for g in sim.yealink.av.groups.values()
                                   for d in g.devices if d.status == "online"))
    entry = {"id": device, "analogAudioOut": 1, "audioOutVolume": 40}
    url = f"{sim.yealink_url}/open/api/v1/devices/audio"
    token = YEALINK.token(http, sim)
    partial = {k: v for k, v in entry.items() if k != lacking}
    answer = http.put(url, json={"singleList": [partial]}, headers=yealink_headers(token))
    assert answer.status_code == 400
    assert answer.json()["ret"] == -1 and answer.json()["data"] is None
    assert lacking in answer.json()["error"]
    whole = http.put(url, json={"singleList": [entry]}, headers=yealink_headers(token))
    assert whole.status_code == 200 and whole.json()["ret"] >= 0
    assert sim.call(lambda: sim.yealink.av.device(device).volume) == 40


# --- the PBX's event socket --------------------------------------------------------------------


def pbx_socket(sim: Simulator, token: str, **kwargs: Any) -> ClientConnection:
    url = sim.yeastar_url.replace("http", "ws", 1)
    return connect(f"{url}/openapi/v1.0/subscribe?access_token={token}", open_timeout=5,
                   **kwargs)


@contextmanager
def subscribed(sim: Simulator, http: httpx.Client) -> Iterator[ClientConnection]:
    with pbx_socket(sim, YEASTAR.token(http, sim)) as socket:
        socket.send(json.dumps({"topic_list": [30011, 30012, 30008, 30016]}))
        assert json.loads(socket.recv(timeout=5))["errcode"] == 0
        yield socket


@pytest.mark.parametrize("abrupt", [False, True], ids=["close-frame", "abrupt"])
def test_dropping_sockets_closes_every_one(sim: Simulator, http: httpx.Client,
                                          abrupt: bool) -> None:
    with subscribed(sim, http) as first, subscribed(sim, http) as second:
        sim.run(sim.yeastar.drop_sockets(abrupt=abrupt))
        for socket in (first, second):
            with pytest.raises(ConnectionClosed) as closed:
                socket.recv(timeout=5)
            # Without a close frame the client can only see an error (1006).
            assert isinstance(closed.value, ConnectionClosedError) is abrupt


def test_garbage_frames_reach_every_socket(sim: Simulator, http: httpx.Client) -> None:
    kinds = garbage_frames(sim.yeastar.serial)
    with subscribed(sim, http) as first, subscribed(sim, http) as second:
        sent = sim.call(lambda: sim.yeastar.send_garbage(len(kinds) + 1))
        assert sent == [*kinds, kinds[0]]
        for socket in (first, second):
            received = [socket.recv(timeout=5) for _ in sent]
            assert received == sent
            with pytest.raises(ValueError):
                json.loads(received[0])
            assert isinstance(received[1], bytes)
            assert json.loads(received[2])["type"] not in (30008, 30011, 30012, 30016)
            assert not isinstance(json.loads(json.loads(received[3])["msg"]), dict)
            assert isinstance(json.loads(received[4])["msg"], int)


def test_a_silent_pbx_keeps_the_socket_open_and_says_nothing(
        sim: Simulator, http: httpx.Client) -> None:
    with subscribed(sim, http) as socket:
        sim.call(sim.yeastar.go_silent)
        socket.send("heartbeat")
        sim.call(lambda: sim.yeastar.ring("1001", "0812345678"))
        with pytest.raises(TimeoutError):
            socket.recv(timeout=0.5)
        assert sim.call(lambda: len(sim.yeastar.events.sockets)) == 1  # still open
        sim.call(sim.yeastar.speak_again)
        socket.send("heartbeat")
        assert socket.recv(timeout=5) == "heartbeat response"


def test_a_socket_opened_after_the_silence_speaks(sim: Simulator, http: httpx.Client) -> None:
    with subscribed(sim, http):
        sim.call(sim.yeastar.go_silent)
        with subscribed(sim, http) as later:
            later.send("heartbeat")
            assert later.recv(timeout=5) == "heartbeat response"


def test_the_upgrade_can_be_refused_with_401(sim: Simulator, http: httpx.Client) -> None:
    token = YEASTAR.token(http, sim)
    sim.call(lambda: sim.yeastar.refuse_subscriptions(SubscribeRefusal.HTTP_401, count=1))
    with pytest.raises(InvalidStatus) as refused, pbx_socket(sim, token):
        pass
    assert refused.value.response.status_code == 401
    with pbx_socket(sim, token):
        pass  # refused only once


def test_the_subscription_can_be_refused_with_a_token_errcode(
        sim: Simulator, http: httpx.Client) -> None:
    sim.call(lambda: sim.yeastar.refuse_subscriptions(SubscribeRefusal.TOKEN_ERRCODE))
    with pbx_socket(sim, YEASTAR.token(http, sim)) as socket:
        socket.send(json.dumps({"topic_list": [30011]}))
        assert json.loads(socket.recv(timeout=5)) == {"errcode": 10004,
                                                      "errmsg": "TOKEN EXPIRED"}
        sim.call(lambda: sim.yeastar.ring("1001", "0812345678"))
        with pytest.raises(TimeoutError):
            socket.recv(timeout=0.3)  # nothing was subscribed
    sim.call(lambda: sim.yeastar.refuse_subscriptions(None))
    with subscribed(sim, http):
        pass


def test_a_fault_on_the_subscribe_path_meets_the_upgrade(
        sim: Simulator, http: httpx.Client) -> None:
    token = YEASTAR.token(http, sim)
    inject(sim, YEASTAR, Fault(FaultKind.HTTP_STATUS, path="subscribe", status=503))
    with pytest.raises(InvalidStatus) as refused, pbx_socket(sim, token):
        pass
    assert refused.value.response.status_code == 503


def test_a_pbx_that_forgot_its_tokens_refuses_the_socket(
        sim: Simulator, http: httpx.Client) -> None:
    token = YEASTAR.token(http, sim)
    with pbx_socket(sim, token):
        pass
    sim.call(sim.yeastar.forget_tokens)
    with pytest.raises(InvalidStatus) as refused, pbx_socket(sim, token):
        pass
    assert refused.value.response.status_code == 401


# --- TLS ---------------------------------------------------------------------------------------


def test_tls_serves_every_service_to_a_client_that_trusts_the_ca(http: httpx.Client) -> None:
    with Simulator(tls=True) as sim:
        ca_file = Path(sim.tls_ca_file)
        assert ca_file.is_file()
        trusting = ssl.create_default_context(cafile=str(ca_file))
        with httpx.Client(verify=trusting, headers={"User-Agent": "OpenAPI"}) as secure:
            for service in SERVICES:
                assert service.url(sim).startswith("https://127.0.0.1:")
                assert read_fully(secure, service, sim).status_code == 200
            token = YEASTAR.token(secure, sim)
        for service in SERVICES:
            with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
                service.login(http, sim)  # the system's CAs do not know ours
        with pytest.raises(ssl.SSLCertVerificationError), pbx_socket(sim, token):
            pass
        with pbx_socket(sim, token, ssl=trusting) as socket:
            socket.send("heartbeat")
            assert socket.recv(timeout=5) == "heartbeat response"
        assert f"ca_file = '{ca_file}'" in sim.config_toml()
    assert not ca_file.exists()  # removed with its directory on stop


def test_tls_can_be_chosen_per_service() -> None:
    with Simulator(tls={"yeastar"}) as sim:
        assert sim.yeastar_url.startswith("https://")
        assert sim.yealink_url.startswith("http://")
        trusting = ssl.create_default_context(cafile=sim.tls_ca_file)
        with httpx.Client(verify=trusting, headers={"User-Agent": "OpenAPI"}) as secure:
            assert YEASTAR.login(secure, sim).status_code == 200
            assert YEALINK.login(secure, sim).status_code == 200
        sim.take_offline("yeastar")
        sim.bring_online("yeastar")
        with httpx.Client(verify=trusting, headers={"User-Agent": "OpenAPI"}) as secure:
            assert YEASTAR.login(secure, sim).status_code == 200  # still HTTPS when back


def test_tls_faults_act_out_the_same(http: httpx.Client) -> None:
    with Simulator(tls=True) as sim:
        trusting = ssl.create_default_context(cafile=sim.tls_ca_file)
        inject(sim, PORTSIP, Fault(FaultKind.LOSE_AFTER, path=PORTSIP.login_path))
        with httpx.Client(verify=trusting) as secure, pytest.raises(httpx.RemoteProtocolError):
            PORTSIP.login(secure, sim)
        assert sim.call(lambda: PORTSIP.tokens(sim)) == 1


def test_no_tls_no_ca_file(sim: Simulator) -> None:
    assert sim.yealink_url.startswith("http://")
    with pytest.raises(RuntimeError):
        _ = sim.tls_ca_file
