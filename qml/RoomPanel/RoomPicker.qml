pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import RoomPanel.ViewModels

// Every room on the control service as a tile that says what needs attention; tap one to
// open it.
Item {
    id: picker

    required property RpApp app

    objectName: "roomPicker"

    function callLabel(state: string): string {
        switch (state) {
        case "ringing": return qsTr("Ringing")
        case "talking": return qsTr("Talking")
        case "on hold": return qsTr("On hold")
        case "dialing": return qsTr("Calling")
        default: return state
        }
    }

    // Ctrl+F finds a room, Enter opens the first match, Esc clears the filter.
    Shortcut {
        sequences: [StandardKey.Find]
        onActivated: filterField.forceActiveFocus()
    }

    TextField {
        id: filterField
        objectName: "roomFilter"
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.right: grid.right
        anchors.margins: Theme.spacing
        height: Theme.touchTarget
        placeholderText: qsTr("Filter rooms (Ctrl+F)")
        placeholderTextColor: Theme.textMuted
        color: Theme.text
        font.pixelSize: Theme.fontNormal
        inputMethodHints: Qt.ImhNoPredictiveText
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.color: filterField.activeFocus ? Theme.accent : Theme.divider
            border.width: Theme.borderWidth
        }
        onTextChanged: picker.app.overview.setFilter(filterField.text)
        Keys.onReturnPressed: {
            const first = picker.app.overview.firstRoomId()
            if (first !== "")
                picker.app.openRoom(first)
        }
        Keys.onEscapePressed: filterField.text = ""
    }

    GridView {
        id: grid
        objectName: "roomGrid"
        anchors.left: parent.left
        anchors.top: filterField.bottom
        anchors.bottom: parent.bottom
        anchors.right: callsColumn.visible ? callsColumn.left : parent.right
        anchors.margins: Theme.spacing
        clip: true
        readonly property int columns: Math.max(1, Math.floor(width / 260))
        cellWidth: Math.floor(width / columns)
        cellHeight: 150
        boundsBehavior: Flickable.StopAtBounds
        keyNavigationEnabled: true
        model: picker.app.overview
        delegate: RoomTile {
            width: grid.cellWidth - Theme.spacing
            height: grid.cellHeight - Theme.spacing
            current: picker.app.room !== null && picker.app.room.roomId === roomId
            onClicked: picker.app.openRoom(roomId)
        }

        Text {
            anchors.centerIn: parent
            visible: grid.count === 0 && picker.app.overview.filter !== ""
            text: qsTr("No room matches “%1”").arg(picker.app.overview.filter)
            color: Theme.textMuted
            font.pixelSize: Theme.fontNormal
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

        // The PBX itself: a trunk down means no outside calls for any room.
        Column {
            id: pbxStatus
            objectName: "pbxStatus"
            x: Theme.spacingSmall
            y: Theme.spacingSmall
            width: parent.width - 2 * Theme.spacingSmall
            spacing: 4

            Text {
                objectName: "trunkAlerts"
                width: parent.width
                visible: picker.app.pbxStatus.trunkAlerts !== ""
                text: qsTr("Trunk down: %1").arg(picker.app.pbxStatus.trunkAlerts)
                color: Theme.offline
                font.pixelSize: Theme.fontSmall
                font.bold: true
                wrapMode: Text.Wrap
            }

            Repeater {
                model: picker.app.pbxStatus.systemEvents
                delegate: Text {
                    required property string when
                    required property string headline
                    required property bool warning
                    objectName: "systemEvent"
                    width: pbxStatus.width
                    text: when + "  " + headline
                    color: warning ? Theme.stale : Theme.textMuted
                    font.pixelSize: Theme.fontTiny
                    maximumLineCount: 2
                    wrapMode: Text.Wrap
                    elide: Text.ElideRight
                }
            }

            SectionTitle {
                visible: parkedRepeater.count > 0
                text: qsTr("Parked calls")
            }

            // A PBX (or an application's rights) without `call/park_status`: said, not hidden.
            Text {
                objectName: "parkingUnavailable"
                width: parent.width
                visible: !picker.app.pbxStatus.parking
                text: qsTr("Parked calls cannot be shown: the PBX does not offer them to this panel.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontTiny
                wrapMode: Text.Wrap
            }

            Repeater {
                id: parkedRepeater
                model: picker.app.pbxStatus.parked
                delegate: Text {
                    required property string slot
                    required property string party
                    required property string parker
                    objectName: "parked:" + slot
                    width: pbxStatus.width
                    text: qsTr("%1 waits on %2 (parked by %3)").arg(party).arg(slot).arg(parker)
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                    maximumLineCount: 2
                    wrapMode: Text.Wrap
                    elide: Text.ElideRight
                }
            }
        }

        SectionTitle {
            id: callsTitle
            x: Theme.spacing
            anchors.top: pbxStatus.bottom
            anchors.topMargin: Theme.spacingSmall
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
                              + " · " + picker.callLabel(callRow.callState)
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
