"""The Sources & displays pages, tapped like a presenter would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import until
from qml_helpers import (
    clipped_texts,
    find_in,
    find_item,
    find_items,
    is_shown,
    next_frame,
    tap,
    walk,
)
from test_qml import SIZES, Panel, open_panel

from app.sim.server import Simulator


async def show_page(panel: Panel, page: str) -> None:
    await panel.room_live()
    await tap(panel.window, find_item(panel.window, f"tab:{page}"))
    room = panel.vm.room
    assert room is not None
    await until(lambda: room.routing.link == "live", what="routing live")


def cell(panel: Panel, source: str, display: str) -> Any:
    room = panel.vm.room
    assert room is not None
    view = room.routing._view
    source_id = next(s.id for s in view.sources if s.name == source)
    display_id = next(d.id for d in view.displays if d.name == display)
    return find_item(panel.window, f"cell:{source_id}:{display_id}")


def test_matrix_routes_a_source_to_a_display_by_taps(sim: Simulator, run: Any,
                                                    panels: list[Panel]) -> None:
    panel = open_panel(panels, sim)

    async def scenario() -> None:
        await show_page(panel, "matrix")
        await until(lambda: bool(find_items(panel.window, "cell:")), what="cells")
        await tap(panel.window, find_item(panel.window, "signal:Video"))
        target = cell(panel, "Ceiling camera", "Projector")
        assert target.property("signal") == ""
        await tap(panel.window, target)
        await until(lambda: target.property("signal") == "Video", what="confirmed route")
        assert target.property("pending") is False

    run(scenario())
    group = sim.yealink.av.group("Boardroom")
    projector = sim.yealink.av.device("Projector")
    assert projector.video_from == sim.yealink.av.device("Ceiling camera").mac
    assert sim.yealink.seen("/routing/av/real")[-1].method == "GET"  # read back
    assert group.id


def test_displays_page_routes_by_tapping_a_source_then_a_display(
        sim: Simulator, run: Any, panels: list[Panel]) -> None:
    panel = open_panel(panels, sim, size=SIZES[1])

    async def scenario() -> None:
        await show_page(panel, "displays")
        await until(lambda: bool(find_items(panel.window, "display:")), what="cards")
        await tap(panel.window, find_item(panel.window, "source:Table HDMI 2"))
        card = find_item(panel.window, "display:Main display")
        await tap(panel.window, find_in(card, "showHere"))
        await until(lambda: "Table HDMI 2 (Audio/Video)" in card.property("showing"),
                    what="card shows the new source")

    run(scenario())
    main = sim.yealink.av.device("Main display")
    assert main.video_from == main.audio_from == sim.yealink.av.device("Table HDMI 2").mac


def test_offline_source_cannot_be_chosen(sim: Simulator, run: Any,
                                         panels: list[Panel]) -> None:
    panel = open_panel(panels, sim)

    async def scenario() -> None:
        await show_page(panel, "displays")
        await until(lambda: bool(find_items(panel.window, "source:")), what="sources")
        chip = find_item(panel.window, "source:Wireless cast")
        assert not chip.isEnabled()

    run(scenario())


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("page", ["matrix", "displays", "presets", "usb"])
def test_every_routing_page_loads_without_clipped_text(
        sim: Simulator, run: Any, panels: list[Panel], size: tuple[int, int], page: str) -> None:
    panel = open_panel(panels, sim, size=size)

    async def scenario() -> None:
        await show_page(panel, page)
        await until(lambda: is_shown(find_item(panel.window, f"{page}Page")), what="page")
        await until(lambda: panel.vm.room is not None
                    and panel.vm.room.routing.displays.count > 0, what="displays")

    run(scenario())
    truncated = clipped_texts(panel.window)
    assert truncated == []


def test_preset_button_applies_and_marks_it(sim: Simulator, run: Any,
                                            panels: list[Panel]) -> None:
    panel = open_panel(panels, sim)

    async def scenario() -> None:
        await show_page(panel, "presets")
        await until(lambda: bool(find_items(panel.window, "preset:")), what="presets")
        button = find_item(panel.window, "preset:Video call")
        assert button.property("applied") is False
        await tap(panel.window, button)
        await until(lambda: button.property("applied") is True, what="applied")

    run(scenario())
    assert sim.yealink.seen("/routing/av/preset/enable")[0].body["presetId"] == "preset-board-2"


def test_a_failed_routing_read_is_said_on_the_page(sim: Simulator, run: Any,
                                                   panels: list[Panel]) -> None:
    from app.sim.faults import Fault, FaultKind

    panel = open_panel(panels, sim)

    async def scenario() -> None:
        await show_page(panel, "matrix")
        sim.call(lambda: sim.yealink.fail(Fault(FaultKind.HTTP_STATUS, path="routing/av/real",
                                                status=500, count=1000)))
        room = panel.vm.room
        assert room is not None
        room.routing._coordinator.request_refresh()
        strip = find_item(panel.window, "routingStrip")
        await until(lambda: is_shown(strip), what="routing strip")
        sim.call(sim.yealink.faults.clear)
        room.routing._coordinator.request_refresh()
        await until(lambda: not is_shown(strip), what="strip gone")

    run(scenario())


@pytest.mark.parametrize("size", SIZES)
def test_a_route_preset_says_what_it_routes_before_it_is_applied(
        sim: Simulator, run: Any, panels: list[Panel], size: tuple[int, int],
        tmp_path: Path) -> None:
    panel = open_panel(panels, sim, size=size)

    async def scenario() -> None:
        await show_page(panel, "presets")
        await until(lambda: bool(find_items(panel.window, "preset:Video call")), what="presets")
        card = find_item(panel.window, "preset:Video call")
        await until(lambda: len(routes_on(card)) == 2, what="its routes")
        assert routes_on(card) == ["Ceiling camera → Main display · V",
                                   "Table HDMI 1 → Left screen · AV"]
        await next_frame(panel.window)
        assert clipped_texts(panel.window) == []
        panel.window.grabWindow().save(str(tmp_path / f"presets-{size[0]}x{size[1]}.png"))

    run(scenario())


def routes_on(card: Any) -> list[str]:
    return [str(item.property("text")) for item in walk(card)
            if "→" in str(item.property("text") or "")]


@pytest.mark.parametrize("size", SIZES)
def test_a_display_is_switched_to_its_own_hdmi_input_and_back(
        sim: Simulator, run: Any, panels: list[Panel], size: tuple[int, int],
        tmp_path: Path) -> None:
    """The codec's video input, read first (every field of the entry is required), set,
    and confirmed by reading it back."""
    panel = open_panel(panels, sim, size=size)

    async def scenario() -> None:
        await show_page(panel, "displays")
        await until(lambda: bool(find_items(panel.window, "display:Main display")),
                    what="the display cards")
        card = find_item(panel.window, "display:Main display")
        await until(lambda: is_shown(find_in(card, "displayInput")), what="its input read")
        assert find_in(card, "inputNetwork").property("selected")
        await next_frame(panel.window)
        assert clipped_texts(panel.window) == []
        panel.window.grabWindow().save(str(tmp_path / f"input-{size[0]}x{size[1]}.png"))
        await tap(panel.window, find_in(card, "inputHdmi"))
        await until(lambda: sim.call(lambda: sim.yealink.av.device("Main display").hdmi_out)
                    == "hdmi input1", what="the codec switched")
        await until(lambda: bool(find_in(card, "inputHdmi").property("selected"))
                    and find_in(card, "displayInput").isEnabled(), what="confirmed")
        await tap(panel.window, find_in(card, "inputNetwork"))
        await until(lambda: sim.call(lambda: sim.yealink.av.device("Main display").hdmi_out)
                    == "lan in", what="back to the network")

    run(scenario())
    puts = [r for r in sim.yealink.seen("/devices/video/input") if r.method == "PUT"]
    assert len(puts) == 2
    assert puts[0].body["singleList"][0]["videoCaptureOut"] == "none"
