import QtQuick

// A round dot whose colour says a state (live, offline…); a word beside it says it too,
// never colour alone.
Rectangle {
    implicitWidth: 12
    implicitHeight: 12
    radius: width / 2
}
