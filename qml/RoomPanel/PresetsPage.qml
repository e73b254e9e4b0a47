pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import RoomPanel.ViewModels

// Route presets as buttons (the applied ones marked), automatic routing groups as switches.
// Side by side on a wide panel, one above the other on a small one.
Flickable {
    id: page

    required property RpRoomViewModel room
    readonly property RpRoutingViewModel routing: page.room.routing

    objectName: "presetsPage"
    clip: true
    contentHeight: layout.implicitHeight + 2 * Theme.spacing
    boundsBehavior: Flickable.StopAtBounds
    ScrollIndicator.vertical: ScrollIndicator {}

    GridLayout {
        id: layout
        x: Theme.spacing
        y: Theme.spacing
        width: page.width - 2 * Theme.spacing
        columns: page.width >= 1000 ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 3
            Layout.alignment: Qt.AlignTop

            SectionTitle {
                text: qsTr("Route presets")
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing

                Repeater {
                    id: presets
                    model: page.routing.presets
                    delegate: Button {
                        id: preset

                        required property string presetId
                        required property string name
                        required property bool applied
                        required property bool pending
                        required property var routes

                        objectName: "preset:" + preset.name
                        width: 260
                        height: Math.max(96, implicitContentHeight + topPadding + bottomPadding)
                        enabled: page.routing.controlsEnabled
                        onClicked: page.routing.applyPreset(preset.presetId)
                        topPadding: 14
                        bottomPadding: 14
                        contentItem: Column {
                            spacing: 4
                            Text {
                                width: parent.width
                                text: preset.name
                                color: Theme.text
                                font.pixelSize: Theme.fontLarge
                                font.bold: true
                                elide: Text.ElideRight
                                horizontalAlignment: Text.AlignHCenter
                            }
                            // What it sets, to read before tapping.
                            Repeater {
                                model: preset.routes
                                delegate: Text {
                                    required property var modelData
                                    width: parent.width
                                    text: modelData.source + " → " + modelData.display
                                          + (modelData.signal !== ""
                                             ? " · " + Theme.signalShort(modelData.signal) : "")
                                    color: Theme.textMuted
                                    font.pixelSize: Theme.fontSmall
                                    elide: Text.ElideRight
                                    horizontalAlignment: Text.AlignHCenter
                                }
                            }
                            Text {
                                width: parent.width
                                text: preset.pending ? qsTr("Applying…")
                                                     : preset.applied ? qsTr("✓ Applied") : ""
                                color: preset.pending ? Theme.pending : Theme.success
                                font.pixelSize: Theme.fontSmall
                                horizontalAlignment: Text.AlignHCenter
                            }
                        }
                        background: Rectangle {
                            radius: Theme.radius
                            color: preset.down ? Theme.surfacePressed : Theme.surfaceRaised
                            border.width: preset.applied || preset.pending
                                          ? Theme.borderWidthStrong : Theme.borderWidth
                            border.color: preset.pending ? Theme.pending
                                          : preset.applied ? Theme.success : Theme.divider
                            opacity: preset.enabled ? 1.0 : 0.5
                        }
                    }
                }
            }

            Text {
                visible: presets.count === 0
                text: qsTr("No route presets.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacingSmall

            SectionTitle {
                text: qsTr("Automatic routing")
            }

            Repeater {
                id: autos
                model: page.routing.autoGroups
                delegate: SwitchRow {
                    Layout.fillWidth: true
                    enabled: page.routing.controlsEnabled
                    onToggleRequested: (switchId, on) => page.routing.setAutoGroup(switchId, on)
                }
            }

            Text {
                visible: autos.count === 0
                text: qsTr("No automatic routing groups.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
