import QtQuick
import QtQuick.Controls.Basic

AbstractButton {
    id: button

    required property string label
    property bool primary: false
    property bool busy: false
    property bool danger: false
    property bool positive: false  // picking up a call: green, as on every phone
    property int fontSize: Theme.fontSmall

    implicitWidth: Math.max(Theme.touchTarget * 2, labelText.implicitWidth + 2 * Theme.spacing)
    implicitHeight: Theme.touchTarget
    Accessible.name: button.label

    contentItem: Text {
        id: labelText
        text: button.busy ? button.label + "…" : button.label
        color: (button.primary || button.danger || button.positive) && button.enabled
               ? Theme.textOnAccent : Theme.text
        font.pixelSize: button.fontSize
        font.bold: true
        elide: Text.ElideRight
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }

    background: Rectangle {
        radius: Theme.radius
        color: button.danger ? (button.down ? Qt.darker(Theme.danger, 1.3) : Theme.danger)
             : button.positive ? (button.down ? Qt.darker(Theme.success, 1.3) : Theme.success)
             : button.primary ? (button.down ? Qt.darker(Theme.accent, 1.3) : Theme.accent)
             : (button.down ? Theme.surfacePressed : Theme.surfaceRaised)
        border.color: Theme.divider
        border.width: button.primary || button.danger || button.positive ? 0 : Theme.borderWidth
        opacity: button.enabled ? 1.0 : 0.4
    }
}
