pragma ComponentBehavior: Bound
import QtQuick
import RoomPanel.ViewModels

// Which part of a source a route carries: picture and sound, picture only, or sound only.
Row {
    id: picker

    required property RpRoutingViewModel routing

    spacing: Theme.spacingSmall

    Repeater {
        model: [
            { value: "Audio/Video", label: qsTr("Audio + Video") },
            { value: "Video", label: qsTr("Video") },
            { value: "Audio", label: qsTr("Audio") }
        ]
        delegate: ChipButton {
            required property var modelData
            objectName: "signal:" + modelData.value
            label: modelData.label
            selected: picker.routing.selectedSignal === modelData.value
            onClicked: picker.routing.selectSignal(modelData.value)
        }
    }
}
