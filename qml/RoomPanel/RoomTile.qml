pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// One room in the operator's overview: its name and what needs attention in it.
AbstractButton {
    id: tile

    required property string roomId
    required property string name
    required property string call
    required property bool conferenceLive
    required property int devicesOffline
    required property int automationsOn
    required property int automations
    required property string error
    required property string phone
    property bool current: false

    objectName: "room:" + tile.name
    Accessible.name: tile.name

    function callLabel(call: string): string {
        switch (call) {
        case "ringing": return qsTr("Ringing")
        case "talking": return qsTr("In a call")
        case "on hold": return qsTr("Call on hold")
        case "dialing": return qsTr("Calling…")
        default: return ""
        }
    }

    background: Rectangle {
        radius: Theme.radius
        color: tile.down ? Theme.surfacePressed : Theme.surfaceRaised
        border.color: tile.call === "ringing" ? Theme.pending
                    : tile.error !== "" ? Theme.stale
                    : tile.current ? Theme.accent : Theme.divider
        border.width: tile.call === "ringing" || tile.current ? Theme.borderWidthStrong : Theme.borderWidth
    }

    contentItem: ColumnLayout {
        spacing: 4

        Text {
            Layout.fillWidth: true
            text: tile.name
            color: Theme.text
            font.pixelSize: Theme.fontNormal
            font.bold: true
            elide: Text.ElideRight
            maximumLineCount: 1
        }

        Flow {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 4

            StatusPill {
                objectName: "badgeCall"
                small: true
                visible: tile.call !== ""
                label: tile.callLabel(tile.call)
                tint: tile.call === "ringing" ? Theme.pending : Theme.live
            }

            StatusPill {
                objectName: "badgePhone"
                small: true
                visible: tile.phone !== ""
                label: tile.phone === "offline" ? qsTr("Phone offline") : qsTr("Do not disturb")
                tint: tile.phone === "offline" ? Theme.offline : Theme.stale
            }

            StatusPill {
                objectName: "badgeConference"
                small: true
                visible: tile.conferenceLive
                label: qsTr("Conference live")
                tint: Theme.accent
            }

            StatusPill {
                objectName: "badgeDevices"
                small: true
                visible: tile.devicesOffline > 0
                label: qsTr("Offline: %1").arg(tile.devicesOffline)
                tint: Theme.offline
            }

            StatusPill {
                objectName: "badgeAutomations"
                small: true
                visible: tile.automations > 0
                label: qsTr("Automations %1/%2 on").arg(tile.automationsOn).arg(tile.automations)
                tint: Theme.surface
            }
        }

        Text {
            objectName: "tileError"
            Layout.fillWidth: true
            visible: tile.error !== ""
            text: tile.error
            color: Theme.stale
            font.pixelSize: Theme.fontTiny
            elide: Text.ElideRight
        }
    }

    leftPadding: Theme.spacingSmall + 4
    rightPadding: Theme.spacingSmall + 4
    topPadding: Theme.spacingSmall
    bottomPadding: Theme.spacingSmall
}
