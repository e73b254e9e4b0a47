import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import RoomPanel.ViewModels

Rectangle {
    id: card

    required property RpRoutingViewModel routing
    required property string displayId
    required property string name
    required property string deviceModel
    required property bool online
    required property string showing
    required property bool pending
    required property string wishText
    required property int volume
    required property bool audioOn
    required property bool audioPending
    required property bool powerPending
    required property string videoInput
    required property bool inputPending

    objectName: "display:" + card.name
    radius: Theme.radius
    color: Theme.surface
    border.color: card.pending ? Theme.pending : Theme.divider
    border.width: card.pending ? Theme.borderWidthStrong : Theme.borderWidth
    opacity: card.online ? 1.0 : 0.55

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingSmall + 4
        spacing: 6

        RowLayout {
            Layout.fillWidth: true

            StatusDot {
                color: card.online ? Theme.live : Theme.offline
            }

            Text {
                Layout.fillWidth: true
                text: card.name
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.bold: true
                elide: Text.ElideRight
            }

            Text {
                text: card.online ? card.deviceModel : qsTr("Offline")
                color: card.online ? Theme.textMuted : Theme.offline
                font.pixelSize: Theme.fontSmall
            }
        }

        Text {
            objectName: "showing"
            Layout.fillWidth: true
            text: card.pending ? card.wishText : qsTr("Showing: %1").arg(card.showing)
            color: card.pending ? Theme.pending : Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            ActionButton {
                objectName: "showHere"
                Layout.fillWidth: true
                label: qsTr("Show here")
                primary: true
                enabled: card.online && card.routing.selectedSource !== ""
                         && card.routing.controlsEnabled
                onClicked: card.routing.routeSelectedTo(card.displayId)
            }

            ActionButton {
                objectName: "clearDisplay"
                label: qsTr("Clear")
                enabled: card.online && card.showing !== "Nothing" && card.routing.controlsEnabled
                onClicked: card.routing.clearDisplay(card.displayId)
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            enabled: card.online && card.volume >= 0 && card.routing.controlsEnabled

            Text {
                text: qsTr("Volume")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }

            Slider {
                id: volume
                objectName: "volume"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                from: 0
                to: 100
                stepSize: 1
                value: Math.max(0, card.volume)
                onMoved: card.routing.setVolume(card.displayId, Math.round(volume.value))
                onPressedChanged: {
                    if (!volume.pressed)
                        card.routing.setVolume(card.displayId, Math.round(volume.value))
                }
                handle: Rectangle {
                    x: volume.leftPadding + volume.visualPosition * (volume.availableWidth - width)
                    y: volume.topPadding + volume.availableHeight / 2 - height / 2
                    width: 32
                    height: 32
                    radius: 16
                    color: volume.pressed ? Theme.textMuted : Theme.text
                }
                background: Rectangle {
                    x: volume.leftPadding
                    y: volume.topPadding + volume.availableHeight / 2 - height / 2
                    width: volume.availableWidth
                    height: 8
                    radius: 4
                    color: Theme.surfacePressed

                    Rectangle {
                        width: volume.visualPosition * parent.width
                        height: parent.height
                        radius: 4
                        color: Theme.accent
                    }
                }
            }

            Text {
                Layout.preferredWidth: 36
                text: card.volume >= 0 ? String(card.volume) : "–"
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                horizontalAlignment: Text.AlignRight
            }

            ActionButton {
                objectName: "audioToggle"
                Layout.preferredWidth: 96
                label: card.audioOn ? qsTr("Sound on") : qsTr("Muted")
                primary: card.audioOn
                busy: card.audioPending
                onClicked: card.routing.setAudioOn(card.displayId, !card.audioOn)
            }
        }

        // What the display shows: the source the network routes to it, or what is plugged
        // into its own HDMI input (a laptop at the display).
        RowLayout {
            objectName: "displayInput"
            Layout.fillWidth: true
            visible: card.videoInput !== ""
            spacing: Theme.spacingSmall
            enabled: card.online && !card.inputPending && card.routing.controlsEnabled

            ChipButton {
                objectName: "inputNetwork"
                Layout.fillWidth: true
                label: qsTr("Routed source")
                selected: card.videoInput === "lan in"
                onClicked: card.routing.setDisplayInput(card.displayId, "lan in")
            }

            ChipButton {
                objectName: "inputHdmi"
                Layout.fillWidth: true
                label: qsTr("Its own HDMI")
                selected: card.videoInput === "hdmi input1"
                onClicked: card.routing.setDisplayInput(card.displayId, "hdmi input1")
            }
        }

        RowLayout {
            Layout.fillWidth: true
            visible: card.routing.canPower
            spacing: Theme.spacingSmall
            enabled: card.online && !card.powerPending && card.routing.controlsEnabled

            ActionButton {
                objectName: "powerOn"
                Layout.fillWidth: true
                label: qsTr("Display on")
                busy: card.powerPending
                onClicked: card.routing.setDisplayPower(card.displayId, true)
            }

            ActionButton {
                objectName: "powerOff"
                Layout.fillWidth: true
                label: qsTr("Display off")
                onClicked: card.routing.setDisplayPower(card.displayId, false)
            }
        }
    }
}
