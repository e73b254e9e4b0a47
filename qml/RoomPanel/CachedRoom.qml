pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// The room as it was last confirmed, drawn the moment the panel starts: before the app's
// view-models (and the network modules under them) are even imported. Nothing here acts:
// it is a picture, marked as not confirmed, until the real room screen takes its place.
// Its sentences are the room screen's own (same translation contexts), so it reads the same.
Window {
    id: window

    required property string roomName
    required property string confirmedAt  // "HH:MM" the services last confirmed it
    required property var macros  // [{name}]
    required property var automations  // [{name, on}]
    required property var autoRoutings  // [{name, on}]
    property string themeName: "dark"
    property bool largeText: false

    width: 1280
    height: 800
    color: Theme.background
    title: window.roomName

    Binding {
        target: Theme
        property: "name"
        value: window.themeName
    }

    Binding {
        target: Theme
        property: "largeText"
        value: window.largeText
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.headerHeight
            color: Theme.surface

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacing
                anchors.rightMargin: Theme.spacing
                spacing: Theme.spacing

                Text {
                    objectName: "cachedRoomTitle"
                    Layout.fillWidth: true
                    text: window.roomName
                    color: Theme.text
                    font.pixelSize: Theme.fontHuge
                    font.bold: true
                    elide: Text.ElideRight
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: Theme.fontNormal
                }

                Rectangle {
                    implicitWidth: linkRow.implicitWidth + 2 * Theme.spacing
                    implicitHeight: 40
                    radius: height / 2
                    color: Qt.alpha(Theme.linkColor("connecting"), 0.18)
                    border.color: Theme.linkColor("connecting")
                    border.width: Theme.borderWidth

                    Row {
                        id: linkRow
                        anchors.centerIn: parent
                        spacing: Theme.spacingSmall

                        Rectangle {
                            anchors.verticalCenter: parent.verticalCenter
                            width: 12
                            height: 12
                            radius: 6
                            color: Theme.linkColor("connecting")
                        }

                        Text {
                            anchors.verticalCenter: parent.verticalCenter
                            color: Theme.text
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                            text: qsTranslate("LinkChip", "Connecting…")
                        }
                    }
                }

                Text {
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontLarge
                    text: Qt.formatTime(new Date(), "HH:mm")
                }
            }
        }

        // The freshness strip, as the room screen words a cached room.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            color: Qt.darker(Theme.stale, 2.2)

            Text {
                objectName: "cachedRoomStrip"
                anchors.fill: parent
                anchors.leftMargin: Theme.spacing
                anchors.rightMargin: Theme.spacing
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                text: qsTranslate("FreshnessStrip", "Not confirmed yet") + " — "
                      + qsTranslate("FreshnessStrip", "Showing the last known state from %1.")
                        .arg(window.confirmedAt)
                      + " " + qsTranslate("FreshnessStrip", "Confirming…")
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.tabHeight
            color: Theme.surface

            Text {
                x: Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                text: qsTranslate("RoomScreen", "Controls")
                color: Theme.text
                font.pixelSize: Theme.fontNormal
                font.bold: true
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.spacing
            spacing: Theme.spacing
            // A picture of the controls: dimmed as the room screen dims controls it cannot use.
            opacity: 0.5

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
                spacing: Theme.spacingSmall

                Text {
                    text: qsTranslate("ControlsPage", "Presets")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    font.capitalization: Font.AllUppercase
                    font.letterSpacing: 1.2
                }

                GridLayout {
                    Layout.fillWidth: true
                    columns: Math.max(1, Math.floor(width / 220))
                    columnSpacing: Theme.spacing
                    rowSpacing: Theme.spacing

                    Repeater {
                        model: window.macros
                        delegate: Rectangle {
                            id: macro
                            required property var modelData
                            objectName: "cachedMacro:" + macro.modelData.name
                            Layout.fillWidth: true
                            Layout.preferredHeight: Theme.macroButtonHeight
                            radius: Theme.radius
                            color: Theme.surfaceRaised
                            border.color: Theme.divider
                            border.width: Theme.borderWidth

                            Text {
                                anchors.fill: parent
                                anchors.margins: Theme.spacingSmall
                                text: macro.modelData.name
                                color: Theme.text
                                font.pixelSize: Theme.fontLarge
                                font.bold: true
                                wrapMode: Text.Wrap
                                elide: Text.ElideRight
                                horizontalAlignment: Text.AlignHCenter
                                verticalAlignment: Text.AlignVCenter
                            }
                        }
                    }
                }

                Item {
                    Layout.fillHeight: true
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 2
                spacing: Theme.spacingSmall

                Repeater {
                    model: [{title: qsTranslate("ControlsPage", "Automations"), rows: window.automations},
                            {title: qsTranslate("ControlsPage", "Auto-routing"), rows: window.autoRoutings}]
                    delegate: ColumnLayout {
                        id: section
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: Theme.spacingSmall
                        visible: section.modelData.rows.length > 0

                        Text {
                            text: section.modelData.title
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                            font.capitalization: Font.AllUppercase
                            font.letterSpacing: 1.2
                        }

                        Repeater {
                            model: section.modelData.rows
                            delegate: Rectangle {
                                id: switchRow
                                required property var modelData
                                Layout.fillWidth: true
                                // As the room screen's rows: a long name wraps, it is not cut.
                                Layout.preferredHeight: Math.max(Theme.switchRowHeight,
                                                                 switchName.implicitHeight + 16)
                                radius: Theme.radius
                                color: Theme.surface

                                Text {
                                    id: switchName
                                    anchors.left: parent.left
                                    anchors.right: knob.left
                                    anchors.verticalCenter: parent.verticalCenter
                                    anchors.margins: Theme.spacing
                                    text: switchRow.modelData.name
                                    color: Theme.text
                                    font.pixelSize: Theme.fontNormal
                                    wrapMode: Text.Wrap
                                    maximumLineCount: 2
                                    elide: Text.ElideRight
                                }

                                Rectangle {
                                    id: knob
                                    anchors.right: parent.right
                                    anchors.rightMargin: Theme.spacing
                                    anchors.verticalCenter: parent.verticalCenter
                                    width: 72
                                    height: 40
                                    radius: 20
                                    color: switchRow.modelData.on ? Theme.accent : Theme.surfaceRaised

                                    Rectangle {
                                        x: switchRow.modelData.on ? parent.width - width - 4 : 4
                                        anchors.verticalCenter: parent.verticalCenter
                                        width: 32
                                        height: 32
                                        radius: 16
                                        color: Theme.text
                                    }
                                }
                            }
                        }
                    }
                }

                Item {
                    Layout.fillHeight: true
                }
            }
        }
    }
}
