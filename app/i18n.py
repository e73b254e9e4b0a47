"""The panel's languages: Qt Linguist sources (`resources/translations/*.ts`) compiled to
`.qm` with Qt's lrelease, loaded with a QTranslator and switched at run time.

    python -m app.i18n          # compile every .ts (bootstrap, packaging and tests do this)
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGE_NAMES = {"en": "English", "th": "ไทย", "zh_CN": "简体中文"}


def qm_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"roompanel_{language}.qm"


def compile_translations() -> list[Path]:
    """Compile each .ts whose .qm is missing or older; returns the .qm files written."""
    import subprocess

    import PySide6

    lrelease = Path(PySide6.__file__).parent / "lrelease"
    written = []
    for source in sorted(TRANSLATIONS_DIR.glob("roompanel_*.ts")):
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)], check=True)
        written.append(target)
    return written


class LanguageSwitcher:
    """Installs the translator of the chosen language and re-translates the QML engine."""

    def __init__(self, app: object, engine: object) -> None:
        from PySide6.QtCore import QTranslator

        self._app = app
        self._engine = engine
        self._translator: QTranslator | None = None
        self.language = "en"

    def release(self) -> None:
        """Take our translator out of the application (the window is closing)."""
        from PySide6.QtCore import QCoreApplication

        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator = None

    def switch(self, language: str) -> bool:
        from PySide6.QtCore import QCoreApplication, QTranslator

        from app.config import LANGUAGES

        if language not in LANGUAGES:
            log.warning("Unknown language %r: keeping %s", language, self.language)
            return False
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator = None
        if language != "en":
            translator = QTranslator()
            if not translator.load(str(qm_path(language))):
                log.warning("No translation for %s (%s is missing): showing English",
                            language, qm_path(language).name)
            else:
                QCoreApplication.installTranslator(translator)
                self._translator = translator
        self.language = language
        self._engine.retranslate()  # type: ignore[attr-defined]
        log.info("Language: %s", LANGUAGE_NAMES.get(language, language))
        return True


if __name__ == "__main__":
    for path in compile_translations():
        print(f"wrote {path.relative_to(TRANSLATIONS_DIR.parent.parent)}")
    sys.exit(0)
