"""Reading a paged list to its end, without trusting the server to end it.

A server may ignore `skip` (every page is the first again), send a `total` that never comes,
or leave it out: reading stops on an empty page, once `total` items are in, on a page that
adds nothing new, and at a page limit, so a misbehaving server costs a bounded number of
requests, never an endless loop.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Hashable, Sequence
from typing import TypeVar

from app.api.errors import InvalidResponse

log = logging.getLogger(__name__)

T = TypeVar("T")
MAX_PAGES = 200

# fetch(page index from 0, items read so far) -> (the page's items, the total if stated)
FetchPage = Callable[[int, int], Awaitable[tuple[Sequence[T], int | None]]]


async def read_all_pages(fetch: FetchPage[T], key: Callable[[T], Hashable], *,
                         service: str, what: str, page_size: int,
                         max_pages: int = MAX_PAGES) -> list[T]:
    """`page_size`: what was asked for; a shorter page ends a list that states no total."""
    items: list[T] = []
    seen: set[Hashable] = set()
    for index in range(max_pages):
        page, total = await fetch(index, len(items))
        fresh = [item for item in page if key(item) not in seen]
        if page and not fresh:
            log.warning("%s sent the same %s again: it ignores paging; %d read", service,
                        what, len(items))
            return items
        seen.update(key(item) for item in fresh)
        items.extend(fresh)
        if total is not None and len(items) >= total:
            return items
        if not page or (total is None and len(page) < page_size):
            return items
    raise InvalidResponse(service, f"The {what} did not end after {max_pages} pages",
                          detail=f"more than {max_pages} pages")
