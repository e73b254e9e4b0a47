import QtQuick
import RoomPanel.ViewModels

// One page of a room, built on demand: at once when it is shown, or in idle time (between
// frames) ahead of its first tap.
Loader {
    id: pageLoader

    required property RpRoomViewModel room
    required property string pageName
    required property string component

    function build(inIdleTime: bool): void {
        if (pageLoader.status === Loader.Null) {
            pageLoader.asynchronous = inIdleTime
            pageLoader.setSource(pageLoader.component + ".qml", { room: pageLoader.room })
        } else if (!inIdleTime) {
            pageLoader.asynchronous = false  // being built in idle time: finish it now
        }
    }

    visible: pageLoader.room.page === pageLoader.pageName
}
