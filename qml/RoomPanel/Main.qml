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
            currentIndex: window.app.page === "room" ? 2 : window.app.page === "picker" ? 1 : 0

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
        }
    }
}
