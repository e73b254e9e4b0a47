"""The operator console: every room as a tile (200 of them in the simulator), what needs
attention on each, a filter box with keyboard shortcuts, a tap opens the room."""

from __future__ import annotations

from typing import Any

from conftest import until
from qml_helpers import clipped_texts, find_in, find_item, is_shown, tap
from test_qml import Panel, open_panel

from app.sim.campus import add_campus
from app.sim.faults import Fault, FaultKind
from app.sim.server import Simulator

CAMPUS = 200


def tiles_read(panel: Panel) -> bool:
    overview = panel.vm.overview_model.overview
    return overview is not None and overview.first_full_read_s is not None


def test_overview_tiles_every_room_and_says_what_needs_attention(
        sim: Simulator, run: Any, panels: list[Panel]) -> None:
    sim.call(lambda: add_campus(sim.yealink, CAMPUS))
    panel = open_panel(panels, sim, mode="operator", room=None)

    async def scenario() -> None:
        await until(lambda: panel.vm.page == "picker", what="overview")
        model = panel.vm.overview_model
        await until(lambda: tiles_read(panel) and all(r.automations_on >= 0 for r in model.rows),
                    timeout=15, what="every room read")
        assert model.count == CAMPUS + 5  # and the five demo rooms
        rows = {row.name: row for row in model.rows}
        assert rows["Room 007"].devices_offline == 1 and rows["Room 008"].devices_offline == 0
        assert (rows["Room 006"].automations_on, rows["Room 006"].automations) == (2, 3)
        assert rows["Boardroom"].devices_offline == 1  # its wireless cast box
        truncated = clipped_texts(panel.window)
        assert truncated == []

        # A call ringing in a room marks its tile.
        call = sim.call(lambda: sim.yeastar.ring("1001", "0812345678"))
        await until(lambda: {r.name: r.call for r in model.rows}["Boardroom"] == "ringing",
                    what="ringing tile")
        board = find_item(panel.window, "room:Boardroom")
        assert is_shown(find_in(board, "badgeCall"))
        sim.call(lambda: sim.yeastar.end(call))

        # An automation switched off elsewhere shows up on its tile, via the change feed.
        room_6 = next(s for s in sim.yealink.spaces.values() if s.name == "Room 006")
        sim.call(lambda: sim.yealink.set_switch(room_6.id, room_6.monitors[0].id, False))
        await until(lambda: {r.name: r.automations_on for r in model.rows}["Room 006"] == 1,
                    what="tile follows the change")

        # The filter box narrows the tiles; Enter opens the first match.
        field = find_item(panel.window, "roomFilter")
        field.setProperty("text", "room 00")
        await until(lambda: model.count == 9, what="filtered tiles")
        field.setProperty("text", "Room 007")
        await until(lambda: model.count == 1)
        tile = find_item(panel.window, "room:Room 007")
        assert is_shown(find_in(tile, "badgeDevices"))
        await tap(panel.window, tile)
        await until(lambda: panel.vm.page == "room" and panel.vm.room.name == "Room 007",
                    what="room opened")

    run(scenario())
    # Each room was read once for the overview, plus the one that changed, plus the room
    # opened (its controls): nothing polled in a loop.
    monitors = sim.yealink.seen("/ctrl/monitors/page")
    assert CAMPUS + 5 <= len(monitors) <= CAMPUS + 5 + 4


def test_overview_reports_a_room_that_cannot_be_read(sim: Simulator, run: Any,
                                                     panels: list[Panel]) -> None:
    sim.call(lambda: sim.yealink.fail(Fault(FaultKind.REFUSE, path="/ctrl/monitors/page",
                                            message="Space is being edited")))
    panel = open_panel(panels, sim, mode="operator", room=None)

    async def scenario() -> None:
        model = panel.vm.overview_model
        await until(lambda: tiles_read(panel) and all(r.automations_on >= 0 or r.error
                                                      for r in model.rows), what="rooms read")
        failed = [row for row in model.rows if row.error]
        assert len(failed) == 1 and "Space is being edited" in failed[0].error
        assert is_shown(find_in(find_item(panel.window, f"room:{failed[0].name}"), "tileError"))
        # The room's next change re-reads it, and the error goes.
        space = sim.yealink.spaces[failed[0].room_id]
        sim.call(lambda: sim.yealink.set_switch(space.id, space.monitors[0].id,
                                                not space.monitors[0].enable))
        await until(lambda: not any(row.error for row in model.rows), what="error cleared")

    run(scenario())
