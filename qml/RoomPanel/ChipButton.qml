import QtQuick
import QtQuick.Controls.Basic

// A pill-shaped choice: a signal, a source, a USB host.
AbstractButton {
    id: chip

    required property string label
    property bool selected: false
    property bool available: true
    property string caption: ""

    implicitWidth: Math.max(Theme.touchTarget * 2, labelText.implicitWidth + 2 * Theme.spacing)
    implicitHeight: Theme.touchTarget
    enabled: chip.available
    Accessible.name: chip.label
    Accessible.checked: chip.selected

    contentItem: Column {
        Text {
            id: labelText
            width: parent.width
            text: chip.label
            color: chip.selected ? Theme.textOnAccent : Theme.text
            font.pixelSize: Theme.fontSmall
            font.bold: chip.selected
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignHCenter
        }

        Text {
            width: parent.width
            visible: chip.caption !== ""
            text: chip.caption
            color: chip.selected ? Theme.textOnAccent : Theme.textMuted
            font.pixelSize: Theme.fontTiny
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignHCenter
        }
    }

    topPadding: chip.caption !== "" ? 4 : (chip.height - labelText.implicitHeight) / 2
    leftPadding: Theme.spacingSmall
    rightPadding: Theme.spacingSmall

    background: Rectangle {
        radius: chip.height / 2
        color: chip.selected ? Theme.accent : chip.down ? Theme.surfacePressed : Theme.surfaceRaised
        border.color: chip.selected ? Theme.accent : Theme.divider
        border.width: Theme.borderWidth
        opacity: chip.available ? 1.0 : 0.4
    }
}
