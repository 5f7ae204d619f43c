"""Run every check: `check(data)` sorted by severity, then section order, then row."""

from __future__ import annotations

from localplan.checks import guide_rules, rules  # noqa: F401 - importing them registers their rules
from localplan.checks.findings import Finding, Severity
from localplan.checks.registry import RULES
from localplan.domain.data import PlanData
from localplan.forms import SECTIONS
from localplan.i18n import speaking

ORDER = {s.id: n for n, s in enumerate(SECTIONS)}


def check(data: PlanData, lang: str | None = None) -> list[Finding]:
    """Every finding, its messages in `lang` (the program's language when None): a report in English
    lists its findings in English whatever language the program runs in."""
    with speaking(lang):
        findings = [f for rule in RULES for f in rule(data)]
    return sorted(findings, key=lambda f: (f.severity.rank, ORDER.get(f.section, 99), f.row_id or 0, f.code))


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity is Severity.ERROR for f in findings)
