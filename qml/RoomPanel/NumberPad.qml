pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// A number entry with a keypad: calls dial with it, the conference invites with it.
// Where six rows of full-size keys do not fit (an 800x480 panel), the action moves up beside
// the number, so no key gets smaller than a finger.
ColumnLayout {
    id: pad

    required property string actionLabel
    property bool busy: false
    property bool ready: true
    property string typed: ""
    property int keyFontSize: Theme.fontLarge
    property bool masked: false  // a PIN: show dots, never the digits
    property string placeholder: qsTr("Number")
    readonly property bool compact: pad.height < 6 * Theme.touchTarget + 5 * 6 + Theme.spacingSmall
    readonly property int keySpacing: pad.compact ? 4 : 6
    // The least height at which every key is still a finger's size (compact: five rows).
    readonly property real minimumHeight: 5 * Theme.touchTarget + 4 * 4

    signal submitted(string number)

    spacing: pad.compact ? pad.keySpacing : Theme.spacingSmall

    RowLayout {
        id: numberRow

        Layout.fillWidth: true
        Layout.fillHeight: false  // a layout in a layout fills by default
        Layout.preferredHeight: Theme.touchTarget
        spacing: pad.keySpacing

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
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
                // A long number (or a long word for "Number") shrinks before it is cut.
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.fontSmall
                text: pad.typed === "" ? pad.placeholder
                      : pad.masked ? "•".repeat(pad.typed.length) : pad.typed
            }
        }

        ActionButton {
            objectName: "keyDelete"
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.touchTarget + Theme.spacing
            label: "⌫"
            enabled: pad.typed !== ""
            onClicked: pad.typed = pad.typed.slice(0, -1)
        }
    }

    GridLayout {
        id: keys

        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 4 * Theme.touchTarget + 3 * pad.keySpacing
        columns: 3
        rowSpacing: pad.keySpacing
        columnSpacing: pad.keySpacing

        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#"]
            delegate: ActionButton {
                required property string modelData
                objectName: "key:" + modelData
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: Theme.touchTarget
                label: modelData
                fontSize: pad.keyFontSize
                onClicked: pad.typed = (pad.typed + modelData).slice(0, 24)
            }
        }
    }

    // Below the keys, or after delete beside the number when compact.
    ActionButton {
        objectName: "padAction"
        parent: pad.compact ? numberRow : keys
        Layout.fillWidth: !pad.compact
        Layout.fillHeight: true
        Layout.columnSpan: 3
        Layout.preferredWidth: implicitWidth + Theme.spacing
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
