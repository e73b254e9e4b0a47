"""The Panels page of an operator console on a site hub: every panel of the site, the ones
that need a visit first (offline, then stale), with what each shows and why."""

from __future__ import annotations

import enum
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property, QObject, Qt, QTimer, Signal
from PySide6.QtQml import QmlElement

from app.state.fleet import FleetView, PanelStatus
from app.state.sources import FleetSource, Session
from app.viewmodels.keyed_list import KeyedListModel
from app.viewmodels.phrases import fill, phrase_duration, phrase_problem, translate
from app.viewmodels.qml_types import uncreatable, weak_callback

QML_IMPORT_NAME = "RoomPanel.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1

AGES_EVERY_MS = 30_000  # "up 5 min" and "for 2 min" move on while the page is open


def room_namer(session: Session) -> Callable[[str], str]:
    """A room's name by its id, holding the session only (never the view-model that owns
    the model: a cycle of QObjects would be left to the cyclic collector)."""
    def name(room_id: str) -> str:
        room = session.find_room(room_id)
        return room.name if room is not None else room_id

    return name


def mode_label(mode: str) -> str:
    return {"room": translate("Panels", "Room panel"),
            "presenter": translate("Panels", "Presenter kiosk"),
            "operator": translate("Panels", "Operator console")}.get(mode, mode or "–")


def page_label(page: str) -> str:
    """What a panel that shows no room shows instead."""
    return {"picker": translate("Panels", "Room overview"),
            "panels": translate("Panels", "Panels"),
            "settings": translate("Panels", "Settings"),
            "diagnostics": translate("Panels", "Diagnostics"),
            "loading": translate("Panels", "Starting")}.get(page, translate("Panels",
                                                                            "No room shown"))


def phase_label(phase: str) -> str:
    return {"awake": translate("Panels", "Awake"), "dimmed": translate("Panels", "Dimmed"),
            "screensaver": translate("Panels", "Screensaver"),
            "off": translate("Panels", "Screen off (outside hours)")}.get(phase, "")


class PanelRoles(enum.IntEnum):
    panelId = Qt.ItemDataRole.UserRole + 1
    roomName = enum.auto()
    modeLabel = enum.auto()
    version = enum.auto()
    link = enum.auto()  # connecting | live | stale | offline | unknown
    reason = enum.auto()
    phaseLabel = enum.auto()
    upFor = enum.auto()  # "" when offline
    changedAgo = enum.auto()  # how long it has shown what it shows


@QmlElement
@uncreatable("Owned by RpApp")
class RpPanelsModel(KeyedListModel):
    Roles = PanelRoles

    summaryChanged = Signal()

    def __init__(self, fleet: FleetSource | None, room_name: Callable[[str], str],
                 parent: QObject | None = None, *,
                 clock: Callable[[], float] = time.time) -> None:
        super().__init__(lambda row: row.panel, parent)
        self._fleet = fleet
        self._room_name = room_name
        self._clock = clock
        self._view = fleet.view if fleet is not None else FleetView()
        self._ages = QTimer(self)
        self._ages.setInterval(AGES_EVERY_MS)
        self._ages.timeout.connect(self._age)
        if fleet is not None:
            fleet.add_listener(weak_callback(self._on_view))
        self.sync(list(self._view.panels))

    def set_active(self, active: bool) -> None:
        """Ages tick only while the page is up."""
        if active and self._fleet is not None:
            self._age()
            self._ages.start()
        else:
            self._ages.stop()

    def role_value(self, row: PanelStatus, role: Any) -> Any:
        now = self._clock()
        uptime = row.uptime_s(now)
        return {
            PanelRoles.panelId: lambda: row.panel,
            PanelRoles.roomName: lambda: self._room_name(row.room) if row.room
            else page_label(row.part),
            PanelRoles.modeLabel: lambda: mode_label(row.mode),
            PanelRoles.version: lambda: row.version,
            PanelRoles.link: lambda: row.link,
            PanelRoles.reason: lambda: row.reason,
            PanelRoles.phaseLabel: lambda: phase_label(row.phase) if row.online else "",
            PanelRoles.upFor: lambda: "" if uptime is None else phrase_duration(uptime),
            PanelRoles.changedAgo: lambda: "" if row.since is None
            else phrase_duration(max(0.0, now - row.since)),
        }[role]()

    # --- what the page says above the list -----------------------------------------------

    @Property(bool, constant=True)
    def available(self) -> bool:
        """A console on a site hub: the site's panels are known (not in direct mode)."""
        return self._fleet is not None

    @Property(str, notify=summaryChanged)
    def summary(self) -> str:
        view = self._view
        if not view.heard:
            return translate("Panels", "Waiting for the site's broker…")
        if not view.panels:
            return translate("Panels", "No panel has reported to the site yet.")
        offline = view.offline_count
        total = str(len(view.panels))
        if offline == 0:
            return fill(translate("Panels", "All %1 panels online"), total)
        return fill(translate("Panels", "%1 of %2 panels offline"), str(offline), total)

    @Property(str, notify=summaryChanged)
    def problem(self) -> str:
        """Why the list may be out of date (the broker or the hub is unreachable)."""
        return phrase_problem(self._view.problem) if self._view.problem else ""

    @Property(int, notify=summaryChanged)
    def offlineCount(self) -> int:
        return self._view.offline_count

    # --- updates ---------------------------------------------------------------------------

    def _on_view(self, view: FleetView) -> None:
        self._view = view
        self.sync(list(view.panels))
        self.summaryChanged.emit()

    def reword(self) -> None:
        self._age()
        self.summaryChanged.emit()

    def _age(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), [])
