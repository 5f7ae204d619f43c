"""The export formats, each named once: the CLI flags and the Exportar page come from here —
the file formats (exports/formats.py) and the ministry package that bundles them."""

from __future__ import annotations

from pathlib import Path

from localplan.domain.data import PlanData
from localplan.exports.formats import FILE_EXPORTERS, Exporter
from localplan.i18n import QT_TRANSLATE_NOOP
from localplan.progress import Progress


def _package(data: PlanData, target: Path, progress: Progress) -> Path:
    from localplan.exports.package import write_package

    return write_package(data, target, progress)


EXPORTERS: list[Exporter] = [
    *FILE_EXPORTERS,
    Exporter("package", "", QT_TRANSLATE_NOOP("Exporters", "Ministry package (all files and a manifest)"), _package),
]


def exporter(export_id: str) -> Exporter:
    for e in EXPORTERS:
        if e.id == export_id:
            return e
    raise KeyError(export_id)
