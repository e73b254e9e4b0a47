pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import RoomPanel.ViewModels

// The installer's settings, behind the admin PIN: services, room, look, idle times, the
// display schedule.
Item {
    id: page

    required property RpApp app
    readonly property RpSettings settings: page.app.settings
    property bool changingPin: false

    objectName: "settingsPage"

    function fieldLabel(key: string): string {
        switch (key) {
        case "panel.mode": return qsTr("Runs as")
        case "panel.room": return qsTr("Room")
        case "panel.language": return qsTr("Language")
        case "panel.theme": return qsTr("Theme")
        case "panel.large_text": return qsTr("Large text")
        case "panel.dim_after_s": return qsTr("Dim after (seconds, 0 = never)")
        case "panel.screensaver_after_s": return qsTr("Screensaver after (seconds, 0 = never)")
        case "panel.brightness": return qsTr("Brightness (%)")
        case "panel.schedule": return qsTr("Screen")
        case "panel.schedule.mon": return qsTr("Monday")
        case "panel.schedule.tue": return qsTr("Tuesday")
        case "panel.schedule.wed": return qsTr("Wednesday")
        case "panel.schedule.thu": return qsTr("Thursday")
        case "panel.schedule.fri": return qsTr("Friday")
        case "panel.schedule.sat": return qsTr("Saturday")
        case "panel.schedule.sun": return qsTr("Sunday")
        case "yealink.url": return qsTr("Control service address")
        case "yealink.client_id": return qsTr("Control service client ID")
        case "yealink.client_secret": return qsTr("Control service client secret")
        case "yealink.verify_tls": return qsTr("Check the certificate")
        case "yeastar.url": return qsTr("PBX address")
        case "yeastar.client_id": return qsTr("PBX client ID")
        case "yeastar.client_secret": return qsTr("PBX client secret")
        case "portsip.url": return qsTr("Conference server address")
        case "portsip.username": return qsTr("Conference server user")
        case "portsip.password": return qsTr("Conference server password")
        case "dingtalk.app_key": return qsTr("DingTalk app key")
        case "dingtalk.app_secret": return qsTr("DingTalk app secret")
        case "dingtalk.operator_union_id": return qsTr("DingTalk operator union ID")
        case "hub.broker": return qsTr("Broker address (mqtt:// or mqtts://)")
        case "hub.site": return qsTr("Site name")
        case "hub.username": return qsTr("Broker user")
        case "hub.password": return qsTr("Broker password")
        case "hub.panel_id": return qsTr("This panel's name on the site")
        default: return key
        }
    }

    function sectionLabel(section: string): string {
        switch (section) {
        case "panel": return qsTr("Panel")
        case "schedule": return qsTr("Display schedule (the screen is off outside these hours)")
        case "yealink": return qsTr("Yealink central control (leave blank on a site hub)")
        case "yeastar": return qsTr("Yeastar PBX (leave blank if none)")
        case "portsip": return qsTr("PortSIP conference server (leave blank if none)")
        case "dingtalk": return qsTr("DingTalk meeting devices (leave blank if none)")
        case "hub": return qsTr("Site hub (instead of the services above; blank if none)")
        default: return section
        }
    }

    function messageText(message: string): string {
        if (message.startsWith("invalid:"))
            return qsTr("Not saved: %1").arg(message.slice(8))
        if (message.startsWith("not_saved:"))
            return qsTr("Could not save: %1").arg(message.slice(10))
        if (message.startsWith("not_started:"))
            return qsTr("The panel could not start: %1").arg(message.slice(12))
        if (message.startsWith("secret_in_keyring:"))
            return qsTr("Not tested: %1 is kept in the OS keyring, which could not be read. Enter it again to test.")
                   .arg(message.slice(18))
        switch (message) {
        case "saved": return qsTr("Saved.")
        case "saved_restart": return qsTr("Saved. Restart the panel to use the new connections.")
        case "test_ok": return qsTr("Every service answered.")
        case "test_failed": return qsTr("Some services did not answer: see below.")
        case "pin_set": return qsTr("New PIN set: it takes effect when you save.")
        case "pin_invalid": return qsTr("A PIN has at least 4 digits.")
        default: return message
        }
    }

    // --- locked: the PIN pad ------------------------------------------------------------------
    ColumnLayout {
        objectName: "pinGate"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacing, 360)
        height: Math.min(parent.height - 2 * Theme.spacing, 420)
        visible: !page.settings.unlocked
        spacing: Theme.spacingSmall

        Text {
            Layout.fillWidth: true
            text: page.settings.hasPin ? qsTr("Enter the admin PIN")
                                       : qsTr("No admin PIN is set yet")
            color: Theme.text
            font.pixelSize: Theme.fontLarge
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }

        Text {
            objectName: "pinMessage"
            Layout.fillWidth: true
            visible: text !== ""
            text: page.settings.pinMessage === "wait"
                  ? qsTr("Too many wrong PINs. Try again in %1 s.").arg(page.settings.pinWaitSeconds)
                  : page.settings.pinMessage === "wrong" ? qsTr("Wrong PIN.") : ""
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }

        NumberPad {
            objectName: "pinPad"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: page.settings.hasPin
            masked: true
            placeholder: qsTr("PIN")
            actionLabel: qsTr("Open")
            keyFontSize: Theme.fontNormal
            onSubmitted: pin => page.settings.unlock(pin)
        }

        ActionButton {
            objectName: "openWithoutPin"
            Layout.fillWidth: true
            visible: !page.settings.hasPin
            label: qsTr("Open settings and set a PIN")
            primary: true
            onClicked: page.settings.unlock("")
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            ActionButton {
                objectName: "diagnosticsFromPin"
                Layout.fillWidth: true
                label: qsTr("Diagnostics")
                onClicked: page.app.openDiagnostics()
            }

            ActionButton {
                objectName: "closeSettings"
                Layout.fillWidth: true
                label: qsTr("Close")
                onClicked: page.app.closeAdminPage()
            }
        }
    }

    // --- unlocked: the form -------------------------------------------------------------------
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        visible: page.settings.unlocked
        spacing: Theme.spacingSmall

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            ActionButton {
                objectName: "testConnection"
                label: qsTr("Test connection")
                busy: page.settings.busy === "testing"
                onClicked: page.settings.testConnection()
            }

            ActionButton {
                objectName: "saveSettings"
                label: qsTr("Save")
                primary: true
                enabled: page.settings.canSave
                onClicked: page.settings.save()
            }

            ActionButton {
                objectName: "restartNow"
                visible: page.settings.restartNeeded
                label: qsTr("Restart now")
                danger: true
                onClicked: page.settings.restartNow()
            }

            ActionButton {
                objectName: "changePin"
                label: qsTr("Change PIN…")
                onClicked: page.changingPin = true
            }

            ActionButton {
                objectName: "openDiagnostics"
                label: qsTr("Diagnostics")
                onClicked: page.app.openDiagnostics()
            }

            ActionButton {
                objectName: "closeSettingsForm"
                visible: !page.app.firstRun
                label: qsTr("Close")
                onClicked: page.app.closeAdminPage()
            }
        }

        Text {
            objectName: "firstRunHint"
            Layout.fillWidth: true
            visible: page.app.noConfiguration && !page.settings.restartNeeded
            text: qsTr("Welcome. Enter the control service's address and credentials (and the other services', if the room has them), choose the room, set an admin PIN, then Save.")
            color: Theme.text
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }

        Text {
            objectName: "settingsMessage"
            Layout.fillWidth: true
            visible: text !== ""
            text: page.messageText(page.settings.message)
            color: page.settings.messageIsError ? Theme.danger : Theme.success
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            maximumLineCount: 4
            elide: Text.ElideRight
        }

        Flow {
            Layout.fillWidth: true
            visible: results.count > 0
            spacing: 6

            Repeater {
                id: results
                model: page.settings.testResults
                delegate: StatusPill {
                    id: result
                    required property var modelData
                    objectName: "testResult:" + result.modelData.service
                    width: Math.min(result.implicitWidth, page.width - 2 * Theme.spacing)
                    label: (result.modelData.ok ? "✓ " : "✗ ") + result.modelData.service
                           + (result.modelData.error !== "" ? ": " + result.modelData.error : "")
                    tint: result.modelData.ok ? Theme.live : Theme.offline
                    textColor: Theme.textOnAccent
                    bold: false
                }
            }
        }

        ListView {
            id: fields
            objectName: "settingsFields"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            boundsBehavior: Flickable.StopAtBounds
            model: page.settings.fields
            section.property: "section"
            section.delegate: SectionTitle {
                required property string section
                width: fields.width
                text: page.sectionLabel(section)
            }
            delegate: SettingRow {
                id: settingRow
                width: fields.width
                settings: page.settings
                label: page.fieldLabel(settingRow.fieldKey)
            }
        }

        Text {
            Layout.fillWidth: true
            visible: page.settings.savedTo !== ""
            text: page.settings.savedTo.endsWith("|keyring")
                  ? qsTr("Saved to %1; secrets in the system keyring.").arg(page.settings.savedTo.split("|")[0])
                  : qsTr("Saved to %1 (readable by this user only).").arg(page.settings.savedTo.split("|")[0])
            color: Theme.textMuted
            font.pixelSize: Theme.fontTiny
            wrapMode: Text.WrapAnywhere  // a long path wraps rather than losing its middle
        }
    }

    // A new PIN, typed on our own keypad.
    ModalSheet {
        objectName: "newPinDialog"
        anchors.fill: parent
        visible: page.changingPin && page.settings.unlocked
        maxCardWidth: 360
        maxCardHeight: 400
        framed: false

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingSmall

            Text {
                Layout.fillWidth: true
                text: qsTr("New admin PIN (4 digits or more)")
                color: Theme.text
                font.pixelSize: Theme.fontNormal
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }

            NumberPad {
                objectName: "newPinPad"
                Layout.fillWidth: true
                Layout.fillHeight: true
                masked: true
                placeholder: qsTr("New PIN")
                actionLabel: qsTr("Set PIN")
                keyFontSize: Theme.fontNormal
                onSubmitted: pin => {
                    if (page.settings.setNewPin(pin))
                        page.changingPin = false
                }
            }

            ActionButton {
                Layout.fillWidth: true
                label: qsTr("Cancel")
                onClicked: page.changingPin = false
            }
        }
    }
}
