"""How the panel looks and speaks: theme, large text, language; changed live from settings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement

from app.config import LANGUAGES, THEMES, PanelConfig
from app.viewmodels.qml_types import uncreatable

QML_IMPORT_NAME = "RoomPanel.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@uncreatable("Owned by RpApp")
class RpPreferences(QObject):
    changed = Signal()
    languageChanged = Signal()  # what Python words (banners, reasons) is worded again

    def __init__(self, panel: PanelConfig, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._theme: str = panel.theme
        self._language: str = panel.language
        self._large_text = panel.large_text
        self._on_language: Callable[[str], object] | None = None

    def set_language_hook(self, apply: Callable[[str], object]) -> None:
        """The UI's translator switch; called now with the current language, then on change."""
        self._on_language = apply
        apply(self._language)

    @Property(str, notify=changed)
    def theme(self) -> str:
        return self._theme

    @Property(str, notify=changed)
    def language(self) -> str:
        return self._language

    @Property(bool, notify=changed)
    def largeText(self) -> bool:
        return self._large_text

    @Property(list, constant=True)
    def themes(self) -> list[str]:
        return list(THEMES)

    @Property(list, constant=True)
    def languages(self) -> list[str]:
        return list(LANGUAGES)

    @Slot(str)
    def setTheme(self, theme: str) -> None:
        if theme in THEMES and theme != self._theme:
            self._theme = theme
            self.changed.emit()

    @Slot(str)
    def setLanguage(self, language: str) -> None:
        if language in LANGUAGES and language != self._language:
            self._language = language
            if self._on_language is not None:
                self._on_language(language)
            self.changed.emit()
            self.languageChanged.emit()

    @Slot(bool)
    def setLargeText(self, large: bool) -> None:
        if large != self._large_text:
            self._large_text = large
            self.changed.emit()
