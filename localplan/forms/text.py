"""The one rule for what text a field may hold (edits, paste, JSON and workbook import).

Line breaks of every origin become "\\n": Windows "\\r\\n", old Mac "\\r", Word's manual
line break (vertical tab, "\\x0b"), page breaks ("\\x0c"), NEL and the Unicode line and
paragraph separators. Tab and line break are the only control characters a field may hold:
any other (NUL, bell "\\x07", escape, DEL, the C1 block), a lone surrogate (not text at
all: it cannot be written as UTF-8) and the non-characters U+FFFE/U+FFFF are refused —
they break the XML inside workbooks and Word documents, and the PDF.

`clean()` applies the rule to input (raises `TextProblem`); `sanitize()` applies it to a
value already stored (never raises: line breaks normalised, the rest dropped), so an old
plan holding such characters still exports.
"""

from __future__ import annotations

import re

from localplan.i18n import tr

_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_REFUSED = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


class TextProblem(ValueError):
    """Text refused by the rule; the message is in the user's language."""


def _describe(ch: str) -> str:
    code = ord(ch)
    if 0xD800 <= code <= 0xDFFF:
        return tr("The text contains characters that are not valid.")
    return tr("The text contains a control character (U+{code:04X}) that a field cannot hold; remove it.").format(code=code)


def clean(text: str) -> str:
    """`text` with its line breaks normalised; TextProblem if it holds a refused character."""
    text = _BREAKS.sub("\n", text)
    bad = _REFUSED.search(text)
    if bad:
        raise TextProblem(_describe(bad.group()))
    return text


def sanitize(text: str) -> str:
    """Stored text made safe for any output: line breaks normalised, refused characters dropped."""
    return _REFUSED.sub("", _BREAKS.sub("\n", text))


def problem(text: str) -> str | None:
    """Why `text` cannot be stored as it is (None when it can)."""
    try:
        clean(text)
    except TextProblem as exc:
        return str(exc)
    return None
