pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import RoomPanel.ViewModels

// USB routing: follow the video routes, or choose by hand which source's USB host each
// display's USB devices (camera, touch, keyboard) connect to.
Item {
    id: page

    required property RpRoomViewModel room
    readonly property RpRoutingViewModel routing: page.room.routing
    readonly property bool manual: page.routing.usbMode === "Manual"

    objectName: "usbPage"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        SwitchRow {
            objectName: "usbFollowsVideo"
            Layout.fillWidth: true
            switchId: "usb-mode"
            name: qsTr("USB follows video")
            on: page.routing.usbMode === "Follow Video"
            pending: page.routing.usbPending
            enabled: page.routing.controlsEnabled && page.routing.usbMode !== ""
            onToggleRequested: (switchId, on) => page.routing.setUsbManual(!on)
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingSmall
            boundsBehavior: Flickable.StopAtBounds
            model: page.routing.displays
            ScrollIndicator.vertical: ScrollIndicator {}
            delegate: Rectangle {
                id: row

                required property string displayId
                required property string name
                required property bool online
                required property string usbSourceId
                required property string usbSourceName

                objectName: "usb:" + row.name
                width: list.width
                height: 112
                radius: Theme.radius
                color: Theme.surface
                opacity: row.online ? 1.0 : 0.55

                Column {
                    anchors.fill: parent
                    anchors.margins: Theme.spacingSmall
                    spacing: 6

                    Text {
                        width: parent.width
                        text: row.name + " — " + (row.usbSourceName !== ""
                              ? qsTr("USB from %1").arg(row.usbSourceName) : qsTr("no USB host"))
                        color: Theme.text
                        font.pixelSize: Theme.fontNormal
                        elide: Text.ElideRight
                    }

                    Flickable {
                        width: parent.width
                        height: Theme.touchTarget
                        contentWidth: chips.implicitWidth
                        clip: true
                        boundsBehavior: Flickable.StopAtBounds

                        Row {
                            id: chips
                            spacing: Theme.spacingSmall

                            ChipButton {
                                label: qsTr("None")
                                selected: row.usbSourceId === ""
                                available: page.manual && row.online && !page.routing.usbPending
                                onClicked: page.routing.setUsbSource(row.displayId, "")
                            }

                            Repeater {
                                model: page.routing.sources
                                delegate: ChipButton {
                                    required property string sourceId
                                    required property string name
                                    required property bool online
                                    objectName: "usbSource:" + row.name + ":" + name
                                    label: name
                                    selected: row.usbSourceId === sourceId
                                    available: page.manual && online && row.online
                                               && !page.routing.usbPending
                                    onClicked: page.routing.setUsbSource(row.displayId, sourceId)
                                }
                            }
                        }
                    }
                }
            }
        }

        Text {
            Layout.fillWidth: true
            visible: !page.manual
            text: qsTr("USB follows the video routes. Switch it off to choose USB hosts by hand.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
    }
}
