pragma ComponentBehavior: Bound
import QtQuick
import RoomPanel.ViewModels

// Every panel of the site, as each one says it on the site's broker: the ones that need a
// visit first (offline, then stale), what each shows and why, how long it has been up.
Item {
    id: page

    required property RpApp app

    objectName: "panelsPage"

    Column {
        id: heading
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        Text {
            objectName: "panelsSummary"
            width: parent.width
            text: page.app.panels.summary
            color: page.app.panels.offlineCount > 0 ? Theme.offline : Theme.text
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.Wrap
        }

        Text {
            objectName: "panelsProblem"
            width: parent.width
            visible: text !== ""
            text: page.app.panels.problem !== ""
                  ? qsTr("May be out of date: %1").arg(page.app.panels.problem) : ""
            color: Theme.stale
            font.pixelSize: Theme.fontNormal
            wrapMode: Text.Wrap
        }
    }

    ListView {
        id: list
        objectName: "panelsList"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: heading.bottom
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
        clip: true
        spacing: Theme.spacingSmall
        boundsBehavior: Flickable.StopAtBounds
        model: page.app.panels

        delegate: Rectangle {
            id: row

            required property string panelId
            required property string roomName
            required property string modeLabel
            required property string version
            required property string link
            required property string reason
            required property string phaseLabel
            required property string upFor
            required property string changedAgo

            objectName: "panel:" + row.panelId
            width: list.width
            height: Math.max(Theme.switchRowHeight + 8, details.implicitHeight + 2 * Theme.spacingSmall)
            radius: Theme.radius
            color: Theme.surface
            border.width: row.link === "offline" ? Theme.borderWidthStrong : 0
            border.color: Theme.offline

            LinkChip {
                id: chip
                anchors.left: parent.left
                anchors.leftMargin: Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                width: 150
                link: row.link
            }

            Column {
                id: details
                anchors.left: chip.right
                anchors.right: timing.left
                anchors.leftMargin: Theme.spacing
                anchors.rightMargin: Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                spacing: 2

                Text {
                    width: parent.width
                    text: row.panelId
                    color: Theme.text
                    font.pixelSize: Theme.fontNormal
                    font.bold: true
                    elide: Text.ElideRight
                }

                Text {
                    width: parent.width
                    text: row.roomName + " · " + row.modeLabel
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                }

                Text {
                    objectName: "panelReason:" + row.panelId
                    width: parent.width
                    visible: row.reason !== ""
                    text: row.reason
                    color: row.link === "live" ? Theme.textMuted : Theme.linkColor(row.link)
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
            }

            Column {
                id: timing
                anchors.right: parent.right
                anchors.rightMargin: Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                width: Math.min(220, row.width * 0.28)
                spacing: 2

                Text {
                    width: parent.width
                    horizontalAlignment: Text.AlignRight
                    text: row.link === "offline"
                          ? (row.changedAgo !== "" ? qsTr("Offline for %1").arg(row.changedAgo) : "")
                          : (row.upFor !== "" ? qsTr("Up %1").arg(row.upFor) : "")
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                }

                Text {
                    width: parent.width
                    horizontalAlignment: Text.AlignRight
                    text: [row.phaseLabel, row.version !== "" ? "v" + row.version : ""]
                          .filter(part => part !== "").join(" · ")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                }
            }
        }

        Text {
            anchors.centerIn: parent
            visible: list.count === 0
            width: parent.width - 2 * Theme.spacing
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("Panels appear here as they connect to the site's broker.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontNormal
        }
    }
}
