"""Lints our QML with the Python view-model types visible to qmllint.

qmllint cannot see types registered from Python at run time, so we describe them the way
Qt's build would: metaobjectdump -> qmltyperegistrar -> a .qmltypes file in a generated
`RoomPanel/ViewModels` import directory. `-W 0` makes any warning fail.

    python tools/qmllint.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
VIEWMODELS = ROOT / "app" / "viewmodels"
QML = ROOT / "qml"
BUILD = ROOT / "build" / "qmllint"
MODULE = "RoomPanel.ViewModels"


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def main() -> int:
    module_dir = BUILD / Path(*MODULE.split("."))
    shutil.rmtree(BUILD, ignore_errors=True)
    module_dir.mkdir(parents=True)
    # Every module, so base classes of our own (KeyedListModel) are known to be QObjects.
    sources = [p for p in sorted(VIEWMODELS.glob("*.py")) if "\nclass " in p.read_text()]
    # Bases first: metaobjectdump only knows a class is a QObject once it has read its base.
    sources.sort(key=lambda p: p.name != "keyed_list.py")
    metatypes = BUILD / "viewmodels_metatypes.json"
    subprocess.run([tool("pyside6-metaobjectdump"), "-o", str(metatypes), *map(str, sources)],
                   check=True)
    qt_metatypes = Path(PySide6.__file__).parent / "Qt" / "metatypes"
    foreign = ",".join(str(next(qt_metatypes.glob(f"qt6{m}_*metatypes.json")))
                       for m in ("core", "gui", "qml"))
    subprocess.run([
        tool("pyside6-qmltyperegistrar"),
        "--generate-qmltypes", str(module_dir / "viewmodels.qmltypes"),
        "-o", str(BUILD / "viewmodels_qmltyperegistrations.cpp"),
        "--import-name", MODULE, "--major-version", "1", "--minor-version", "0",
        f"--foreign-types={foreign}",
        str(metatypes),
    ], check=True)
    (module_dir / "qmldir").write_text(f"module {MODULE}\ntypeinfo viewmodels.qmltypes\n")
    qml_files = sorted(str(p) for p in (QML / "RoomPanel").glob("*.qml"))
    result = subprocess.run([tool("pyside6-qmllint"), "-W", "0", "-I", str(BUILD),
                             "-I", str(QML), *qml_files], check=False)
    if result.returncode == 0:
        print(f"qmllint: {len(qml_files)} files clean")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
