"""QObject types exposed to QML as the module `RoomPanel.ViewModels`."""

QML_IMPORT_NAME = "RoomPanel.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1
