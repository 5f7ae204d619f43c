"""What the checker reports: a finding with severity, location, message and a fix."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from localplan.forms import section
from localplan.i18n import QT_TR_NOOP, tr


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def label(self) -> str:
        return tr(SEVERITY_LABELS[self])

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]


SEVERITY_LABELS = {Severity.ERROR: QT_TR_NOOP("Error"), Severity.WARNING: QT_TR_NOOP("Warning"), Severity.INFO: QT_TR_NOOP("Info")}


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    section: str
    row_id: int | None
    field: str | None
    message: str
    fix: str

    def location(self, lang: str | None = None) -> str:
        sec = section(self.section)
        parts = [sec.title.get(lang)]
        if self.row_id is not None and not sec.single:
            parts.append(tr("row #{id}", lang).format(id=self.row_id))
        if self.field:
            parts.append("«" + sec.field(self.field).label.get(lang) + "»")
        return ", ".join(parts)

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "severity": self.severity.value, "section": self.section, "row": self.row_id,
                "field": self.field, "location": self.location(), "message": self.message, "fix": self.fix}
