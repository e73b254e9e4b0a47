pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import RoomPanel.ViewModels

// One card per display: what it shows, and everything a presenter does to it.
Item {
    id: page

    required property RpRoomViewModel room
    readonly property RpRoutingViewModel routing: page.room.routing

    objectName: "displaysPage"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        Flickable {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            contentWidth: sourceRow.implicitWidth
            clip: true
            boundsBehavior: Flickable.StopAtBounds

            Row {
                id: sourceRow
                spacing: Theme.spacingSmall

                SignalPicker {
                    routing: page.routing
                }

                Rectangle {
                    width: 1
                    height: Theme.touchTarget
                    color: Theme.divider
                }

                Repeater {
                    model: page.routing.sources
                    delegate: ChipButton {
                        required property string sourceId
                        required property string name
                        required property bool online
                        objectName: "source:" + name
                        label: name
                        caption: online ? "" : qsTr("Offline")
                        available: online && page.routing.controlsEnabled
                        selected: page.routing.selectedSource === sourceId
                        onClicked: page.routing.selectSource(sourceId)
                    }
                }
            }
        }

        Text {
            objectName: "audioUnavailable"
            Layout.fillWidth: true
            visible: page.routing.audioUnavailable !== ""
            text: qsTr("Volume and sound are not available: %1").arg(page.routing.audioUnavailable)
            color: Theme.stale
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }

        Text {
            Layout.fillWidth: true
            text: page.routing.selectedSource === ""
                  ? qsTr("Tap a source above, then “Show here” on a display.")
                  : qsTr("Now tap “Show here” on a display.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }

        GridView {
            id: cards
            objectName: "displayCards"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            readonly property int columns: Math.max(1, Math.floor(width / 360))
            cellWidth: Math.floor(width / columns)
            // A display whose codec said which input it shows gets the input row too.
            cellHeight: (page.routing.canPower ? 262 : 206) + (page.routing.inputsKnown ? 56 : 0)
            model: page.routing.displays
            ScrollIndicator.vertical: ScrollIndicator {}
            delegate: DisplayCard {
                width: cards.cellWidth - Theme.spacing
                height: cards.cellHeight - Theme.spacing
                routing: page.routing
            }
        }
    }

    Text {
        anchors.centerIn: parent
        visible: cards.count === 0 && page.routing.link !== "connecting"
        width: parent.width - 4 * Theme.spacing
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: page.routing.note !== "" ? page.routing.note : qsTr("No displays.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontNormal
    }
}
