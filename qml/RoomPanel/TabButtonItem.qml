import QtQuick
import QtQuick.Controls.Basic

AbstractButton {
    id: tab

    required property string label
    required property bool current

    Accessible.role: Accessible.PageTab
    Accessible.name: tab.label

    contentItem: Text {
        text: tab.label
        color: tab.current ? Theme.text : Theme.textMuted
        font.pixelSize: Theme.fontNormal
        font.bold: tab.current
        elide: Text.ElideRight
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }

    background: Item {
        Rectangle {
            anchors.fill: parent
            anchors.margins: 4
            radius: Theme.radius
            color: tab.down ? Theme.surfacePressed : "transparent"
        }

        Rectangle {
            anchors.bottom: parent.bottom
            anchors.horizontalCenter: parent.horizontalCenter
            width: parent.width - 2 * Theme.spacing
            height: 4
            radius: 2
            color: Theme.accent
            visible: tab.current
        }
    }
}
