pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import RoomPanel.ViewModels

// The room's live calls with their controls; a keypad, speed dial and recent calls.
Item {
    id: page

    required property RpCallsViewModel calls
    property string typed: ""

    objectName: "callsPage"

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            spacing: Theme.spacingSmall

            SectionTitle {
                text: qsTr("Calls")
            }

            Rectangle {
                objectName: "callsUnavailable"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget + 16
                visible: !page.calls.available
                radius: Theme.radius
                color: Qt.darker(Theme.stale, 2.2)

                Text {
                    anchors.fill: parent
                    anchors.margins: Theme.spacingSmall
                    verticalAlignment: Text.AlignVCenter
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                    text: qsTr("Call status unavailable") + " — " + page.calls.unavailableReason
                }
            }

            ListView {
                id: callList
                objectName: "callList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.spacingSmall
                boundsBehavior: Flickable.StopAtBounds
                model: page.calls.calls
                delegate: CallCard {
                    width: callList.width
                    calls: page.calls
                }

                Text {
                    anchors.centerIn: parent
                    visible: callList.count === 0 && page.calls.available
                    text: qsTr("No calls")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontNormal
                }
            }

            SectionTitle {
                text: qsTr("Recent calls")
            }

            ListView {
                id: recentList
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(page.height * 0.3, 160)
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                model: page.calls.recent
                delegate: Text {
                    required property string remote
                    required property string when
                    required property string direction
                    required property string status
                    width: recentList.width
                    height: 28
                    elide: Text.ElideRight
                    color: status === "ANSWERED" ? Theme.text : Theme.stale
                    font.pixelSize: Theme.fontSmall
                    text: when + "  " + (direction === "inbound" ? "↙ " : "↗ ") + remote
                          + "  · " + status.toLowerCase()
                }
            }
        }

        ColumnLayout {
            Layout.preferredWidth: 2
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingSmall

            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                radius: Theme.radius
                color: Theme.surface

                Text {
                    objectName: "dialedNumber"
                    anchors.fill: parent
                    anchors.margins: Theme.spacingSmall
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    elide: Text.ElideLeft
                    color: page.typed !== "" ? Theme.text : Theme.textMuted
                    font.pixelSize: Theme.fontLarge
                    text: page.typed !== "" ? page.typed : qsTr("Number")
                }
            }

            GridLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                columns: 3
                rowSpacing: 6
                columnSpacing: 6

                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#"]
                    delegate: ActionButton {
                        required property string modelData
                        objectName: "key:" + modelData
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        label: modelData
                        fontSize: Theme.fontLarge
                        onClicked: page.typed = (page.typed + modelData).slice(0, 24)
                    }
                }

                ActionButton {
                    objectName: "keyDelete"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    label: "⌫"
                    enabled: page.typed !== ""
                    onClicked: page.typed = page.typed.slice(0, -1)
                }

                ActionButton {
                    objectName: "callButton"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.columnSpan: 2
                    label: page.calls.dialing ? qsTr("Calling…") : qsTr("Call")
                    primary: true
                    enabled: page.typed !== "" && page.calls.available && !page.calls.dialing
                    onClicked: {
                        page.calls.dial(page.typed)
                        page.typed = ""
                    }
                }
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                Repeater {
                    model: page.calls.speedDial
                    delegate: ChipButton {
                        required property var modelData
                        objectName: "speedDial:" + modelData.name
                        label: modelData.name
                        caption: modelData.number
                        available: page.calls.available && !page.calls.dialing
                        onClicked: page.calls.dial(modelData.number)
                    }
                }
            }
        }
    }
}
