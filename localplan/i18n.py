"""Translation without Qt, from the same catalogue Qt uses.

Source strings are English; code calls `tr("English text")` (or `translate(ctx, text)`)
and marks strings defined away from where they are shown with `QT_TR_NOOP`. Spanish lives in Qt Linguist files under
`resources/i18n/es/*.ts` (one per source module, kept by `scripts/i18n.py update`), which
`pyside6-lrelease` compiles into the `.qm` the Qt windows load. Code outside `ui/` marks
strings with `translate("Context", "Text")` (pyside6-lupdate picks these calls up) and
this module looks them up in the same catalogue, so the command line and the exports speak
the user's language without importing Qt. `scripts/i18n.py release` also writes the
catalogue as one JSON file (`localplan_es.json`), read at start-up in a millisecond where
parsing the seventy-odd `.ts` files took ten; without it the `.ts` files are read.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from localplan import paths

_lock = threading.Lock()
_catalogues: dict[str, dict[tuple[str, str], str]] = {}
_language = "es"
# The language of the document being written, where it differs from the program's: set by `speaking`
# for one task (a thread or context of its own), so code that calls `tr(text)` without a language
# (the checker's rules) speaks the document's language without touching the program's.
_speaking: contextvars.ContextVar[str | None] = contextvars.ContextVar("localplan_speaking", default=None)


def set_language(lang: str) -> None:
    global _language
    _language = lang if lang in ("es", "en") else "es"


def language() -> str:
    return _speaking.get() or _language


@contextlib.contextmanager
def speaking(lang: str | None) -> Iterator[None]:
    """Within the block (and only in this thread or task), texts without a language of their own
    are given in `lang`; `None` keeps the current language."""
    token = _speaking.set(lang if lang in ("es", "en") else None) if lang else None
    try:
        yield
    finally:
        if token is not None:
            _speaking.reset(token)


def catalogue_dir(lang: str = "es") -> Path:
    return paths.resource("i18n", lang)


def compiled_path(lang: str = "es") -> Path:
    return paths.resource("i18n", f"localplan_{lang}.json")


def read_ts(lang: str, folder: Path | None = None) -> dict[str, dict[str, str]]:
    """The finished translations of the `.ts` files: {context: {source: translation}}."""
    import xml.etree.ElementTree as ET

    table: dict[str, dict[str, str]] = {}
    folder = folder or catalogue_dir(lang)
    for ts in sorted(folder.glob("*.ts")) if folder.is_dir() else []:
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                node = message.find("translation")
                if node is not None and node.text and node.get("type") not in ("unfinished", "obsolete", "vanished"):
                    table.setdefault(name, {})[source] = node.text
    return table


def _load(lang: str) -> dict[tuple[str, str], str]:
    with _lock:
        if lang in _catalogues:
            return _catalogues[lang]
        try:
            nested = json.loads(compiled_path(lang).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            nested = read_ts(lang)
        table = {(context, source): text for context, messages in nested.items() for source, text in messages.items()}
        _catalogues[lang] = table
        return table


def translate(context: str, text: str, lang: str | None = None) -> str:
    """Return `text` (English source) in the current (or given) language."""
    lang = lang or _speaking.get() or _language
    if lang == "en":
        return text
    return _load(lang).get((context, text), text)


def tr(text: str, lang: str | None = None) -> str:
    """Translate an English source string (context ""). lupdate extracts every `tr("…")` call."""
    return translate("", text, lang)


def translator(lang: str | None) -> Callable[[str], str]:
    """A `tr` bound to one language, for documents written in the plan's language from a
    worker thread. Call it as `t(QT_TR_NOOP("text"))` so lupdate still finds the string."""
    fixed = lang or language()
    return lambda text: translate("", text, fixed)


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark a string for `tr()` where it is defined; translate it where it is shown."""
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark a string for translation where it is defined; translate it where it is shown."""
    return text


class T:
    """A text carried in both languages by data (form specs, reference data, guidance)."""

    __slots__ = ("en", "es")

    def __init__(self, en: str, es: str) -> None:
        self.en = en
        self.es = es

    def get(self, lang: str | None = None) -> str:
        return self.en if (lang or _speaking.get() or _language) == "en" else self.es

    def __str__(self) -> str:
        return self.get()

    def __repr__(self) -> str:
        return f"T({self.en!r}, {self.es!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, T) and (self.en, self.es) == (other.en, other.es)

    def __hash__(self) -> int:
        return hash((self.en, self.es))

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> T:
        return cls(data.get("en", ""), data.get("es", ""))


def plural(count: int, one: str, other: str, **values: object) -> str:
    """The singular or plural form of a translated message, with {count} (and `values`) filled in.
    Spanish and English have two forms (one / other); callers pass both through tr() so lupdate
    sees them: `plural(n, tr("{count} row"), tr("{count} rows"))`."""
    return (one if count == 1 else other).format(count=count, **values)
