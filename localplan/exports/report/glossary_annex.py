"""The report's glossary annex: every acronym the report uses, spelled out, with its legal source
(the same entries as Help › Glossary, resources/glossary/glossary.json).

The acronyms are found in what the story holds when the annex is written — paragraphs, table
cells, chart labels — and in the running header; an acronym used in a spelled-out name or a
source of the annex itself is spelled out too."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from localplan.i18n import tr
from localplan.reference import glossary

if TYPE_CHECKING:
    from localplan.exports.report.story import Story

TAGS = re.compile(r"<[^>]+>")


def texts(items: Iterable[Any]) -> Iterator[str]:
    """The text of flowables as a reader sees it: paragraphs (markup removed), table cells, chart labels."""
    for item in items:
        if item is None:
            continue
        if isinstance(item, str):
            yield item
        elif isinstance(item, (list, tuple)):
            yield from texts(item)
        elif hasattr(item, "_cellvalues"):  # a table
            yield from texts(item._cellvalues)
        elif hasattr(item, "_content"):  # KeepTogether and other containers
            yield from texts(item._content)
        elif hasattr(item, "getContents"):  # a drawing or a group of shapes
            yield from texts(item.getContents())
        elif hasattr(item, "contents") and isinstance(item.contents, list):
            yield from texts(item.contents)
        elif type(item).__name__ == "String" and hasattr(item, "text"):  # a chart label
            yield str(item.text)
        elif hasattr(item, "text") and isinstance(item.text, str):  # a paragraph
            yield html.unescape(TAGS.sub(" ", item.text))


def _pattern(term: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + re.escape(term) + r"(?![\w-])" if term[-1].isalnum() else
                      r"(?<![\w-])" + re.escape(term))


def used(text: str, lang: str) -> list[glossary.Entry]:
    """The glossary entries whose acronym (in either language) occurs in `text`, and those that the
    chosen entries' own names and sources use, sorted by acronym."""
    entries = glossary.entries(lang)
    chosen: dict[str, glossary.Entry] = {}
    pending = [text]
    while pending:
        chunk = pending.pop()
        for e in entries:
            if e.term not in chosen and any(_pattern(t).search(chunk) for t in (e.term, *e.aliases)):
                chosen[e.term] = e
                pending.append(" ".join(x for x in (e.name, e.source) if x))
    return sorted(chosen.values(), key=lambda e: e.term.casefold())


def annex(story: Story, heading: str, also: Iterable[str] = ()) -> None:
    """The annex: a table of acronym, meaning and source; its heading is in the contents."""
    from localplan.exports.report import tables as tb

    lang = story.lang
    found = used("\n".join([*texts(story.items), *texts(story._pending), *also]), lang)
    story.heading(1, heading)
    story.text(tr("The acronyms used in this report, spelled out, with the legal source where there is one. The "
                  "same glossary is in LocalPlan's Help menu.", lang), story.styles.small)
    cols = tb.simple_columns([tr("Acronym", lang), tr("Meaning", lang), tr("Source", lang)], [14, 56, 30])
    story.grid(cols, [[_term(e), e.name, e.source or ""] for e in found])


def _term(e: glossary.Entry) -> str:
    """The acronym, and the other language's when it is another acronym ("ODS (SDG)"; not "LGBTIQ+ (LGBTIQ)")."""
    other = [a for a in e.aliases if re.sub(r"\W", "", a) != re.sub(r"\W", "", e.term)]
    return e.term + (f" ({', '.join(other)})" if other else "")
