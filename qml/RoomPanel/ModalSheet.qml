import QtQuick

// A question or a keypad over the page: the page dims and takes no touches, and a card in the
// middle holds what the sheet's user puts inside it.
Rectangle {
    id: sheet

    property int maxCardWidth: 480
    property int maxCardHeight: 400
    // The sheet less a margin, up to the maximum; a sheet of fixed height sets it.
    property real cardHeight: Math.min(sheet.height - 2 * Theme.spacing, sheet.maxCardHeight)
    // Without a frame, what is inside sits straight on the dimmed page.
    property bool framed: true
    default property alias content: card.data

    color: Theme.scrim

    MouseArea {
        anchors.fill: parent
    }

    Rectangle {
        id: card
        anchors.centerIn: parent
        width: Math.min(sheet.width - 2 * Theme.spacing, sheet.maxCardWidth)
        height: sheet.cardHeight
        radius: Theme.radius
        color: sheet.framed ? Theme.surfaceRaised : "transparent"
    }
}
