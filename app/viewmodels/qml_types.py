"""Typed handles on PySide6's QML registration decorators."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar, cast

from PySide6.QtQml import QmlUncreatable

C = TypeVar("C", bound=type[Any])
P = ParamSpec("P")
T = TypeVar("T")

# PySide6's stubs declare QmlUncreatable as a plain class, though it is used as a decorator
# factory (`@QmlUncreatable("reason")`): give it its real shape once, here.
uncreatable = cast(Callable[[str], Callable[[C], C]], QmlUncreatable)


def weak_callback(method: Callable[P, T]) -> Callable[P, T | None]:
    """A bound method handed to a child object without a reference cycle back to its owner.
    A cycle of QObjects is freed by Python's cyclic collector, which may run in any thread
    (the simulator's, in tests), and Qt objects with timers must die in their own thread."""
    ref = weakref.WeakMethod(method)

    def call(*args: P.args, **kwargs: P.kwargs) -> T | None:
        target = ref()
        return target(*args, **kwargs) if target is not None else None

    return call
