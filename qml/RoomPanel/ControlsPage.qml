pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import RoomPanel.ViewModels

// A room's preset actions as big buttons, its automations and auto-routings as switches.
Item {
    id: screen

    required property RpRoomViewModel room
    readonly property bool dimmed: screen.room.link === "offline" || screen.room.link === "stale"
                                   || screen.room.cached

    objectName: "controlsPage"

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        opacity: screen.dimmed ? 0.6 : 1.0

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            spacing: Theme.spacingSmall

            SectionTitle {
                text: qsTr("Presets")
            }

            GridView {
                id: macroGrid
                objectName: "macroGrid"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                readonly property int columns: Math.max(1, Math.floor(width / 220))
                cellWidth: Math.floor(width / columns)
                cellHeight: Theme.macroButtonHeight + Theme.spacing
                boundsBehavior: Flickable.StopAtBounds
                model: screen.room.macros
                delegate: MacroButton {
                    width: macroGrid.cellWidth - Theme.spacing
                    height: Theme.macroButtonHeight
                    room: screen.room
                }

                Text {
                    anchors.centerIn: parent
                    visible: macroGrid.count === 0 && screen.room.link !== "connecting"
                    text: qsTr("This room has no presets.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontNormal
                }
            }
        }

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            color: Theme.divider
        }

        Flickable {
            id: switches
            objectName: "switchPanel"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            clip: true
            contentHeight: switchColumn.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            ScrollIndicator.vertical: ScrollIndicator {}

            ColumnLayout {
                id: switchColumn
                width: switches.width
                spacing: Theme.spacingSmall

                SectionTitle {
                    text: qsTr("Automations")
                }

                Repeater {
                    model: screen.room.automations
                    delegate: SwitchRow {
                        Layout.fillWidth: true
                        enabled: screen.room.controlsEnabled
                        onToggleRequested: (switchId, on) => screen.room.setAutomation(switchId, on)
                    }
                }

                Text {
                    visible: screen.room.automations.count === 0
                    text: qsTr("No automations.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }

                SectionTitle {
                    Layout.topMargin: Theme.spacing
                    text: qsTr("Auto-routing")
                }

                Repeater {
                    model: screen.room.autoRoutings
                    delegate: SwitchRow {
                        Layout.fillWidth: true
                        enabled: screen.room.controlsEnabled
                        onToggleRequested: (switchId, on) => screen.room.setAutoRouting(switchId, on)
                    }
                }

                Text {
                    visible: screen.room.autoRoutings.count === 0
                    text: qsTr("No auto-routing.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
    }

    BusyIndicator {
        anchors.centerIn: parent
        running: screen.room.link === "connecting"
        visible: running
    }
}
