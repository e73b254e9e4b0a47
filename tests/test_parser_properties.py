"""Property tests: every parser of ours, fed generated and mutated answers and events, lets
out only our own errors (`app.api.errors.ServiceError` and its subclasses), and never hangs.

The real clients are driven (transport, request loop, token keeper, validation, paging)
over an injected `httpx.MockTransport` whose handler plays a script of generated replies:
the documented answers mutated (wrong types, missing keys, objects as JSON strings, error
lists of strings), random JSON, random bytes, truncated JSON, JSON nested thousands deep,
every HTTP status the clients meet (429 with and without Retry-After), gzip and deflate
bodies (some that do not inflate, one that inflates past the 8 MB bound), bodies in
several chunks. Token endpoints answer from a script of their own (generated, mostly valid)
and then with a valid token. Time is a fake clock that moves on with every request, so
tokens expire and are renewed; retry pauses are recorded, never slept.

PBX events go through `parse_event` (an `Event` or None, never an exception) and then
`CallBook.on_event`; the event socket's subscription answer through `_check_subscription`
(None or `StreamRejected`).

Every finding is pinned as an explicit example. A new one, until fixed, can be pinned with
`.xfail(...)` and listed in `KNOWN`, so the generated examples tolerate it (only of that
type, raised at that place) and keep looking for others.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import os
import re
import traceback
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path
from typing import Any

import httpx
import hypothesis
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context

import app
from app.api.dingtalk.client import DingTalkClient
from app.api.errors import ServiceError
from app.api.portsip.client import PortSipClient
from app.api.service_client import RETRY_AFTER_CAP_S
from app.api.transport import MAX_BODY_BYTES
from app.api.yealink import av_calls
from app.api.yealink.av_models import Device, Signal, UsbMode
from app.api.yealink.client import ChangeTopic, YealinkClient
from app.api.yeastar.client import YeastarClient
from app.api.yeastar.events import StreamRejected
from app.api.yeastar.models import Event, parse_event
from app.state.calls import CallBook, CallsView

# Never connected to: the injected client answers. Only the PBX client's revocation on close
# makes a connection of its own, and a closed port refuses it at once.
URL = "http://127.0.0.1:1"
HANG_S = 10.0  # nothing really waits (pauses are recorded, the clock is fake): this is a hang
MAX_REQUESTS = 2000  # one call of a client making more requests than this runs away
APP_DIR = str(Path(app.__file__).resolve().parent) + os.sep

# The examples per test, times PARSER_FUZZ_SCALE (e.g. 20, to dig deeper than a test run).
SCALE = float(os.environ.get("PARSER_FUZZ_SCALE", "1"))
# deadline: a deep body or the gzip bomb takes longer than most. too_slow: generating the
# deep documents and mutating whole answers is slower than Hypothesis expects of a draw.
FUZZ = settings(deadline=None, database=None, print_blob=True,
                suppress_health_check=[HealthCheck.too_slow])


def fuzz(examples: int) -> settings:
    return settings(FUZZ, max_examples=max(1, round(examples * SCALE)))


# --- known findings: tolerated where they are raised, pinned by an explicit example each ----


@dataclass(frozen=True)
class Finding:
    name: str
    error: type[BaseException]
    file: str  # under app/
    function: str  # the innermost frame of ours
    code: str  # a piece of the line that raises

    def matches(self, exc: BaseException) -> bool:
        ours = [f for f in traceback.extract_tb(exc.__traceback__)
                if f.filename.startswith(APP_DIR)]
        if not isinstance(exc, self.error) or not ours:
            return False
        last = ours[-1]
        return (last.filename[len(APP_DIR):] == self.file and last.name == self.function
                and self.code in (last.line or ""))


KNOWN: tuple[Finding, ...] = (
    # None at present: every finding so far is fixed, and its example is pinned below.
)


def statistic(text: str) -> None:
    """Counted by --hypothesis-show-statistics: how far the generated examples get."""
    if currently_in_test_context():
        hypothesis.event(text)


def tolerated(exc: BaseException, pinned: bool) -> bool:
    """A known finding met by a generated example (a pinned example tolerates nothing)."""
    if pinned:
        return False
    for finding in KNOWN:
        if finding.matches(exc):
            statistic(f"known finding: {finding.name}")
            return True
    return False


# --- generated JSON ---------------------------------------------------------------------------

# Values a parser meets where it expects something else.
WRONG = st.sampled_from([None, 0, -1, 1.5, True, "", "x", [], {}, ["x"], {"x": 1},
                         10**400, -(10**400), "é", "\ud800"])
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(),
                    st.text(max_size=12), WRONG)
DEPTHS = st.sampled_from([64, 1500, 5000, 100_000])
_DEEP = re.compile(r'"\\u0000deep(\d+)\\u0000"')


def deep_marker(depth: int) -> str:
    """Stands for `depth` nested arrays until `dumps` writes them (json.dumps itself would
    recurse)."""
    return f"\x00deep{depth}\x00"


def dumps(value: Any) -> bytes:
    text = json.dumps(value)  # ensure_ascii: a lone surrogate travels as \\ud800
    return _DEEP.sub(lambda m: "[" * int(m[1]) + "]" * int(m[1]), text).encode()


def json_values(keys: list[str]) -> st.SearchStrategy[Any]:
    """Any JSON value, its object keys often the fields our models read."""
    return _json_values(tuple(keys))


@cache
def _json_values(keys: tuple[str, ...]) -> st.SearchStrategy[Any]:
    key = st.one_of(st.sampled_from(keys), st.text(max_size=8)) if keys else st.text(max_size=8)
    return st.recursive(SCALARS, lambda kids: st.one_of(
        st.lists(kids, max_size=4), st.dictionaries(key, kids, max_size=4)), max_leaves=10)


def _keys(value: Any) -> list[str]:
    if isinstance(value, dict):
        return sorted({*value, *(k for v in value.values() for k in _keys(v))})
    if isinstance(value, list):
        return sorted({k for v in value for k in _keys(v)})
    return []


Path_ = tuple[str | int, ...]


def _paths(value: Any, at: Path_ = ()) -> list[Path_]:
    found = [at]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*at, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*at, index))
    return found


def _get(value: Any, at: Path_) -> Any:
    for step in at:
        value = value[step]
    return value


def _replace(value: Any, at: Path_, new: Any, *, delete: bool = False) -> Any:
    if not at:
        return new
    head, rest = at[0], at[1:]
    copy: Any = dict(value) if isinstance(value, dict) else list(value)
    if delete and not rest:
        del copy[head]
    else:
        copy[head] = _replace(value[head], rest, new, delete=delete)
    return copy


MUTATIONS = ["other", "wrong", "delete", "wrap", "stringify", "duplicate", "deep"]


@st.composite
def mutated(draw: st.DrawFn, template: Any) -> Any:
    """The documented answer with one to three of its nodes broken."""
    value = template
    anything = json_values(_keys(template))
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.sampled_from(_paths(value)))
        node = _get(value, at)
        how = draw(st.sampled_from(MUTATIONS))
        if how == "delete" and at:
            value = _replace(value, at, None, delete=True)
            continue
        if how == "other":
            new = draw(anything)
        elif how == "wrap":
            new = [node]
        elif how == "stringify":  # an object sent as JSON text (as the PBX's msg is)
            new = json.dumps(node)
        elif how == "duplicate" and isinstance(node, list):
            new = node + node[:1]
        elif how == "deep":
            new = deep_marker(draw(DEPTHS))
        else:
            new = draw(WRONG)
        value = _replace(value, at, new)
    return value


@st.composite
def truncated(draw: st.DrawFn, templates: list[Any]) -> bytes:
    text = dumps(draw(st.sampled_from(templates)))
    return text[:draw(st.integers(0, max(0, len(text) - 1)))]


@st.composite
def deep_document(draw: st.DrawFn) -> bytes:
    depth = draw(DEPTHS)
    opener, closer = draw(st.sampled_from([("[", "]"), ('{"a":', "}"), ('{"ret":0,"data":', "}"),
                                           ('{"errcode":0,"data":', "}"), ('{"errors":', "}")]))
    return (opener * depth + "null" + closer * depth).encode()


def bodies(templates: list[Any]) -> st.SearchStrategy[bytes]:
    some = st.sampled_from(templates)
    broken = some.flatmap(mutated).map(dumps)
    return st.one_of(
        some.map(dumps),
        broken, broken, broken,
        json_values(_keys(templates)).map(dumps),
        st.binary(max_size=48),
        truncated(templates),
        deep_document(),
        st.just(b""),
        st.text(max_size=24).map(lambda t: t.encode("utf-8", "surrogatepass")),
        some.map(lambda t: json.dumps(t).encode("utf-16")),
    )


# --- generated replies ------------------------------------------------------------------------


@cache
def gzip_bomb() -> bytes:
    """A small gzip body that inflates past the 8 MB bound."""
    return gzip.compress(b" " * (MAX_BODY_BYTES + 4096), compresslevel=9)


class _Chunks(httpx.AsyncByteStream):
    def __init__(self, body: bytes, chunks: int, cut: type[httpx.TransportError] | None
                 ) -> None:
        size = max(1, -(-len(body) // chunks))
        self._parts = [body[i:i + size] for i in range(0, len(body), size)] or [b""]
        self._cut = cut

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for part in self._parts:
            yield part
            if self._cut is not None:
                raise self._cut("the connection broke in the middle of the body")


# How a connection fails instead of answering: before the answer, or in its body.
FAILURES: dict[str, type[httpx.TransportError]] = {
    "refused": httpx.ConnectError, "connect timeout": httpx.ConnectTimeout,
    "pool timeout": httpx.PoolTimeout, "read timeout": httpx.ReadTimeout,
    "dropped": httpx.RemoteProtocolError, "write error": httpx.WriteError,
    "proxy": httpx.ProxyError, "unsupported": httpx.UnsupportedProtocol,
}
CUTS: dict[str, type[httpx.TransportError]] = {
    "cut: read error": httpx.ReadError, "cut: read timeout": httpx.ReadTimeout,
    "cut: dropped": httpx.RemoteProtocolError,
}


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[bytes, bytes], ...] = ()
    chunks: int = 1
    fails: str = ""  # a key of FAILURES or CUTS: the connection fails instead

    def response(self, request: httpx.Request) -> httpx.Response:
        if self.fails in FAILURES:
            raise FAILURES[self.fails](f"{self.fails} (generated)", request=request)
        return httpx.Response(self.status, headers=list(self.headers),
                              stream=_Chunks(self.body, self.chunks, CUTS.get(self.fails)))

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        """Failures print short: a body nested 100,000 deep is not worth reading (the
        @reproduce_failure blob reproduces it)."""
        body = repr(self.body) if len(self.body) <= 300 else \
            f"{self.body[:40]!r} + ... ({len(self.body)} bytes)"
        extra = "".join(f", {name}={value!r}" for name, value, default in (
            ("headers", self.headers, ()), ("chunks", self.chunks, 1), ("fails", self.fails, ""))
            if value != default)
        printer.text(f"Reply({self.status}, {body}{extra})")


def ok(body: Any, status: int = 200) -> Reply:
    return Reply(status, body if isinstance(body, bytes) else dumps(body))


STATUSES = st.sampled_from([200, 200, 200, 200, 200, 204, 400, 401, 403, 404, 405, 429, 500,
                            501, 502, 503, 302, 418])
RETRY_AFTER = st.sampled_from([None, None, None, b"0", b"1", b"2", b"11", b"1.5", b"-1",
                               b"soon", b"", b"Wed, 21 Oct 2015 07:28:00 GMT",
                               b"Fri, 31 Dec 9999 23:59:59 -2359", "\u00b2".encode()])
ENCODINGS = st.sampled_from(["identity"] * 5 + ["gzip", "deflate", "x-gzip", "gzip-plain",
                                                 "gzip-truncated", "gzip-garbage", "br",
                                                 "gzip-bomb"])


def encode(body: bytes, how: str) -> tuple[bytes, tuple[tuple[bytes, bytes], ...]]:
    header = (b"Content-Encoding", how.split("-", maxsplit=1)[0].encode())
    if how == "identity":
        return body, ()
    if how in ("gzip", "x-gzip"):
        return gzip.compress(body), (header,)
    if how == "deflate":
        return zlib.compress(body), (header,)
    if how == "gzip-truncated":
        packed = gzip.compress(body)
        return packed[:len(packed) // 2], (header,)
    if how == "gzip-garbage":
        return b"\x1f\x8b\x08\x00" + body, (header,)
    if how == "gzip-bomb":
        return gzip_bomb(), (header,)
    return body, (header,)  # gzip-plain: says gzip, is not; br: an encoding we do not read


def replies(answers: tuple[Any, ...], refusals: tuple[Any, ...]) -> st.SearchStrategy[Reply]:
    """Half the documented answer, or one slightly broken, with HTTP 200 (so calls get past
    the envelope to what parses the data in it); some the service's documented refusals;
    the others anything at all."""
    some = st.sampled_from(answers)
    near = st.one_of(some.map(dumps), some.flatmap(mutated).map(dumps)).map(ok)
    refused = st.builds(ok, st.sampled_from(refusals).map(dumps), st.sampled_from([200, 400, 404]))
    return st.one_of(near, near, refused, noisy_replies([*answers, *refusals]))


@st.composite
def noisy_replies(draw: st.DrawFn, templates: list[Any]) -> Reply:
    body, headers = encode(draw(bodies(templates)), draw(ENCODINGS))
    retry_after = draw(RETRY_AFTER)
    if retry_after is not None:
        headers = (*headers, (b"Retry-After", retry_after))
    fails = draw(st.sampled_from([""] * 12 + [*FAILURES, *CUTS]))
    return Reply(draw(STATUSES), body, headers, draw(st.integers(1, 3)), fails)


# --- the vendors: their calls, the answers documented for them, their token endpoints ---------


@dataclass(frozen=True)
class Call:
    vendor: str
    name: str
    args: tuple[Any, ...] = ()
    kwargs: tuple[tuple[str, Any], ...] = ()
    answers: tuple[Any, ...] = ()  # documented answers, to be mutated
    refusals: tuple[Any, ...] = ()  # documented refusals

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(f"{self.vendor.upper()}[{self.name!r}]")  # as this module names it

    def on(self, client: Any) -> Awaitable[Any]:
        method: Callable[..., Awaitable[Any]] = getattr(client, self.name)
        return method(*self.args, **dict(self.kwargs))


@dataclass(frozen=True)
class Case:
    call: Call
    replies: tuple[Reply, ...] = ()  # the service's answers in turn, then HTTP 500
    tokens: tuple[Reply, ...] = ()  # the token endpoints' answers in turn, then a valid token
    clock_step: float = 0.0  # seconds the clock moves on with each request
    copies: int = 1  # the call made this many times at once (they share one token)
    pinned: bool = False  # an explicit example of a known finding: nothing is tolerated


def yl(data: Any) -> dict[str, Any]:
    return {"ret": 0, "data": data}


YL_REFUSALS = ({"ret": -1, "error": {"msg": "Encoder offline"}},
               {"ret": -2, "error": ["not", "an", "object"]}, {"ret": -1, "error": None})
YL_PAGE = yl({"skip": 0, "limit": 50, "total": 2, "list": [
    {"id": "a", "name": "A", "enable": True, "createTime": 1700000000000},
    {"id": "b", "name": "B", "enable": False}]})
_ENCODER = {"id": "e", "name": "Laptop", "type": "encoder", "macAddress": "aa:01",
            "ipAddress": "10.0.0.1", "status": "online", "groupId": "g"}
_DECODER = {"id": "d", "name": "Screen", "type": "decoder", "macAddress": "aa:02",
            "status": "offline"}
ENCODER, DECODER = Device.model_validate(_ENCODER), Device.model_validate(_DECODER)
YL_DONE = [yl(None), yl({})]


def _yealink(name: str, *args: Any, answers: list[Any], **kwargs: Any) -> Call:
    return Call("yealink", name, args, tuple(kwargs.items()), tuple(answers), YL_REFUSALS)


YEALINK_CALLS = [
    _yealink("list_spaces", answers=[YL_PAGE]),
    _yealink("list_macros", "a", answers=[YL_PAGE]),
    _yealink("list_monitors", "a", answers=[YL_PAGE]),
    _yealink("list_auto_routings", "a", answers=[YL_PAGE]),
    _yealink("wait_for_changes", ChangeTopic.MONITORS, answers=[yl({"list": ["a", 2]})]),
    _yealink("list_device_groups", answers=[yl({"list": [
        {"id": "g", "name": "Boardroom", "parentId": None}]})]),
    _yealink("list_devices", "g", answers=[yl({"list": [_ENCODER, _DECODER]})]),
    _yealink("get_routes", "g", answers=[yl({"groupId": "g", "routing": [
        {"transmitterMac": "aa:01", "receiverMac": "aa:02", "signal": "Audio/Video"},
        {"transmitterMac": "aa:01", "receiverMac": "aa:03", "signal": "Smell"}]})]),
    _yealink("list_presets", "g", answers=[yl({"presetList": [
        {"presetId": "p", "name": "Lecture", "enable": 1}]})]),
    _yealink("list_auto_groups", "g", answers=[yl({"autoList": [
        {"autoId": "x", "name": "Auto", "enable": 0}]})]),
    _yealink("get_usb_routing", "g", answers=[yl({"mode": "Manual", "routing": [
        {"transmitterMac": "aa:01", "receiverMac": "aa:02"}]})]),
    _yealink("read_codec_audio", ["d"], answers=[yl({"handleId": "h1"}), yl({"reqFinish": 0}),
                                                 yl({"reqFinish": 1, "list": [
        {"id": "d", "analogAudioOut": 1, "audioOutVolume": 40}]})]),
    _yealink("read_codec_video", ["d"], answers=[yl({"handleId": "h1"}), yl({"reqFinish": 1,
        "list": [{"id": "d", "hdmiOut": "on", "lanOutSwitching": 1}]})]),
    _yealink("get_codec_usb", "d", answers=[yl({"usbMode": "transmitter",
                                                "usbSwitch": "manual", "usbHost": "usb_c"})]),
    _yealink("invoke_macro", "a", "m", answers=YL_DONE),
    _yealink("set_monitor_enabled", "a", "m", True, answers=YL_DONE),
    _yealink("set_route", "g", ENCODER, DECODER, Signal.VIDEO, answers=YL_DONE),
    _yealink("apply_preset", "g", "p", answers=YL_DONE),
    _yealink("set_usb_mode", "g", UsbMode.MANUAL, [(ENCODER, DECODER)], answers=YL_DONE),
    _yealink("set_codec_audio", "d", audio_out=True, volume=30, answers=YL_DONE),
    _yealink("send_display_command", ["d"], control_type="CEC", command_type="HEX",
             command="01", answers=YL_DONE),
]
YL_TOKENS = (yl({"token": "tok", "expireTime": 3600}),
             yl({"token": "tok", "expireTime": 1_700_003_600_000}))

YS_TOKEN = {"errcode": 0, "errmsg": "SUCCESS", "access_token": "acc",
            "access_token_expire_time": 1800, "refresh_token": "ref",
            "refresh_token_expire_time": 86400}
YS_REFUSALS = ({"errcode": 10004, "errmsg": "ACCESS TOKEN EXPIRED"},
               {"errcode": 40002, "errmsg": "NO PERMISSION"}, {"errcode": 1, "errmsg": "FAILURE"})
_YS_MEMBERS = [{"extension": {"number": "1001", "channel_id": "ch1", "member_status": "RING",
                              "call_path": ""}},
               {"inbound": {"from": "0812345678", "to": "1001", "trunk_name": "SIP",
                            "channel_id": "ch2", "member_status": "ANSWERED"}}]


def _yeastar(name: str, *args: Any, answers: list[Any]) -> Call:
    return Call("yeastar", name, args, (), tuple(answers), YS_REFUSALS)


YEASTAR_CALLS = [
    _yeastar("query_calls", answers=[
        {"errcode": 0, "data": [{"call_id": "c1", "members": _YS_MEMBERS}]},
        {"errcode": 0, "call_list": [{"call_id": "c2", "members": _YS_MEMBERS[:1]}]}]),
    _yeastar("list_extensions", answers=[{"errcode": 0, "data": [
        {"number": "1001", "caller_id_name": "Boardroom"}, {"number": 1002}]}]),
    _yeastar("list_conferences", answers=[{"errcode": 0, "total_number": 2, "data": [
        {"id": 1, "number": "6400", "name": "Weekly"}, {"id": "2", "number": 6401}]}]),
    _yeastar("ongoing_conference", "6400", answers=[{"errcode": 0, "data": [
        {"call_id": "c3", "conference_number": 6400, "conference_name": "Weekly", "members": [
            {"from": "1001", "channel_id": "ch1", "member_type": "ext",
             "member_status": "ANSWER"}]}]}]),
    _yeastar("dial", "1001", "0812345678", answers=[{"errcode": 0, "call_id": "c9"}]),
    _yeastar("hangup", "ch1", answers=[{"errcode": 0}]),
    _yeastar("mute_conference_members", "6400", None, answers=[{"errcode": 0}]),
    _yeastar("invite_to_conference", "6400", ["1002"], "1001", answers=[{"errcode": 0}]),
]
YS_TOKENS = (YS_TOKEN,)

PS_ERRORS = ({"errors": [{"code": "40401", "message": "no such room"}]},
             {"errors": ["a string, not an object"]}, {"errors": []})
PS_ROOM = {"id": "r1", "extension_number": "8000", "subject": "Weekly", "mode": "VIDEO",
           "layout": "LAYOUT1", "capacity": 10}


def _portsip(name: str, *args: Any, answers: list[Any]) -> Call:
    return Call("portsip", name, args, (), tuple(answers), PS_ERRORS)


PORTSIP_CALLS = [
    _portsip("list_rooms", answers=[{"count": 2, "items": [PS_ROOM, {"id": "r2"}]},
                                    {"items": [PS_ROOM]}]),
    _portsip("get_room", "r1", answers=[PS_ROOM]),
    _portsip("room_status", "r1", answers=[{"status": "ONLINE", "locked": False,
                                            "muted": False, "recording": True}]),
    _portsip("participants", "r1", answers=[{"items": [
        {"id": "p1", "display_name": '"Somchai"<sip:0812@pbx>', "muted": False,
         "chairman": True, "position": 1}]}]),
    _portsip("room_action", "r1", "mute", answers=[{}]),
    _portsip("invite", "r1", "1001", answers=[{}]),
    _portsip("set_layout", "r1", "LAYOUT4", answers=[PS_ROOM]),
    _portsip("participant_action", "r1", "p1", "destroy", answers=[{}]),
]
PS_TOKENS = ({"token_type": "Bearer", "access_token": "acc", "refresh_token": "ref",
              "expires_in": 3600}, {"access_token": "acc"})
PS_TOKEN_REFUSALS = ({"two_factor_enabled": True}, *PS_ERRORS)

DT_DEVICE = {"result": {"deviceId": "dev", "deviceName": "Board", "deviceStatus": "idle",
                        "roomName": "Boardroom", "deviceModel": "M30", "controllers": [
                            {"deviceId": "c1", "deviceStatus": "online"}]}}
DT_ERRORS = ({"code": "Forbidden.AccessDenied", "message": "not allowed"}, {"code": 400})
DINGTALK_CALLS = [
    Call("dingtalk", "get_device", ("dev",), (), (DT_DEVICE,), DT_ERRORS),
    Call("dingtalk", "access_token", (), (), ({},), DT_ERRORS),  # the token endpoint alone
]
DT_TOKENS = ({"accessToken": "acc", "expireIn": 7200},)


@dataclass
class FakeClock:
    now: float = 1_700_000_000.0  # wall-clock-like: Yealink states expiry in epoch ms

    def __call__(self) -> float:
        return self.now


Pause = Callable[[float], Awaitable[None]]


@dataclass(frozen=True)
class Vendor:
    name: str
    calls: list[Call]
    token_answers: tuple[Any, ...]  # the first is the one sent once the script is played
    token_refusals: tuple[Any, ...]
    token_paths: tuple[str, ...]
    connect: Callable[[httpx.AsyncClient, FakeClock, Pause], Any]


def _with_pause(client: Any, pause: Pause) -> Any:
    # Only the Yealink client takes a retry pause; the others keep ServiceClient's default.
    client._pause = pause
    return client


VENDORS = {
    "yealink": Vendor("yealink", YEALINK_CALLS, YL_TOKENS, YL_REFUSALS,
                      ("/auth/clientToken", "/auth/token"),
                      lambda http, clock, pause: YealinkClient(
                          URL, "id", "secret", http=http, wall_clock=clock,
                          retry_pause=pause)),
    "yeastar": Vendor("yeastar", YEASTAR_CALLS, YS_TOKENS, YS_REFUSALS,
                      ("/get_token", "/refresh_token", "/del_token"),
                      lambda http, clock, pause: _with_pause(YeastarClient(
                          URL, "id", "secret", http=http, clock=clock), pause)),
    "portsip": Vendor("portsip", PORTSIP_CALLS, PS_TOKENS, PS_TOKEN_REFUSALS,
                      ("/auth/sign_in", "/auth/refresh_token", "/auth/sign_out"),
                      lambda http, clock, pause: _with_pause(PortSipClient(
                          URL, "user", "password", "example.com", http=http, clock=clock),
                          pause)),
    "dingtalk": Vendor("dingtalk", DINGTALK_CALLS, DT_TOKENS, DT_ERRORS, ("/oauth2/accessToken",),
                       lambda http, clock, pause: _with_pause(DingTalkClient(
                           URL, "key", "secret", "operator", http=http, clock=clock), pause)),
}
YEALINK = {call.name: call for call in YEALINK_CALLS}
YEASTAR = {call.name: call for call in YEASTAR_CALLS}
PORTSIP = {call.name: call for call in PORTSIP_CALLS}
DINGTALK = {call.name: call for call in DINGTALK_CALLS}
CLOCK_STEPS = st.sampled_from([0.0, 1.0, 30.0, 400.0, 1000.0])


def cases(vendor: Vendor) -> st.SearchStrategy[Case]:
    tokens = st.lists(replies(vendor.token_answers, vendor.token_refusals), max_size=2).map(tuple)
    by_call = {call.name: st.builds(
        Case, call=st.just(call), tokens=tokens, clock_step=CLOCK_STEPS,
        copies=st.sampled_from([1, 1, 1, 2, 3]),
        replies=st.lists(replies(call.answers, call.refusals), min_size=1, max_size=6).map(tuple))
        for call in vendor.calls}
    return st.sampled_from(vendor.calls).flatmap(lambda call: by_call[call.name])


# --- running a case ---------------------------------------------------------------------------


@dataclass
class Service:
    """The MockTransport handler: plays the case's replies in turn."""

    vendor: Vendor
    case: Case
    clock: FakeClock
    replies: list[Reply] = field(default_factory=list)
    tokens: list[Reply] = field(default_factory=list)
    requests: int = 0

    def __post_init__(self) -> None:
        self.replies = list(self.case.replies)
        self.tokens = list(self.case.tokens)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        if self.requests > MAX_REQUESTS:
            raise AssertionError(f"runaway: more than {MAX_REQUESTS} requests for one call")
        self.clock.now += self.case.clock_step
        if request.url.path.endswith(self.vendor.token_paths):
            reply = self.tokens.pop(0) if self.tokens else ok(self.vendor.token_answers[0])
        else:
            reply = self.replies.pop(0) if self.replies else Reply(500)
        return reply.response(request)


async def only_our_errors(works: list[Awaitable[Any]], pinned: bool, *, what: str,
                          allowed: tuple[type[BaseException], ...] = (ServiceError,)) -> None:
    """Each of `works` ends within HANG_S, returning or raising one of `allowed`."""
    tasks = [asyncio.ensure_future(work) for work in works]
    _, pending = await asyncio.wait(tasks, timeout=HANG_S)
    if pending:
        for task in pending:
            task.cancel()
        await asyncio.wait(pending)
        raise AssertionError(f"hang: {what} had no outcome within {HANG_S} s")
    for task in tasks:
        exc = task.exception()
        outcome = "returned" if exc is None else type(exc).__name__
        if isinstance(exc, ServiceError):
            outcome += f" ({exc.reason.value})"
        statistic(f"{what}: {outcome}")
        if exc is None or isinstance(exc, allowed) or tolerated(exc, pinned):
            continue
        raise exc


async def play(vendor: Vendor, case: Case) -> None:
    clock = FakeClock()
    pauses: list[float] = []

    async def pause(seconds: float) -> None:
        pauses.append(seconds)

    service = Service(vendor, case, clock)
    async with httpx.AsyncClient(transport=httpx.MockTransport(service)) as http:
        client = vendor.connect(http, clock, pause)
        try:
            await only_our_errors([case.call.on(client) for _ in range(case.copies)],
                                  case.pinned, what="call")
        finally:
            if vendor.name == "yeastar":
                # Its token is revoked over a connection of its own, not the injected one:
                # let the token lapse so closing sends nothing.
                clock.now += 10**7
            # Closing raises nothing at all (a failed release is logged).
            await only_our_errors([client.aclose()], case.pinned, what="close", allowed=())
    assert all(0 <= seconds <= RETRY_AFTER_CAP_S for seconds in pauses), pauses
    leftover = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    assert not leftover, f"tasks left running after aclose: {leftover}"


def run_case(vendor: str, case: Case) -> None:
    asyncio.run(play(VENDORS[vendor], case))


@pytest.fixture(autouse=True, scope="module")
def codec_reads_do_not_wait() -> Iterator[None]:
    """A codec read polls every 0.3 s until the devices answer: not here."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(av_calls, "CODEC_POLL_INTERVAL_S", 0.0)
        yield


# --- the clients ------------------------------------------------------------------------------


def _pinned(call: Call, *replies_: Reply, tokens: tuple[Reply, ...] = ()) -> Case:
    return Case(call, replies_, tokens, pinned=True)


HUGE = b"1" + b"0" * 400  # a JSON integer no float holds
NON_ASCII_RETRY_AFTER = Reply(429, b"", ((b"Retry-After", "\u00b2".encode()),))


@example(case=_pinned(YEALINK["list_device_groups"], ok(b'{"ret":0,"data":{"list":null}}'))
         )
@example(case=_pinned(YEALINK["list_spaces"], tokens=(
    ok(b'{"ret":0,"data":{"token":"t","expireTime":' + HUGE + b"}}"),))
         )
@example(case=_pinned(YEALINK["list_spaces"], tokens=(
    ok(b'{"ret":0,"data":{"token":"t\xc3\xa9","expireTime":3600}}'),))
         )
@example(case=_pinned(YEALINK["list_spaces"], Reply(200, dumps(YL_PAGE), ((b"X-Note", b"\xe9"),)))
         )
@example(case=_pinned(YEALINK["list_spaces"], NON_ASCII_RETRY_AFTER)
         )
@given(case=cases(VENDORS["yealink"]))
@fuzz(600)
def test_yealink_client_lets_out_only_service_errors(case: Case) -> None:
    run_case("yealink", case)


@example(case=_pinned(YEASTAR["query_calls"], ok(b'{"errcode":[],"errmsg":"x"}'))
         )
@example(case=_pinned(YEASTAR["query_calls"], tokens=(ok(
    b'{"errcode":0,"access_token":"a","access_token_expire_time":' + HUGE
    + b',"refresh_token":"r","refresh_token_expire_time":60}'),))
         )
@given(case=cases(VENDORS["yeastar"]))
@fuzz(500)
def test_yeastar_client_lets_out_only_service_errors(case: Case) -> None:
    run_case("yeastar", case)


@example(case=_pinned(PORTSIP["list_rooms"], tokens=(
    ok(b'{"access_token":"a","expires_in":' + HUGE + b"}"),))
         )
@example(case=_pinned(PORTSIP["list_rooms"], tokens=(
    ok(b'{"access_token":"\\u00e4"}'),))
         )
@given(case=cases(VENDORS["portsip"]))
@fuzz(400)
def test_portsip_client_lets_out_only_service_errors(case: Case) -> None:
    run_case("portsip", case)


@example(case=_pinned(DINGTALK["get_device"], tokens=(
    ok(b'{"accessToken":"a","expireIn":' + HUGE + b"}"),))
         )
@given(case=cases(VENDORS["dingtalk"]))
@fuzz(250)
def test_dingtalk_client_lets_out_only_service_errors(case: Case) -> None:
    run_case("dingtalk", case)


# --- PBX events -------------------------------------------------------------------------------

_CALL_MSG = {"call_id": "c1", "members": _YS_MEMBERS}
EVENT_MSGS: dict[int, dict[str, Any]] = {
    30011: _CALL_MSG,
    30016: _CALL_MSG,
    30012: {"call_id": "c1", "time_start": "2024-05-01 10:00:00", "call_from": "0812345678",
            "call_to": "1001", "call_duration": 12, "talk_duration": 10, "status": "ANSWERED",
            "type": "Inbound", "src_trunk_name": "SIP"},
    30015: {"members": _YS_MEMBERS, "reason": "BUSY"},
    30024: {"host_num": "1001", "conference_id": "6400"},
    30008: {"extension": "1001", "status": "Ringing"},
    30009: {"extension": "1001", "status": "available"},
    31000: {"anything": 1},
}
_EVENT_KEYS = [*_keys(list(EVENT_MSGS.values())), "type", "sn", "msg"]


@st.composite
def event_texts(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["envelope"] * 6 + ["json", "text", "deep", "truncated"]))
    if kind == "json":
        return dumps(draw(json_values(_EVENT_KEYS))).decode()
    if kind == "text":
        return draw(st.text(max_size=40))
    if kind == "deep":
        return draw(deep_document()).decode()
    type_ = draw(st.sampled_from(list(EVENT_MSGS)))
    msg: Any = EVENT_MSGS[type_]
    if draw(st.booleans()):
        msg = draw(mutated(msg))
    as_text = draw(st.sampled_from(["json text"] * 3 + ["object", "garbage text", "deep text"]))
    if as_text == "json text":  # as the PBX sends it
        msg = dumps(msg).decode()
    elif as_text == "garbage text":
        msg = draw(st.one_of(st.text(max_size=20),
                             json_values(_EVENT_KEYS).map(lambda v: dumps(v).decode())))
    elif as_text == "deep text":
        msg = draw(deep_document()).decode()
    envelope: Any = {"type": type_, "sn": "1", "msg": msg}
    if draw(st.integers(0, 3)) == 0:
        envelope = draw(mutated(envelope))
    text = dumps(envelope).decode()
    if kind == "truncated":
        return text[:draw(st.integers(0, max(0, len(text) - 1)))]
    return text


@dataclass(frozen=True)
class EventCase:
    texts: tuple[str, ...]
    available: bool = False  # as after the book read the PBX's calls: rows are derived
    pinned: bool = False


@pytest.fixture(scope="module")
def pbx() -> Iterator[YeastarClient]:
    """A PBX client for call books; nothing is ever sent through it."""
    def never(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"unexpected request {request.url.path}")

    http = httpx.AsyncClient(transport=httpx.MockTransport(never))
    client = YeastarClient(URL, "id", "secret", http=http)
    yield client
    asyncio.run(client.aclose())
    asyncio.run(http.aclose())


def no_error(work: Callable[[], Any], pinned: bool) -> Any:
    try:
        return work()
    except Exception as exc:
        statistic(f"raised {type(exc).__name__}")
        if tolerated(exc, pinned):
            return None
        raise


DEEP_MSG = json.dumps({"type": 30011, "sn": "1", "msg": "[" * 20_000})


@example(case=EventCase((DEEP_MSG,), pinned=True))
@given(case=st.builds(EventCase, texts=st.lists(event_texts(), min_size=1, max_size=6).map(
    tuple), available=st.booleans()))
@fuzz(800)
def test_events_parse_to_an_event_or_none_and_the_call_book_takes_them(
        case: EventCase, pbx: YeastarClient) -> None:
    book = CallBook(pbx, {"board": ["1001"]})
    # As after a reconcile, so every change derives the rooms' call rows too.
    book._available = case.available
    for text in case.texts:
        event = no_error(partial(parse_event, text), case.pinned)
        assert event is None or isinstance(event, Event)
        if event is None:
            statistic("parsed: None")
        else:
            statistic(f"parsed: type {event.type if event.type in EVENT_MSGS else 'other'}")
        if event is not None:
            no_error(partial(book.on_event, event), case.pinned)
    assert isinstance(book.view, CallsView)
    assert all(row.our_extension == "1001" for row in book.calls_for("board"))


def subscription_answers() -> st.SearchStrategy[str | bytes]:
    answers = [{"errcode": 0, "errmsg": "SUCCESS"}, {"errcode": 10004, "errmsg": "TOKEN EXPIRED"},
               {"errcode": 20001, "errmsg": "subscribe failed"}]
    texts = st.one_of(st.sampled_from(answers).flatmap(mutated).map(dumps),
                      st.sampled_from(answers).map(dumps),
                      json_values(_keys(answers)).map(dumps), deep_document(),
                      st.binary(max_size=32))
    return st.one_of(texts, texts.map(lambda b: b.decode("utf-8", "replace")))


@example(answer='{"errcode": [], "errmsg": "x"}', pinned=True)
@given(answer=subscription_answers(), pinned=st.just(False))
@fuzz(400)
def test_the_subscription_answer_is_accepted_or_rejected(
        answer: str | bytes, pinned: bool, pbx: YeastarClient) -> None:
    stream = CallBook(pbx, {"board": ["1001"]}).stream
    try:
        stream._check_subscription("token", answer)
        statistic("accepted")
    except StreamRejected:
        statistic("rejected")
    except Exception as exc:
        if not tolerated(exc, pinned):
            raise
