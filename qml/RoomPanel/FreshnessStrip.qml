import QtQuick
import RoomPanel.ViewModels

// Says plainly why what is on screen may be out of date, and since when.
Rectangle {
    id: strip

    required property RpRoomViewModel room
    readonly property bool shown: strip.room !== null
        && (strip.room.cached || strip.room.link === "stale" || strip.room.link === "offline")

    objectName: "freshnessStrip"
    visible: strip.shown
    implicitHeight: strip.shown ? Math.max(Theme.touchTarget, message.implicitHeight + 16) : 0
    color: strip.room && strip.room.link === "offline" ? Qt.darker(Theme.offline, 2.2)
                                                       : Qt.darker(Theme.stale, 2.2)

    Text {
        id: message
        objectName: "freshnessText"
        // Not filling the strip: the strip's height follows the text's, and a text sized by
        // the strip would size it back (a binding loop).
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        wrapMode: Text.Wrap
        maximumLineCount: 2
        elide: Text.ElideRight
        color: Theme.text
        font.pixelSize: Theme.fontSmall
        text: {
            if (!strip.shown)
                return ""
            const reason = strip.room.linkReason
            const since = strip.room.lastConfirmed
            const headline = strip.room.link === "offline" ? qsTr("Offline") : qsTr("Not up to date")
            const known = since ? qsTr("Showing the last known state from %1.").arg(since)
                                : qsTr("Nothing could be read yet.")
            if (strip.room.link === "connecting")  // the panel's cache, being confirmed
                return qsTr("Not confirmed yet") + " — " + known + " " + qsTr("Confirming…")
            return headline + " — " + reason + ". " + known + " " + qsTr("Retrying…")
        }
    }
}
