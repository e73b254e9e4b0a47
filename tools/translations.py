"""Keeps the Qt Linguist catalogues in step with the sources:

    python tools/translations.py update   # lupdate over the QML views and Python phrases
    python tools/translations.py missing  # list what a catalogue has not translated yet
    python tools/translations.py fill FILE.json   # {"source": {"th": "...", "zh_CN": "..."}}

Messages are found in `qml/RoomPanel/*.qml` (qsTr) and in the view-models' Python
(`translate("Notices", ...)`); existing translations are kept.
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = sorted((ROOT / "resources" / "translations").glob("roompanel_*.ts"))
SOURCES = [*sorted((ROOT / "qml" / "RoomPanel").glob("*.qml")),
           *sorted((ROOT / "app" / "viewmodels").glob("*.py"))]


def update() -> None:
    lupdate = Path(PySide6.__file__).parent / "lupdate"
    for catalogue in CATALOGUES:
        subprocess.run([str(lupdate), "-silent",
                        *(os.path.relpath(s, catalogue.parent) for s in SOURCES),
                        "-ts", catalogue.name], cwd=catalogue.parent, check=True)


def missing() -> list[tuple[str, str]]:
    found = []
    for catalogue in CATALOGUES:
        for message in ET.parse(catalogue).iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                found.append((catalogue.name, message.findtext("source") or ""))
    return found


def fill(translations: dict[str, dict[str, str]]) -> int:
    """Puts translations into the catalogues' unfinished messages; how many were filled."""
    filled = 0
    for catalogue in CATALOGUES:
        language = catalogue.stem.removeprefix("roompanel_")
        tree = ET.parse(catalogue)
        for message in tree.iter("message"):
            translation = message.find("translation")
            wanted = translations.get(message.findtext("source") or "", {}).get(language)
            if translation is not None and translation.get("type") == "unfinished" and wanted:
                translation.text = wanted
                del translation.attrib["type"]
                filled += 1
        ET.indent(tree, space="    ")
        with catalogue.open("wb") as out:
            out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(out, encoding="utf-8", xml_declaration=False)
            out.write(b"\n")
    return filled


if __name__ == "__main__":
    if sys.argv[1:] == ["update"]:
        update()
    elif sys.argv[1:2] == ["fill"] and len(sys.argv) == 3:
        import json

        print(f"{fill(json.loads(Path(sys.argv[2]).read_text(encoding='utf-8')))} filled")
        update()  # back to lupdate's own layout
    elif sys.argv[1:] == ["missing"]:
        for name, source in missing():
            print(f"{name}: {source}")
    else:
        sys.exit(__doc__)
