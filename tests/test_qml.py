"""The QML screens, loaded offscreen against the simulator and tapped like a person would."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from conftest import config_for, fast_backoff, until
from qml_helpers import clipped_texts, find_item, find_items, is_shown, next_frame, tap

from app.sim.faults import Fault, FaultKind
from app.sim.server import Simulator
from app.state.session import PanelSession
from app.ui import Ui, build_ui
from app.viewmodels.app import RpApp

SIZES = [(1280, 800), (800, 480)]


class Panel:
    def __init__(self, sim: Simulator, size: tuple[int, int], **panel: Any) -> None:
        self.sim = sim
        self.vm = RpApp(PanelSession(config_for(sim, **panel), backoff_factory=fast_backoff))
        self.ui: Ui = build_ui(self.vm, width=size[0], height=size[1])
        self.window = self.ui.window

    async def room_live(self) -> None:
        await until(lambda: self.vm.room is not None and self.vm.room.link == "live",
                    what="room live")
        try:
            # Generous: a loaded CI machine has taken over 5 s to lay out a first room screen.
            await until(lambda: bool(find_items(self.window, "macro:")), 15.0,
                        what="macro buttons")
        except AssertionError as exc:
            # Say what the screen was doing: this wait has timed out under heavy load.
            stack = find_items(self.window, "roomScreen")
            raise AssertionError(
                f"{exc}: page {self.vm.page}, kiosk {self.vm.kiosk_model.phase}, exposed "
                f"{self.window.isExposed()}, macros in the model {self.vm.room.macros.count}, "
                f"room screen {[(i.isVisible(), i.width(), i.height()) for i in stack]}"
            ) from None

    async def close(self) -> None:
        # The view-model first, while its views are whole (as the panel's own shutdown).
        self.ui.window.close()
        await self.vm.aclose()
        self.ui.close()


def open_panel(panels: list[Panel], sim: Simulator, size: tuple[int, int] = SIZES[0],
               **panel: Any) -> Panel:
    made = Panel(sim, size, **panel)
    panels.append(made)
    made.vm.start()
    return made


@pytest.mark.parametrize("size", SIZES)
def test_room_screen_shows_the_room(sim: Simulator, run: Any, panels: list[Panel],
                                    size: tuple[int, int]) -> None:
    panel = open_panel(panels, sim, size)
    run(panel.room_live())
    assert find_item(panel.window, "roomTitle").property("text") == "Boardroom"
    assert find_item(panel.window, "linkText").property("text") == "Live"
    names = [i.property("name") for i in find_items(panel.window, "macro:")]
    assert names[:2] == ["Start presentation", "Video call"]
    assert not is_shown(find_item(panel.window, "freshnessStrip"))


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("room", ["Boardroom", "ห้องประชุมใหญ่ ชั้น 5", "第一会议室"])
def test_no_text_is_clipped_and_targets_are_big_enough(
    sim: Simulator, run: Any, panels: list[Panel], size: tuple[int, int], room: str
) -> None:
    panel = open_panel(panels, sim, size, mode="room", room=room)
    run(panel.room_live())
    truncated = clipped_texts(panel.window)
    assert truncated == []
    for target in find_items(panel.window, "macro:") + find_items(panel.window, "switch:"):
        assert target.height() >= 48 and target.width() >= 48, target.objectName()


def test_the_room_pages_are_built_while_nobody_looks(
        sim: Simulator, run: Any, panels: list[Panel]) -> None:
    """So the first tap on a tab is as quick as the next; the Controls page stays up."""
    panel = open_panel(panels, sim)

    async def scenario() -> None:
        await panel.room_live()
        pages = ["callsPage", "conferencePage", "matrixPage", "displaysPage", "presetsPage",
                 "usbPage"]
        await until(lambda: all(find_items(panel.window, name) for name in pages),
                    what="every page built")
        assert panel.vm.room.page == "controls"
        assert is_shown(find_item(panel.window, "macro:Start presentation"))

    run(scenario())


def test_tapping_a_macro_reaches_the_service_and_shows_progress(
    sim: Simulator, run: Any, panels: list[Panel]
) -> None:
    sim.call(lambda: sim.yealink.fail(Fault(FaultKind.DELAY, path="invoke", seconds=0.3)))
    panel = open_panel(panels, sim)

    async def scenario() -> None:
        await panel.room_live()
        button = find_item(panel.window, "macro:Start presentation")
        await tap(panel.window, button)
        await until(lambda: button.property("status") == "pending", what="pending")
        await tap(panel.window, button)  # an impatient second tap
        await until(lambda: button.property("status") == "succeeded", what="succeeded")
        await until(lambda: find_item(panel.window, "switch:Laptop to main display")
                    .property("on"), what="macro's effect on screen")

    run(scenario())
    invokes = sim.yealink.seen("/ctrl/macro/invoke")
    assert len(invokes) == 1
    assert invokes[0].body == {"spaceId": "6a670bb3-65b1-44c0-ba90-d63f733aa188",
                               "macroId": "board-mac-1"}


def test_tapping_a_switch_flips_it_and_the_service_follows(
    sim: Simulator, run: Any, panels: list[Panel]
) -> None:
    panel = open_panel(panels, sim)

    async def scenario() -> None:
        await panel.room_live()
        row = find_item(panel.window, "switch:Shut down at 20:00")
        assert row.property("on") is True
        await tap(panel.window, row)
        assert row.property("on") is False  # at once, before any answer
        await until(lambda: not row.property("pending"), what="confirmed")

    run(scenario())
    assert sim.call(lambda: sim.yealink.switch_state("Boardroom", "Shut down at 20:00")) is False
    assert sim.yealink.seen("/ctrl/monitor")[0].body["enable"] is False


def test_a_refused_macro_is_told_in_the_panels_language(
    sim: Simulator, run: Any, panels: list[Panel]
) -> None:
    sim.call(lambda: sim.yealink.fail(Fault(FaultKind.REFUSE, path="macro/invoke",
                                             message="Projector is warming up")))
    panel = open_panel(panels, sim, language="th")

    async def scenario() -> None:
        await panel.room_live()
        await tap(panel.window, find_item(panel.window, "macro:Start presentation"))
        await until(lambda: is_shown(find_item(panel.window, "banner")), what="banner")
        # The sentence is Thai; the service's own words come through as it sent them.
        text = find_item(panel.window, "bannerText").property("text")
        assert text == "“Start presentation” ล้มเหลว: Projector is warming up"

    run(scenario())
    assert len(sim.yealink.seen("/ctrl/macro/invoke")) == 1


def test_refused_switch_flips_back_and_says_why(
    sim: Simulator, run: Any, panels: list[Panel]
) -> None:
    sim.call(lambda: sim.yealink.fail(Fault(FaultKind.REFUSE, path="ctrl/autoRouting",
                                             message="Encoder offline")))
    panel = open_panel(panels, sim)

    async def scenario() -> None:
        await panel.room_live()
        row = find_item(panel.window, "switch:Camera follows speaker")
        shown: list[bool] = []
        row.onChanged.connect(lambda: shown.append(bool(row.property("on"))))
        await tap(panel.window, row)
        await until(lambda: is_shown(find_item(panel.window, "banner")), what="banner")
        assert shown == [True, False]  # flipped at once, then back on the refusal
        assert row.property("on") is False
        text = find_item(panel.window, "bannerText").property("text")
        assert text == "Could not switch “Camera follows speaker” on: Encoder offline"
        await tap(panel.window, find_item(panel.window, "bannerDismiss"))
        await until(lambda: not is_shown(find_item(panel.window, "banner")), what="dismissed")

    run(scenario())


def test_outage_is_shown_plainly_and_clears_by_itself(
    sim: Simulator, run: Any, panels: list[Panel]
) -> None:
    panel = open_panel(panels, sim)

    async def scenario() -> None:
        await panel.room_live()
        strip = find_item(panel.window, "freshnessStrip")
        await asyncio.get_running_loop().run_in_executor(None, sim.take_offline)
        await until(lambda: is_shown(strip), what="freshness strip")
        await until(lambda: panel.vm.room.link == "offline", what="offline")
        text = find_item(panel.window, "freshnessText").property("text")
        assert text.startswith("Offline — Cannot reach the control service")
        assert "Showing the last known state from" in text
        assert find_item(panel.window, "linkText").property("text") == "Offline"
        assert not find_item(panel.window, "macro:All off").isEnabled()
        sim.bring_online()
        await until(lambda: panel.vm.room.link == "live", what="live again")
        assert not is_shown(strip)

    run(scenario())


def test_picker_appears_without_a_room_and_opens_the_tapped_one(
    sim: Simulator, run: Any, panels: list[Panel]
) -> None:
    panel = open_panel(panels, sim, mode="room", room="")

    async def scenario() -> None:
        await until(lambda: panel.vm.page == "picker", what="picker")
        await until(lambda: len(find_items(panel.window, "room:")) == 5, what="room tiles")
        await tap(panel.window, find_item(panel.window, "room:第一会议室"))
        await panel.room_live()
        assert find_item(panel.window, "roomTitle").property("text") == "第一会议室"

    run(scenario())


def test_operator_switches_rooms_and_only_the_shown_room_is_polled(
    sim: Simulator, run: Any, panels: list[Panel]
) -> None:
    panel = open_panel(panels, sim, mode="operator", room="Boardroom")

    async def scenario() -> None:
        await panel.room_live()
        await tap(panel.window, find_item(panel.window, "roomsButton"))
        await until(lambda: panel.vm.page == "picker", what="picker")
        await tap(panel.window, find_item(panel.window, "room:Huddle 3"))
        await until(lambda: panel.vm.room.name == "Huddle 3" and panel.vm.room.link == "live")
        boardroom = panel.vm._room_vms["6a670bb3-65b1-44c0-ba90-d63f733aa188"]
        await until(lambda: not boardroom._coordinator.running, what="boardroom stopped")

    run(scenario())


def test_room_mode_has_no_way_to_other_rooms(
    sim: Simulator, run: Any, panels: list[Panel]
) -> None:
    panel = open_panel(panels, sim, mode="room", room="Training Room")
    run(panel.room_live())
    assert not is_shown(find_item(panel.window, "roomsButton"))


def test_unknown_configured_room_says_so_and_offers_the_picker(
    sim: Simulator, run: Any, panels: list[Panel]
) -> None:
    panel = open_panel(panels, sim, mode="room", room="Atlantis")

    async def scenario() -> None:
        await until(lambda: panel.vm.page == "picker", what="picker")
        assert "Room “Atlantis” is not on the control service" in panel.vm.bannerText

    run(scenario())


def test_loading_screen_explains_an_unreachable_service(
    sim: Simulator, run: Any, panels: list[Panel]
) -> None:
    sim.take_offline()
    panel = open_panel(panels, sim)

    async def scenario() -> None:
        text = find_item(panel.window, "loadingText")
        await until(lambda: "Cannot reach the control service" in text.property("text"))
        assert panel.vm.page == "loading"
        sim.bring_online()
        await panel.room_live()

    run(scenario())


def test_why_the_service_is_unreachable_is_worded_again_in_a_new_language(
    sim: Simulator, run: Any, panels: list[Panel]
) -> None:
    sim.take_offline()
    panel = open_panel(panels, sim)

    async def scenario() -> None:
        text = find_item(panel.window, "loadingText")
        await until(lambda: "Cannot reach the control service" in text.property("text"))
        panel.vm.preferences.setLanguage("zh_CN")
        await until(lambda: "无法连接中控服务" in text.property("text"), what="in Chinese")
        assert "正在重试" in text.property("text")
        sim.bring_online()
        await panel.room_live()

    run(scenario())


def test_room_header_shows_the_meeting_device_and_its_cast_code(
    sim: Simulator, run: Any, panels: list[Panel]
) -> None:
    panel = open_panel(panels, sim, mode="room", room="Boardroom")

    async def scenario() -> None:
        await panel.room_live()
        await until(lambda: bool(find_items(panel.window, "castCode")), what="device chip")
        await until(lambda: find_item(panel.window, "castCode").property("text") == "482915")
        assert find_item(panel.window, "deviceStatus").property("text") == "Idle"

    run(scenario())


def test_a_meeting_device_that_cannot_be_read_says_so(
    sim: Simulator, run: Any, panels: list[Panel]
) -> None:
    sim.take_offline("dingtalk")
    panel = open_panel(panels, sim, mode="room", room="Boardroom")

    def device_status() -> str:
        return str(find_item(panel.window, "deviceStatus").property("text"))

    async def scenario() -> None:
        await panel.room_live()
        await until(lambda: device_status() == "Not updating", what="device not updating")
        assert find_item(panel.window, "castCode").property("text") == "––––––"
        sim.bring_online("dingtalk")
        await until(lambda: device_status() == "Idle", what="device read again")

    run(scenario())


def test_a_narrow_header_keeps_the_rooms_name_whatever_the_meeting_device_says(
    sim: Simulator, run: Any, panels: list[Panel]
) -> None:
    """At 800x480 the widest device state ("Meeting ringing") squeezed the room's name until
    it could be cut (CI saw "Boardroom" elided): the state now goes under "Cast code"."""
    sim.call(lambda: sim.dingtalk.set_status("1234", "conf_incoming"))
    panel = open_panel(panels, sim, size=SIZES[1])

    async def scenario() -> None:
        caption = lambda: str(find_item(panel.window, "castCaption").property("text"))  # noqa: E731
        await until(lambda: bool(find_items(panel.window, "castCaption"))
                    and caption() == "Cast code · Meeting ringing", what="the device's state")
        await next_frame(panel.window)
        assert clipped_texts(panel.window) == []
        assert not is_shown(find_item(panel.window, "deviceStatus"))

    run(scenario())
