pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import RoomPanel.ViewModels

// The room's conference: whether it is live, locked, muted, recording; who is in it and
// what the presenter can do to each; room controls, the layout and an invite keypad.
Item {
    id: page

    required property RpRoomViewModel room
    readonly property RpConferenceViewModel conference: page.room.conference
    property string removing: ""  // the participant awaiting a confirmed removal
    property string removingName: ""
    // A small panel shows the participants or the invite keypad, a wide one both.
    readonly property bool wide: page.width >= 1000
    property bool inviting: false
    // How to join by phone: on a wall panel behind a tap (the PIN is on it), shown at once
    // on a presenter's kiosk.
    property bool dialInShown: page.room.presenterPanel
    readonly property bool hasDialIn: page.conference.hasDialIn
    property bool askingDialInPin: false

    objectName: "conferencePage"

    function can(feature: string): bool {
        return page.conference.can(feature)
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            visible: page.wide || !page.inviting
            spacing: Theme.spacingSmall

            // The subject and its badges share a row (the list of people gets the height).
            Flow {
                id: heading
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                Text {
                    objectName: "conferenceSubject"
                    width: Math.min(implicitWidth, heading.width)
                    height: 36
                    rightPadding: Theme.spacingSmall
                    verticalAlignment: Text.AlignVCenter
                    text: page.conference.subject !== "" ? page.conference.subject : qsTr("Conference")
                    color: Theme.text
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    elide: Text.ElideRight
                }

                Repeater {
                    model: [
                        { key: "live", on: page.conference.status === "ON_CALL",
                          label: page.conference.status === "ON_CALL" ? qsTr("Live", "a conference in session")
                               : page.conference.status === "OFFLINE" ? qsTr("Offline") : qsTr("Waiting") },
                        { key: "locked", on: page.conference.locked, shown: page.can("lock"),
                          label: page.conference.locked ? qsTr("Locked") : qsTr("Open") },
                        { key: "muted", on: page.conference.muted, shown: page.can("mute_all"),
                          label: page.conference.muted ? qsTr("All muted") : qsTr("Sound on") },
                        { key: "recording", on: page.conference.recording, shown: page.can("record"),
                          label: page.conference.recording ? qsTr("● Recording") : qsTr("Not recording") }
                    ].filter(badge => badge.shown !== false)
                    delegate: StatusPill {
                        id: badge
                        required property var modelData
                        objectName: "badge:" + badge.modelData.key
                        label: badge.modelData.label
                        tint: badge.modelData.on ? (badge.modelData.key === "recording"
                                                    ? Theme.danger : Theme.accent)
                                                 : Theme.surfaceRaised
                    }
                }

                // Beside the badges: a small panel's list of people keeps its height.
                ActionButton {
                    objectName: "showDialIn"
                    visible: page.hasDialIn && !page.dialInShown
                    label: qsTr("How to join by phone")
                    onClicked: {
                        if (page.conference.dialInLocked)
                            page.askingDialInPin = true
                        else
                            page.dialInShown = true
                    }
                }
            }

            Rectangle {
                objectName: "dialIn"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(dialInText.implicitHeight, Theme.touchTarget)
                                        + 2 * Theme.spacingSmall
                visible: page.hasDialIn && page.dialInShown
                radius: Theme.radius
                color: Theme.surface

                Text {
                    id: dialInText
                    objectName: "dialInText"
                    anchors.left: parent.left
                    anchors.right: hideDialIn.left
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.margins: Theme.spacingSmall
                    text: [page.conference.dialInNumbers !== ""
                           ? qsTr("Dial %1").arg(page.conference.dialInNumbers) : "",
                           page.conference.dialInExtension !== ""
                           ? qsTr("extension %1").arg(page.conference.dialInExtension) : "",
                           page.conference.roomPin !== ""
                           ? qsTr("PIN %1").arg(page.conference.roomPin) : ""]
                          .filter(part => part !== "").join(" · ")
                    color: Theme.text
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    wrapMode: Text.Wrap
                }

                ActionButton {
                    id: hideDialIn
                    objectName: "hideDialIn"
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.rightMargin: Theme.spacingSmall
                    visible: !page.room.presenterPanel
                    width: visible ? implicitWidth : 0
                    label: qsTr("Hide")
                    onClicked: {
                        page.dialInShown = false
                        page.conference.lockDialIn()
                    }
                }
            }

            Text {
                Layout.fillWidth: true
                visible: !page.conference.mutesReadBack
                text: qsTr("“Muted” marks the mutes sent from this panel.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }

            Text {
                objectName: "conferenceUnavailable"
                Layout.fillWidth: true
                visible: page.conference.unavailable !== ""
                text: qsTr("This room's conference is not available: %1")
                      .arg(page.conference.unavailable)
                color: Theme.stale
                font.pixelSize: Theme.fontNormal
                wrapMode: Text.Wrap
            }

            Text {
                Layout.fillWidth: true
                visible: page.conference.error !== ""
                text: qsTr("Not up to date: %1").arg(page.conference.error)
                color: Theme.stale
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }

            ListView {
                id: people
                objectName: "participants"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 6
                boundsBehavior: Flickable.StopAtBounds
                model: page.conference.participants
                delegate: Rectangle {
                    id: person

                    required property string participantId
                    required property string name
                    required property bool muted
                    required property bool chairman
                    required property bool pending
                    required property string detail
                    required property int position

                    objectName: "participant:" + person.name
                    width: people.width
                    height: 64
                    radius: Theme.radius
                    color: Theme.surface
                    opacity: person.pending ? 0.7 : 1.0

                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: Theme.spacing
                        anchors.rightMargin: Theme.spacingSmall
                        spacing: Theme.spacingSmall

                        Column {
                            Layout.fillWidth: true

                            Text {
                                width: parent.width
                                text: (person.chairman ? "★ " : "") + person.name
                                      + (person.muted ? "  · " + qsTr("muted") : "")
                                color: Theme.text
                                font.pixelSize: Theme.fontNormal
                                elide: Text.ElideRight
                            }

                            Text {
                                width: parent.width
                                visible: person.detail !== ""
                                text: person.detail
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                                elide: Text.ElideRight
                            }
                        }

                        ActionButton {
                            objectName: "participantMute"
                            label: person.muted ? qsTr("Unmute") : qsTr("Mute")
                            busy: person.pending
                            onClicked: page.conference.participantAction(
                                           person.participantId, person.muted ? "unmute" : "mute")
                        }

                        // The speaker everyone should see: the first tile of the video layout.
                        ActionButton {
                            objectName: "participantMainTile"
                            visible: page.can("main_tile") && page.conference.layoutOffered
                                     && person.position !== 0
                            label: qsTr("Main tile")
                            onClicked: page.conference.participantAction(person.participantId,
                                                                         "main_tile")
                        }

                        ActionButton {
                            objectName: "participantChair"
                            visible: !person.chairman && page.can("chairman")
                            label: qsTr("Make chair")
                            onClicked: page.conference.participantAction(person.participantId,
                                                                         "chairman")
                        }

                        ActionButton {
                            objectName: "participantRemove"
                            label: qsTr("Remove")
                            danger: true
                            onClicked: {
                                page.removing = person.participantId
                                page.removingName = person.name
                            }
                        }
                    }
                }

                Text {
                    anchors.centerIn: parent
                    visible: people.count === 0
                    text: qsTr("Nobody is in the conference")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontNormal
                }
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                ActionButton {
                    objectName: "roomMute"
                    label: page.conference.muted ? qsTr("Unmute all") : qsTr("Mute all")
                    onClicked: page.conference.roomAction(page.conference.muted ? "unmute" : "mute")
                }

                ActionButton {
                    objectName: "roomLock"
                    visible: page.can("lock")
                    label: page.conference.locked ? qsTr("Unlock") : qsTr("Lock")
                    onClicked: page.conference.roomAction(page.conference.locked ? "unlock" : "lock")
                }

                ActionButton {
                    objectName: "inviteButton"
                    visible: !page.wide
                    label: qsTr("Invite…")
                    onClicked: page.inviting = true
                }

                ActionButton {
                    objectName: "roomRecord"
                    visible: page.can("record")
                    label: page.conference.recording ? qsTr("Stop recording") : qsTr("Record")
                    danger: page.conference.recording
                    onClicked: page.conference.roomAction(page.conference.recording
                                                          ? "stop_recording" : "start_recording")
                }
            }

            // Where a recording went: the latest ones, when each began and how long it is.
            Text {
                objectName: "recordings"
                Layout.fillWidth: true
                visible: page.can("record") && page.conference.recordings !== ""
                text: qsTr("Recordings: %1").arg(page.conference.recordings)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }

            Flow {
                Layout.fillWidth: true
                visible: page.conference.layoutOffered
                spacing: 6

                // PortSIP's layouts are how many video tiles the conference shows.
                Text {
                    height: Theme.touchTarget
                    rightPadding: Theme.spacingSmall
                    verticalAlignment: Text.AlignVCenter
                    text: qsTr("Video tiles")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }

                Repeater {
                    model: page.conference.layouts
                    delegate: ChipButton {
                        required property string modelData
                        objectName: "layout:" + modelData
                        implicitWidth: Theme.touchTarget
                        label: modelData.replace("LAYOUT", "")
                        caption: ""
                        selected: page.conference.layout === modelData
                        onClicked: page.conference.setLayout(modelData)
                    }
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            visible: page.wide || page.inviting
            spacing: Theme.spacingSmall

            ActionButton {
                objectName: "closeInvite"
                visible: !page.wide
                label: qsTr("‹ Participants")
                onClicked: page.inviting = false
            }

            NumberPad {
                Layout.fillWidth: true
                Layout.fillHeight: true
                actionLabel: qsTr("Invite")
                keyFontSize: Theme.fontNormal
                onSubmitted: number => {
                    page.conference.invite(number)
                    page.inviting = false
                }
            }
        }
    }

    // Removing someone from a meeting cannot be undone from here: ask first.
    // The dial-in details of this room are for its staff: the admin PIN first.
    ModalSheet {
        objectName: "dialInPinSheet"
        // Over the whole window: the page alone is too short for a finger-sized keypad on an
        // 800x480 panel.
        parent: page.Window.contentItem
        anchors.fill: parent
        visible: page.askingDialInPin
        maxCardWidth: 420
        maxCardHeight: 460

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: Theme.spacingSmall
            spacing: Theme.spacingSmall

            RowLayout {
                Layout.fillWidth: true

                Text {
                    objectName: "dialInPinPrompt"
                    Layout.fillWidth: true
                    text: dialInPad.refused ? qsTr("Wrong PIN") : qsTr("Admin PIN to show how to join")
                    color: dialInPad.refused ? Theme.danger : Theme.text
                    font.pixelSize: Theme.fontNormal
                    font.bold: true
                    wrapMode: Text.Wrap
                }

                ActionButton {
                    objectName: "cancelDialInPin"
                    label: qsTr("Cancel")
                    onClicked: {
                        page.askingDialInPin = false
                        dialInPad.refused = false
                    }
                }
            }

            NumberPad {
                id: dialInPad
                property bool refused: false
                objectName: "dialInPinPad"
                Layout.fillWidth: true
                Layout.fillHeight: true
                masked: true
                placeholder: qsTr("PIN")
                actionLabel: qsTr("Show")
                keyFontSize: Theme.fontNormal
                onSubmitted: pin => {
                    dialInPad.refused = !page.conference.unlockDialIn(pin)
                    if (!dialInPad.refused) {
                        page.askingDialInPin = false
                        page.dialInShown = true
                    }
                }
            }
        }
    }

    ModalSheet {
        objectName: "confirmRemove"
        anchors.fill: parent
        visible: page.removing !== ""
        maxCardWidth: 480
        cardHeight: 180

        Column {
            anchors.fill: parent
            anchors.margins: Theme.spacing
            spacing: Theme.spacing

            Text {
                width: parent.width
                text: qsTr("Remove %1 from the conference?").arg(page.removingName)
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                wrapMode: Text.Wrap
            }

            Row {
                anchors.right: parent.right
                spacing: Theme.spacingSmall

                ActionButton {
                    objectName: "cancelRemove"
                    label: qsTr("Cancel")
                    onClicked: page.removing = ""
                }

                ActionButton {
                    objectName: "confirmRemoveButton"
                    label: qsTr("Remove")
                    danger: true
                    onClicked: {
                        page.conference.participantAction(page.removing, "destroy")
                        page.removing = ""
                    }
                }
            }
        }
    }
}
