pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import RoomPanel.ViewModels

// One setting: its name, and an editor that suits it (choices, on/off, text, secret).
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
        case "en": return "English"
        case "th": return "ไทย"
        case "zh_CN": return "简体中文"
        default: return choice
        }
    }
}
