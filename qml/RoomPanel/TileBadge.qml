import QtQuick

// A small coloured label on a room tile.
Rectangle {
    id: badge

    required property string label
    required property color tint

    implicitWidth: badgeText.implicitWidth + 2 * Theme.spacingSmall
    implicitHeight: badgeText.implicitHeight + 6
    radius: height / 2
    color: badge.tint

    Text {
        id: badgeText
        anchors.centerIn: parent
        text: badge.label
        color: Theme.text
        font.pixelSize: Theme.fontTiny
        font.bold: true
    }
}
