import QtQuick
import QtQuick.Controls.Basic
import RoomPanel.ViewModels

// A refused command or other message, until dismissed or it times out.
Rectangle {
    id: banner

    required property RpApp app
    readonly property bool shown: banner.app.bannerText !== ""
    // Followed, not bound: the text's height depends on the width the layout gives the
    // banner, which depends on its height (a long Thai line showed this as a binding loop).
    property real textHeight: 0

    objectName: "banner"
    visible: banner.shown
    implicitHeight: banner.shown ? Math.max(Theme.touchTarget + 8, banner.textHeight + 16) : 0
    color: banner.app.bannerIsError ? Theme.danger : Theme.info

    Text {
        id: message
        objectName: "bannerText"
        anchors.left: parent.left
        anchors.right: dismiss.left
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        wrapMode: Text.Wrap
        maximumLineCount: 3
        elide: Text.ElideRight
        color: Theme.textOnAccent
        font.pixelSize: Theme.fontNormal
        text: banner.app.bannerText
        onImplicitHeightChanged: banner.textHeight = message.implicitHeight
        Component.onCompleted: banner.textHeight = message.implicitHeight
    }

    Button {
        id: dismiss
        objectName: "bannerDismiss"
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.rightMargin: 4
        width: Theme.touchTarget + 8
        height: Theme.touchTarget + 8
        text: "✕"
        Accessible.name: qsTr("Dismiss")
        onClicked: banner.app.dismissBanner()
        contentItem: Text {
            text: dismiss.text
            color: Theme.textOnAccent
            font.pixelSize: Theme.fontLarge
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        background: Rectangle {
            radius: Theme.radius
            color: dismiss.down ? Theme.pressShade : "transparent"
        }
    }
}
