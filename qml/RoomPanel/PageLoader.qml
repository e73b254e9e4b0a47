import QtQuick
import RoomPanel.ViewModels

// One page of a room, built on demand: at once when it is shown, or in idle time (between
// frames) ahead of its first tap.
Loader {
    id: pageLoader

    required property RpRoomViewModel room
    required property string pageName
    required property string component

    // A page already being built in idle time is left to finish so: switching the Loader to
    // synchronous mid-build makes Qt drop the initial properties (the page then fails with
    // "Required property room was not initialized" and is never shown). It is a frame or two.
    function build(inIdleTime: bool): void {
        if (pageLoader.status === Loader.Null) {
            pageLoader.asynchronous = inIdleTime
            pageLoader.setSource(pageLoader.component + ".qml", { room: pageLoader.room })
        }
    }

    visible: pageLoader.room.page === pageLoader.pageName
}
