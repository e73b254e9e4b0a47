"""A room's pages, in one table: what each is called, its tab's label, the QML component
that draws it, and which part of the room it shows (and keeps fresh while it is up).

`RoomScreen.qml` builds a loader per row; `RpRoomViewModel` orders the rows by mode. A new
page is its QML component plus one row here."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


def _tab(marked: object) -> str:
    """A tab label marked for translation (lupdate finds it; QML translates it)."""
    return str(marked)


@dataclass(frozen=True)
class PageSpec:
    name: str
    label: str  # English; the tab words it with qsTranslate("RoomScreen", label)
    component: str  # qml/RoomPanel/<component>.qml, given the room as `room`
    part: str  # room | conference | routing: what it shows, and what is read while it is up
    needs: str = ""  # "phone" or "conference": shown only for a room that has one


PAGES: tuple[PageSpec, ...] = (
    PageSpec("controls", _tab(QT_TRANSLATE_NOOP("RoomScreen", "Controls")), "ControlsPage",
             "room"),
    PageSpec("calls", _tab(QT_TRANSLATE_NOOP("RoomScreen", "Calls")), "CallsPage", "room",
             needs="phone"),
    PageSpec("conference", _tab(QT_TRANSLATE_NOOP("RoomScreen", "Conference")),
             "ConferencePage", "conference", needs="conference"),
    PageSpec("matrix", _tab(QT_TRANSLATE_NOOP("RoomScreen", "Matrix")), "MatrixPage",
             "routing"),
    PageSpec("displays", _tab(QT_TRANSLATE_NOOP("RoomScreen", "Displays")), "DisplaysPage",
             "routing"),
    PageSpec("presets", _tab(QT_TRANSLATE_NOOP("RoomScreen", "Presets")), "PresetsPage",
             "routing"),
    PageSpec("usb", _tab(QT_TRANSLATE_NOOP("RoomScreen", "USB")), "UsbPage", "routing"),
)
PAGE = {page.name: page for page in PAGES}

# Which parts come first, by mode: a presenter kiosk puts the conference and the routing
# first. The first page is the room's home page.
PART_ORDER = {
    "room": ("room", "conference", "routing"),
    "presenter": ("conference", "routing", "room"),
}


def pages_for(*, presenter: bool, has_phone: bool, has_conference: bool) -> list[PageSpec]:
    present = {"": True, "phone": has_phone, "conference": has_conference}
    order = PART_ORDER["presenter" if presenter else "room"]
    return sorted((page for page in PAGES if present[page.needs]),
                  key=lambda page: order.index(page.part))
