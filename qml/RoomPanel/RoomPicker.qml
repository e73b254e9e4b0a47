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
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.right: callsColumn.visible ? callsColumn.left : parent.right
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

    // The operator sees every room's calls at once.
    Rectangle {
        id: callsColumn
        objectName: "allCalls"
        visible: picker.app.hasPbx
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
        width: Math.min(340, parent.width * 0.4)
        radius: Theme.radius
        color: Theme.surface

        SectionTitle {
            id: callsTitle
            x: Theme.spacing
            y: Theme.spacingSmall
            text: qsTr("Calls in all rooms")
        }

        ListView {
            id: allCalls
            anchors.top: callsTitle.bottom
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.spacingSmall
            clip: true
            spacing: 6
            model: picker.app.allCalls
            delegate: Rectangle {
                id: callRow

                required property string room
                required property string callState
                required property string remote
                required property string direction

                width: allCalls.width
                height: 56
                radius: 8
                color: Theme.surfaceRaised
                border.width: callRow.callState === "ringing" ? 2 : 0
                border.color: Theme.pending

                Column {
                    anchors.fill: parent
                    anchors.margins: 6

                    Text {
                        width: parent.width
                        text: callRow.room
                        color: Theme.text
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        elide: Text.ElideRight
                    }

                    Text {
                        width: parent.width
                        text: (callRow.direction === "inbound" ? "↙ " : "↗ ") + callRow.remote
                              + " · " + callRow.callState
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                    }
                }
            }

            Text {
                anchors.centerIn: parent
                visible: allCalls.count === 0
                text: qsTr("No calls")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
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
