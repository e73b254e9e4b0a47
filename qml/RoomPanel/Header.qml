pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import RoomPanel.ViewModels

Rectangle {
    id: header

    required property RpApp app
    readonly property bool showingRoom: header.app.page === "room" && header.app.room !== null

    implicitHeight: Theme.headerHeight
    color: Theme.surface

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing

        Button {
            id: roomsButton
            objectName: "roomsButton"
            visible: header.app.canChangeRoom && ["room", "panels"].includes(header.app.page)
            Layout.preferredHeight: Theme.touchTarget + 8
            Layout.preferredWidth: Math.max(implicitWidth, 120)
            text: qsTr("‹ Rooms")
            font.pixelSize: Theme.fontNormal
            onClicked: header.app.showRooms()
            contentItem: Text {
                text: roomsButton.text
                font: roomsButton.font
                color: Theme.text
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            background: Rectangle {
                radius: Theme.radius
                color: roomsButton.down ? Theme.surfacePressed : Theme.surfaceRaised
            }
        }

        // The room's name at its smallest size: what the row may not squeeze the title below.
        TextMetrics {
            id: titleAtSmallest
            font.pixelSize: Theme.fontNormal
            font.bold: true
            text: roomTitle.text
        }

        Text {
            id: roomTitle
            objectName: "roomTitle"
            Layout.fillWidth: true
            // Never squeezed below the name at its smallest size (capped for a very long name,
            // which then elides): the items beside it give way first.
            Layout.minimumWidth: Math.min(Math.ceil(titleAtSmallest.advanceWidth) + 2,
                                          header.width * 0.4)
            text: header.showingRoom ? header.app.room.name
                : header.app.page === "picker" ? qsTr("Choose a room")
                : header.app.page === "settings" ? qsTr("Settings")
                : header.app.page === "diagnostics" ? qsTr("Diagnostics")
                : header.app.page === "panels" ? qsTr("Panels") : qsTr("Room panel")
            color: Theme.text
            font.pixelSize: Theme.fontHuge
            font.bold: true
            // A long name (or large text on a small panel) shrinks before it is cut.
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.fontNormal
            elide: Text.ElideRight
            verticalAlignment: Text.AlignVCenter
        }

        Loader {
            id: deviceChip
            active: header.showingRoom && header.app.room.devices.count > 0
            visible: deviceChip.active
            sourceComponent: DeviceChip {
                devices: header.app.room.devices
                compact: header.width < 1000
            }
        }

        // An operator console on a site hub: the site's panels, with how many are offline.
        Button {
            id: panelsButton
            objectName: "panelsButton"
            // `=== true`: while the panel shuts down the model may already be gone (undefined),
            // which is not a bool (Qt warns, and a test fails on any warning).
            visible: header.app.panels.available === true && header.app.page === "picker"
            Layout.preferredHeight: Theme.touchTarget + 8
            Layout.preferredWidth: Math.max(implicitWidth, 140)
            text: header.app.panels.offlineCount > 0
                  ? qsTr("Panels (%1 offline)").arg(header.app.panels.offlineCount) : qsTr("Panels")
            font.pixelSize: Theme.fontNormal
            onClicked: header.app.showPanels()
            contentItem: Text {
                text: panelsButton.text
                font: panelsButton.font
                color: header.app.panels.offlineCount > 0 ? Theme.offline : Theme.text
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideRight
            }
            background: Rectangle {
                radius: Theme.radius
                color: panelsButton.down ? Theme.surfacePressed : Theme.surfaceRaised
            }
        }

        LinkChip {
            visible: header.showingRoom
            link: header.showingRoom ? header.app.room.link : ""
        }

        Button {
            id: settingsButton
            objectName: "settingsButton"
            visible: header.app.page !== "settings" && header.app.page !== "diagnostics"
            Layout.preferredHeight: Theme.touchTarget + 8
            Layout.preferredWidth: Theme.touchTarget + 8
            text: "⚙"
            font.pixelSize: Theme.fontLarge
            Accessible.name: qsTr("Settings")
            onClicked: header.app.openSettings()
            contentItem: Text {
                text: settingsButton.text
                font: settingsButton.font
                color: Theme.textMuted
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            background: Rectangle {
                radius: Theme.radius
                color: settingsButton.down ? Theme.surfacePressed : "transparent"
            }
        }

        Text {
            id: clock
            color: Theme.textMuted
            font.pixelSize: Theme.fontLarge
            text: Qt.formatTime(new Date(), "HH:mm")

            Timer {
                interval: 10000
                running: true
                repeat: true
                onTriggered: clock.text = Qt.formatTime(new Date(), "HH:mm")
            }
        }
    }
}
