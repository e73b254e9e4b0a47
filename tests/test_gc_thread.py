"""The panel's own garbage collection: on the Qt thread, and what start-up left frozen so a
full collection does not pause the screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import gc, json, weakref
from PySide6.QtCore import QCoreApplication
from app.gc_thread import FULL_EVERY, MainThreadCollector

app = QCoreApplication([])
collector = MainThreadCollector()
collector.start()
for _ in range(FULL_EVERY - 1):
    collector._collect()
before = gc.get_freeze_count()
collector._collect()  # the first full collection: start-up is over
frozen = gc.get_freeze_count()

class Node:
    pass

later = Node()
later.me = later  # a cycle made after start-up
gone = weakref.ref(later)
del later
for _ in range(FULL_EVERY):
    collector._collect()
print(json.dumps({"automatic": gc.isenabled(), "before": before, "frozen": frozen,
                  "after": gc.get_freeze_count(), "cycle_collected": gone() is None}))
"""


def test_start_up_is_frozen_once_and_later_cycles_are_still_collected() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            env=env, cwd=ROOT, timeout=60, check=True)
    said = json.loads(result.stdout.strip().splitlines()[-1])
    assert said["automatic"] is False
    assert said["before"] == 0 and said["frozen"] > 1000
    assert said["after"] == said["frozen"]  # frozen once, not at every full collection
    assert said["cycle_collected"]
