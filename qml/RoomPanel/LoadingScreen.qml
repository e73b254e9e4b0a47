import QtQuick
import QtQuick.Controls.Basic
import RoomPanel.ViewModels

// Before the room list is known: says what the panel is waiting for, and why it waits.
Item {
    id: loading

    required property RpApp app

    objectName: "loadingScreen"

    Column {
        anchors.centerIn: parent
        width: parent.width - 4 * Theme.spacing
        spacing: Theme.spacing

        BusyIndicator {
            anchors.horizontalCenter: parent.horizontalCenter
            running: loading.visible
        }

        Text {
            objectName: "loadingText"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: loading.app.roomsStatus
            color: Theme.textMuted
            font.pixelSize: Theme.fontLarge
        }
    }
}
