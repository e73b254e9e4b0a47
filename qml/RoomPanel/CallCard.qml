import QtQuick
import QtQuick.Layouts
import RoomPanel.ViewModels

// One call: who, how (trunk), its state and a running timer, and what the panel can do.
Rectangle {
    id: card

    required property RpCallsViewModel calls
    required property string callId
    required property string callState
    required property string direction
    required property string remote
    required property string remoteName
    required property string trunk
    required property string extension
    required property real startedMs
    required property bool muted
    required property string pending
    required property bool answerable
    required property bool admission
    required property string consulting
    property real now: Date.now()

    // The page asks where to (its keypad and speed dial), then hands the call over.
    signal transferAsked()

    objectName: "call:" + card.remote
    implicitHeight: column.implicitHeight + 2 * Theme.spacingSmall
    radius: Theme.radius
    color: Theme.surface
    border.width: card.callState === "ringing" ? Theme.borderWidthStrong : Theme.borderWidth
    border.color: card.callState === "ringing" ? Theme.pending
                  : card.callState === "on hold" ? Theme.stale : Theme.divider

    Timer {
        interval: 1000
        running: true
        repeat: true
        onTriggered: card.now = Date.now()
    }

    function elapsed(): string {
        const seconds = Math.max(0, Math.floor((card.now - card.startedMs) / 1000))
        const minutes = Math.floor(seconds / 60)
        return minutes + ":" + String(seconds % 60).padStart(2, "0")
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacingSmall
        spacing: 6

        RowLayout {
            Layout.fillWidth: true

            Text {
                Layout.fillWidth: true
                text: (card.direction === "inbound" ? "↙ " : "↗ ")
                      + (card.remoteName !== "" ? card.remoteName + " (" + card.remote + ")" : card.remote)
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.bold: true
                elide: Text.ElideRight
            }

            Text {
                objectName: "callState"
                text: (card.callState === "ringing" ? qsTr("Ringing")
                       : card.callState === "on hold" ? qsTr("On hold")
                       : card.callState === "dialing" ? qsTr("Calling")
                       : qsTr("Talking")) + " · " + card.elapsed()
                color: card.callState === "talking" ? Theme.live
                       : card.callState === "on hold" ? Theme.stale : Theme.pending
                font.pixelSize: Theme.fontNormal
            }
        }

        Text {
            objectName: "consultingText"
            Layout.fillWidth: true
            visible: card.consulting !== ""
            text: qsTr("Talking to %1 before handing %2 over").arg(card.consulting).arg(card.remote)
            color: Theme.pending
            font.pixelSize: Theme.fontNormal
            wrapMode: Text.Wrap
        }

        Text {
            Layout.fillWidth: true
            text: (card.trunk !== "" ? qsTr("via %1").arg(card.trunk) + " · " : "")
                  + qsTr("extension %1").arg(card.extension) + (card.muted ? " · " + qsTr("muted") : "")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }

        // An attended transfer under way: hand over, all three talk, or back to the caller.
        RowLayout {
            objectName: "consultControls"
            Layout.fillWidth: true
            visible: card.consulting !== ""
            spacing: Theme.spacingSmall
            enabled: card.pending === ""

            ActionButton {
                objectName: "completeTransferButton"
                Layout.fillWidth: true
                label: qsTr("Hand over")
                primary: true
                busy: card.pending === "transfer_complete"
                onClicked: card.calls.control(card.callId, "transfer_complete")
            }

            ActionButton {
                objectName: "threewayButton"
                Layout.fillWidth: true
                label: qsTr("All three")
                busy: card.pending === "transfer_threeway"
                onClicked: card.calls.control(card.callId, "transfer_threeway")
            }

            ActionButton {
                objectName: "abortTransferButton"
                Layout.fillWidth: true
                label: qsTr("Back to %1").arg(card.remote)
                busy: card.pending === "transfer_abort"
                onClicked: card.calls.control(card.callId, "transfer_abort")
            }
        }

        RowLayout {
            Layout.fillWidth: true
            visible: card.consulting === ""
            spacing: Theme.spacingSmall
            enabled: card.pending === ""

            // The room's desk phone picks up (it is under the PBX's uaCSTA control), or a
            // call held on a controlled trunk is let through to ring it.
            ActionButton {
                objectName: "answerButton"
                Layout.fillWidth: true
                visible: card.answerable || card.pending === "answer"
                label: card.admission ? qsTr("Let through") : qsTr("Answer")
                busy: card.pending === "answer"
                positive: true
                onClicked: card.calls.control(card.callId, "answer")
            }

            ActionButton {
                objectName: "holdButton"
                Layout.fillWidth: true
                visible: card.callState === "talking" || card.callState === "on hold"
                label: card.callState === "on hold" ? qsTr("Resume") : qsTr("Hold")
                busy: card.pending === "hold" || card.pending === "resume"
                onClicked: card.calls.control(card.callId, card.callState === "on hold" ? "resume" : "hold")
            }

            ActionButton {
                objectName: "muteButton"
                Layout.fillWidth: true
                visible: card.callState === "talking"
                label: card.muted ? qsTr("Unmute") : qsTr("Mute")
                busy: card.pending === "mute" || card.pending === "unmute"
                onClicked: card.calls.control(card.callId, card.muted ? "unmute" : "mute")
            }

            ActionButton {
                objectName: "transferButton"
                Layout.fillWidth: true
                visible: card.callState === "talking" || card.callState === "on hold"
                label: qsTr("Transfer")
                busy: card.pending === "transfer" || card.pending === "add"
                      || card.pending === "park"
                onClicked: card.transferAsked()
            }

            ActionButton {
                objectName: "hangupButton"
                Layout.fillWidth: true
                label: card.admission ? qsTr("Refuse") : qsTr("Hang up")
                busy: card.pending === "hangup"
                danger: true
                onClicked: card.calls.control(card.callId, "hangup")
            }
        }
    }
}
