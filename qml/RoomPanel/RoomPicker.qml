pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import RoomPanel.ViewModels

// Every room on the control service; tap one to open it.
Item {
    id: picker

    required property RpApp app

    objectName: "roomPicker"

    GridView {
        id: grid
        objectName: "roomGrid"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        clip: true
        readonly property int columns: Math.max(1, Math.floor(width / 280))
        cellWidth: Math.floor(width / columns)
        cellHeight: 112
        boundsBehavior: Flickable.StopAtBounds
        model: picker.app.rooms
        delegate: Button {
            id: tile

            required property string roomId
            required property string name

            objectName: "room:" + tile.name
            width: grid.cellWidth - Theme.spacing
            height: grid.cellHeight - Theme.spacing
            onClicked: picker.app.openRoom(tile.roomId)
            contentItem: Text {
                text: tile.name
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.bold: true
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            background: Rectangle {
                radius: Theme.radius
                color: tile.down ? Theme.surfacePressed : Theme.surfaceRaised
                border.color: picker.app.room && picker.app.room.roomId === tile.roomId
                              ? Theme.accent : Theme.divider
                border.width: picker.app.room && picker.app.room.roomId === tile.roomId ? 3 : 1
            }
        }
    }

    Text {
        objectName: "roomsStatus"
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottomMargin: Theme.spacing
        width: parent.width - 2 * Theme.spacing
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        visible: text !== ""
        text: picker.app.roomsStatus
        color: Theme.stale
        font.pixelSize: Theme.fontNormal
    }
}
