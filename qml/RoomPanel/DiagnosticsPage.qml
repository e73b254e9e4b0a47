pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import RoomPanel.ViewModels

// How each service is answering, where the secrets came from, the version, and a support
// bundle for the installer.
Item {
    id: page

    required property RpApp app
    readonly property RpDiagnostics diagnostics: page.app.diagnostics

    objectName: "diagnosticsPage"

    function serviceLabel(service: string): string {
        switch (service) {
        case "yealink": return qsTr("Yealink central control")
        case "yeastar": return qsTr("Yeastar PBX")
        case "portsip": return qsTr("PortSIP conference server")
        case "dingtalk": return qsTr("DingTalk")
        default: return service
        }
    }

    function stateLabel(state: string): string {
        switch (state) {
        case "ok": return qsTr("Answering")
        case "failing": return qsTr("Failing")
        case "missing": return qsTr("Not signed in")
        default: return qsTr("Not used yet")
        }
    }

    function sourceLabel(source: string): string {
        switch (source) {
        case "environment": return qsTr("the environment (EnvironmentFile)")
        case "file": return qsTr("the configuration file (0600)")
        default: return qsTr("the OS keyring")
        }
    }

    function keyringLabel(state: string): string {
        switch (state) {
        case "locked": return qsTr("the OS keyring is locked")
        case "failed": return qsTr("the OS keyring could not be read")
        case "no_answer": return qsTr("the OS keyring did not answer")
        case "none": return qsTr("there is no OS keyring")
        default: return qsTr("not in the OS keyring")
        }
    }

    // One line: where the secrets came from, and which are missing and why.
    function secretsLine(): string {
        const sources = page.diagnostics.secretSources
        const missing = page.diagnostics.secretsMissing
        let names = []
        for (let i = 0; i < sources.length; ++i)
            names.push(page.sourceLabel(sources[i]))
        let line = names.length > 0 ? qsTr("Secrets from %1").arg(names.join(", ")) : ""
        if (missing.length > 0) {
            const why = qsTr("Missing: %1 (%2)").arg(missing.join(", "))
                        .arg(page.keyringLabel(page.diagnostics.keyringState))
            line = line !== "" ? line + " · " + why : why
        }
        return line
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            Text {
                objectName: "appVersion"
                Layout.fillWidth: true
                text: qsTr("roompanel %1").arg(page.diagnostics.version)
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.bold: true
                elide: Text.ElideRight
            }

            ActionButton {
                objectName: "writeBundle"
                label: qsTr("Write support bundle")
                primary: true
                onClicked: page.diagnostics.writeSupportBundle()
            }

            ActionButton {
                objectName: "closeDiagnostics"
                label: qsTr("Close")
                onClicked: page.app.closeAdminPage()
            }
        }

        Text {
            objectName: "bundleMessage"
            Layout.fillWidth: true
            visible: text !== ""
            text: page.diagnostics.bundleError !== ""
                  ? qsTr("Could not write the support bundle: %1").arg(page.diagnostics.bundleError)
                  : page.diagnostics.bundlePath !== ""
                    ? qsTr("Support bundle written to %1").arg(page.diagnostics.bundlePath) : ""
            color: page.diagnostics.bundleError !== "" ? Theme.danger : Theme.success
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WrapAnywhere
        }

        Text {
            objectName: "secretsSource"
            Layout.fillWidth: true
            visible: text !== ""
            text: page.secretsLine()
            color: page.diagnostics.secretsMissing.length > 0 ? Theme.danger : Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }

        ListView {
            id: services
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            boundsBehavior: Flickable.StopAtBounds
            model: page.diagnostics.services
            delegate: Rectangle {
                id: service

                required property var modelData

                objectName: "service:" + service.modelData.service
                width: services.width
                height: serviceColumn.implicitHeight + 2 * Theme.spacingSmall
                radius: Theme.radius
                color: Theme.surface
                border.width: Theme.borderWidth
                border.color: service.modelData.state === "failing"
                              || service.modelData.state === "missing" ? Theme.offline : Theme.divider

                ColumnLayout {
                    id: serviceColumn
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: Theme.spacingSmall
                    anchors.leftMargin: Theme.spacing
                    spacing: 2

                    RowLayout {
                        Layout.fillWidth: true

                        Text {
                            Layout.fillWidth: true
                            text: page.serviceLabel(service.modelData.service)
                            color: Theme.text
                            font.pixelSize: Theme.fontNormal
                            font.bold: true
                            elide: Text.ElideRight
                        }

                        Text {
                            objectName: "serviceState"
                            text: page.stateLabel(service.modelData.state)
                            color: service.modelData.state === "ok" ? Theme.live
                                 : service.modelData.state === "failing"
                                   || service.modelData.state === "missing" ? Theme.offline
                                 : Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                        }
                    }

                    Text {
                        objectName: "secretMissing"
                        Layout.fillWidth: true
                        visible: service.modelData.state === "missing"
                        text: qsTr("Its secret is missing, so the panel does not sign in to it. Set %1 (EnvironmentFile= in the systemd unit) or enter it in the settings.")
                              .arg(service.modelData.secretVariable)
                        color: Theme.danger
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }

                    Text {
                        Layout.fillWidth: true
                        visible: service.modelData.state !== "missing"
                        text: qsTr("Last answer: %1 · median latency: %2 · requests: %3, failed: %4")
                              .arg(service.modelData.lastSuccess !== "" ? service.modelData.lastSuccess : "–")
                              .arg(service.modelData.latencyMs >= 0 ? service.modelData.latencyMs + " ms" : "–")
                              .arg(service.modelData.requests)
                              .arg(service.modelData.failures)
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }

                    Text {
                        Layout.fillWidth: true
                        visible: service.modelData.lastError !== ""
                        text: qsTr("Last error (%1): %2").arg(service.modelData.lastErrorAt)
                              .arg(service.modelData.lastError)
                        color: Theme.stale
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }

                    Text {
                        objectName: "featuresOff"
                        Layout.fillWidth: true
                        visible: service.modelData.featuresOff !== ""
                        text: qsTr("Not available here: %1").arg(service.modelData.featuresOff)
                        color: Theme.stale
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }

                    Text {
                        objectName: "tlsUnverified"
                        Layout.fillWidth: true
                        visible: service.modelData.tlsUnverified
                        text: qsTr("Its certificate is not checked (verify_tls = false): anyone on the network path could pose as this service.")
                        color: Theme.stale
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }

                    Text {
                        Layout.fillWidth: true
                        visible: service.modelData.detail !== ""
                        text: service.modelData.detail
                        color: Theme.stale
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
