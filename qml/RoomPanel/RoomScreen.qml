pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import RoomPanel.ViewModels

// One room: its controls, and its sources and displays, one tab each.
Item {
    id: screen

    required property RpRoomViewModel room

    function tabLabel(page: string): string {
        switch (page) {
        case "controls": return qsTr("Controls")
        case "calls": return qsTr("Calls")
        case "conference": return qsTr("Conference")
        case "matrix": return qsTr("Matrix")
        case "displays": return qsTr("Displays")
        case "presets": return qsTr("Presets")
        case "usb": return qsTr("USB")
        default: return page
        }
    }

    objectName: "roomScreen"

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        IncomingCallAlert {
            Layout.fillWidth: true
            calls: screen.room.calls
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.tabHeight
            color: Theme.surface

            Row {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingSmall
                anchors.rightMargin: Theme.spacingSmall

                Repeater {
                    id: tabs
                    model: screen.room.tabs
                    delegate: TabButtonItem {
                        required property string modelData
                        width: parent.width / tabs.count
                        height: Theme.tabHeight
                        objectName: "tab:" + modelData
                        label: screen.tabLabel(modelData)
                        current: screen.room.page === modelData
                        onClicked: screen.room.showPage(modelData)
                    }
                }
            }
        }

        // The routing pages re-read the service every few seconds: say so when that fails.
        Rectangle {
            id: routingStrip
            readonly property bool shown: ["matrix", "displays", "presets", "usb"]
                .indexOf(screen.room.page) >= 0
                && (screen.room.routing.link === "stale" || screen.room.routing.link === "offline")
            objectName: "routingStrip"
            Layout.fillWidth: true
            Layout.preferredHeight: routingStrip.shown ? Theme.touchTarget : 0
            visible: routingStrip.shown
            color: Qt.darker(Theme.stale, 2.2)

            Text {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacing
                anchors.rightMargin: Theme.spacing
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideRight
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                text: qsTr("Sources and displays not up to date — %1. Retrying…")
                      .arg(screen.room.routing.linkReason)
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: ["controls", "calls", "conference", "matrix", "displays", "presets",
                           "usb"].indexOf(screen.room.page)

            ControlsPage {
                room: screen.room
            }

            // The other pages are built the first time they are shown, or in idle time once
            // the room is on screen (see prebuildNext), and kept: the first screen of a wall
            // panel should not wait for pages nobody has opened yet.
            Loader {
                id: callsPage
                active: false
                onLoaded: screen.prebuildNext()
                sourceComponent: CallsPage {
                    calls: screen.room.calls
                }
            }

            Loader {
                id: conferencePage
                active: false
                onLoaded: screen.prebuildNext()
                sourceComponent: ConferencePage {
                    conference: screen.room.conference
                }
            }

            Loader {
                id: matrixPage
                active: false
                onLoaded: screen.prebuildNext()
                sourceComponent: MatrixPage {
                    routing: screen.room.routing
                }
            }

            Loader {
                id: displaysPage
                active: false
                onLoaded: screen.prebuildNext()
                sourceComponent: DisplaysPage {
                    routing: screen.room.routing
                }
            }

            Loader {
                id: presetsPage
                active: false
                onLoaded: screen.prebuildNext()
                sourceComponent: PresetsPage {
                    routing: screen.room.routing
                }
            }

            Loader {
                id: usbPage
                active: false
                onLoaded: screen.prebuildNext()
                sourceComponent: UsbPage {
                    routing: screen.room.routing
                }
            }
        }
    }

    function loadPage(): void {
        const loaders = { calls: callsPage, conference: conferencePage, matrix: matrixPage,
                          displays: displaysPage, presets: presetsPage, usb: usbPage }
        const loader = loaders[screen.room.page]
        if (loader) {
            loader.asynchronous = false  // a page being built in idle time finishes now
            loader.active = true
        }
    }

    // Once the room's first frame is drawn, its pages not shown yet are built one after
    // another in the time between frames, so the first tap on a tab is as quick as the next.
    function prebuildNext(): void {
        if (!screen.room.settled)
            return
        const names = ["calls", "conference", "matrix", "displays", "presets", "usb"]
        const loaders = [callsPage, conferencePage, matrixPage, displaysPage, presetsPage,
                         usbPage]
        let next = null
        for (let i = 0; i < loaders.length; ++i) {
            if (loaders[i].status === Loader.Loading)
                return  // one at a time: its onLoaded asks for the next
            if (!loaders[i].active && next === null && screen.room.hasPage(names[i]))
                next = loaders[i]
        }
        if (next !== null) {
            next.asynchronous = true
            next.active = true
        }
    }

    Connections {
        target: screen.room
        function onPageChanged(): void { screen.loadPage() }
        function onSettledChanged(): void { screen.prebuildNext() }
    }

    Component.onCompleted: screen.loadPage()
}
