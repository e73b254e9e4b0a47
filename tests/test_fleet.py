"""The site's panels as an operator reads them: statuses from the broker read leniently
(a panel we do not control may write anything), the ones needing a visit first."""

from __future__ import annotations

from typing import Any

from app.state.fleet import FleetBoard, PanelStatus
from app.viewmodels.fleet import PanelRoles, RpPanelsModel

NOW = 1_800_000_000.0


def status(**fields: Any) -> dict[str, Any]:
    return {"panel": "p", "room": "r1", "part": "controls", "mode": "room",
            "version": "1.2.0", "link": "live", "reason": "", "phase": "awake",
            "since": NOW - 120, "started": NOW - 7500, **fields}


def test_a_status_that_cannot_be_trusted_is_never_taken_for_live() -> None:
    assert PanelStatus.read("a", ["not", "a", "status"]).link == "unknown"
    odd = PanelStatus.read("b", status(link="hacked", phase=7, since="yesterday",
                                       started=True, reason="x" * 10_000, room=None))
    assert (odd.link, odd.phase, odd.since, odd.started, odd.room) == \
        ("unknown", "", None, None, "")
    assert len(odd.reason) == 200
    assert odd.uptime_s(NOW) is None


def test_panels_that_need_a_visit_come_first_and_a_retired_one_goes() -> None:
    board = FleetBoard(lambda: None)
    for name, link in (("lobby", "live"), ("boardroom", "offline"), ("huddle", "stale"),
                       ("annex", "live")):
        board.on_status(name, status(link=link))
    assert [p.panel for p in board.view.panels] == ["boardroom", "huddle", "annex", "lobby"]
    assert board.view.offline_count == 1
    board.on_status("boardroom", None)  # its retained status cleared
    assert [p.panel for p in board.view.panels] == ["huddle", "annex", "lobby"]


def test_the_page_says_how_long_each_has_been_up_or_down(qtbot: Any) -> None:
    board = FleetBoard(lambda: None)
    now = [NOW]
    model = RpPanelsModel(board, {"r1": "Boardroom"}.get, clock=lambda: now[0])
    board.heard_broker()
    board.on_status("wall", status())
    board.on_status("door", status(link="offline", reason="The panel is gone",
                                   since=NOW - 45))
    assert model.summary == "1 of 2 panels offline"

    def shown(row: int, role: PanelRoles) -> Any:
        return model.data(model.index(row), role)

    assert (shown(0, PanelRoles.panelId), shown(0, PanelRoles.changedAgo),
            shown(0, PanelRoles.upFor), shown(0, PanelRoles.phaseLabel)) == \
        ("door", "45 s", "", "")
    assert (shown(1, PanelRoles.roomName), shown(1, PanelRoles.upFor),
            shown(1, PanelRoles.modeLabel)) == ("Boardroom", "2 h 5 min", "Room panel")
    now[0] += 2 * 86_400
    assert shown(1, PanelRoles.upFor) == "2 d 2 h"
