import QtQuick
import RoomPanel.ViewModels

// After a long idle time: the time and the room's name on black, moving once a minute so
// nothing burns into the screen. One touch wakes the panel (the kiosk swallows that touch).
Rectangle {
    id: saver

    required property RpKiosk kiosk
    required property string roomName

    objectName: "screensaver"
    color: Theme.screensaverBackground

    Column {
        id: content
        x: (saver.width - content.width) * saver.kiosk.driftX
        y: (saver.height - content.height) * saver.kiosk.driftY
        spacing: Theme.spacingSmall

        Behavior on x {
            NumberAnimation {
                duration: 4000
                easing.type: Easing.InOutQuad
            }
        }

        Behavior on y {
            NumberAnimation {
                duration: 4000
                easing.type: Easing.InOutQuad
            }
        }

        Text {
            objectName: "screensaverClock"
            text: saver.kiosk.clockText
            color: Theme.screensaverText
            font.pixelSize: Theme.fontHuge * 3
            font.weight: Font.Light
        }

        Text {
            objectName: "screensaverRoom"
            width: Math.min(implicitWidth, saver.width - 2 * Theme.spacing)
            text: saver.roomName
            color: Theme.screensaverTextMuted
            font.pixelSize: Theme.fontHuge
            elide: Text.ElideRight
        }
    }
}
