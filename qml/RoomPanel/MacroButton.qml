import QtQuick
import QtQuick.Controls.Basic
import RoomPanel.ViewModels

// A preset action: shows at once that it was pressed, then whether it worked.
Button {
    id: button

    required property RpRoomViewModel room
    required property string macroId
    required property string name
    required property string status
    required property string message

    objectName: "macro:" + button.name
    enabled: button.room.controlsEnabled
    text: button.name
    padding: Theme.spacingSmall
    Accessible.description: button.status
    onClicked: button.room.invokeMacro(button.macroId)

    background: Rectangle {
        radius: Theme.radius
        color: button.down ? Theme.surfacePressed : Theme.surfaceRaised
        border.width: button.status === "idle" ? Theme.borderWidth : Theme.borderWidthStrong
        border.color: button.status === "pending" ? Theme.pending
            : button.status === "succeeded" ? Theme.success
            : button.status === "failed" ? Theme.danger : Theme.divider
        opacity: button.enabled ? 1.0 : 0.5

        SequentialAnimation on border.width {
            running: button.status === "pending"
            loops: Animation.Infinite
            NumberAnimation {
                from: Theme.borderWidthStrong
                to: 2 * Theme.borderWidthStrong
                duration: 400
            }
            NumberAnimation {
                from: 2 * Theme.borderWidthStrong
                to: Theme.borderWidthStrong
                duration: 400
            }
        }
    }

    // The name sits in the middle of the button; while a status shows under it, it moves
    // up to make room.
    contentItem: Item {
        Text {
            anchors.fill: parent
            anchors.bottomMargin: status.text !== "" ? status.height : 0
            text: button.name
            color: Theme.text
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }

        Text {
            id: status
            objectName: "macroStatus"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: 22
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideRight
            font.pixelSize: Theme.fontSmall
            color: button.status === "failed" ? Theme.danger
                : button.status === "succeeded" ? Theme.success : Theme.pending
            text: button.status === "pending" ? qsTr("Working…")
                : button.status === "succeeded" ? qsTr("✓ Done")
                : button.status === "failed" ? qsTr("Failed") : ""
        }
    }
}
