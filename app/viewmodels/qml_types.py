"""Typed handles on PySide6's QML registration decorators."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

from PySide6.QtQml import QmlUncreatable

C = TypeVar("C", bound=type[Any])

# PySide6's stubs declare QmlUncreatable as a plain class, though it is used as a decorator
# factory (`@QmlUncreatable("reason")`): give it its real shape once, here.
uncreatable = cast(Callable[[str], Callable[[C], C]], QmlUncreatable)
