"""Finding a room, macro or device the way an installer types it: id, exact name, or name
ignoring case."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol, TypeVar


class Named(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def name(self) -> str: ...


T = TypeVar("T", bound=Named)


def find_by_id_or_name(rows: Iterable[T], wanted: str) -> T | None:
    wanted = wanted.strip()
    candidates = list(rows)
    rules: list[Callable[[T], bool]] = [
        lambda r: r.id == wanted,
        lambda r: r.name == wanted,
        lambda r: r.name.casefold().strip() == wanted.casefold(),
    ]
    for matches in rules:
        found = next((r for r in candidates if matches(r)), None)
        if found is not None:
            return found
    return None
