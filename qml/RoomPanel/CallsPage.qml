pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import RoomPanel.ViewModels

// The room's live calls with their controls; a keypad, speed dial and recent calls.
Item {
    id: page

    required property RpRoomViewModel room
    readonly property RpCallsViewModel calls: page.room.calls

    // A finished call's outcome as the PBX's call record names it.
    function cdrLabel(status: string): string {
        switch (status) {
        case "ANSWERED": return qsTr("answered")
        case "NO ANSWER": return qsTr("missed")
        case "BUSY": return qsTr("busy")
        case "FAILED": return qsTr("failed")
        case "VOICEMAIL": return qsTr("voicemail")
        default: return status.toLowerCase()
        }
    }

    // A call being handed over: the keypad and speed dial say where to, instead of dialing.
    // How: blind (at once), attended (talk to them first) or add (they join the call).
    property string transferCall: ""
    property string transferFrom: ""
    property string transferHow: "blind"

    function transferTo(number: string): void {
        page.calls.handOver(page.transferCall, number, page.transferHow)
        page.transferCall = ""
    }

    function handOverTitle(): string {
        switch (page.transferHow) {
        case "attended": return qsTr("Talk first, then hand %1 to:").arg(page.transferFrom)
        case "add": return qsTr("Add to the call with %1:").arg(page.transferFrom)
        default: return qsTr("Transfer %1 to:").arg(page.transferFrom)
        }
    }

    function presenceLabel(presence: string): string {
        switch (presence) {
        case "available": return qsTr("Available")
        case "away": return qsTr("Away")
        case "business_trip": return qsTr("Business trip")
        case "do_not_disturb": return qsTr("Do not disturb")
        case "lunch": return qsTr("At lunch")
        case "off_work": return qsTr("Off work")
        default: return presence
        }
    }

    function phoneLabel(phone: var): string {
        const parts = [phone.registered === false ? qsTr("Phone offline")
                       : phone.callState === "Busy" ? qsTr("In a call")
                       : phone.callState === "Ringing" ? qsTr("Ringing")
                       : phone.registered === true ? qsTr("Phone ready") : ""]
        if (phone.presence !== "" && phone.presence !== "available")
            parts.push(page.presenceLabel(phone.presence))
        return parts.filter(part => part !== "").join(" · ")
    }

    function phoneColor(phone: var): color {
        if (phone.registered === false)
            return Theme.offline
        if (phone.presence === "do_not_disturb" || phone.callState === "Busy")
            return Theme.stale
        return Theme.live
    }

    objectName: "callsPage"

    // A call started or ended: a transfer being set up no longer means what it did.
    Connections {
        target: page.calls.calls

        function onCountChanged(): void {
            page.transferCall = ""
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            spacing: Theme.spacingSmall

            SectionTitle {
                text: qsTr("Calls")
            }

            Text {
                objectName: "missingPhones"
                Layout.fillWidth: true
                visible: page.calls.missingPhones !== ""
                text: qsTr("Not on the PBX: %1. Calls to it cannot be shown: check this room's extensions in the configuration.")
                      .arg(page.calls.missingPhones)
                color: Theme.stale
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }

            // The room's phones as the PBX reports them: offline, in a call, do not disturb.
            Flow {
                objectName: "roomPhones"
                Layout.fillWidth: true
                // Out of the way while a call is handed over: the column needs the room.
                visible: page.transferCall === ""
                         && (phoneRepeater.count > 0 || page.calls.hasPhone && page.calls.available)
                spacing: Theme.spacingSmall

                // The room phone's presence, set on the PBX: Do Not Disturb keeps it quiet.
                ChipButton {
                    id: dndChip
                    objectName: "dndButton"
                    visible: page.calls.hasPhone && page.calls.available
                    label: qsTr("Do not disturb")
                    caption: page.calls.presencePending ? qsTr("Changing…")
                             : page.calls.presence === "do_not_disturb" ? qsTr("On") : qsTr("Off")
                    selected: page.calls.presence === "do_not_disturb"
                    available: !page.calls.presencePending
                    onClicked: page.calls.setPresence(dndChip.selected ? "available" : "do_not_disturb")
                }

                Repeater {
                    id: phoneRepeater
                    model: page.calls.phones
                    delegate: Rectangle {
                        id: phoneChip
                        required property var modelData
                        objectName: "phone:" + phoneChip.modelData.extension
                        width: phoneRow.implicitWidth + 2 * Theme.spacing
                        height: 36
                        radius: height / 2
                        color: Qt.alpha(page.phoneColor(phoneChip.modelData), 0.18)
                        border.color: page.phoneColor(phoneChip.modelData)
                        border.width: Theme.borderWidth

                        Row {
                            id: phoneRow
                            anchors.centerIn: parent
                            spacing: Theme.spacingSmall

                            StatusDot {
                                anchors.verticalCenter: parent.verticalCenter
                                color: page.phoneColor(phoneChip.modelData)
                            }

                            Text {
                                objectName: "phoneText"
                                anchors.verticalCenter: parent.verticalCenter
                                // Nothing known yet but its number: no dangling " · ".
                                text: [phoneChip.modelData.extension,
                                       page.phoneLabel(phoneChip.modelData)]
                                      .filter(part => part !== "").join(" · ")
                                color: Theme.text
                                font.pixelSize: Theme.fontSmall
                            }
                        }
                    }
                }
            }

            Rectangle {
                objectName: "callsUnavailable"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget + 16
                visible: !page.calls.available
                radius: Theme.radius
                color: Qt.darker(Theme.stale, 2.2)

                Text {
                    anchors.fill: parent
                    anchors.margins: Theme.spacingSmall
                    verticalAlignment: Text.AlignVCenter
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                    text: qsTr("Call status unavailable") + " — " + page.calls.unavailableReason
                }
            }

            Flow {
                objectName: "handOverModes"
                Layout.fillWidth: true
                visible: page.transferCall !== ""
                spacing: Theme.spacingSmall

                ChipButton {
                    objectName: "modeBlind"
                    label: qsTr("Transfer now")
                    selected: page.transferHow === "blind"
                    onClicked: page.transferHow = "blind"
                }

                ChipButton {
                    objectName: "modeAttended"
                    label: qsTr("Talk first")
                    selected: page.transferHow === "attended"
                    onClicked: page.transferHow = "attended"
                }

                ChipButton {
                    objectName: "modeAdd"
                    label: qsTr("Add to call")
                    selected: page.transferHow === "add"
                    onClicked: page.transferHow = "add"
                }

                // Parked, the caller waits in a slot anyone picks up by dialling it.
                ChipButton {
                    objectName: "parkButton"
                    label: qsTr("Park")
                    onClicked: {
                        page.calls.control(page.transferCall, "park")
                        page.transferCall = ""
                    }
                }
            }

            RowLayout {
                objectName: "transferHeading"
                Layout.fillWidth: true
                visible: page.transferCall !== ""
                spacing: Theme.spacingSmall

                Text {
                    Layout.fillWidth: true
                    text: page.handOverTitle()
                    color: Theme.text
                    font.pixelSize: Theme.fontNormal
                    font.bold: true
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }

                ActionButton {
                    objectName: "cancelTransfer"
                    label: qsTr("Cancel")
                    onClicked: page.transferCall = ""
                }
            }

            ListView {
                id: callList
                objectName: "callList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.spacingSmall
                boundsBehavior: Flickable.StopAtBounds
                model: page.calls.calls
                delegate: CallCard {
                    id: callCard
                    width: callList.width
                    calls: page.calls
                    onTransferAsked: {
                        page.transferFrom = callCard.remote
                        page.transferHow = "blind"
                        page.transferCall = callCard.callId
                    }
                }

                Text {
                    anchors.centerIn: parent
                    visible: callList.count === 0 && page.calls.available
                    text: qsTr("No calls")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontNormal
                }
            }

            // On a small panel a live call needs the whole column (its buttons first).
            SectionTitle {
                visible: recentList.visible
                text: qsTr("Recent calls")
            }

            ListView {
                id: recentList
                visible: callList.count === 0 || page.height >= 420
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(page.height * 0.3, 160)
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                model: page.calls.recent
                delegate: Text {
                    required property string remote
                    required property string when
                    required property string direction
                    required property string status
                    width: recentList.width
                    height: 28
                    elide: Text.ElideRight
                    color: status === "ANSWERED" ? Theme.text : Theme.stale
                    font.pixelSize: Theme.fontSmall
                    text: when + "  " + (direction === "inbound" ? "↙ " : "↗ ") + remote
                          + "  · " + page.cdrLabel(status)
                }

                Text {
                    objectName: "noRecentCalls"
                    anchors.left: parent.left
                    anchors.top: parent.top
                    visible: recentList.count === 0
                    text: qsTr("No calls since the panel started")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
            }
        }

        // The keypad never shrinks its keys below a finger: where the page is short (a ringing
        // bar and a notice over an 800x480 panel) the column scrolls instead.
        Flickable {
            id: padArea
            objectName: "padArea"
            Layout.preferredWidth: 2
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            contentWidth: width
            contentHeight: Math.max(height, callPad.minimumHeight + Theme.spacingSmall
                                    + speedDialFlow.implicitHeight)

            ColumnLayout {
                width: padArea.width
                height: padArea.contentHeight
                spacing: Theme.spacingSmall

                NumberPad {
                    id: callPad
                    objectName: "callPad"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    actionLabel: page.transferCall !== "" ? (page.transferHow === "add" ? qsTr("Add")
                                                             : page.transferHow === "attended" ? qsTr("Call")
                                                             : qsTr("Transfer"))
                                 : page.calls.dialing ? qsTr("Calling…") : qsTr("Call")
                    busy: page.transferCall === "" && page.calls.dialing
                    ready: page.calls.available
                    onSubmitted: number => page.transferCall !== "" ? page.transferTo(number)
                                                                     : page.calls.dial(number)
                }

                Flow {
                    id: speedDialFlow
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall

                    Repeater {
                        model: page.calls.speedDial
                        delegate: ChipButton {
                            required property var modelData
                            objectName: "speedDial:" + modelData.name
                            label: modelData.name
                            caption: modelData.number
                            available: page.calls.available
                                       && (page.transferCall !== "" || !page.calls.dialing)
                            onClicked: page.transferCall !== "" ? page.transferTo(modelData.number)
                                                                : page.calls.dial(modelData.number)
                        }
                    }
                }
            }
        }
    }
}
