import QtQuick
import QtQuick.Controls.Basic

// An automation or auto-routing: the whole row is the touch target. The knob follows the
// model only, so an optimistic flip and a refusal's flip back both come from the state.
AbstractButton {
    id: row

    required property string switchId
    required property string name
    required property bool on
    required property bool pending

    signal toggleRequested(string switchId, bool on)

    objectName: "switch:" + row.name
    implicitHeight: Math.max(Theme.switchRowHeight, labels.implicitHeight + 2 * Theme.spacingSmall)
    Accessible.role: Accessible.CheckBox
    Accessible.checked: row.on
    Accessible.name: row.name
    onClicked: row.toggleRequested(row.switchId, !row.on)

    background: Rectangle {
        radius: Theme.radius
        color: row.down ? Theme.surfacePressed : Theme.surface
        opacity: row.enabled ? 1.0 : 0.5
    }

    contentItem: Item {
        Column {
            id: labels
            anchors.left: parent.left
            anchors.right: track.left
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter

            Text {
                width: parent.width
                text: row.name
                color: Theme.text
                font.pixelSize: Theme.fontNormal
                wrapMode: Text.Wrap
                maximumLineCount: 3  // large text on a small panel needs the third line
                elide: Text.ElideRight
            }

            Text {
                width: parent.width
                visible: row.pending
                text: qsTr("Switching…")
                color: Theme.pending
                font.pixelSize: Theme.fontSmall
            }
        }

        Rectangle {
            id: track
            anchors.right: parent.right
            anchors.rightMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            width: 72
            height: 40
            radius: 20
            color: row.on ? Theme.accent : Theme.surfacePressed
            border.color: row.on ? Theme.accent : Theme.divider
            border.width: Theme.borderWidth
            opacity: row.pending ? 0.7 : 1.0

            Rectangle {
                x: row.on ? parent.width - width - 4 : 4
                anchors.verticalCenter: parent.verticalCenter
                width: 32
                height: 32
                radius: 16
                color: Theme.textOnAccent

                Behavior on x {
                    NumberAnimation { duration: 120; easing.type: Easing.OutCubic }
                }
            }
        }
    }
}
