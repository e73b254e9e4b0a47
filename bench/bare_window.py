"""The baseline for bench/startup.py: a bare PySide6 QML window with a GridView.

Prints `first-frame <monotonic>` at its first swapped frame, then quits.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine

QML = b"""
import QtQuick
Window {
    width: 1280; height: 800; visible: true
    GridView {
        anchors.fill: parent; cellWidth: 220; cellHeight: 120
        model: 12
        delegate: Rectangle {
            required property int index
            width: 200; height: 100; radius: 12; color: "#242d38"
            Text { anchors.centerIn: parent; text: "Button " + parent.index; color: "white" }
        }
    }
}
"""


def main() -> int:
    app = QGuiApplication(sys.argv)
    engine = QQmlApplicationEngine()
    engine.loadData(QByteArray(QML))
    window = engine.rootObjects()[0]

    def on_frame() -> None:
        print(f"first-frame {time.monotonic():.6f}", flush=True)
        app.quit()

    window.frameSwapped.connect(on_frame, Qt.ConnectionType.QueuedConnection)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
