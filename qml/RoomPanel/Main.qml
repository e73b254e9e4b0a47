pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import RoomPanel.ViewModels

Window {
    id: window

    required property RpApp app

    width: 1280
    height: 800
    visible: true
    color: Theme.background
    title: window.app.room ? qsTr("%1 – Room panel").arg(window.app.room.name) : qsTr("Room panel")

    // The operator's keyboard: Esc goes back from a room to the overview (Ctrl+F there finds
    // a room, Enter opens it).
    Shortcut {
        sequences: [StandardKey.Cancel]
        enabled: window.app.canChangeRoom && ["room", "panels"].includes(window.app.page)
        onActivated: window.app.showRooms()
    }

    Binding {
        target: Theme
        property: "name"
        value: window.app.preferences.theme
    }

    Binding {
        target: Theme
        property: "largeText"
        value: window.app.preferences.largeText
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Header {
            Layout.fillWidth: true
            app: window.app
        }

        FreshnessStrip {
            Layout.fillWidth: true
            room: window.app.page === "room" ? window.app.room : null
        }

        Banner {
            Layout.fillWidth: true
            app: window.app
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: ["loading", "picker", "room", "settings", "diagnostics", "panels"]
                          .indexOf(window.app.page)

            LoadingScreen {
                app: window.app
            }

            RoomPicker {
                app: window.app
            }

            Loader {
                active: window.app.room !== null
                sourceComponent: RoomScreen {
                    room: window.app.room
                }
            }

            // The admin pages are built when first opened.
            Loader {
                active: window.app.page === "settings"
                sourceComponent: SettingsPage {
                    app: window.app
                }
            }

            Loader {
                active: window.app.page === "diagnostics"
                sourceComponent: DiagnosticsPage {
                    app: window.app
                }
            }

            Loader {
                active: window.app.page === "panels"
                sourceComponent: PanelsPage {
                    app: window.app
                }
            }
        }
    }

    // Idle: first dimmed, then the screensaver. The kiosk swallows the touch that wakes it.
    // The fade runs only on the way into "dimmed" (never at start-up, never on waking: a
    // touch must show the panel at once).
    Rectangle {
        id: dimmer
        objectName: "dimmer"
        anchors.fill: parent
        visible: dimmer.opacity > 0
        color: Theme.screensaverBackground
        opacity: 0

        NumberAnimation {
            id: fadeIn
            target: dimmer
            property: "opacity"
            from: 0
            to: Theme.dimOpacity
            duration: 800
        }

        Connections {
            target: window.app.kiosk

            function onPhaseChanged(): void {
                if (window.app.kiosk.phase === "dimmed") {
                    fadeIn.restart()
                } else {
                    fadeIn.stop()
                    dimmer.opacity = 0
                }
            }
        }
    }

    Loader {
        anchors.fill: parent
        active: window.app.kiosk.phase === "screensaver"
        sourceComponent: Screensaver {
            kiosk: window.app.kiosk
            roomName: window.app.room ? window.app.room.name : ""
        }
    }

    // Outside the display schedule's hours: black with nothing on it, so nothing burns in
    // (the backlight goes off too where the panel may set it). The kiosk swallows the touch
    // that wakes it.
    Rectangle {
        objectName: "screenOff"
        anchors.fill: parent
        visible: window.app.kiosk.phase === "off"
        color: Theme.screensaverBackground
    }
}
