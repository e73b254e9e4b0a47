import QtQuick
import QtQuick.Controls.Basic

AbstractButton {
    id: cell

    required property string signal
    required property bool pending
    required property string wish
    required property bool routable
    required property string reason
    required property string sourceId
    required property string displayId

    signal tapped(string sourceId, string displayId, bool routable, string reason)

    objectName: "cell:" + cell.sourceId + ":" + cell.displayId
    Accessible.name: cell.signal !== "" ? cell.signal : qsTr("Not routed")
    onClicked: cell.tapped(cell.sourceId, cell.displayId, cell.routable, cell.reason)

    background: Rectangle {
        radius: 8
        color: cell.signal !== "" ? Theme.signalColor(cell.signal)
                                  : cell.down ? Theme.surfacePressed : Theme.surfaceRaised
        opacity: cell.routable ? 1.0 : 0.35
        border.width: cell.pending ? Theme.borderWidthStrong : 0
        border.color: Theme.pending

        SequentialAnimation on opacity {
            running: cell.pending
            loops: Animation.Infinite
            NumberAnimation { from: 1.0; to: 0.55; duration: 350 }
            NumberAnimation { from: 0.55; to: 1.0; duration: 350 }
        }
    }

    contentItem: Text {
        text: cell.pending ? (cell.wish !== "" ? Theme.signalShort(cell.wish) + "…" : "×…")
                           : Theme.signalShort(cell.signal)
        color: Theme.textOnAccent
        font.pixelSize: Theme.fontNormal
        font.bold: true
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
