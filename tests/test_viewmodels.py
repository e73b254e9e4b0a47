"""List models keep rows in place and pass Qt's model tester; small pure helpers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.state.directory import Room as Space
from app.state.room import CommandStatus, MacroRow, SwitchRow
from app.viewmodels.lists import RpMacroListModel, RpRoomListModel, RpSwitchListModel
from app.viewmodels.room import describe_confirmed


def test_macro_model_passes_the_model_tester_through_updates(qtmodeltester: Any) -> None:
    model = RpMacroListModel()
    model.sync([MacroRow("a", "Start"), MacroRow("b", "Stop")])
    qtmodeltester.check(model)
    model.sync([MacroRow("b", "Stop", CommandStatus.PENDING), MacroRow("c", "New")])
    qtmodeltester.check(model)
    assert [model.data(model.index(r), RpMacroListModel.Roles.status) for r in range(2)] == [
        "pending", "idle"]


def test_switch_and_room_models_pass_the_model_tester(qtmodeltester: Any) -> None:
    switches = RpSwitchListModel()
    switches.sync([SwitchRow("1", "Lights", True), SwitchRow("2", "Screens", False, True)])
    qtmodeltester.check(switches)
    rooms = RpRoomListModel()
    rooms.sync([Space(id="x", name="ห้องประชุม"), Space(id="y", name="会议室")])
    qtmodeltester.check(rooms)
    assert rooms.roleNames()[RpRoomListModel.Roles.name].data() == b"name"


def test_sync_updates_rows_in_place_without_a_reset() -> None:
    model = RpSwitchListModel()
    model.sync([SwitchRow("1", "A", True), SwitchRow("2", "B", True), SwitchRow("3", "C", True)])
    events: list[str] = []
    model.modelReset.connect(lambda: events.append("reset"))
    model.dataChanged.connect(lambda top, bottom, roles: events.append(f"changed {top.row()}"))
    model.rowsInserted.connect(lambda parent, first, last: events.append(f"inserted {first}"))
    model.rowsRemoved.connect(lambda parent, first, last: events.append(f"removed {first}"))
    model.rowsMoved.connect(lambda *args: events.append("moved"))

    model.sync([SwitchRow("1", "A", True), SwitchRow("2", "B", False), SwitchRow("3", "C", True)])
    assert events == ["changed 1"]
    events.clear()
    model.sync([SwitchRow("3", "C", True), SwitchRow("1", "A", True), SwitchRow("4", "D", True)])
    assert "reset" not in events
    assert [row.id for row in model.rows] == ["3", "1", "4"]
    assert events == ["removed 1", "moved", "inserted 2"]


def test_unchanged_sync_emits_nothing() -> None:
    model = RpMacroListModel()
    rows = [MacroRow("a", "Start"), MacroRow("b", "Stop")]
    model.sync(rows)
    events: list[Any] = []
    model.dataChanged.connect(lambda *a: events.append(a))
    model.sync(list(rows))
    assert events == []


def test_confirmation_time_is_short_today_and_dated_before() -> None:
    now = dt.datetime(2026, 11, 22, 15, 0).timestamp()
    assert describe_confirmed(None, now) == ""
    assert describe_confirmed(dt.datetime(2026, 11, 22, 14, 2).timestamp(), now) == "14:02"
    assert describe_confirmed(dt.datetime(2026, 11, 21, 9, 5).timestamp(), now) == "21 Nov 09:05"


def test_route_matrix_model_passes_the_model_tester_and_updates_cells(qtmodeltester: Any) -> None:
    from app.state.freshness import Health, Link
    from app.state.routing_view import DisplayRow, RoutingView, SourceRow
    from app.viewmodels.matrix import RpRouteMatrixModel

    sources = (SourceRow("s1", "Laptop", "AVE", "g", True), SourceRow("s2", "Cam", "UVC", "g",
                                                                         False))
    displays = (DisplayRow("d1", "Main", "AVD", "g", True, video_source="s1", audio_source="s1"),
                DisplayRow("d2", "Side", "AVD", "h", True))
    view = RoutingView(Health(Link.LIVE, ""), sources, displays)
    model = RpRouteMatrixModel()
    model.sync(view)
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert model.cell(0, 0).signal == "Audio/Video"
    assert model.cell(1, 0).reason == "Cam is offline" and not model.cell(1, 0).routable
    assert model.cell(0, 1).reason == "Different device groups"
    resets: list[int] = []
    changes: list[tuple[int, int, int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b, roles: changes.append(
        (a.row(), a.column(), b.row(), b.column())))
    pending = (displays[0], DisplayRow("d2", "Side", "AVD", "h", True, route_wish=(None, None)))
    model.sync(RoutingView(Health(Link.LIVE, ""), sources, pending))
    assert resets == [] and changes == [(0, 1, 0, 1), (1, 1, 1, 1)]
    assert model.cell(0, 1).pending
    assert model.headerData(1, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Vertical
                            ) == "Cam\nOffline"


def test_routing_and_call_list_models_pass_the_model_tester(qtmodeltester: Any) -> None:
    from app.api.yeastar.models import Member
    from app.state.calls import CallRow, RecentCall
    from app.state.routing_view import DisplayRow, PresetRow, SourceRow
    from app.viewmodels.calls import CallCard, RpCallListModel, RpRecentCallListModel
    from app.viewmodels.routing_lists import (
        RpDisplayListModel,
        RpPresetListModel,
        RpSourceListModel,
        make_card,
    )

    sources = RpSourceListModel()
    sources.sync([SourceRow("s1", "Laptop", "AVE", "g", True)])
    qtmodeltester.check(sources)
    displays = RpDisplayListModel()
    displays.sync([make_card(DisplayRow("d1", "Main", "AVD", "g", True, video_source="s1",
                                        audio_source="s1", volume=40, audio_on=True),
                             {"s1": "Laptop"})])
    qtmodeltester.check(displays)
    assert displays.data(displays.index(0), RpDisplayListModel.Roles.showing) == (
        "Laptop (Audio/Video)")
    presets = RpPresetListModel()
    presets.sync([PresetRow("p1", "Presentation", True)])
    qtmodeltester.check(presets)
    calls = RpCallListModel()
    member = Member(kind="inbound", number="0812345678", channel_id="c1", status="RING")
    calls.sync([CallCard(CallRow("1", "ringing", "inbound", "0812345678", "", "AIS", "1001", "c2",
                                 0.0, False, "", (member,)), 0.0)])
    qtmodeltester.check(calls)
    recent = RpRecentCallListModel()
    recent.sync([RecentCall("1", "2026-11-22 14:02:11", "0812345678", "inbound", "ANSWERED", 61)])
    qtmodeltester.check(recent)
    assert recent.data(recent.index(0), RpRecentCallListModel.Roles.when) == "14:02"


def test_overview_and_settings_models_pass_the_model_tester(qtmodeltester: Any) -> None:
    from app.config import setup_config
    from app.state.overview import OverviewView, RoomSummary
    from app.viewmodels.overview import RpOverviewModel
    from app.viewmodels.settings import RpSettings

    rooms = [Space(id="x", name="ห้องประชุม"), Space(id="y", name="会议室")]
    summaries = {"x": RoomSummary("x", "ห้องประชุม", 2, 3, 1, 4, "", 0.0)}

    class FixedOverview:  # the part of state.overview.Overview the model reads
        def __init__(self) -> None:
            self.view = OverviewView(summaries)

        def add_listener(self, on_change: Any) -> None: ...

        def start(self, rooms: list[Space]) -> None: ...

    tiles = RpOverviewModel(FixedOverview, None, lambda room: None)  # type: ignore[arg-type]
    tiles.show(rooms)
    qtmodeltester.check(tiles)
    assert [(r.name, r.devices_offline) for r in tiles.rows] == [("ห้องประชุม", 1), ("会议室", -1)]
    tiles.setFilter("会议")
    assert [r.name for r in tiles.rows] == ["会议室"]
    qtmodeltester.check(tiles)

    settings = RpSettings(setup_config(), None, room_names=lambda: [], apply_live=print,
                          restart=print)
    assert settings.fields.count == 0  # nothing read until the settings open
    assert settings.unlock("")  # no PIN is set
    qtmodeltester.check(settings.fields)
    assert settings.fields.count > 10
