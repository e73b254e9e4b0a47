pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import RoomPanel.ViewModels

// One setting: its name, and an editor that suits it (choices, on/off, text, secret, a
// weekday's hours).
Rectangle {
    id: row

    required property RpSettings settings
    required property string fieldKey
    required property string kind
    required property string value
    required property var choices
    required property string label

    objectName: "setting:" + row.fieldKey
    implicitHeight: Math.max(Theme.touchTarget + Theme.spacingSmall,
                             editors.implicitHeight + Theme.spacingSmall * 2)
    radius: Theme.radius
    color: Theme.surface

    RowLayout {
        id: editors
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacingSmall
        spacing: Theme.spacingSmall

        Text {
            Layout.preferredWidth: Math.min(220, row.width * 0.32)
            text: row.label
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }

        Flow {
            Layout.fillWidth: true
            visible: row.kind === "choice" || row.kind === "room" || row.kind === "bool"
            spacing: 6

            Repeater {
                model: row.kind === "bool" ? ["true", "false"]
                     : row.kind === "room" ? row.settings.roomChoices : row.choices
                delegate: ChipButton {
                    required property string modelData
                    objectName: "choice:" + row.fieldKey + ":" + modelData
                    label: row.kind === "bool" ? (modelData === "true" ? qsTr("On") : qsTr("Off"))
                         : row.kind === "room" ? modelData : row.choiceLabel(modelData)
                    selected: row.value === modelData
                    onClicked: row.settings.setValue(row.fieldKey, modelData)
                }
            }
        }

        // A weekday of the display schedule: off all day, or on from one time to another, each
        // moved half an hour a tap (held, it repeats): no keyboard needed on a wall.
        Flow {
            id: hours

            readonly property bool dark: row.value === "off"
            readonly property list<string> edges: row.value.split("-")

            Layout.fillWidth: true
            visible: row.kind === "hours"
            spacing: 6

            ChipButton {
                objectName: "choice:" + row.fieldKey + ":off"
                label: qsTr("Off")
                selected: hours.dark
                onClicked: row.settings.setValue(row.fieldKey, "off")
            }

            ChipButton {
                objectName: "choice:" + row.fieldKey + ":on"
                label: qsTr("On")
                selected: row.value !== "" && !hours.dark
                onClicked: row.settings.setValue(row.fieldKey, "on")
            }

            // Both times on one line: wrapped, the range moves under the chips whole.
            Row {
                visible: row.kind === "hours" && !hours.dark && row.value !== ""
                spacing: 4

                Repeater {
                    model: ["on", "off"]
                    delegate: Row {
                        id: stepper

                        required property string modelData
                        required property int index

                        spacing: 4

                        Text {
                            visible: stepper.index > 0
                            height: Theme.touchTarget
                            text: "–"
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontNormal
                            verticalAlignment: Text.AlignVCenter
                        }

                        ActionButton {
                            objectName: "step:" + row.fieldKey + ":" + stepper.modelData + ":earlier"
                            width: Theme.touchTarget
                            label: "−"
                            fontSize: Theme.fontLarge
                            autoRepeat: true
                            onClicked: row.settings.stepHours(row.fieldKey, stepper.modelData, -30)
                        }

                        Text {
                            objectName: "time:" + row.fieldKey + ":" + stepper.modelData
                            width: Math.max(Theme.touchTarget * 1.3, implicitWidth)
                            height: Theme.touchTarget
                            text: hours.edges.length > stepper.index ? hours.edges[stepper.index] : ""
                            color: Theme.text
                            font.pixelSize: Theme.fontNormal
                            font.bold: true
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }

                        ActionButton {
                            objectName: "step:" + row.fieldKey + ":" + stepper.modelData + ":later"
                            width: Theme.touchTarget
                            label: "+"
                            fontSize: Theme.fontLarge
                            autoRepeat: true
                            onClicked: row.settings.stepHours(row.fieldKey, stepper.modelData, 30)
                        }
                    }
                }
            }
        }

        TextField {
            id: input
            objectName: "input:" + row.fieldKey
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            visible: row.kind === "text" || row.kind === "secret" || row.kind === "number"
            text: row.value
            echoMode: row.kind === "secret" ? TextInput.Password : TextInput.Normal
            inputMethodHints: row.kind === "number" ? Qt.ImhDigitsOnly
                            : Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            background: Rectangle {
                radius: 8
                color: Theme.surfaceRaised
                border.color: input.activeFocus ? Theme.accent : Theme.divider
                border.width: Theme.borderWidth
            }
            onEditingFinished: row.settings.setValue(row.fieldKey, input.text)
        }
    }

    function choiceLabel(choice: string): string {
        switch (choice) {
        case "room": return qsTr("Room panel")
        case "presenter": return qsTr("Presenter kiosk")
        case "operator": return qsTr("Operator console")
        case "dark": return qsTr("Dark")
        case "light": return qsTr("Light")
        case "high_contrast": return qsTr("High contrast")
        case "always": return qsTr("Always on")
        case "hours": return qsTr("Set hours")
        case "en": return "English"
        case "th": return "ไทย"
        case "zh_CN": return "简体中文"
        default: return choice
        }
    }
}
