"""The conference tab: participants and room controls reach the conference server."""

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
)
from test_qml import SIZES, Panel, open_panel

from app.sim.server import Simulator


async def conference_page(panel: Panel) -> None:
    await panel.room_live()
    await tap(panel.window, find_item(panel.window, "tab:conference"))
    await until(lambda: len(find_items(panel.window, "participant:")) == 3, what="participants")


@pytest.mark.parametrize("size", SIZES)
def test_mute_a_participant_and_lock_the_room(sim: Simulator, run: Any, panels: list[Panel],
                                              size: tuple[int, int]) -> None:
    panel = open_panel(panels, sim, size=size)

    async def scenario() -> None:
        await conference_page(panel)
        truncated = clipped_texts(panel.window)
        assert truncated == []
        somchai = find_item(panel.window, "participant:Somchai")
        await tap(panel.window, find_in(somchai, "participantMute"))
        await until(lambda: find_in(somchai, "participantMute").property("label") == "Unmute",
                    what="muted")
        await tap(panel.window, find_item(panel.window, "roomLock"))
        await until(lambda: find_item(panel.window, "badge:locked").property("label")
                    == "Locked", what="locked badge")

    run(scenario())
    board = sim.portsip.rooms[sim.portsip.board_id]
    assert board.locked
    assert next(p for p in board.participants if "Somchai" in p.display_name).muted
    assert len(sim.portsip.seen("/lock")) == 1


def test_removing_a_participant_asks_first(sim: Simulator, run: Any,
                                           panels: list[Panel]) -> None:
    panel = open_panel(panels, sim)

    async def scenario() -> None:
        await conference_page(panel)
        li_wei = find_item(panel.window, "participant:Li Wei")
        await tap(panel.window, find_in(li_wei, "participantRemove"))
        dialog = find_item(panel.window, "confirmRemove")
        assert is_shown(dialog)
        await tap(panel.window, find_item(panel.window, "cancelRemove"))
        assert not is_shown(dialog)
        assert not sim.portsip.seen("/destroy")
        await tap(panel.window, find_in(li_wei, "participantRemove"))
        await tap(panel.window, find_item(panel.window, "confirmRemoveButton"))
        await until(lambda: len(find_items(panel.window, "participant:")) == 2, what="removed")

    run(scenario())
    assert len(sim.portsip.seen("/destroy")) == 1


def test_invite_and_layout(sim: Simulator, run: Any, panels: list[Panel]) -> None:
    panel = open_panel(panels, sim)

    async def scenario() -> None:
        await conference_page(panel)
        if is_shown(find_item(panel.window, "inviteButton")):  # a small panel: keypad on demand
            await tap(panel.window, find_item(panel.window, "inviteButton"))
        for key in "0899":
            await tap(panel.window, find_item(panel.window, f"key:{key}"))
        await tap(panel.window, find_item(panel.window, "padAction"))
        await until(lambda: len(find_items(panel.window, "participant:")) == 4, what="invited")
        await tap(panel.window, find_item(panel.window, "layout:LAYOUT9"))
        await until(lambda: find_item(panel.window, "layout:LAYOUT9").property("selected"))

    run(scenario())
    assert sim.portsip.seen("/participants/invite")[0][2] == {"number": "0899"}


@pytest.mark.parametrize("size", SIZES)
def test_pbx_conference_mutes_and_removes_members(sim: Simulator, run: Any,
                                                  panels: list[Panel],
                                                  size: tuple[int, int]) -> None:
    sim.call(lambda: sim.yeastar.conference("6400", ["1001", "1003"], "0898765432"))
    panel = open_panel(panels, sim, size=size, room="ห้องประชุมใหญ่ ชั้น 5")

    async def scenario() -> None:
        await conference_page(panel)
        assert not is_shown(find_item(panel.window, "roomLock"))  # the PBX cannot lock
        truncated = clipped_texts(panel.window)
        assert truncated == []
        # Names come from the PBX's extension list; the first row fits even at 800x480.
        guest = find_item(panel.window, "participant:Boardroom phone")
        await tap(panel.window, find_in(guest, "participantMute"))
        await until(lambda: find_in(guest, "participantMute").property("label") == "Unmute",
                    what="muted")
        await tap(panel.window, find_in(guest, "participantRemove"))
        await tap(panel.window, find_item(panel.window, "confirmRemoveButton"))
        await until(lambda: len(find_items(panel.window, "participant:")) == 2, what="removed")

    run(scenario())
    assert len(sim.yeastar.seen("conference/mute_member")) == 1
    assert len(sim.yeastar.seen("conference/kick_member")) == 1


@pytest.mark.parametrize("size", SIZES)
def test_how_to_join_by_phone_is_shown_on_a_tap_and_hidden_again(
        sim: Simulator, run: Any, panels: list[Panel], size: tuple[int, int],
        tmp_path: Path) -> None:
    """The room's dial-in number, its extension and the participants' PIN (never the admin
    PIN), in large type, behind a tap on a wall panel."""
    panel = open_panel(panels, sim, size=size)

    async def scenario() -> None:
        await conference_page(panel)
        assert not is_shown(find_item(panel.window, "dialIn"))
        await tap(panel.window, find_item(panel.window, "showDialIn"))
        text = find_item(panel.window, "dialInText")
        await until(lambda: is_shown(text), what="shown")
        assert text.property("text") == "Dial +66 2 123 4567 · extension 6400 · PIN 4821"
        assert "9930" not in text.property("text")
        await next_frame(panel.window)
        assert clipped_texts(panel.window) == []
        panel.window.grabWindow().save(str(tmp_path / f"dial-in-{size[0]}x{size[1]}.png"))
        await tap(panel.window, find_item(panel.window, "hideDialIn"))
        await until(lambda: not is_shown(text), what="hidden again")

    run(scenario())


def test_a_stopped_recording_is_listed_with_when_and_how_long(
        sim: Simulator, run: Any, panels: list[Panel]) -> None:
    """After "Stop recording", where it went: the room's recordings, read again then."""
    panel = open_panel(panels, sim, size=SIZES[1])

    async def scenario() -> None:
        await conference_page(panel)
        listed = find_item(panel.window, "recordings")
        assert not is_shown(listed)  # none yet
        await tap(panel.window, find_item(panel.window, "roomRecord"))
        await until(lambda: find_item(panel.window, "roomRecord").property("label")
                    == "Stop recording", what="recording")
        await tap(panel.window, find_item(panel.window, "roomRecord"))
        await until(lambda: is_shown(listed), what="the recording listed")
        text = str(listed.property("text"))
        assert text.startswith("Recordings: ") and " s)" in text
        await next_frame(panel.window)
        assert clipped_texts(panel.window) == []

    run(scenario())
    recordings = sim.portsip.seen("/recordings")
    assert 2 <= len(recordings) <= 3  # at the start, and after the stop: not every poll


@pytest.mark.parametrize("size", SIZES)
def test_the_speaker_is_put_on_the_main_tile(sim: Simulator, run: Any, panels: list[Panel],
                                             size: tuple[int, int], tmp_path: Path) -> None:
    panel = open_panel(panels, sim, size=size)

    async def scenario() -> None:
        await conference_page(panel)
        await next_frame(panel.window)
        panel.window.grabWindow().save(str(tmp_path / f"tiles-{size[0]}x{size[1]}.png"))
        somchai = find_item(panel.window, "participant:Somchai")
        await tap(panel.window, find_in(somchai, "participantMainTile"))
        await until(lambda: not is_shown(find_in(
            find_item(panel.window, "participant:Somchai"), "participantMainTile")),
            what="Somchai on the main tile")
        truncated = clipped_texts(panel.window)
        assert truncated == []

    run(scenario())
    board = sim.portsip.rooms[sim.portsip.board_id]
    positions = {p.display_name.split('"')[1] if '"' in p.display_name else p.display_name:
                 p.position for p in board.participants}
    assert positions["Somchai"] == 0
    assert sorted(positions.values()) == sorted(set(positions.values()))  # one per tile
    assert len(sim.portsip.seen("/position")) == 1


def test_dial_in_details_behind_the_admin_pin_need_it_each_time(
        sim: Simulator, run: Any, panels: list[Panel], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    """`dial_in_behind_pin`: the number and PIN reach the screen only after the admin PIN;
    a wrong one is said; hidden again, the next look needs the PIN again."""
    from app.config import Config
    from app.pin import hash_pin

    looked_up = Config.room_settings

    def behind_pin(config: Config, space_id: str, space_name: str) -> Any:
        settings = looked_up(config, space_id, space_name)
        return settings.model_copy(update={"dial_in_behind_pin": True}) if settings else None

    monkeypatch.setattr(Config, "room_settings", behind_pin)
    panel = open_panel(panels, sim, size=SIZES[1], mode="room", admin_pin_hash=hash_pin("2468"))

    async def scenario() -> None:
        await conference_page(panel)
        conference = panel.vm.room.conference
        assert conference.dialInLocked and conference.roomPin == ""
        await tap(panel.window, find_item(panel.window, "showDialIn"))
        sheet = find_item(panel.window, "dialInPinSheet")
        await until(lambda: is_shown(sheet), what="the PIN asked")
        assert not is_shown(find_item(panel.window, "dialIn"))
        assert not conference.unlockDialIn("1111")
        await until(lambda: find_item(panel.window, "dialInPinPrompt").property("text")
                    != "", what="prompt")
        await next_frame(panel.window)
        assert clipped_texts(panel.window) == []
        panel.window.grabWindow().save(str(tmp_path / "dial-in-pin.png"))
        pad = find_item(panel.window, "dialInPinPad")
        for digit in "2468":
            await tap(panel.window, find_in(pad, f"key:{digit}"))
        await tap(panel.window, find_in(pad, "padAction"))
        text = find_item(panel.window, "dialInText")
        await until(lambda: is_shown(text), what="shown after the PIN")
        assert text.property("text") == "Dial +66 2 123 4567 · extension 6400 · PIN 4821"
        await tap(panel.window, find_item(panel.window, "hideDialIn"))
        await until(lambda: conference.dialInLocked and not is_shown(text), what="locked")

    run(scenario())
