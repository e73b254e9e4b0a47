"""The room phone beyond answering: calls held on a controlled trunk, attended transfer,
adding a member, parking, Do Not Disturb; and the PBX itself on the operator console. Each
control is tapped and the simulated PBX must have seen exactly one request."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import until
from qml_helpers import clipped_texts, find_in, find_item, find_items, is_shown, next_frame, tap
from test_qml import SIZES, Panel, open_panel
from test_qml_calls import calls_page

from app.sim.server import Simulator


def bodies(sim: Simulator, endpoint: str) -> list[Any]:
    return [body for _, _, body, _ in sim.yeastar.seen(endpoint)]


async def talking_card(panel: Panel, sim: Simulator, caller: str = "0812345678") -> Any:
    await calls_page(panel)
    call = sim.call(lambda: sim.yeastar.ring("1002", caller))
    sim.call(lambda: sim.yeastar.answer(call))
    await until(lambda: bool(find_items(panel.window, f"call:{caller}")), what="card")
    card = find_item(panel.window, f"call:{caller}")
    await until(lambda: find_in(card, "callState").property("text").startswith("Talking"))
    return card


def test_a_call_held_on_a_controlled_trunk_is_let_through_or_refused_once(
        sim: Simulator, run: Any, panels: list[Panel], tmp_path: Path) -> None:
    """Event 30016: the banner says the call waits; Let through asks the PBX to route it
    (it then rings the room's phone), Refuse drops the caller. A double tap sends one."""
    panel = open_panel(panels, sim)

    async def scenario() -> None:
        await calls_page(panel)
        calls = panel.vm.room.calls
        sim.call(lambda: sim.yeastar.ring_controlled("1002", "0812345678"))
        let_through = find_item(panel.window, "answerCallButton")
        await until(lambda: is_shown(let_through), what="Let through offered")
        assert let_through.property("label") == "Let through"
        assert find_item(panel.window, "declineButton").property("label") == "Refuse"
        await next_frame(panel.window)
        assert clipped_texts(panel.window) == []
        panel.window.grabWindow().save(str(tmp_path / "held.png"))
        await tap(panel.window, let_through)
        calls.control(calls.ringingCallId, "answer")  # a second tap meanwhile
        card = find_item(panel.window, "call:0812345678")
        # Let through, it rings the room's phone like any call (no longer held).
        await until(lambda: not calls.ringingAdmission and calls.ringingFrom == "0812345678",
                    what="ringing the phone")
        assert find_in(card, "hangupButton").property("label") == "Hang up"
        sim.call(lambda: sim.yeastar.end(calls.ringingCallId))
        await until(lambda: calls.ringingFrom == "", what="over")
        sim.call(lambda: sim.yeastar.ring_controlled("1002", "021234567"))
        await until(lambda: calls.ringingAdmission, what="the second call held")
        await tap(panel.window, find_item(panel.window, "declineButton"))
        await until(lambda: calls.ringingFrom == "", what="refused")

    run(scenario())
    assert len(bodies(sim, "call/accept_inbound")) == 1
    assert bodies(sim, "call/accept_inbound")[0]["channel_id"].startswith("PJSIP/trunk-")
    assert len(bodies(sim, "call/refuse_inbound")) == 1
    assert sim.yeastar.seen("call/hangup") == []


@pytest.mark.parametrize("size", SIZES)
def test_an_attended_transfer_talks_to_reception_first_then_hands_over(
        sim: Simulator, run: Any, panels: list[Panel], size: tuple[int, int],
        tmp_path: Path) -> None:
    panel = open_panel(panels, sim, size=size)

    async def scenario() -> None:
        card = await talking_card(panel, sim)
        await tap(panel.window, find_in(card, "transferButton"))
        await until(lambda: is_shown(find_item(panel.window, "handOverModes")), what="modes")
        await tap(panel.window, find_item(panel.window, "modeAttended"))
        pad = find_item(panel.window, "callPad")
        await until(lambda: pad.property("actionLabel") == "Call", what="the pad consults")
        await next_frame(panel.window)
        assert clipped_texts(panel.window) == []
        panel.window.grabWindow().save(str(tmp_path / f"attended-{size[0]}x{size[1]}.png"))
        await tap(panel.window, find_item(panel.window, "speedDial:Reception"))
        controls = find_in(card, "consultControls")
        await until(lambda: is_shown(controls), what="consulting")
        assert find_in(card, "consultingText").property("text") == \
            "Talking to 1000 before handing 0812345678 over"
        await next_frame(panel.window)
        assert clipped_texts(panel.window) == []
        panel.window.grabWindow().save(str(tmp_path / f"consult-{size[0]}x{size[1]}.png"))
        await tap(panel.window, find_in(card, "completeTransferButton"))
        await until(lambda: not find_items(panel.window, "call:"), what="handed over")

    run(scenario())
    sent = bodies(sim, "call/transfer")
    assert len(sent) == 2
    assert sent[0]["type"] == "attended" and sent[0]["number"] == "1000"
    assert sent[0]["dial_permission"] == "1002"
    assert sent[0]["channel_id"].startswith("PJSIP/1002-")  # the transferor's own leg
    assert sent[1] == {"type": "attended", "channel_id": sent[0]["channel_id"],
                       "attended_operate": "complete"}


def test_reception_is_added_to_the_call_and_the_room_stays(
        sim: Simulator, run: Any, panels: list[Panel]) -> None:
    panel = open_panel(panels, sim)

    async def scenario() -> None:
        card = await talking_card(panel, sim)
        await tap(panel.window, find_in(card, "transferButton"))
        await until(lambda: is_shown(find_item(panel.window, "handOverModes")), what="modes")
        await tap(panel.window, find_item(panel.window, "modeAdd"))
        pad = find_item(panel.window, "callPad")
        await until(lambda: pad.property("actionLabel") == "Add", what="the pad adds")
        await tap(panel.window, find_item(panel.window, "speedDial:Reception"))
        await until(lambda: not is_shown(find_item(panel.window, "handOverModes")))
        await until(lambda: sim.call(lambda: any(
            m.number == "1000" for c in sim.yeastar.calls.values() for m in c.members)),
            what="reception in the call")
        assert is_shown(find_item(panel.window, "call:0812345678"))  # the room stays

    run(scenario())
    sent = bodies(sim, "call/add_member")
    assert len(sent) == 1
    assert sent[0]["number"] == "1000" and sent[0]["dial_permission"] == "1002"
    assert sent[0]["channel_id"].startswith("PJSIP/1002-")


def test_a_parked_call_is_said_on_the_room_and_listed_on_the_operator_console(
        sim: Simulator, run: Any, panels: list[Panel], tmp_path: Path) -> None:
    operator = open_panel(panels, sim, mode="operator", room="")
    panel = open_panel(panels, sim)

    async def scenario() -> None:
        await until(lambda: operator.vm.page == "picker", what="overview")
        card = await talking_card(panel, sim)
        await tap(panel.window, find_in(card, "transferButton"))
        await until(lambda: is_shown(find_item(panel.window, "parkButton")), what="Park")
        await tap(panel.window, find_item(panel.window, "parkButton"))
        await until(lambda: "parked on 6000" in panel.vm.bannerText, what="the slot said")
        assert panel.vm.bannerText == "0812345678 is parked on 6000: dial 6000 to pick it up"
        # The room has left the call (its side said BYE): no card, and no call on its tile.
        await until(lambda: not find_items(panel.window, "call:0812345678"), what="card gone")
        await until(lambda: not any(r.room == "Boardroom" for r in operator.vm.allCalls.rows),
                    what="the operator sees the room free")
        await until(lambda: bool(find_items(operator.window, "parked:6000")),
                    what="listed for the operator")
        await next_frame(operator.window)
        assert "0812345678 waits on 6000" in str(
            find_item(operator.window, "parked:6000").property("text"))
        sim.call(lambda: sim.yeastar.pick_up_parked("6000"))
        await until(lambda: not find_items(operator.window, "parked:6000"), what="picked up")

    run(scenario())
    sent = bodies(sim, "call/park")
    assert len(sent) == 1 and sent[0]["channel_id"].startswith("PJSIP/trunk-")


def test_do_not_disturb_is_set_on_the_pbx_and_shown_when_it_says_so(
        sim: Simulator, run: Any, panels: list[Panel]) -> None:
    panel = open_panel(panels, sim)

    async def scenario() -> None:
        await calls_page(panel)
        chip = find_item(panel.window, "dndButton")
        await until(lambda: is_shown(chip), what="the DND chip")
        assert not chip.property("selected")
        await tap(panel.window, chip)
        await until(lambda: chip.property("selected"), what="DND on, as the PBX says")
        await tap(panel.window, chip)
        await until(lambda: not chip.property("selected"), what="DND off")

    run(scenario())
    sent = bodies(sim, "extension/update")
    # The Boardroom's phone is 1001: the PBX's extension id 2 (1000 is Reception).
    assert sent == [{"id": 2, "presence_status": "do_not_disturb"},
                    {"id": 2, "presence_status": "available"}]


def test_the_operator_sees_a_trunk_down_and_the_pbxs_warnings(
        sim: Simulator, run: Any, panels: list[Panel], tmp_path: Path) -> None:
    panel = open_panel(panels, sim, mode="operator", room="")

    async def scenario() -> None:
        await until(lambda: panel.vm.page == "picker", what="overview")
        await until(lambda: sim.call(lambda: any(
            30010 in socket.topics for socket in sim.yeastar.events.sockets)),
            what="the panel listening to the PBX")
        sim.call(lambda: sim.yeastar.trunk_state("AIS SIP Trunk", 42))
        sim.call(lambda: sim.yeastar.system_event(
            "sip_trunk_disconnect", "The PBX failed to connect to the trunk AIS SIP Trunk.\n"
            "Please log into your PBX to check."))
        alerts = find_item(panel.window, "trunkAlerts")
        await until(lambda: is_shown(alerts), what="the trunk alert")
        assert alerts.property("text") == "Trunk down: AIS SIP Trunk: unreachable"
        await until(lambda: bool(find_items(panel.window, "systemEvent")), what="the warning")
        assert str(find_item(panel.window, "systemEvent").property("text")).endswith(
            "The PBX failed to connect to the trunk AIS SIP Trunk.")
        await next_frame(panel.window)
        assert clipped_texts(panel.window) == []
        panel.window.grabWindow().save(str(tmp_path / "pbx-status.png"))
        sim.call(lambda: sim.yeastar.trunk_state("AIS SIP Trunk", 1))
        await until(lambda: not is_shown(alerts), what="the trunk back")

    run(scenario())


def test_talking_first_can_go_back_to_the_caller_or_bring_all_three_together(
        sim: Simulator, run: Any, panels: list[Panel]) -> None:
    panel = open_panel(panels, sim)

    async def consult(card: Any) -> None:
        await tap(panel.window, find_in(card, "transferButton"))
        await until(lambda: is_shown(find_item(panel.window, "handOverModes")), what="modes")
        await tap(panel.window, find_item(panel.window, "modeAttended"))
        await tap(panel.window, find_item(panel.window, "speedDial:Reception"))
        await until(lambda: is_shown(find_in(card, "consultControls")), what="consulting")

    async def scenario() -> None:
        card = await talking_card(panel, sim)
        await consult(card)
        back = find_in(card, "abortTransferButton")
        assert back.property("label") == "Back to 0812345678"
        await tap(panel.window, back)
        await until(lambda: not is_shown(find_in(card, "consultControls")), what="back")
        await consult(card)
        await tap(panel.window, find_in(card, "threewayButton"))
        await until(lambda: not is_shown(find_in(card, "consultControls")), what="all three")
        await until(lambda: sim.call(lambda: any(
            {m.number for m in c.members} >= {"1002", "0812345678", "1000"}
            for c in sim.yeastar.calls.values())), what="three in the call")

    run(scenario())
    operations = [b.get("attended_operate") for b in bodies(sim, "call/transfer")]
    assert operations == [None, "abort", None, "threeway"]


def test_a_pbx_that_will_not_tell_its_parked_calls_is_said_on_the_operator_console(
        sim: Simulator, run: Any, panels: list[Panel]) -> None:
    from app.sim.faults import Fault, FaultKind

    sim.call(lambda: sim.yeastar.fail(Fault(FaultKind.HTTP_STATUS, path="call/park_status",
                                            status=404, count=1000)))
    panel = open_panel(panels, sim, mode="operator", room="")

    async def scenario() -> None:
        await until(lambda: panel.vm.page == "picker", what="overview")
        note = find_item(panel.window, "parkingUnavailable")
        await until(lambda: is_shown(note), what="the note")
        assert panel.vm.allCalls.count == 0  # the calls themselves still work
        await next_frame(panel.window)
        assert clipped_texts(panel.window) == []

    run(scenario())
