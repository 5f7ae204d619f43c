"""Help › About: version, build, licences and data sources."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from localplan import APP_NAME, __version__, paths
from localplan.i18n import tr


def build_commit() -> str:
    marker = paths.resource("BUILD_COMMIT")
    return marker.read_text(encoding="utf-8").strip() if marker.exists() else tr("development version")


def about_html() -> str:
    from PySide6 import __version__ as pyside_version

    return (
        f"<h2>{APP_NAME} {__version__}</h2>"
        + "<p>" + tr("Build: {commit}").format(commit=build_commit()) + "</p>"
        + "<p>" + tr("LocalPlan helps local governments of Ecuador put human mobility into their development and "
                     "land-use plans and draft a human-mobility ordinance. Free software under the GNU GPL, "
                     "version 3 or later.") + "</p>"
        + "<h3>" + tr("Data sources") + "</h3><ul>"
        + "<li>" + tr("Administrative division: INEC, División Político-Administrativa (provinces, cantons, parishes).") + "</li>"
        + "<li>" + tr("Global Compact for Safe, Orderly and Regular Migration: UN General Assembly resolution 73/195 (2018).") + "</li>"
        + "<li>" + tr("Sustainable Development Goals: UN General Assembly resolution 70/1 (2015).") + "</li>"
        + "<li>" + tr("Mobility categories: Ley Orgánica de Movilidad Humana (2017); internal displacement: Constitution, art. 42.") + "</li>"
        + "<li>" + tr("National Development Plan 2025–2029 axes; editable reference data.") + "</li></ul>"
        + "<h3>" + tr("Bundled software and fonts") + "</h3><ul>"
        + f"<li>Qt / PySide6 {pyside_version} — LGPL v3</li>"
        + "<li>ReportLab, rl_accel — BSD · openpyxl — MIT · python-docx — MIT · sqlite-utils — Apache 2.0 · defusedxml — PSF</li>"
        + "<li>" + tr("DejaVu fonts — free licence (Bitstream Vera derivative), text in {path}").format(
            path=paths.resource("fonts", "LICENSE-DejaVu.txt").name) + "</li></ul>"
        + ("<p>" + tr("Licence texts of the bundled libraries: {path}").format(path=paths.resource("licenses")) + "</p>"
           if paths.resource("licenses").is_dir() else "")
    )


def show_about(parent) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(tr("About LocalPlan"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_html())
    box.exec()
