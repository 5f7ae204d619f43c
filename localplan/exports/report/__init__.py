"""The PDF report: «Informe de transversalización de la movilidad humana en el PDOT».

Cover, contents, executive summary, one chapter per step (every section of the specs,
special layouts for the known ones and a generic table for the rest), annexes. A4 with
landscape pages for wide matrices; running header, «Página X de Y», data fingerprint and
the example mark in the footer; bookmarks and metadata; bundled DejaVu fonts only.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from localplan.domain.data import PlanData
from localplan.i18n import QT_TRANSLATE_NOOP, language, tr, translate

if TYPE_CHECKING:
    from localplan.checks.findings import Finding
    from localplan.exports.report.styles import Styles
    from localplan.progress import Progress

BUILDING = QT_TRANSLATE_NOOP("Exporters", "Writing the PDF report")
LAYOUT_STEPS = 20  # progress steps while pages are laid out (most of the time of a large report)


def build_story(data: PlanData, lang: str, fingerprint_short: str, widths: dict[str, float], today: _dt.date,
                progress: Progress | None = None, findings: list[Finding] | None = None) -> tuple[list[Any], Any, Styles, int]:
    """The flowables of the report, the slot of the table of contents, the styles, the
    number of progress steps."""
    from localplan.exports.report import chapters, front
    from localplan.exports.report.story import Story
    from localplan.exports.report.styles import make_styles

    story = Story(make_styles(), widths, lang)
    steps = chapters.steps_with_content()
    total = len(steps) + 4
    tick = progress or (lambda done, total, message: None)
    message = translate("Exporters", BUILDING, lang)
    tick(0, total, message)
    front.cover(story, data, lang, fingerprint_short, today)
    toc = front.toc(story, lang)
    front.summary(story, data, lang, plan_findings(data, lang) if findings is None else findings)
    tick(1, total, message)
    for i, (step_id, step, secs) in enumerate(steps, 2):
        title = step.title.get(lang) if step else tr("Other sections", lang)
        chapters.chapter(story, data, step_id, title, secs)
        tick(i, total, message)
    chapters.annexes(story, data)
    return story.items, toc, story.styles, total


def plan_findings(data: PlanData, lang: str | None = None) -> list[Finding]:
    """The checker's findings in the report's language (an empty list when the checker itself fails: the
    report still prints)."""
    try:
        from localplan.checks.run import check

        return check(data, lang)
    except Exception:  # noqa: BLE001 - the report must not fail because a check does
        from localplan.logs import log_exception

        log_exception("plan checker for the report")
        return []


def error_count(findings: list[Finding]) -> int:
    return sum(1 for f in findings if getattr(f.severity, "value", f.severity) == "error")


def write(data: PlanData, target: Path, progress: Progress | None = None, lang: str | None = None, today: _dt.date | None = None) -> Path:
    """Write the report to `target` (atomically) and return it."""
    from localplan import __version__
    from localplan.exports.atomic import atomic_path
    from localplan.exports.fingerprint import fingerprint, short
    from localplan.exports.report import doc as pages
    from localplan.exports.report.front import report_title
    from localplan.exports.report.text import period_text

    lang = lang or language()
    today = today or _dt.date.today()
    tick = progress or (lambda done, total, message: None)
    fp = short(fingerprint(data))
    findings = plan_findings(data, lang)
    info = pages.page_info(data, lang, fp, error_count(findings))
    meta = {
        "title": f"{report_title(lang)} — {data.gad_title(lang)}",
        "author": data.gad_title(lang),
        "subject": " ".join(x for x in (tr("Human mobility in the development and land-use plan (PDOT)", lang),
                                        period_text(data, lang)) if x),
        "creator": f"LocalPlan {__version__}",
        "keywords": ", ".join([tr("human mobility", lang), "PDOT", tr("Global Compact for Migration", lang),
                               data.gad_title(lang), fp]),
    }
    target = Path(target)
    with atomic_path(target) as tmp:
        doc = pages.make_doc(tmp, info, meta)
        widths = {"portrait": doc.width_portrait, "landscape": doc.width_landscape}
        items, slot, styles, steps = build_story(data, lang, fp, widths, today, lambda done, total, m: tick(done, total + LAYOUT_STEPS, m),
                                              findings)
        at = items.index(slot)
        items[at:at + 1] = pages.contents(doc, items, styles.toc_levels)
        message = translate("Exporters", BUILDING, lang)
        total = steps + LAYOUT_STEPS
        count = len(items)
        shown = {"step": -1}

        def laid_out(kind: str, value: int) -> None:
            if kind != "PROGRESS":
                return
            step = max(shown["step"], min(LAYOUT_STEPS - 1, value * LAYOUT_STEPS // max(count, 1)))  # never backwards (split tables add items)
            if step != shown["step"]:
                shown["step"] = step
                tick(steps + step, total, message)

        doc.setProgressCallBack(laid_out)
        doc.build(items)
        tick(total, total, message)
    return target
