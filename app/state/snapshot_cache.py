"""The last state of a room the services confirmed, kept on disk, so that at its next start
the panel draws the room at once (marked as not yet confirmed) instead of waiting for the
network. What is kept is what the screen showed: ids, names and switch positions; never a
token, a password or a service's address. Read without pydantic or any network module: it
runs before they are imported."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.atomic_file import write_atomically

if TYPE_CHECKING:
    from app.config import Config
    from app.state.room import RoomView

log = logging.getLogger(__name__)

FORMAT = 1
# A room's controls take a few KB; anything much larger was not written by us.
MAX_BYTES = 256 * 1024
MAX_ROWS = 500


def default_cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("roompanel")) / "rooms"


def fingerprint(config: Config) -> str:
    """What decides which room the cached state belongs to: where the panel reads its rooms
    and which room it shows. Hashed: the address itself stays out of the file (a URL may
    carry credentials)."""
    if config.through_hub and config.hub is not None:
        source = ["hub", config.hub.broker, config.hub.site]
    else:
        source = ["direct", config.control.url]
    return _hashed(source, config.panel.room)


def fingerprint_of_raw(raw: Mapping[str, Any]) -> tuple[str, str] | None:
    """The same fingerprint, and the room, from the configuration as read (the environment
    applied) but not validated: for the first frame, drawn before pydantic is imported. None
    when it cannot tell (then there is no first frame from the cache; the panel starts as
    without one). Normalised as the validators do: a service address has no trailing "/"."""
    panel, control, hub = (raw.get(key) for key in ("panel", "yealink", "hub"))
    room = panel.get("room") if isinstance(panel, dict) else None
    if not isinstance(room, str) or not room.strip():
        return None
    room = room.strip()
    if isinstance(control, dict) and isinstance(control.get("url"), str):
        source = ["direct", control["url"].rstrip("/")]
    elif control is None and isinstance(hub, dict) and isinstance(hub.get("broker"), str) \
            and isinstance(hub.get("site"), str):
        source = ["hub", hub["broker"].rstrip("/"), hub["site"]]
    else:
        return None
    return _hashed(source, room), room


def _hashed(source: list[str], room: str | None) -> str:
    text = json.dumps([*source, room], ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


class SnapshotCache:
    """One file per configured room in `directory`, written atomically."""

    def __init__(self, directory: Path, config: Config | None = None, *,
                 keyed: tuple[str, str] | None = None) -> None:
        """For `config`'s room; or, before the configuration is validated, for `keyed`
        (`fingerprint_of_raw`'s answer)."""
        self.directory = directory
        if config is not None:
            self._fingerprint, self._wanted = fingerprint(config), config.panel.room
        elif keyed is not None:
            self._fingerprint, self._wanted = keyed
        else:
            raise ValueError("a snapshot cache needs a configuration or a fingerprint")

    @property
    def path(self) -> Path | None:
        """None when the panel has no room of its own (the operator's, a picker)."""
        if not self._wanted:
            return None
        return self.directory / f"room-{self._fingerprint[:24]}.json"

    def load(self) -> RoomView | None:
        """The room as last confirmed, marked as not confirmed yet; None when there is none
        for this configuration, or it cannot be read (said in the log, never raised)."""
        data = self.load_raw()
        return _view_from(data) if data is not None else None

    def load_raw(self) -> dict[str, Any] | None:
        """What `load` makes its view of, checked, as plain data: for the first frame, drawn
        before the state layer is imported."""
        path = self.path
        if path is None:
            return None
        try:
            with path.open("rb") as file:
                raw = file.read(MAX_BYTES + 1)
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("Cached room state unreadable (%s): starting without it", exc)
            return None
        if len(raw) > MAX_BYTES:
            log.warning("Cached room state %s is too large: ignored", path)
            return None
        try:
            data = json.loads(raw)
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise ValueError("unknown format")
            if data.get("fingerprint") != self._fingerprint:
                log.info("Cached room state is for another configuration: ignored")
                return None
            _check(data)
            return data
        except (ValueError, TypeError, KeyError, RecursionError) as exc:
            log.warning("Cached room state %s is damaged (%s): ignored", path, exc)
            return None

    def save(self, view: RoomView) -> bool:
        """Keep `view` (confirmed by the service) for the next start. A failure is logged:
        the panel works without its cache."""
        path = self.path
        if path is None or view.confirmed_at is None:
            return False
        data = {"format": FORMAT, "fingerprint": self._fingerprint, **_view_to(view)}
        try:
            write_atomically(path, json.dumps(data, ensure_ascii=False).encode())
        except OSError as exc:
            log.warning("Could not keep the room's state for the next start: %s", exc)
            return False
        self._drop_others(path)
        return True

    def _drop_others(self, kept: Path) -> None:
        """A room the configuration no longer shows (or a service it no longer reads) will
        never be drawn again: its state goes."""
        for old in kept.parent.glob("room-*.json"):
            if old != kept:
                with contextlib.suppress(OSError):
                    old.unlink()


def _view_to(view: RoomView) -> dict[str, Any]:
    # Only what was confirmed: a switch being changed is kept at its wished value, so it is
    # saved only once it settles (see `is_settled`).
    return {
        "room": {"id": view.space_id, "name": view.name},
        "confirmed_at": view.confirmed_at,
        "macros": [{"id": m.id, "name": m.name} for m in view.macros],
        "automations": [{"id": s.id, "name": s.name, "on": s.on} for s in view.automations],
        "auto_routings": [{"id": s.id, "name": s.name, "on": s.on}
                          for s in view.auto_routings],
    }


def is_settled(view: RoomView) -> bool:
    """Live, read, and no command under way: what the service itself says of the room."""
    from app.state.freshness import Link

    return (view.health.link is Link.LIVE and view.confirmed_at is not None
            and not any(s.pending for s in (*view.automations, *view.auto_routings)))


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("expected text")
    return value


def _rows(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    rows = data[key]
    if not isinstance(rows, list) or len(rows) > MAX_ROWS \
            or not all(isinstance(row, dict) for row in rows):
        raise TypeError(f"{key}: expected a list of rows")
    return rows


def _check(data: dict[str, Any]) -> None:
    """Every field the views read, of the type they read it as; raises otherwise."""
    room = data["room"]
    if not isinstance(room, dict):
        raise TypeError("room: expected an object")
    _text(room["id"])
    _text(room["name"])
    confirmed_at = data["confirmed_at"]
    if isinstance(confirmed_at, bool) or not isinstance(confirmed_at, int | float):
        raise TypeError("confirmed_at: expected a time")
    for row in _rows(data, "macros"):
        _text(row["id"])
        _text(row["name"])
    for key in ("automations", "auto_routings"):
        for row in _rows(data, key):
            _text(row["id"])
            _text(row["name"])
            if not isinstance(row["on"], bool):
                raise TypeError(f"{key}: 'on' must be true or false")


def _view_from(data: dict[str, Any]) -> RoomView:
    """A checked cache (`_check`) as the room's view."""
    from app.state.freshness import Health, Link
    from app.state.room import MacroRow, RoomView, SwitchRow

    def switches(key: str) -> tuple[SwitchRow, ...]:
        return tuple(SwitchRow(r["id"], r["name"], r["on"]) for r in data[key])

    return RoomView(
        space_id=data["room"]["id"],
        name=data["room"]["name"],
        # Nothing is vouched for until the service answers: shown, never acted on.
        health=Health(Link.CONNECTING, ""),
        macros=tuple(MacroRow(r["id"], r["name"]) for r in data["macros"]),
        automations=switches("automations"),
        auto_routings=switches("auto_routings"),
        confirmed_at=float(data["confirmed_at"]),
    )
