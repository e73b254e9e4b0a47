import QtQuick

Text {
    color: Theme.textMuted
    font.pixelSize: Theme.fontSmall
    font.bold: true
    font.capitalization: Font.AllUppercase
    font.letterSpacing: 1.2
    topPadding: 4
    bottomPadding: 4
}
