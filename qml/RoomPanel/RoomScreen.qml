pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import RoomPanel.ViewModels

// One room: its pages (the view-model's page table: controls, calls, conference, routing),
// one tab each.
Item {
    id: screen

    required property RpRoomViewModel room

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
                    model: screen.room.pages
                    delegate: TabButtonItem {
                        required property var modelData
                        width: parent.width / tabs.count
                        height: Theme.tabHeight
                        objectName: "tab:" + modelData.name
                        label: qsTranslate("RoomScreen", modelData.label)
                        current: screen.room.page === modelData.name
                        onClicked: screen.room.showPage(modelData.name)
                    }
                }
            }
        }

        // The routing pages re-read the service every few seconds: say so when that fails.
        Rectangle {
            id: routingStrip
            readonly property bool shown: screen.room.pagePart === "routing"
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

        // A page is built the first time it is shown, or in idle time once the room is on
        // screen (see prebuildNext), and kept: the first screen of a wall panel should not
        // wait for pages nobody has opened yet.
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            Repeater {
                id: pages
                model: screen.room.pages
                delegate: PageLoader {
                    required property var modelData
                    anchors.fill: parent
                    room: screen.room
                    pageName: modelData.name
                    component: modelData.component
                    onLoaded: screen.prebuildNext()
                }
            }
        }
    }

    function loaderOf(page: string): PageLoader {
        for (let i = 0; i < pages.count; ++i) {
            const loader = pages.itemAt(i) as PageLoader
            if (loader !== null && loader.pageName === page)
                return loader
        }
        return null
    }

    function loadPage(): void {
        const loader = screen.loaderOf(screen.room.page)
        if (loader !== null)
            loader.build(false)
    }

    // Once the room's first frame is drawn, its pages not shown yet are built one after
    // another in the time between frames, so the first tap on a tab is as quick as the next.
    function prebuildNext(): void {
        if (!screen.room.settled)
            return
        for (let i = 0; i < pages.count; ++i) {
            const loader = pages.itemAt(i) as PageLoader
            if (loader !== null && loader.status === Loader.Loading)
                return  // one at a time: its onLoaded asks for the next
        }
        for (let i = 0; i < pages.count; ++i) {
            const loader = pages.itemAt(i) as PageLoader
            if (loader !== null && loader.status === Loader.Null) {
                loader.build(true)
                return
            }
        }
    }

    Connections {
        target: screen.room
        function onPageChanged(): void { screen.loadPage() }
        function onSettledChanged(): void { screen.prebuildNext() }
    }

    Component.onCompleted: screen.loadPage()
}
