"""QObject types exposed to QML as the module `RoomPanel.ViewModels`."""

from app.none_refcount import pin_none

QML_IMPORT_NAME = "RoomPanel.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1

pin_none()  # before any model answers a view (see none_refcount)
