import QtQuick
import QtQuick.Layouts
import RoomPanel.ViewModels

// An inbound call to the room rings on screen, whatever page is up.
Rectangle {
    id: alert

    required property RpCallsViewModel calls
    readonly property bool shown: alert.calls.ringingFrom !== ""

    objectName: "incomingCall"
    visible: alert.shown
    implicitHeight: alert.shown ? 72 : 0
    color: Theme.pending

    SequentialAnimation on opacity {
        running: alert.shown
        loops: Animation.Infinite
        NumberAnimation { from: 1.0; to: 0.8; duration: 600 }
        NumberAnimation { from: 0.8; to: 1.0; duration: 600 }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacingSmall

        Text {
            objectName: "incomingText"
            Layout.fillWidth: true
            text: (alert.calls.ringingAdmission ? qsTr("Call waiting for you to let it through: %1")
                   : qsTr("Incoming call from %1")).arg(alert.calls.ringingFrom)
                  + (alert.calls.ringingTrunk !== "" ? " · " + alert.calls.ringingTrunk : "")
            color: Theme.textOnAccent
            font.pixelSize: Theme.fontLarge
            font.bold: true
            // Two lines where one does not hold it all: the caller's number stays readable.
            maximumLineCount: 2
            wrapMode: Text.Wrap
            elide: Text.ElideRight
        }

        // Only where the room's desk phone can be told to pick up (uaCSTA), or the call is
        // held on a controlled trunk (let through, it then rings the phone); elsewhere the
        // call is answered on the phone itself.
        ActionButton {
            objectName: "answerCallButton"
            visible: alert.calls.ringingAnswerable || alert.calls.ringingAnswering
            enabled: !alert.calls.ringingAnswering
            label: alert.calls.ringingAdmission ? qsTr("Let through") : qsTr("Answer")
            busy: alert.calls.ringingAnswering
            positive: true
            onClicked: alert.calls.control(alert.calls.ringingCallId, "answer")
        }

        ActionButton {
            objectName: "declineButton"
            label: alert.calls.ringingAdmission ? qsTr("Refuse") : qsTr("Decline")
            danger: true
            onClicked: alert.calls.control(alert.calls.ringingCallId, "hangup")
        }
    }
}
