"""Interface languages: Qt Linguist translators for the UI and Qt's own strings.

The UI is written in English in the code (``self.tr("…")``); Spanish,
Portuguese, French and English ``.qm`` files under ``resources/i18n`` carry
the translations. Switching language installs new translators; Qt then sends
``QEvent.LanguageChange`` to every widget and each one retranslates itself.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import resource_path

log = logging.getLogger(__name__)

# Order of the Language menu; names are written in their own language on purpose.
LANGUAGES: dict[str, str] = {"es": "Español", "en": "English", "pt": "Português", "fr": "Français"}
# Spanish numbers grouped as the core's messages write them (1.200, 1.933.463), in es-AR style.
QT_LOCALES = {"es": "es_AR", "en": "en", "pt": "pt_BR", "fr": "fr"}
DEFAULT_LANGUAGE = "es"

_current = DEFAULT_LANGUAGE


def current_language() -> str:
    """The interface language ("es", "en", "pt" or "fr"); core messages use it too."""
    return _current


def system_language() -> str:
    """The system locale's language when it is one of ours, else Spanish."""
    for name in QLocale.system().uiLanguages() or [QLocale.system().name()]:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def qt_locale(lang: str | None = None) -> QLocale:
    return QLocale(QT_LOCALES.get(lang or _current, "es"))


class Translations:
    """Owns the translators installed in the application and swaps them."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []

    def set_language(self, lang: str) -> str:
        """Install the translators of ``lang`` (falling back to Spanish); returns the language used."""
        global _current
        if lang not in LANGUAGES:
            lang = DEFAULT_LANGUAGE
        _current = lang
        QLocale.setDefault(qt_locale(lang))
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        locale = qt_locale(lang)
        ours = QTranslator()
        if ours.load(str(resource_path(f"i18n/app_{lang}.qm"))):
            self._installed.append(ours)
        else:
            log.warning("no compiled translation app_%s.qm (run tools/i18n.py)", lang)
        qt_own = QTranslator()
        if qt_own.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._installed.append(qt_own)
        # Installing sends LanguageChange to every widget, which retranslates itself.
        for translator in self._installed:
            app.installTranslator(translator)
        return lang
