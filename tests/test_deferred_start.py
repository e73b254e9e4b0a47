"""What the room's first frame does not need (the PBX login and event stream, the meeting
devices) starts once that frame is drawn; a window that draws nothing still gets them."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import until
from PySide6.QtCore import Qt
from test_qml import Panel, open_panel

import app.viewmodels.app as app_vm
from app.sim.server import Simulator


def device_reads(sim: Simulator) -> int:
    return sum(1 for _, path, _ in sim.dingtalk.requests if path == "/v1.0/rooms/devices")


def test_pbx_and_devices_wait_for_the_first_frame_with_the_room(
        sim: Simulator, run: Any, panels: list[Panel]) -> None:
    panel = open_panel(panels, sim)
    # (PBX logins, DingTalk device reads) seen by the simulator when that frame was swapped.
    at_first_room_frame: list[tuple[int, int]] = []

    def on_frame() -> None:
        if panel.vm.room_has_data() and not at_first_room_frame:
            at_first_room_frame.append((len(sim.yeastar.seen("get_token")),
                                        device_reads(sim)))

    panel.window.frameSwapped.connect(on_frame, Qt.ConnectionType.DirectConnection)
    run(panel.room_live())
    run(until(lambda: bool(sim.yeastar.seen("get_token")) and device_reads(sim) > 0,
              what="PBX login and device read after the first frame"))
    assert at_first_room_frame == [(0, 0)]


def test_a_window_that_draws_nothing_still_starts_them(
        sim: Simulator, run: Any, panels: list[Panel], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_vm, "DEFERRED_FALLBACK_MS", 50)
    panel = Panel(sim, (1280, 800))
    panels.append(panel)
    panel.window.hide()
    panel.vm.start()
    run(until(panel.vm.room_has_data, what="room data"))
    run(until(lambda: bool(sim.yeastar.seen("get_token")) and device_reads(sim) > 0,
              what="PBX login and device read without a frame"))
