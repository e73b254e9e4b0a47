"""Guard against a PySide6 reference-count bug that would crash a long-running panel.

With PySide6 6.12 on Python 3.11, every `None` that a Python override returns to C++ (a
model's `data()` or `headerData()` for a role it does not provide, which views ask for all
the time) loses one reference to `None`. After enough calls CPython frees `None` itself and
aborts ("Fatal Python error: none_dealloc"). A wall panel makes millions of such calls a day.
Python 3.12 made `None` immortal; on older Pythons we give it a reference count so large
that no run can use it up.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 48


def pin_none() -> None:
    """Pin None, and True and False too: a storm of PBX events through the call views
    aborted once with "bool_dealloc", the same loss on the booleans."""
    if sys.version_info >= (3, 12):
        return  # immortal already
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < _HEADROOM:
            refcount.value += _HEADROOM
