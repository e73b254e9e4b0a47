"""The least any app on the design card's stack does before its first frame with data:
qasync + PySide6 + httpx + pydantic imported, one HTTP request to a loopback server, its
answer validated by a pydantic model, shown in the bare window of bare_window.py.

    python bench/stack_floor_window.py URL
Prints `first-frame <monotonic>` at the first swapped frame that shows the answer, then quits.
Run by bench/startup.py: no app code is imported, so this is a floor for roompanel's figure.
"""

from __future__ import annotations

import asyncio
import sys
import time

import httpx
import pydantic
import qasync
from bare_window import QML
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine


class Room(pydantic.BaseModel):
    id: str
    name: str


def main() -> int:
    url = sys.argv[1]
    app = QGuiApplication(sys.argv)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    engine = QQmlApplicationEngine()
    engine.loadData(QByteArray(QML))
    window = engine.rootObjects()[0]

    def on_frame() -> None:
        print(f"first-frame {time.monotonic():.6f}", flush=True)
        loop.stop()

    async def fetch() -> None:
        # No TLS on loopback: like roompanel's clients for http:// services, no CA store.
        try:
            async with httpx.AsyncClient(verify=False) as client:
                answer = await client.get(url)
            room = Room.model_validate(answer.raise_for_status().json())
        except Exception:
            loop.stop()  # the caller's task.result() says what went wrong
            raise
        window.setTitle(room.name)
        window.frameSwapped.connect(on_frame, Qt.ConnectionType.QueuedConnection)
        window.update()

    task = loop.create_task(fetch())
    loop.run_forever()
    task.result()
    return 0


if __name__ == "__main__":
    sys.exit(main())
