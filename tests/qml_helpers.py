"""Finding and tapping items in a running QML scene."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtQuick import QQuickItem, QQuickWindow


def walk(item: QQuickItem) -> Iterator[QQuickItem]:
    yield item
    for child in item.childItems():
        yield from walk(child)


def find_items(window: QQuickWindow, prefix: str) -> list[QQuickItem]:
    return [i for i in walk(window.contentItem()) if i.objectName().startswith(prefix)]


def find_item(window: QQuickWindow, name: str) -> QQuickItem:
    """The item named `name`; where pages built out of sight share names (each keypad has a
    `key:1`), the one a person can see."""
    matches = [i for i in walk(window.contentItem()) if i.objectName() == name]
    if not matches:
        raise LookupError(f"no item named {name!r} on screen")
    return next((i for i in matches if really_visible(i)), matches[0])


def find_in(item: QQuickItem, name: str) -> QQuickItem:
    """An item named `name` inside `item` (a card, a delegate)."""
    matches = [i for i in walk(item) if i.objectName() == name]
    if not matches:
        raise LookupError(f"no item named {name!r} in {item.objectName()!r}")
    return matches[0]


def is_shown(item: QQuickItem) -> bool:
    return item.isVisible() and item.opacity() > 0 and item.width() > 0 and item.height() > 0


async def tap(window: QQuickWindow, item: QQuickItem) -> None:
    """Click the item's centre as a finger would (a posted press and release)."""
    await next_frame(window)  # layouts settle in the polish step before a frame
    assert is_shown(item), f"{item.objectName()} is not visible"
    centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
    global_centre = QPointF(window.mapToGlobal(centre.toPoint()))
    # Posted, not sent: the press and release are handled by the event loop like a real
    # finger's, never re-entrantly inside a running asyncio task.
    for kind, buttons in ((QEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton),
                          (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton)):
        QCoreApplication.postEvent(window, QMouseEvent(
            kind, centre, global_centre, Qt.MouseButton.LeftButton, buttons,
            Qt.KeyboardModifier.NoModifier))
    for _ in range(3):
        await asyncio.sleep(0.01)


async def next_frame(window: QQuickWindow) -> None:
    """Wait until the scene has been polished and rendered once more."""
    loop = asyncio.get_running_loop()
    swapped: asyncio.Future[None] = loop.create_future()

    def on_swap() -> None:
        if not swapped.done():
            swapped.set_result(None)

    window.frameSwapped.connect(on_swap, Qt.ConnectionType.QueuedConnection)
    window.update()
    # No asyncio.wait_for: cancelling it under qasync can hang. A frame that does not come
    # (nothing changed) just lets the tap go ahead after a second.
    give_up = loop.call_later(1.0, on_swap)
    try:
        await swapped
    finally:
        give_up.cancel()
        window.frameSwapped.disconnect(on_swap)


def visible_texts(window: QQuickWindow) -> list[QQuickItem]:
    return [
        i for i in walk(window.contentItem())
        if i.metaObject().className().startswith("QQuickText") and really_visible(i)
    ]


def clipped_texts(window: QQuickWindow) -> list[str]:
    """What a person sees cut off (elided or clipped) on screen now."""
    cut = [t for t in visible_texts(window) if t.property("truncated") and t.property("text")]
    for text in cut:
        # Shown with a failing assertion: what squeezed it (a layout under load is hard to
        # catch again).
        row = text.parentItem()
        print(f"clipped {text.property('text')!r}: {text.width():.0f}x{text.height():.0f} px "
              f"at font {text.property('font').pixelSize()} px; beside it: "
              + ", ".join(f"{c.objectName() or type(c).__name__} {c.width():.0f} px"
                          for c in (row.childItems() if row else []) if c.isVisible()))
    return [t.property("text") for t in cut]


def really_visible(item: QQuickItem | None) -> bool:
    while item is not None:
        if not item.isVisible() or item.opacity() == 0:
            return False
        item = item.parentItem()
    return True
