"""The room's last confirmed state, kept by the panel: drawn at once at the next start,
marked as not confirmed and taking no command until the service confirms it."""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from conftest import config_for, fast_backoff, until
from qml_helpers import find_item, find_items, is_shown, next_frame, tap

from app.config import Config
from app.sim.faults import Fault, FaultKind
from app.sim.server import Simulator
from app.state.freshness import Health, Link
from app.state.room import MacroRow, RoomView, SwitchRow
from app.state.session import PanelSession
from app.state.snapshot_cache import MAX_BYTES, SnapshotCache
from app.ui import build_ui
from app.viewmodels.app import RpApp
from app.viewmodels.snapshot_keeper import SnapshotKeeper


class CachingPanel:
    def __init__(self, config: Config, cache_dir: Path) -> None:
        self.cache = SnapshotCache(cache_dir, config)
        self.vm = RpApp(PanelSession(config, backoff_factory=fast_backoff),
                        snapshots=self.cache)
        self.ui = build_ui(self.vm)
        self.window = self.ui.window

    async def close(self) -> None:
        self.ui.window.close()
        await self.vm.aclose()
        self.ui.close()


def open_caching_panel(panels: list[Any], config: Config, cache_dir: Path) -> CachingPanel:
    panel = CachingPanel(config, cache_dir)
    panels.append(panel)
    panel.vm.start()
    return panel


def live(panel: CachingPanel) -> bool:
    room = panel.vm.room
    return room is not None and room.link == "live" and not room.cached


def invokes(sim: Simulator) -> int:
    return len(sim.yealink.seen("/ctrl/macro/invoke"))


def keep_a_live_room(sim: Simulator, run: Any, panels: list[Any], cache_dir: Path) -> Path:
    """A panel that went live and shut down: what it left in its cache."""
    panel = open_caching_panel(panels, config_for(sim), cache_dir)
    run(until(lambda: live(panel), what="room live"))
    run(panel.close())
    panels.remove(panel)
    assert panel.cache.path is not None and panel.cache.path.exists()
    return panel.cache.path


def test_a_live_room_is_kept_for_the_next_start_without_a_secret(
        sim: Simulator, run: Any, panels: list[Any], tmp_path: Path) -> None:
    path = keep_a_live_room(sim, run, panels, tmp_path)
    text = path.read_text(encoding="utf-8")
    assert len(text) < 16_000
    kept = SnapshotCache(tmp_path, config_for(sim)).load()
    assert kept is not None and kept.name == "Boardroom"
    assert [m.name for m in kept.macros][:2] == ["Start presentation", "Video call"]
    assert kept.health.link is Link.CONNECTING  # nothing from the cache is vouched for
    secrets = [sim.yealink.client_id, sim.yealink.client_secret, sim.yealink_url,
               sim.yeastar.client_secret, *sim.yealink.tokens]
    assert sim.yealink.tokens  # the panel did sign in: there was a token to leak
    for secret in secrets:
        assert secret not in text
    assert "access_token" not in text and "http" not in text


def test_the_cached_room_is_drawn_at_once_and_takes_no_command_until_confirmed(
        sim: Simulator, run: Any, panels: list[Any], tmp_path: Path) -> None:
    path = keep_a_live_room(sim, run, panels, tmp_path)
    # A name only the cache has: what is drawn first comes from it, not from the service.
    kept = json.loads(path.read_text(encoding="utf-8"))
    kept["macros"][0]["name"] = "Kept from last time"
    path.write_text(json.dumps(kept), encoding="utf-8")
    # The service signs the panel in and would carry out a command, but its room cannot be
    # read: nothing confirms the cached room.
    sim.call(lambda: sim.yealink.fail(Fault(FaultKind.HTTP_STATUS, path="/ctrl/macros/page",
                                            status=503, count=10_000)))
    before = invokes(sim)

    panel = open_caching_panel(panels, config_for(sim), tmp_path)
    room = panel.vm.room
    # At once, before the first answer: the room, marked as not confirmed.
    assert panel.vm.page == "room" and room is not None and room.cached
    assert room.link == "connecting" and not room.controlsEnabled
    assert not panel.vm.room_has_data() and panel.vm.room_shown()
    strip = find_item(panel.window, "freshnessText").property("text")
    assert strip.startswith("Not confirmed yet") and "last known state from" in strip

    async def scenario() -> None:
        await next_frame(panel.window)
        button = find_item(panel.window, "macro:Kept from last time")
        assert not button.isEnabled()
        await tap(panel.window, button)
        room.invokeMacro(kept["macros"][0]["id"])  # a tap already on its way
        room.setAutomation(kept["automations"][0]["id"], True)
        await until(lambda: room.link == "offline", what="the service refusing")
        assert room.cached and not room.controlsEnabled
        assert "Offline" in find_item(panel.window, "freshnessText").property("text")
        assert invokes(sim) == before
        sim.call(sim.yealink.clear_faults)
        await until(lambda: live(panel), what="room confirmed live")
        await until(lambda: bool(find_items(panel.window, "macro:Start presentation")),
                    what="the service's own names")

    run(scenario())
    assert invokes(sim) == before
    assert room.controlsEnabled and panel.vm.room_has_data()
    assert not find_items(panel.window, "macro:Kept from last time")
    assert not is_shown(find_item(panel.window, "freshnessStrip"))


@pytest.mark.parametrize("change", [{"room": "Huddle room"}, {"url": "https://other:8443"}])
def test_a_cache_for_another_room_or_service_is_ignored(
        sim: Simulator, tmp_path: Path, change: dict[str, str]) -> None:
    saved_by = config_for(sim, room="Boardroom")
    SnapshotCache(tmp_path, saved_by).save(a_room())
    if "url" in change:
        other = saved_by.model_copy(update={"yealink": saved_by.control.model_copy(
            update={"url": change["url"]})})
    else:
        other = config_for(sim, **change)
    assert SnapshotCache(tmp_path, other).load() is None
    assert SnapshotCache(tmp_path, saved_by).load() is not None
    # Once the new configuration's room is kept, the old one's is dropped.
    SnapshotCache(tmp_path, other).save(a_room())
    assert SnapshotCache(tmp_path, saved_by).load() is None
    assert [p.name for p in tmp_path.glob("room-*.json")] == \
        [SnapshotCache(tmp_path, other).path.name]  # type: ignore[union-attr]


def test_a_panel_without_a_room_of_its_own_keeps_nothing(sim: Simulator,
                                                          tmp_path: Path) -> None:
    cache = SnapshotCache(tmp_path, config_for(sim, mode="operator", room=None))
    assert not cache.save(a_room())
    assert cache.load() is None and not list(tmp_path.iterdir())


@pytest.mark.parametrize("damage", [
    b"\x00\xff not json",
    b'{"format": 1, "fingerprint": "%s", "room": []}',
    b'{"format": 1, "fingerprint": "%s", "room": {"id": 1, "name": "x"}}',
    b"[" * 100_000,
    b'{"pad": "' + b"x" * (MAX_BYTES + 10) + b'"}',
])
def test_a_damaged_or_huge_cache_is_ignored_with_a_log_line(
        sim: Simulator, tmp_path: Path, caplog: pytest.LogCaptureFixture,
        damage: bytes) -> None:
    cache = SnapshotCache(tmp_path, config_for(sim))
    assert cache.save(a_room()) and cache.path is not None
    fingerprint = json.loads(cache.path.read_text())["fingerprint"]
    cache.path.write_bytes(damage.replace(b"%s", fingerprint.encode()))
    with caplog.at_level(logging.WARNING, logger="app.state.snapshot_cache"):
        assert cache.load() is None
    assert any("ignored" in r.getMessage() for r in caplog.records)


def test_only_a_settled_live_room_is_kept_and_not_on_every_change(
        sim: Simulator, tmp_path: Path, qapp: Any) -> None:
    cache = SnapshotCache(tmp_path, config_for(sim))
    keeper = SnapshotKeeper(cache)
    room = a_room()
    keeper.offer(replace(room, health=Health(Link.STALE, "feed down")))
    keeper.offer(replace(room, automations=(SwitchRow("a1", "Lights", True, pending=True),)))
    keeper.flush()
    assert cache.load() is None  # neither live nor settled: nothing the service vouched for
    keeper.offer(room)
    keeper.offer(replace(room, name="Boardroom (renamed)"))
    assert cache.load() is None  # written after a pause, the last change winning
    keeper.flush()
    kept = cache.load()
    assert kept is not None and kept.name == "Boardroom (renamed)"
    assert cache.path is not None
    written = cache.path.stat().st_mtime_ns
    keeper.offer(replace(room, name="Boardroom (renamed)", confirmed_at=CONFIRMED_AT + 60))
    keeper.flush()
    assert cache.path.stat().st_mtime_ns == written  # unchanged: not written again


def test_the_pause_ends_in_a_write_off_the_gui_thread_finished_at_close(
        sim: Simulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any) -> None:
    import threading

    cache = SnapshotCache(tmp_path, config_for(sim))
    writers: list[str] = []
    save = cache.save

    def recorded(view: RoomView) -> bool:
        writers.append(threading.current_thread().name)
        return save(view)

    monkeypatch.setattr(cache, "save", recorded)
    keeper = SnapshotKeeper(cache)
    keeper.offer(a_room())
    keeper._write_in_background()  # what the pause's timer calls
    keeper.close()  # waits for the write under way
    kept = cache.load()
    assert kept is not None and kept.name == "Boardroom"
    assert len(writers) == 1 and writers[0].startswith("room-cache")


CONFIRMED_AT = 1_700_000_000.0


def a_room() -> RoomView:
    return RoomView("space-1", "Boardroom", Health(Link.LIVE, ""),
                    macros=(MacroRow("m1", "All on"),),
                    automations=(SwitchRow("a1", "Lights", False),),
                    confirmed_at=CONFIRMED_AT)
