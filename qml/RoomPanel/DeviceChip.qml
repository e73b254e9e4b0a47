pragma ComponentBehavior: Bound
import QtQuick
import RoomPanel.ViewModels

// The room's meeting device: its state, and its cast code in large type so people in the
// room can cast to the screen.
Row {
    id: chips

    required property RpDeviceListModel devices
    // A narrow header: the state goes under "Cast code" instead of beside the code, so the
    // room's name keeps its room.
    property bool compact: false

    spacing: Theme.spacingSmall

    Repeater {
        model: chips.devices
        delegate: Rectangle {
            id: chip

            required property string deviceName
            required property string deviceStatus
            required property string statusText

            // The device's state in the panel's language; an unknown one as it came.
            function statusLabel(status: string, fallback: string): string {
                switch (status) {
                case "": return ""  // not read yet: the dashes for the code say enough
                case "idle": return qsTr("Idle")
                case "projection": return qsTr("Casting")
                case "conf_incoming": return qsTr("Meeting ringing")
                case "conf_running": return qsTr("In a meeting")
                case "white_board": return qsTr("Whiteboard")
                case "offline": return qsTr("Offline")
                default: return fallback
                }
            }
            required property string shareCode
            required property bool stale
            required property bool offered

            objectName: "device:" + chip.deviceName
            height: 56
            width: content.implicitWidth + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surfaceRaised
            border.width: Theme.borderWidth
            border.color: chip.deviceStatus === "offline" ? Theme.offline
                          : chip.stale ? Theme.stale : Theme.divider

            Row {
                id: content
                anchors.centerIn: parent
                spacing: Theme.spacingSmall

                Column {
                    anchors.verticalCenter: parent.verticalCenter

                    Text {
                        objectName: "castCaption"
                        text: chips.compact && status.text !== ""
                              ? qsTr("Cast code") + " · " + status.text : qsTr("Cast code")
                        color: chips.compact && status.text !== "" ? status.color
                                                                   : Theme.textMuted
                        font.pixelSize: Theme.fontTiny
                    }

                    Text {
                        objectName: "castCode"
                        text: chip.shareCode !== "" && chip.deviceStatus !== "offline"
                              ? chip.shareCode : "––––––"
                        color: Theme.text
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        font.letterSpacing: 2
                    }
                }

                Text {
                    id: status
                    objectName: "deviceStatus"
                    visible: !chips.compact
                    anchors.verticalCenter: parent.verticalCenter
                    // A device that cannot be read says so; what it last showed may be old.
                    text: !chip.offered ? qsTr("Not available")
                          : chip.stale ? qsTr("Not updating")
                          : chip.statusLabel(chip.deviceStatus, chip.statusText)
                    color: chip.stale ? Theme.stale
                           : chip.deviceStatus === "offline" ? Theme.offline
                           : chip.deviceStatus === "idle" ? Theme.textMuted : Theme.pending
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
    }
}
