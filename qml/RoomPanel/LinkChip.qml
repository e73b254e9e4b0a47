import QtQuick

// Live / stale / offline at a glance: a coloured dot and a word, never colour alone.
Rectangle {
    id: chip

    required property string link

    objectName: "linkChip"
    implicitWidth: row.implicitWidth + 2 * Theme.spacing
    implicitHeight: 40
    radius: height / 2
    color: Qt.alpha(Theme.linkColor(chip.link), 0.18)
    border.color: Theme.linkColor(chip.link)
    border.width: Theme.borderWidth

    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.spacingSmall

        StatusDot {
            anchors.verticalCenter: parent.verticalCenter
            color: Theme.linkColor(chip.link)
        }

        Text {
            objectName: "linkText"
            anchors.verticalCenter: parent.verticalCenter
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            font.bold: true
            text: chip.link === "live" ? qsTr("Live")
                : chip.link === "stale" ? qsTr("Stale")
                : chip.link === "offline" ? qsTr("Offline")
                : chip.link === "unknown" ? qsTr("Unknown") : qsTr("Connecting…")
        }
    }
}
