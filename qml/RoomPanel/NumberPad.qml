pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// A number entry with a keypad: calls dial with it, the conference invites with it.
ColumnLayout {
    id: pad

    required property string actionLabel
    property bool busy: false
    property bool ready: true
    property string typed: ""
    property int keyFontSize: Theme.fontLarge
    property bool masked: false  // a PIN: show dots, never the digits
    property string placeholder: qsTr("Number")

    signal submitted(string number)

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
            color: pad.typed !== "" ? Theme.text : Theme.textMuted
            font.pixelSize: Theme.fontLarge
            text: pad.typed === "" ? pad.placeholder
                  : pad.masked ? "•".repeat(pad.typed.length) : pad.typed
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
                fontSize: pad.keyFontSize
                onClicked: pad.typed = (pad.typed + modelData).slice(0, 24)
            }
        }

        ActionButton {
            objectName: "keyDelete"
            Layout.fillWidth: true
            Layout.fillHeight: true
            label: "⌫"
            enabled: pad.typed !== ""
            onClicked: pad.typed = pad.typed.slice(0, -1)
        }

        ActionButton {
            objectName: "padAction"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.columnSpan: 2
            label: pad.actionLabel
            primary: true
            busy: pad.busy
            enabled: pad.typed !== "" && pad.ready && !pad.busy
            onClicked: {
                pad.submitted(pad.typed)
                pad.typed = ""
            }
        }
    }
}
