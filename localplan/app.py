"""QApplication bootstrap: fonts, language, translators, error hook, main window."""

from __future__ import annotations

import argparse
import sys
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from localplan import APP_NAME, __version__, i18n, logs, paths, settings
from localplan.i18n import tr  # the bare name: lupdate files `i18n.tr(…)` under a context of its own

if TYPE_CHECKING:
    from localplan.ui.main_window import MainWindow

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


_showing_error = False


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Log the traceback; show a short message in the user's language, one at a time."""
    global _showing_error
    where = logs.setup()
    import traceback

    from PySide6.QtWidgets import QMessageBox  # imported when first needed: start-up time

    logs.log.error("unhandled error\n%s", "".join(traceback.format_exception(kind, value, tb)))
    if _showing_error or QApplication.instance() is None:
        return  # an error while the message is open is logged, not stacked as another box
    from localplan.errors import UserError

    _showing_error = True
    try:
        if isinstance(value, UserError):
            QMessageBox.warning(QApplication.activeWindow(), APP_NAME, value.message)
            return
        QMessageBox.critical(QApplication.activeWindow(), APP_NAME, tr(
            "Something went wrong, but your plan is safe: every change was saved when you made it.\n\n"
            "The details are in {log}.").format(log=where or tr("(no log file could be written)")))
    finally:
        _showing_error = False


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


def _shut_down_work() -> None:
    """No thread is destroyed while it runs: work still going at quit is stopped and awaited."""
    if "localplan.ui.worker" in sys.modules:
        sys.modules["localplan.ui.worker"].shut_down()


def start(lang: str | None = None, plan: str | None = None) -> tuple[QApplication, MainWindow]:
    """Everything between launching and the shown start page (or `plan`); the start-up
    benchmark measures exactly this."""
    logs.setup()
    app = make_app(lang=lang)
    sys.excepthook = _excepthook
    app.aboutToQuit.connect(_shut_down_work)
    from localplan.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    if plan:
        window.open_plan_path(plan)
    return app, window


def run_gui(args: argparse.Namespace) -> int:
    if getattr(args, "screenshots", None):
        import os
        from pathlib import Path

        from localplan.ui.screenshots import SIZES, take

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # drawn, never shown
        logs.setup()
        plan = getattr(args, "plan", None)
        lang = i18n.language()
        problems: dict[str, list[str]] = {}
        written = take(Path(args.screenshots), Path(plan) if plan else None, sizes=SIZES, problems=problems)
        i18n.set_language(getattr(args, "lang", None) or lang)  # the shots end in English; the message is in the user's
        print(tr("{count} screenshots in {folder}").format(count=len(written), folder=args.screenshots))
        for name, found in problems.items():  # a page cut or scrolling sideways (the test fails on these too)
            print(f"{name}: " + "; ".join(found), file=sys.stderr)
        return 0
    app, window = start(getattr(args, "lang", None), getattr(args, "plan", None))
    if getattr(args, "smoke", False):
        shown: list[bool] = []

        def check_and_quit() -> None:
            shown.append(window.isVisible() and window.centralWidget() is not None)
            app.quit()

        QTimer.singleShot(300, check_and_quit)
        app.exec()
        ok = bool(shown and shown[0])
        window.close_plan()
        print(f"{APP_NAME} {__version__}: " + ("window shown" if ok else "window NOT shown"))
        return 0 if ok else 1
    return app.exec()
