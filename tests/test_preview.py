"""The panel's very first frame: its room from the cache, drawn before the configuration is
validated and before any network module is imported; then replaced by the room screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from qml_helpers import find_item, find_items, is_shown
from test_snapshot_cache import keep_a_live_room

from app.preview import show_cached_room
from app.sim.server import Simulator

ROOT = Path(__file__).resolve().parent.parent
# What the first frame must not wait for: the wire, the validated configuration, the state.
HEAVY = ("httpx", "pydantic", "websockets", "aiomqtt", "qasync", "app.api.yealink",
         "app.api.yeastar", "app.config", "app.viewmodels", "app.state.session")


def room_panel_config(sim: Simulator, tmp_path: Path, **panel: str) -> Path:
    """The simulator's configuration as a wall panel's file (locked to the Boardroom)."""
    text = sim.config_toml().replace('mode = "operator"', 'mode = "room"')
    for key, value in panel.items():
        text = text.replace("[panel]\n", f'[panel]\n{key} = "{value}"\n', 1)
    path = tmp_path / "roompanel.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_cached_room_is_drawn_before_anything_heavy_is_imported(
        sim: Simulator, run: Any, panels: list[Any], tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    keep_a_live_room(sim, run, panels, cache)
    config = room_panel_config(sim, tmp_path)
    probe = (
        "import json, os, sys\n"
        "from pathlib import Path\n"
        "from app.preview import show_cached_room\n"
        f"preview = show_cached_room(Path({str(config)!r}), Path({str(cache)!r}), {{}})\n"
        "print(json.dumps({'shown': preview is not None,\n"
        "                  'room': preview.room_name if preview else None,\n"
        f"                  'loaded': [m for m in {HEAVY!r} if m in sys.modules]}}))\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            env=env, cwd=ROOT, timeout=60, check=True)
    said = json.loads(result.stdout.strip().splitlines()[-1])
    assert said == {"shown": True, "room": "Boardroom", "loaded": []}


def test_the_first_frame_shows_the_room_marked_not_confirmed_and_nothing_acts(
        sim: Simulator, run: Any, panels: list[Any], tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    keep_a_live_room(sim, run, panels, cache)
    preview = show_cached_room(room_panel_config(sim, tmp_path), cache, {})
    assert preview is not None
    try:
        window = preview.window
        assert find_item(window, "cachedRoomTitle").property("text") == "Boardroom"
        strip = str(find_item(window, "cachedRoomStrip").property("text"))
        assert strip.startswith("Not confirmed yet — Showing the last known state from ")
        assert is_shown(find_item(window, "cachedMacro:Start presentation"))
        # A picture: no button, nothing to tap that could send a command.
        assert not [item for item in find_items(window, "")
                    if item.metaObject().className().startswith(("QQuickAbstractButton",
                                                                 "QQuickButton"))]
        window.grabWindow().save(str(tmp_path / "first-frame.png"))
    finally:
        preview.close()


def test_no_first_frame_for_another_room_an_operator_or_a_damaged_cache(
        sim: Simulator, run: Any, panels: list[Any], tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    path = keep_a_live_room(sim, run, panels, cache)
    assert show_cached_room(room_panel_config(sim, tmp_path, room="Huddle 3"), cache,
                            {}) is None
    # The environment decides the room as it does for the panel itself.
    assert show_cached_room(room_panel_config(sim, tmp_path), cache,
                            {"ROOMPANEL_PANEL__ROOM": "Huddle 3"}) is None
    operator = sim.config_toml()
    (tmp_path / "operator.toml").write_text(operator, encoding="utf-8")
    assert show_cached_room(tmp_path / "operator.toml", cache, {}) is None
    path.write_text('{"format": 1, "fingerprint": ', encoding="utf-8")
    assert show_cached_room(room_panel_config(sim, tmp_path), cache, {}) is None


def test_the_panel_starts_from_its_cached_frame_then_goes_live(
        sim: Simulator, run: Any, panels: list[Any], tmp_path: Path) -> None:
    """The whole start as a wall panel runs it: first the cached room (a process that has
    imported little), then the room screen confirmed live."""
    cache = tmp_path / "cache"
    keep_a_live_room(sim, run, panels, cache)
    config = room_panel_config(sim, tmp_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "--config", str(config), "--cache-dir", str(cache),
         "--log-dir", str(tmp_path / "logs"), "--quit-after-first-frame"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=60, check=True)
    marks = [line.split()[0] for line in result.stdout.splitlines()]
    assert marks[:2] == ["first-room-frame", "first-room-rss"]
    assert "first-live-frame" in marks
    log = (tmp_path / "logs" / "roompanel.log").read_text(encoding="utf-8")
    assert "First frame from the cache: Boardroom" in log
    assert "client_secret" not in log and sim.yealink.client_secret not in log
