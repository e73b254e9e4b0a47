"""Hostile bodies for faults: huge, deep, compressed and garbled JSON.

Large bodies are spliced into the service's own envelope as text rather than built as
Python objects and serialised, so a test can ask for hundreds of megabytes cheaply.
"""

from __future__ import annotations

import functools
import json
import zlib
from collections.abc import Callable
from typing import Any

Listing = Callable[[list[Any]], Any]
_MARK = "\x00splice\x00"
_ITEM = '{"id":"filler","name":"' + "x" * 76 + '"}'
_CHUNK = 1 << 20


def envelope_around(listing: Listing) -> tuple[str, str]:
    """The service's list answer as text before and after where its list's items go."""
    text = json.dumps(listing([_MARK]), ensure_ascii=False)
    before, after = text.split(json.dumps(_MARK))
    return before, after


def malformed(listing: Listing) -> bytes:
    """The opening of a list answer, as a connection cut mid-answer would leave it."""
    return envelope_around(listing)[0].encode()


def huge(listing: Listing, size: int) -> bytes:
    before, after = envelope_around(listing)
    count = max(1, (size - len(before) - len(after)) // (len(_ITEM) + 1))
    return (before + ",".join([_ITEM] * count) + after).encode()


def deep(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


def gzip_bomb(listing: Listing, size: int) -> bytes:
    before, after = envelope_around(listing)
    return _compressed(before + '"', '"' + after, size)


@functools.lru_cache(maxsize=4)
def _compressed(before: str, after: str, size: int) -> bytes:
    # Streamed through the compressor: the inflated text never exists on this side.
    gzip = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    parts = [gzip.compress(before.encode())]
    filler = max(0, size - len(before) - len(after))
    chunk = b"A" * min(filler, _CHUNK)
    for _ in range(filler // _CHUNK):
        parts.append(gzip.compress(chunk))
    parts.append(gzip.compress(b"A" * (filler % _CHUNK)))
    parts.append(gzip.compress(after.encode()))
    parts.append(gzip.flush())
    return b"".join(parts)


def garble(body: bytes) -> bytes:
    """Half of an answer followed by bytes no JSON parser accepts (NUL is never valid)."""
    return body[: len(body) // 2] + b"\x00\xff garbled"
