pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import RoomPanel.ViewModels

// Sources (rows) by displays (columns). A cell shows what flows there; a tap routes the
// chosen signal, a tap on a routed cell takes it away. Headers stay put while it scrolls.
Item {
    id: page

    required property RpRoomViewModel room
    readonly property RpRoutingViewModel routing: page.room.routing

    objectName: "matrixPage"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            SignalPicker {
                routing: page.routing
            }

            Text {
                Layout.fillWidth: true
                text: qsTr("Tap a cell to route. Tap a routed cell to remove it.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: 2
            rowSpacing: 0
            columnSpacing: 0
            enabled: page.routing.controlsEnabled

            Text {
                Layout.preferredWidth: Theme.matrixHeaderWidth
                Layout.preferredHeight: Theme.matrixCellHeight
                text: qsTr("Source ↓  Display →")
                color: Theme.textMuted
                font.pixelSize: Theme.fontTiny
                verticalAlignment: Text.AlignBottom
                bottomPadding: 6
            }

            HorizontalHeaderView {
                id: displayHeader
                objectName: "displayHeader"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.matrixCellHeight
                syncView: table
                clip: true
                delegate: HeaderCell {
                    implicitWidth: Theme.matrixCellWidth
                    implicitHeight: Theme.matrixCellHeight
                    horizontal: true
                }
            }

            VerticalHeaderView {
                id: sourceHeader
                objectName: "sourceHeader"
                Layout.preferredWidth: Theme.matrixHeaderWidth
                Layout.fillHeight: true
                syncView: table
                clip: true
                delegate: HeaderCell {
                    implicitWidth: Theme.matrixHeaderWidth
                    implicitHeight: Theme.matrixCellHeight
                    horizontal: false
                }
            }

            TableView {
                id: table
                objectName: "matrixTable"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                columnSpacing: 2
                rowSpacing: 2
                model: page.routing.matrix
                ScrollIndicator.horizontal: ScrollIndicator {}
                ScrollIndicator.vertical: ScrollIndicator {}
                delegate: MatrixCell {
                    implicitWidth: Theme.matrixCellWidth
                    implicitHeight: Theme.matrixCellHeight
                    onTapped: (sourceId, displayId, routable, reason) => {
                        if (routable)
                            page.routing.tapCell(sourceId, displayId)
                        else
                            page.routing.explain(reason)
                    }
                }
            }
        }
    }

    Text {
        anchors.centerIn: parent
        visible: page.routing.matrix.sourceCount === 0 && page.routing.link !== "connecting"
        width: parent.width - 4 * Theme.spacing
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: page.routing.note !== "" ? page.routing.note : qsTr("No sources or displays.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontNormal
    }
}
