import QtQuick

// A short state in a coloured pill: a conference's state, a service's test result, a room
// tile's badge (small). Given less width than its text, the text ends in "…".
Rectangle {
    id: pill

    required property string label
    required property color tint
    property color textColor: Theme.text
    property bool bold: true
    property bool small: false
    readonly property int padding: pill.small ? Theme.spacingSmall : Theme.spacing

    implicitWidth: pillText.implicitWidth + 2 * pill.padding
    implicitHeight: pill.small ? pillText.implicitHeight + 6 : 36
    radius: height / 2
    color: pill.tint

    Text {
        id: pillText
        x: pill.padding
        width: pill.width - 2 * pill.padding
        anchors.verticalCenter: parent.verticalCenter
        text: pill.label
        color: pill.textColor
        font.pixelSize: pill.small ? Theme.fontTiny : Theme.fontSmall
        font.bold: pill.bold
        elide: Text.ElideRight
    }
}
