"""Compose the report: cover, contents, summary, one chapter per step, annexes."""

from __future__ import annotations

import datetime as _dt
import importlib
from pathlib import Path
from xml.sax.saxutils import escape

from localplan import __version__, formatting
from localplan.charts import bar_chart, column_chart
from localplan.domain import budget, completeness, monitoring, profile_summary, traceability
from localplan.domain.data import PlanData
from localplan.exports import fonts
from localplan.exports.fingerprint import fingerprint, short
from localplan.exports.registry import Progress, no_progress
from localplan.exports.report.layout import make_document, numbered_canvas, styles
from localplan.exports.report.tables import key_value_table, section_table
from localplan.forms import STEPS, sections_of_step
from localplan.forms.values import choice_label
from localplan.i18n import QT_TR_NOOP, language, translator
from localplan.reference import choice_list

PORTRAIT_W = 495
LANDSCAPE_W = 742


def optional_index(data: PlanData):
    """The mainstreaming index when this build has the assessment module."""
    try:
        module = importlib.import_module("localplan.checks.assessment")
    except ModuleNotFoundError:
        return None
    return module.index(data)


def heading(text: str, st, level: int):
    from reportlab.platypus import Paragraph

    p = Paragraph(escape(text), st["h1" if level == 0 else "h2"])
    p.toc_level = level
    return p


def build_report(data: PlanData, target: Path, progress: Progress = no_progress, lang: str | None = None) -> Path:
    from reportlab.platypus import CondPageBreak, NextPageTemplate, PageBreak, Paragraph, Spacer
    from reportlab.platypus.tableofcontents import TableOfContents

    from localplan.exports.atomic import atomic_path

    lang = lang or language()
    t = translator(lang)
    st = styles()
    gad = data.gad
    period = data.period
    period_text = f"{period[0]}–{period[1]}" if period else "—"
    title = t(QT_TR_NOOP("Mainstreaming human mobility in the PDOT"))
    print_ = short(fingerprint(data))
    header = f"{data.gad_title()} · {t(QT_TR_NOOP('Period'))} {period_text}"
    footer = t(QT_TR_NOOP("Content fingerprint {fingerprint}")).format(fingerprint=print_)
    if data.is_example:
        footer += " · " + t(QT_TR_NOOP("EXAMPLE PLAN (fictitious)"))
    meta = {"title": f"{title} — {data.gad_title()}", "author": data.gad_title(), "subject": title,
            "creator": f"LocalPlan {__version__}", "keywords": "PDOT, movilidad humana, PMM, GCM"}
    steps_total = 3 + len(STEPS)
    progress(0, steps_total, t(QT_TR_NOOP("Laying out the report")))
    story: list = []
    # --- cover ---------------------------------------------------------------------
    story += [Spacer(1, 120), Paragraph(escape(t(QT_TR_NOOP("Report on mainstreaming human mobility in the PDOT"))), st["title"]),
              Spacer(1, 24), Paragraph(escape(data.gad_title()), st["subtitle"])]
    level = gad.get("level")
    facts = [(t(QT_TR_NOOP("Level of government")), choice_label("gad_levels", level, lang) if level else "—"),
             (t(QT_TR_NOOP("INEC code")), gad.get("gad_code") or "—"),
             (t(QT_TR_NOOP("Plan period")), period_text),
             (t(QT_TR_NOOP("Executive authority")), gad.get("authority") or "—"),
             (t(QT_TR_NOOP("Planning unit")), gad.get("planning_unit") or "—"),
             (t(QT_TR_NOOP("Date")), formatting.long_date(_dt.date.today(), lang)),
             (t(QT_TR_NOOP("Content fingerprint")), print_)]
    story += [Spacer(1, 40), key_value_table(facts, st, PORTRAIT_W)]
    if data.is_example:
        story += [Spacer(1, 20), Paragraph(escape(t(QT_TR_NOOP(
            "Example plan of a fictitious canton, for learning. Its figures are illustrative except those that name their source."))),
            st["caption"])]
    story += [PageBreak()]
    toc = TableOfContents()
    toc.levelStyles = [st["toc1"], st["toc2"]]
    from reportlab.platypus import TableStyle

    toc.tableStyle = TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.register()), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    story += [Paragraph(escape(t(QT_TR_NOOP("Contents"))), st["h1"]), toc, PageBreak()]
    progress(1, steps_total, t(QT_TR_NOOP("Executive summary")))
    story += summary(data, st, t, lang)
    for n, step in enumerate(STEPS, start=2):
        progress(n, steps_total, step.title.get(lang))
        if step.id == "export":
            continue
        story += [NextPageTemplate("portrait"), PageBreak(), heading(step.title.get(lang), st, 0)]
        if step.id == "diagnosis":
            story += diagnosis_figures(data, st, t, lang)
        if step.id == "proposal":
            story += proposal_figures(data, st, t, lang)
        for sec in sections_of_step(step.id):
            if sec.single:
                record = data.record(sec.id)
                pairs = [(f.label.get(lang), data.display(sec.id, record, f.id, lang) or "—") for f in sec.fields]
                story += [heading(sec.title.get(lang), st, 1), key_value_table(pairs, st, PORTRAIT_W)]
                continue
            rows = data.rows(sec.id)
            wide = len([f for f in sec.fields if f.in_table]) > 5
            if wide:
                story += [NextPageTemplate("landscape"), PageBreak()]
            else:
                story += [CondPageBreak(120)]
            story += [heading(sec.title.get(lang), st, 1)]
            if not rows:
                story += [Paragraph(escape(t(QT_TR_NOOP("No rows yet."))), st["caption"])]
                continue
            story += [Paragraph(escape(sec.help.get(lang)), st["caption"]), Spacer(1, 4),
                      section_table(data, sec, st, LANDSCAPE_W if wide else PORTRAIT_W, lang)]
            if wide:
                story += [NextPageTemplate("portrait")]
        if step.id == "proposal":
            story += traceability_summary(data, st, t, lang)
        if step.id == "management":
            story += fulfilment_table(data, st, t, lang)
    progress(steps_total - 1, steps_total, t(QT_TR_NOOP("Annexes")))
    story += [NextPageTemplate("portrait"), PageBreak(), heading(t(QT_TR_NOOP("Annex: sources of data")), st, 0)]
    for source in profile_summary.sources(data) or ["—"]:
        story.append(Paragraph("• " + escape(source), st["small"]))
    with atomic_path(Path(target)) as tmp:
        doc = make_document(tmp, header, footer, meta, lang)
        doc.multiBuild(story, canvasmaker=numbered_canvas(lang))
    progress(steps_total, steps_total, t(QT_TR_NOOP("Report written")))
    return Path(target)


def _figure_cards(cards: list[tuple[str, str]], st):
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    cells = [[Paragraph(escape(v), st["figure"]) for _, v in cards], [Paragraph(escape(k), st["figlabel"]) for k, _ in cards]]
    table = Table(cells, colWidths=[PORTRAIT_W / len(cards)] * len(cards))
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.register()),
                               ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#D0D7DE")),
                               ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#E3E8ED")),
                               ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F7F9FB")),
                               ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return table


def summary(data: PlanData, st, t, lang: str) -> list:
    from reportlab.platypus import Paragraph, Spacer

    counts = data.counts()
    gcm = {c for s in ("objectives", "goals", "projects") for r in data.rows(s) for c in (r.get("gcm") or [])}
    index = optional_index(data)
    cards = [(t(QT_TR_NOOP("people in mobility (latest figures)")), formatting.number(profile_summary.total_persons(data), 0, lang)),
             (t(QT_TR_NOOP("goals")), str(counts.get("goals", 0))),
             (t(QT_TR_NOOP("projects")), str(counts.get("projects", 0))),
             (t(QT_TR_NOOP("budget for mobility")), formatting.money(budget.grand_total(data), lang))]
    cards2 = [(t(QT_TR_NOOP("problems and potentialities")), str(counts.get("problems", 0))),
              (t(QT_TR_NOOP("GCM objectives addressed (of 23)")), str(len(gcm))),
              (t(QT_TR_NOOP("actors")), str(counts.get("actors", 0))),
              (t(QT_TR_NOOP("mainstreaming index")), "—" if index is None else formatting.number(index[0], 0, lang))]
    out = [heading(t(QT_TR_NOOP("Executive summary")), st, 0), _figure_cards(cards, st), Spacer(1, 6), _figure_cards(cards2, st),
           Spacer(1, 10), Paragraph(escape(t(QT_TR_NOOP("Completeness of each step"))), st["h2"])]
    shares = completeness.all_steps(data)
    pairs = [(s.title.get(lang), shares[s.id] * 100 if shares[s.id] is not None else None) for s in STEPS if s.id != "export"]
    out.append(bar_chart(pairs, "", value_format=lambda v: formatting.percent(v, 0, lang), width=PORTRAIT_W))
    gaps = traceability.gaps(data)
    if gaps:
        out.append(Paragraph(escape(t(QT_TR_NOOP("{count} gaps in the chain from problems to projects are listed in the proposal chapter."))
                                    .format(count=len(gaps))), st["body"]))
    return out


def diagnosis_figures(data: PlanData, st, t, lang: str) -> list:
    from reportlab.platypus import Spacer

    cats = profile_summary.by_category(data)
    label = {c.code: c.label.get(lang) for c in choice_list("mobility_categories")}
    pairs = [(label[c.category] + (f" ({c.year})" if c.year else ""), c.persons) for c in cats]
    sources = "; ".join(profile_summary.sources(data))[:140]
    caption = t(QT_TR_NOOP("Sources: {sources}")).format(sources=sources) if sources else ""
    out = [bar_chart(pairs, t(QT_TR_NOOP("People in mobility by category (latest year of each)")), caption,
                     value_format=lambda v: formatting.number(v, 0, lang), width=PORTRAIT_W,
                     missing=t(QT_TR_NOOP("not available")))]
    by_sex = profile_summary.by_sex_age(data)
    if by_sex:
        pairs = [(f"{choice_label('sex', s, lang)} · {choice_label('age_groups', a, lang)}", v) for (s, a), v in sorted(by_sex.items())]
        out += [Spacer(1, 8), bar_chart(pairs, t(QT_TR_NOOP("People in mobility by sex and age")), caption,
                                        value_format=lambda v: formatting.number(v, 0, lang), width=PORTRAIT_W)]
    return out


def proposal_figures(data: PlanData, st, t, lang: str) -> list:
    from reportlab.platypus import Spacer

    money = lambda v: formatting.money(v, lang)  # noqa: E731
    by_year = budget.by_year(data)
    out = []
    if by_year:
        out.append(column_chart([(str(y), v) for y, v in by_year.items()], t(QT_TR_NOOP("Budget for mobility by year (USD)")),
                                value_format=lambda v: formatting.number(v, 0, lang), width=PORTRAIT_W))
    sources = budget.by_source(data)
    out += [Spacer(1, 6), bar_chart([(choice_label("funding_sources", k, lang), v) for k, v in sources.items()],
                                    t(QT_TR_NOOP("Budget by funding source")), value_format=money, width=PORTRAIT_W)]
    gcm = budget.by_gcm(data)
    names = {c.code: c.label.get(lang) for c in choice_list("gcm_objectives")}
    pairs = [(names.get(k, t(QT_TR_NOOP("not specified"))), v) for k, v in sorted(gcm.items(), key=lambda kv: -kv[1])]
    if pairs:
        out += [Spacer(1, 6), bar_chart(pairs, t(QT_TR_NOOP("Budget by GCM objective")), value_format=money, width=PORTRAIT_W)]
    return out


def traceability_summary(data: PlanData, st, t, lang: str) -> list:
    from reportlab.platypus import NextPageTemplate, PageBreak, Paragraph

    out = [NextPageTemplate("portrait"), PageBreak(), heading(t(QT_TR_NOOP("Traceability: from problems to projects")), st, 1)]

    def walk(nodes, depth):
        for node in nodes:
            marks = "".join(f' <font color="#B5485D">⚠ {escape(g)}</font>' for g in node.gaps)
            out.append(Paragraph("&nbsp;" * 6 * depth + "• " + escape(node.label) + marks, st["small"]))
            walk(node.children, depth + 1)

    walk(traceability.tree(data), 0)
    return out


def fulfilment_table(data: PlanData, st, t, lang: str) -> list:
    from reportlab.platypus import Paragraph

    years = data.period_years()
    rows = data.rows("goals")
    if not rows or not years:
        return []
    pairs = []
    for g in rows:
        values = monitoring.goal_fulfilment(data, g)
        text = ", ".join(f"{y}: {formatting.percent(values[y], 0, lang)}" for y in years if values.get(y) is not None)
        pairs.append((data.link_label("goals", g["id"]), text or "—"))
    return [heading(t(QT_TR_NOOP("Fulfilment of goals per year")), st, 1), key_value_table(pairs, st, PORTRAIT_W),
            Paragraph(escape(t(QT_TR_NOOP("Achieved value against the value programmed for the year, capped at 100 %."))), st["caption"])]
