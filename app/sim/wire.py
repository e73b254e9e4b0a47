"""Acting faults out on the wire: one mechanism shared by every simulated service.

A service describes how it words things in a `Dialect` (its error envelope, its refusal,
the shape of a list answer, how it pages) and inherits `FaultySim`; `act_out` does the
rest identically for all of them, so a fault means the same thing whichever service a test
points it at.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from aiohttp import web

from app.sim import payloads
from app.sim.faults import Fault, FaultKind, FaultPlan
from app.sim.http import JSON_BODY, json_body

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass(frozen=True)
class Paging:
    """Where a service's paged reads say which page, and where the answer says how many."""

    start: str  # the request's skip/page parameter
    first: int  # the value of `start` that asks for the first page
    in_body: bool  # `start` is in the JSON body, else in the query string
    total: tuple[str, ...]  # the keys leading to the row count in the answer


@dataclass(frozen=True)
class Dialect:
    error: Callable[[int, str], web.Response]  # HTTP_STATUS: status and message
    refuse: Callable[[str], web.Response]  # REFUSE: the service declining, with a message
    listing: payloads.Listing  # the service's success answer around a list of rows
    paging: Paging | None = None  # None: the service has no paged reads


class FaultySim:
    """The fault admin API every simulated service shares."""

    dialect: ClassVar[Dialect]

    def __init__(self) -> None:
        self.faults = FaultPlan()

    def fail(self, fault: Fault) -> None:
        if fault.kind is FaultKind.IGNORE_SKIP and self.dialect.paging is None:
            raise ValueError(f"{type(self).__name__} has no paged reads to ignore skip on")
        self.faults.add(fault)

    def clear_faults(self) -> None:
        self.faults.clear()

    async def faulted(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Answer `request` through `handler`, bent by the next fault that matches it."""
        fault = self.faults.take(request.path)
        if fault is None:
            return await handler(request)
        return await act_out(fault, request, handler, self.dialect)


async def act_out(fault: Fault, request: web.Request, handler: Handler,
                  dialect: Dialect) -> web.StreamResponse:
    kind = fault.kind
    if kind is FaultKind.DELAY:
        await asyncio.sleep(fault.seconds)
        return await handler(request)
    if kind is FaultKind.HTTP_STATUS:
        answer = dialect.error(fault.status, fault.message)
        if fault.retry_after is not None:
            answer.headers["Retry-After"] = fault.retry_after
        return answer
    if kind is FaultKind.REFUSE:
        return dialect.refuse(fault.message)
    if kind is FaultKind.DROP:
        return _hang_up(request)
    if kind is FaultKind.IGNORE_SKIP:
        assert dialect.paging is not None  # FaultySim.fail refuses it otherwise
        return await _first_page_forever(fault, request, handler, dialect.paging)
    made = _made_up_body(fault, dialect)
    if made is not None:
        return made
    return await _bend_answer(fault, request, await handler(request), dialect)


def _made_up_body(fault: Fault, dialect: Dialect) -> web.Response | None:
    """The faults whose answer has nothing to do with the request (which has no effect)."""
    if fault.kind is FaultKind.MALFORMED:
        return _json_bytes(payloads.malformed(dialect.listing))
    if fault.kind is FaultKind.REPLACE:
        return _json_bytes(json.dumps(fault.body, ensure_ascii=False).encode())
    if fault.kind is FaultKind.HUGE:
        return _json_bytes(payloads.huge(dialect.listing, fault.size))
    if fault.kind is FaultKind.DEEP:
        return _json_bytes(payloads.deep(fault.depth))
    if fault.kind is FaultKind.GZIP_BOMB:
        answer = _json_bytes(payloads.gzip_bomb(dialect.listing, fault.size))
        answer.headers["Content-Encoding"] = "gzip"
        return answer
    return None


async def _bend_answer(fault: Fault, request: web.Request, answer: web.StreamResponse,
                       dialect: Dialect) -> web.StreamResponse:
    """The faults that let the request take effect and then spoil its answer."""
    if not isinstance(answer, web.Response):
        return answer  # an upgraded WebSocket: no HTTP answer left to spoil
    body = answer.body if isinstance(answer.body, bytes) else b""
    if fault.kind is FaultKind.LOSE_AFTER:
        return _hang_up(request)
    if fault.kind is FaultKind.GARBLE_AFTER:
        return _json_bytes(payloads.garble(body))
    if fault.kind is FaultKind.TRUNCATED:
        # An empty answer has nothing to cut: promise a list answer instead.
        whole = body or json.dumps(dialect.listing([])).encode()
        return await _truncated(request, whole)
    assert fault.kind is FaultKind.DRIBBLE, fault.kind
    if not body:
        return answer
    return await _dribble(request, answer, body, fault.seconds)


def _json_bytes(body: bytes, status: int = 200) -> web.Response:
    return web.Response(status=status, body=body, content_type="application/json")


def _hang_up(request: web.Request) -> web.StreamResponse:
    if request.transport is not None:
        request.transport.close()
    return web.Response(status=200)  # never delivered: aiohttp finds the socket closed


async def _truncated(request: web.Request, whole: bytes) -> web.StreamResponse:
    response = web.StreamResponse(status=200)
    response.content_type = "application/json"
    response.content_length = len(whole)
    await response.prepare(request)
    await response.write(whole[: len(whole) // 2])
    if request.transport is not None:
        request.transport.close()  # flushes what was written, then closes
    return response


async def _dribble(request: web.Request, answer: web.Response, body: bytes,
                   seconds: float) -> web.StreamResponse:
    response = web.StreamResponse(status=answer.status, reason=answer.reason)
    for name, value in answer.headers.items():
        if name.lower() not in ("content-length", "transfer-encoding"):
            response.headers.add(name, value)
    response.content_length = len(body)
    try:
        await response.prepare(request)
        for index in range(len(body)):
            await asyncio.sleep(seconds)
            await response.write(body[index:index + 1])
    except ConnectionError:
        pass  # the client went away: nobody is left to dribble to
    return response


async def _first_page_forever(fault: Fault, request: web.Request, handler: Handler,
                              paging: Paging) -> web.StreamResponse:
    forwarded, asked = await _as_first_page(request, paging)
    answer = await handler(forwarded)
    if not isinstance(answer, web.Response) or not isinstance(answer.body, bytes):
        return answer
    try:
        document = json.loads(answer.body)
    except ValueError:
        return answer
    holder: Any = document
    for key in paging.total[:-1]:
        holder = holder.get(key) if isinstance(holder, dict) else None
    if not isinstance(holder, dict) or paging.total[-1] not in holder:
        return answer  # a refusal or a read that is not paged: leave it be
    holder[paging.total[-1]] = fault.total
    if asked is not None and paging.start in holder:
        holder[paging.start] = asked  # the echo still says what was asked, as a bug would
    text = json.dumps(document, ensure_ascii=False)
    return _json_bytes(text.encode(), answer.status)


async def _as_first_page(request: web.Request, paging: Paging) -> tuple[web.Request, Any]:
    """The request as if it asked for the first page, and what it really asked for."""
    if paging.in_body:
        body = await json_body(request)
        if paging.start not in body:
            return request, None
        request[JSON_BODY] = {**body, paging.start: paging.first}
        return request, body[paging.start]
    asked = request.query.get(paging.start)
    if asked is None:
        return request, None
    url = request.rel_url.update_query({paging.start: str(paging.first)})
    return request.clone(rel_url=url), asked
