"""The call area: an incoming call rings on screen, controls reach the PBX, outages show."""

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
    really_visible,
    tap,
)
from test_qml import SIZES, Panel, open_panel

from app.sim.server import Simulator


async def calls_page(panel: Panel) -> None:
    await panel.room_live()
    room = panel.vm.room
    assert room is not None
    await until(lambda: room.calls.available, what="PBX events")
    await tap(panel.window, find_item(panel.window, "tab:calls"))


@pytest.mark.parametrize("size", SIZES)
def test_the_room_phone_answers_from_the_ringing_banner_once(
        sim: Simulator, run: Any, panels: list[Panel], size: tuple[int, int],
        tmp_path: Path) -> None:
    """The Boardroom's desk phone is under uaCSTA: the banner offers Answer; a double tap
    sends one request, the phone picks up, the banner goes and the call is talking."""
    panel = open_panel(panels, sim, size=size)

    async def scenario() -> None:
        await calls_page(panel)
        sim.call(lambda: sim.yeastar.ring("1001", "0812345678"))
        answer = find_item(panel.window, "answerCallButton")
        await until(lambda: is_shown(answer), what="Answer offered")
        await next_frame(panel.window)
        assert clipped_texts(panel.window) == []
        panel.window.grabWindow().save(str(tmp_path / f"answer-{size[0]}x{size[1]}.png"))
        await tap(panel.window, answer)
        card = find_item(panel.window, "call:0812345678")
        await until(lambda: find_in(card, "callState").property("text").startswith("Talking"),
                    what="talking")
        await until(lambda: not is_shown(find_item(panel.window, "incomingCall")),
                    what="banner gone")
        assert not is_shown(find_in(card, "answerButton"))
        # A second call, answered with a double tap (both within one turn of the loop).
        calls = panel.vm.room.calls
        second = sim.call(lambda: sim.yeastar.ring("1001", "021234567"))
        await until(lambda: calls.ringingAnswerable, what="the second call answerable")
        calls.control(second, "answer")
        calls.control(second, "answer")
        await until(lambda: not calls.ringingAnswering and calls.ringingFrom == "",
                    what="the second call answered")

    run(scenario())
    accepted = [body for _, _, body, _ in sim.yeastar.seen("uacsta_call/accept")]
    assert accepted == [
        {"extension": "1001", "call_id": "32768", "ip_address": "192.168.5.21:5060"},
        {"extension": "1001", "call_id": "32769", "ip_address": "192.168.5.21:5060"}]


def test_a_phone_the_pbx_cannot_pick_up_offers_no_answer(sim: Simulator, run: Any,
                                                         panels: list[Panel]) -> None:
    """A room phone without uaCSTA: the call is answered on the phone itself, the panel
    offers Decline only (and the Calls tab no Answer)."""
    panel = open_panel(panels, sim, room="ห้องประชุมใหญ่ ชั้น 5")  # extension 1003

    async def scenario() -> None:
        await panel.room_live()
        room = panel.vm.room
        assert room is not None
        await until(lambda: room.calls.available, what="PBX events")
        assert "1003" not in sim.yeastar.uacsta_phones
        sim.call(lambda: sim.yeastar.ring("1003", "0812345678"))
        await until(lambda: is_shown(find_item(panel.window, "incomingCall")), what="alert")
        await next_frame(panel.window)
        assert not is_shown(find_item(panel.window, "answerCallButton"))
        assert is_shown(find_item(panel.window, "declineButton"))

    run(scenario())
    assert sim.yeastar.seen("uacsta_call/accept") == []


@pytest.mark.parametrize("size", SIZES)
def test_a_call_is_handed_to_reception_from_the_call_card(
        sim: Simulator, run: Any, panels: list[Panel], size: tuple[int, int],
        tmp_path: Path) -> None:
    """Transfer: the card asks, the keypad and speed dial say where to (Cancel backs out),
    Reception's entry hands the caller over once; the call leaves the room."""
    panel = open_panel(panels, sim, size=size)

    async def scenario() -> None:
        await calls_page(panel)
        call = sim.call(lambda: sim.yeastar.ring("1002", "0812345678"))
        sim.call(lambda: sim.yeastar.answer(call))
        await until(lambda: bool(find_items(panel.window, "call:0812345678")), what="card")
        card = find_item(panel.window, "call:0812345678")
        await until(lambda: find_in(card, "callState").property("text").startswith("Talking"))
        await tap(panel.window, find_in(card, "transferButton"))
        heading = find_item(panel.window, "transferHeading")
        await until(lambda: is_shown(heading), what="where to")
        await tap(panel.window, find_item(panel.window, "cancelTransfer"))
        await until(lambda: not is_shown(heading), what="backed out")
        await tap(panel.window, find_in(card, "transferButton"))
        await until(lambda: is_shown(heading), what="where to, again")
        await next_frame(panel.window)
        assert clipped_texts(panel.window) == []
        panel.window.grabWindow().save(str(tmp_path / f"transfer-{size[0]}x{size[1]}.png"))
        await tap(panel.window, find_item(panel.window, "speedDial:Reception"))
        await until(lambda: not find_items(panel.window, "call:"), what="the room left")
        assert not is_shown(heading)

    run(scenario())
    bodies = [body for _, _, body, _ in sim.yeastar.seen("call/transfer")]
    assert [(b["number"], b["dial_permission"]) for b in bodies] == [("1000", "1002")]
    assert sim.yeastar.seen("call/dial") == []


def test_the_rooms_phones_say_when_they_are_offline_busy_or_on_do_not_disturb(
        sim: Simulator, run: Any, panels: list[Panel], tmp_path: Path) -> None:
    """30007/30008/30009 for the room's extensions, on the Calls tab; a Linkus app logging
    out is not the desk phone going offline; other rooms' phones are not shown."""
    panel = open_panel(panels, sim, size=SIZES[1])

    async def scenario() -> None:
        await calls_page(panel)
        # Nothing said yet: no phone shown (only the Do Not Disturb switch).
        assert not find_items(panel.window, "phone:")
        assert is_shown(find_item(panel.window, "dndButton"))
        sim.call(lambda: sim.yeastar.register("1001", registered=False))
        sim.call(lambda: sim.yeastar.register("1002", registered=False, kind="Mobile"))
        sim.call(lambda: sim.yeastar.register("1003", registered=False))  # another room's
        await until(lambda: bool(find_items(panel.window, "phone:1001")), what="phone 1001")

        def said(extension: str) -> str:
            return str(find_in(find_item(panel.window, f"phone:{extension}"),
                               "phoneText").property("text"))

        assert said("1001") == "1001 · Phone offline"
        assert not find_items(panel.window, "phone:1002")
        assert not find_items(panel.window, "phone:1003")
        sim.call(lambda: sim.yeastar.register("1001"))
        sim.call(lambda: sim.yeastar.set_presence("1001", "do_not_disturb"))
        await until(lambda: said("1001") == "1001 · Phone ready · Do not disturb",
                    what="back, on do not disturb")
        await next_frame(panel.window)
        assert clipped_texts(panel.window) == []
        panel.window.grabWindow().save(str(tmp_path / "phones-800x480.png"))

    run(scenario())


@pytest.mark.parametrize("size", SIZES)
def test_incoming_call_rings_and_is_answered_on_screen(sim: Simulator, run: Any,
                                                       panels: list[Panel],
                                                       size: tuple[int, int]) -> None:
    panel = open_panel(panels, sim, size=size)

    async def scenario() -> None:
        await calls_page(panel)
        call = sim.call(lambda: sim.yeastar.ring("1001", "0812345678", trunk="AIS SIP Trunk"))
        alert = find_item(panel.window, "incomingCall")
        await until(lambda: is_shown(alert), what="alert")
        assert find_item(panel.window, "incomingText").property("text") == (
            "Incoming call from 0812345678 · AIS SIP Trunk")
        sim.call(lambda: sim.yeastar.answer(call))
        await until(lambda: not is_shown(alert), what="alert gone")
        card = find_item(panel.window, "call:0812345678")
        await until(lambda: find_in(card, "callState").property("text").startswith("Talking"))
        truncated = clipped_texts(panel.window)
        assert truncated == []
        await tap(panel.window, find_in(card, "holdButton"))
        await until(lambda: find_in(card, "callState").property("text").startswith("On hold"))
        await tap(panel.window, find_in(card, "hangupButton"))
        await until(lambda: not find_items(panel.window, "call:"), what="call ended")

    run(scenario())
    assert len(sim.yeastar.seen("call/hold")) == 1
    assert len(sim.yeastar.seen("call/hangup")) == 1


def test_keypad_and_speed_dial_place_calls_from_the_rooms_extension(
        sim: Simulator, run: Any, panels: list[Panel]) -> None:
    panel = open_panel(panels, sim)

    async def scenario() -> None:
        await calls_page(panel)
        for key in "1000":
            await tap(panel.window, find_item(panel.window, f"key:{key}"))
        assert find_item(panel.window, "dialedNumber").property("text") == "1000"
        await tap(panel.window, find_item(panel.window, "padAction"))
        await until(lambda: bool(find_items(panel.window, "call:1000")), what="call shown")
        await tap(panel.window, find_in(find_item(panel.window, "call:1000"), "hangupButton"))
        await until(lambda: not find_items(panel.window, "call:"), what="ended")
        await tap(panel.window, find_item(panel.window, "speedDial:IT helpdesk"))
        await until(lambda: bool(find_items(panel.window, "call:1005")), what="speed dial")

    run(scenario())
    dials = [r[2] for r in sim.yeastar.seen("call/dial")]
    assert dials[0]["caller"] == "1001" and dials[0]["callee"] == "1000"
    assert dials[1]["callee"] == "1005"


def test_pbx_outage_says_call_status_unavailable(sim: Simulator, run: Any,
                                                 panels: list[Panel]) -> None:
    panel = open_panel(panels, sim)

    async def scenario() -> None:
        await calls_page(panel)
        sim.call(lambda: sim.yeastar.ring("1002", "021234567"))
        await until(lambda: bool(find_items(panel.window, "call:")))
        sim.take_offline("yeastar")
        banner = find_item(panel.window, "callsUnavailable")
        await until(lambda: is_shown(banner), what="unavailable")
        # The list lays out its removals in the frame's polish step: the frame that shows
        # the banner shows no call.
        await next_frame(panel.window)
        assert not [c for c in find_items(panel.window, "call:") if really_visible(c)]
        sim.bring_online("yeastar")
        await until(lambda: not is_shown(banner), 5.0, what="back")
        await until(lambda: bool(find_items(panel.window, "call:021234567")), what="reconciled")

    run(scenario())


def test_operator_sees_the_calls_of_every_room(sim: Simulator, run: Any,
                                               panels: list[Panel]) -> None:
    panel = open_panel(panels, sim, mode="operator", room="")

    async def scenario() -> None:
        await until(lambda: panel.vm.page == "picker", what="overview")
        sim.call(lambda: sim.yeastar.ring("1001", "0812345678"))
        sim.call(lambda: sim.yeastar.ring("1003", "021234567"))
        await until(lambda: panel.vm.allCalls.count == 2, what="two rooms' calls")
        await next_frame(panel.window)  # the list grows in the polish step before a frame
        assert is_shown(find_item(panel.window, "allCalls"))
        rooms = {r.room for r in panel.vm.allCalls.rows}
        assert rooms == {"Boardroom", "ห้องประชุมใหญ่ ชั้น 5"}

    run(scenario())


def test_the_operator_sees_a_rooms_phone_offline_or_on_do_not_disturb(
        sim: Simulator, run: Any, panels: list[Panel], tmp_path: Path) -> None:
    panel = open_panel(panels, sim, mode="operator", room="")

    async def scenario() -> None:
        await until(lambda: panel.vm.page == "picker", what="overview")
        # The PBX says a phone changed only while the panel listens: wait for its stream.
        await until(lambda: sim.call(lambda: any(
            30007 in socket.topics for socket in sim.yeastar.events.sockets)),
            what="the panel listening to the PBX")
        sim.call(lambda: sim.yeastar.register("1003", registered=False))
        sim.call(lambda: sim.yeastar.set_presence("1004", "do_not_disturb"))

        def badge(room: str) -> Any:
            return find_in(find_item(panel.window, f"room:{room}"), "badgePhone")

        await until(lambda: is_shown(badge("ห้องประชุมใหญ่ ชั้น 5"))
                    and is_shown(badge("第一会议室")), what="both badges")
        assert badge("ห้องประชุมใหญ่ ชั้น 5").property("label") == "Phone offline"
        assert badge("第一会议室").property("label") == "Do not disturb"
        assert not is_shown(badge("Boardroom"))
        await next_frame(panel.window)
        assert clipped_texts(panel.window) == []
        panel.window.grabWindow().save(str(tmp_path / "tiles.png"))
        sim.call(lambda: sim.yeastar.register("1003"))
        await until(lambda: not is_shown(badge("ห้องประชุมใหญ่ ชั้น 5")), what="back")

    run(scenario())


def test_a_rooms_extension_the_pbx_does_not_have_is_said_not_hidden(
        sim: Simulator, run: Any, panels: list[Panel]) -> None:
    sim.call(lambda: sim.yeastar.extensions.pop("1002"))
    panel = open_panel(panels, sim)

    async def scenario() -> None:
        await calls_page(panel)
        warning = find_item(panel.window, "missingPhones")
        await until(lambda: is_shown(warning), what="the warning")
        assert str(warning.property("text")).startswith("Not on the PBX: 1002.")

    run(scenario())


def test_answer_is_on_screen_in_the_first_frame_after_the_ringing_event(
        sim: Simulator, run: Any, panels: list[Panel]) -> None:
    """The event that makes a call answerable (the desk phone's uaCSTA ring) is on screen,
    Answer button and all, in the first frame drawn after the PBX's view of it changed."""
    panel = open_panel(panels, sim)

    async def scenario() -> None:
        await calls_page(panel)
        book = panel.vm._session.calls
        assert book is not None and panel.vm.room is not None
        answer = find_item(panel.window, "answerCallButton")
        frames = [0]
        ready_at: list[int] = []
        shown_at: list[int] = []

        def on_frame() -> None:
            frames[0] += 1
            if ready_at and not shown_at and is_shown(answer):
                shown_at.append(frames[0])

        def on_view(view: Any) -> None:
            if not ready_at and any(r.answerable for rows in view.calls.values()
                                    for r in rows):
                ready_at.append(frames[0])

        panel.window.frameSwapped.connect(on_frame)
        book.add_listener(on_view, lambda room, notice: None)
        sim.call(lambda: sim.yeastar.ring("1001", "0812345678"))
        await until(lambda: bool(shown_at), what="Answer on screen")
        assert shown_at[0] - ready_at[0] == 1

    run(scenario())
