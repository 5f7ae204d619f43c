"""The QApplication: its name and icon, the bundled fonts, the language and Qt's translators.

Beneath every window: the main window switches the language here, the screenshots build
the application here; `localplan.app` starts it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from localplan import APP_NAME, __version__, i18n, paths, settings

_translators: list[QTranslator] = []


UPRIGHT_FACES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
ITALIC_FACES = ("DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf")


def load_fonts(app: QApplication) -> None:
    """Qt ships no fonts: load the bundled DejaVu Sans and make it the application font.
    The upright faces are needed for the first window (the start page has no italics);
    the italic ones are read a moment after it is shown (each face costs about a
    millisecond of start-up). Once per application: `make_app` may run again on the same one
    (tests, screenshots)."""
    if app.property("localplanFonts"):
        return
    app.setProperty("localplanFonts", True)
    family = None
    for name in UPRIGHT_FACES:
        font_id = QFontDatabase.addApplicationFont(str(paths.resource("fonts", name)))
        if font_id >= 0 and family is None:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    if family:
        font = QFont(family)
        font.setPointSizeF(max(app.font().pointSizeF(), 9.5))
        app.setFont(font)
    QTimer.singleShot(200, lambda: [QFontDatabase.addApplicationFont(str(paths.resource("fonts", n))) for n in ITALIC_FACES])


def install_language(app: QApplication, lang: str) -> None:
    """Switch every translator (ours and Qt's own dialogs) to `lang`."""
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    i18n.set_language(lang)
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Ecuador) if lang == "es"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    if lang == "es":
        for path in (paths.resource("i18n", "localplan_es.qm"),
                     *(f"{QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)}/{name}"
                       for name in ("qtbase_es.qm",))):
            translator = QTranslator(app)
            if translator.load(str(path)):
                app.installTranslator(translator)
                _translators.append(translator)
        bundled = paths.resource("i18n", "qtbase_es.qm")  # frozen builds ship Qt's file here
        if bundled.exists() and len(_translators) < 2:
            translator = QTranslator(app)
            if translator.load(str(bundled)):
                app.installTranslator(translator)
                _translators.append(translator)
        ecuador = QtDialogsSpanish(app)  # installed last, asked first
        app.installTranslator(ecuador)
        _translators.append(ecuador)


# Qt's own file dialog in the Spanish of Ecuador: strings qtbase_es.qm lacks (with their
# accelerators) or words it gives in the Spanish of Spain ("fichero").
QT_DIALOG_ES = {
    "&Look in:": "&Buscar en:", "Look in:": "Buscar en:", "Files of &type:": "&Tipo de archivo:",
    "Files of type:": "Tipo de archivo:", "File &name:": "&Nombre del archivo:", "File name:": "Nombre del archivo:",
    "Back": "Atrás", "Forward": "Adelante", "Parent Directory": "Carpeta superior", "Create New Folder": "Crear carpeta nueva",
    "List View": "Vista de lista", "Detail View": "Vista de detalle", "New Folder": "Carpeta nueva",
    "All Files (*)": "Todos los archivos (*)", "Directory:": "Carpeta:", "Directories": "Carpetas",
    "Find Directory": "Buscar carpeta", "Recent Places": "Lugares recientes", "Show &hidden files": "Mostrar archivos &ocultos",
    "%1 already exists.\nDo you want to replace it?": "%1 ya existe.\n¿Desea reemplazarlo?",
}


class QtDialogsSpanish(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:  # noqa: D401 - Qt API
        if context in ("QFileDialog", "QFileSystemModel", "QMessageBox", "QPlatformTheme") and source in QT_DIALOG_ES:
            return QT_DIALOG_ES[source]
        return None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False


def make_app(argv: list[str] | None = None, lang: str | None = None) -> QApplication:
    existing = QApplication.instance()  # a QCoreApplication here cannot show windows: QApplication() then refuses
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(paths.resource("icons", "localplan.png"))))
    load_fonts(app)
    install_language(app, lang or settings.language())
    return app
