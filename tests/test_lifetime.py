"""A closed panel is freed by reference counting alone. Qt objects left to Python's cyclic
collector die in whichever thread the collector runs in (the simulator's, the executor's),
and a QObject with a running timer must die in its own thread: Qt warns, or crashes."""

from __future__ import annotations

import gc
import weakref
from typing import Any

from conftest import settle, until
from PySide6.QtCore import QObject
from test_qml import Panel, open_panel

from app.sim.server import Simulator


def qobjects_in_cycles() -> list[str]:
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        found = []
        for thing in gc.garbage:
            try:
                if isinstance(thing, QObject):
                    found.append(type(thing).__name__)
            except ReferenceError:
                continue
        return found
    finally:
        gc.set_debug(0)
        gc.garbage.clear()


def test_a_closed_operator_panel_leaves_no_qt_object_to_the_cyclic_collector(
        sim: Simulator, run: Any) -> None:
    panels: list[Panel] = []
    gc.collect()  # what earlier tests left behind
    # The automatic collector is off in the tests (conftest), so only the collection in
    # qobjects_in_cycles can find cycles: none is missed.
    assert not gc.isenabled()
    check_lifetime(sim, run, panels)


def check_lifetime(sim: Simulator, run: Any, panels: list[Panel]) -> None:
    panel = open_panel(panels, sim, mode="operator", room="Boardroom")

    async def scenario(panel: Panel) -> None:
        await panel.room_live()
        await until(lambda: panel.vm.room.calls.available, what="PBX events")
        panel.vm.room.showPage("conference")
        panel.vm.showRooms()  # the overview and its tiles
        await until(lambda: panel.vm.overview_model.count > 0, what="tiles")
        panel.vm.openDiagnostics()
        await panel.close()
        await settle()

    run(scenario(panel))
    app_vm = weakref.ref(panel.vm)
    panels.clear()
    del panel
    assert qobjects_in_cycles() == []
    assert app_vm() is None  # and nothing else holds it
