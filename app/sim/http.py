"""Small helpers shared by the simulated services' HTTP handlers."""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web

JSON_BODY = web.RequestKey("json_body", dict)


async def json_body(request: web.Request) -> dict[str, Any]:
    """The request's JSON object, or {} for a missing or malformed body (read once)."""
    if JSON_BODY not in request:
        raw = await request.read()
        try:
            parsed = json.loads(raw) if raw else {}
        except ValueError:
            parsed = {}
        request[JSON_BODY] = parsed if isinstance(parsed, dict) else {}
    body: dict[str, Any] = request[JSON_BODY]
    return body


def yealink_envelope(data: Any, *, ret: int = 0, error: Any = None,
                     status: int = 200) -> web.Response:
    return web.json_response({"ret": ret, "data": data, "error": error}, status=status,
                             dumps=lambda o: json.dumps(o, ensure_ascii=False))
