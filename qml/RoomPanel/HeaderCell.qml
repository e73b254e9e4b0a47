import QtQuick

// A matrix header: the device's name (the model adds "Offline" on a second line).
Rectangle {
    id: cell

    required property string display
    required property bool horizontal

    color: Theme.surface
    border.color: Theme.background
    border.width: Theme.borderWidth

    Text {
        anchors.fill: parent
        anchors.margins: 6
        text: cell.display
        color: cell.display.indexOf("\n") >= 0 ? Theme.textMuted : Theme.text
        font.pixelSize: Theme.fontSmall
        font.bold: true
        wrapMode: Text.Wrap
        maximumLineCount: 2
        elide: Text.ElideRight
        horizontalAlignment: cell.horizontal ? Text.AlignHCenter : Text.AlignLeft
        verticalAlignment: Text.AlignVCenter
    }
}
