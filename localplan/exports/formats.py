"""The file formats a plan exports to, each named once (the package, in exports/package.py, bundles them;
exports/registry.py adds the package to this list for the CLI flags and the Exportar page)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from localplan.domain.data import PlanData
from localplan.i18n import QT_TRANSLATE_NOOP, translate
from localplan.progress import Progress


@dataclass(frozen=True)
class Exporter:
    id: str  # CLI flag without dashes, e.g. "json" → --json
    suffix: str  # ".json"; "" for a folder
    label: str  # English source, translated in context "Exporters"
    write: Callable[[PlanData, Path, Progress], Path]

    @property
    def title(self) -> str:
        return translate("Exporters", self.label)


def _json(data: PlanData, target: Path, progress: Progress) -> Path:
    from localplan.exports import json_doc

    progress(0, 1, translate("Exporters", "Writing JSON"))
    out = json_doc.write(data, target)
    progress(1, 1, translate("Exporters", "Writing JSON"))
    return out


def _pdf(data: PlanData, target: Path, progress: Progress) -> Path:
    from localplan.exports import report

    return report.write(data, target, progress)


def _xlsx(data: PlanData, target: Path, progress: Progress) -> Path:
    from localplan.exports.workbook.write import write_workbook

    return write_workbook(data, target, progress)


def _ordinance_docx(data: PlanData, target: Path, progress: Progress) -> Path:
    from localplan.exports.ordinance_docx import write_docx

    return write_docx(data, target, progress)


def _ordinance_pdf(data: PlanData, target: Path, progress: Progress) -> Path:
    from localplan.exports.ordinance_pdf import write_pdf

    return write_pdf(data, target, progress)


FILE_EXPORTERS: list[Exporter] = [
    Exporter("pdf", ".pdf", QT_TRANSLATE_NOOP("Exporters", "Report (PDF)"), _pdf),
    Exporter("xlsx", ".xlsx", QT_TRANSLATE_NOOP("Exporters", "Workbook (Excel)"), _xlsx),
    Exporter("json", ".json", QT_TRANSLATE_NOOP("Exporters", "Plan data (JSON interchange file)"), _json),
    Exporter("ordinance-docx", ".docx", QT_TRANSLATE_NOOP("Exporters", "Ordinance (Word, for legal review)"), _ordinance_docx),
    Exporter("ordinance-pdf", ".pdf", QT_TRANSLATE_NOOP("Exporters", "Ordinance (PDF)"), _ordinance_pdf),
]
