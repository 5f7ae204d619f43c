"""Is a value read from a plan file one its field can hold? (The specs decide, as for an edit.)

A plan may pass every structural check and still hold odd values: text where a date
belongs, a list in a yearly-values field, JSON nested thousands deep, bytes, invalid
UTF-8. `stored_value()` turns a column value into the value the rest of the program may
rely on, or raises `BadValue` with the reason in the user's language. Stored text is
passed through the text rule's `sanitize` (line breaks normalised, control characters
dropped), so a plan written before the rule still exports.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import re
from typing import Any

from localplan.forms import text as text_rule
from localplan.forms.spec import Field, FieldType
from localplan.forms.values import YEAR_RANGE, ValueProblem, choice_codes
from localplan.i18n import tr

MAX_JSON_CHARS = 2_000_000  # a multilink of 20,000 ids is ~140 kB
_TEXTS = frozenset({FieldType.TEXT, FieldType.LONGTEXT})
_NUMBERS = frozenset({FieldType.INTEGER, FieldType.YEAR, FieldType.DECIMAL, FieldType.MONEY, FieldType.PERCENT})
# any character the text rule would change or refuse (one search: most stored texts hold none)
_SPECIAL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


class BadValue(ValueError):
    """The stored value cannot be held by its field; the message is in the user's language."""


def _decoded(value: Any) -> str:
    if type(value) is str and not _SPECIAL.search(value):
        return value
    if isinstance(value, bytes):
        raise BadValue(tr("Holds binary data instead of a value."))
    if not isinstance(value, str):
        raise BadValue(tr("Holds a value of the wrong kind."))
    if any(0xD800 <= ord(c) <= 0xDFFF for c in value):
        raise BadValue(tr("Holds text that is not valid UTF-8."))
    return text_rule.sanitize(value)


def _number(f: Field, value: Any) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise BadValue(tr("Holds “{value}” where a number belongs.").format(value=_short(value)))
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)) or abs(value) > 1e15:
        raise BadValue(tr("Holds a number out of range."))
    if f.type in (FieldType.INTEGER, FieldType.YEAR) and value != int(value):
        raise BadValue(tr("Holds a fraction where a whole number belongs."))
    if f.type is FieldType.YEAR and not YEAR_RANGE[0] <= value <= YEAR_RANGE[1]:
        raise BadValue(tr("Holds {value}, which is not a year.").format(value=_short(value)))
    return int(value) if f.type in (FieldType.INTEGER, FieldType.YEAR) else value


def _short(value: Any) -> str:
    text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
    return text_rule.sanitize(text)[:30]


def _json(value: Any) -> Any:
    text = _decoded(value)
    if len(text) > MAX_JSON_CHARS:
        raise BadValue(tr("Holds far more data than the field can use."))
    try:
        return json.loads(text)
    except RecursionError:
        raise BadValue(tr("Holds data nested too deeply.")) from None
    except ValueError:
        raise BadValue(tr("Holds damaged data.")) from None


def _code(f: Field, value: Any, codes: set[str] | None) -> str:
    if not isinstance(value, str):
        raise BadValue(tr("Holds a value of the wrong kind."))
    if codes is not None and value not in codes:
        raise BadValue(tr("Holds “{value}”, which is not one of the options of this list.").format(value=_short(value)))
    return value


def _row_id(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 2**53:
        raise BadValue(tr("Holds “{value}” where the number of a row belongs.").format(value=_short(value)))
    return value


class Checker:
    """Checks stored values field by field (choice lists looked up once per checker)."""

    def __init__(self, gad_code: str | None = None) -> None:
        self._codes: dict[str, set[str] | None] = {}
        self.gad_code = gad_code

    def codes(self, f: Field) -> set[str] | None:
        key = f.choices or ""
        if key not in self._codes:
            from localplan.forms.values import Context

            try:
                self._codes[key] = choice_codes(key, Context(gad_code=self.gad_code))
            except (KeyError, ValueError, ValueProblem):
                self._codes[key] = None
        return self._codes[key]

    def value(self, f: Field, value: Any) -> Any:
        """The value the program may use (None for "not available"), or BadValue."""
        if value is None:
            return None
        t = f.type
        if t in _TEXTS:
            return _decoded(value)
        if t in _NUMBERS:
            return _number(f, value)
        if t is FieldType.BOOL:
            if isinstance(value, bool) or value not in (0, 1):
                raise BadValue(tr("Holds “{value}” where yes or no belongs.").format(value=_short(value)))
            return int(value)
        if t is FieldType.DATE:
            text = _decoded(value)
            try:
                return _dt.date.fromisoformat(text).isoformat()
            except ValueError:
                raise BadValue(tr("Holds “{value}” where a date belongs.").format(value=_short(value))) from None
        if t is FieldType.CHOICE:
            return _code(f, value, self.codes(f))
        if t is FieldType.LINK:
            return _row_id(value)
        loaded = _json(value)
        if t is FieldType.MULTICHOICE:
            if not isinstance(loaded, list):
                raise BadValue(tr("Holds a value of the wrong kind."))
            codes = self.codes(f)
            return [_code(f, v, codes) for v in loaded] or None
        if t is FieldType.MULTILINK:
            if not isinstance(loaded, list):
                raise BadValue(tr("Holds a value of the wrong kind."))
            return [_row_id(v) for v in loaded] or None
        if t is FieldType.YEAR_VALUES:
            if not isinstance(loaded, dict):
                raise BadValue(tr("Holds a value of the wrong kind."))
            out = {}
            for key, number in loaded.items():
                if not (isinstance(key, str) and key.isdigit() and YEAR_RANGE[0] <= int(key) <= YEAR_RANGE[1]):
                    raise BadValue(tr("Holds “{value}” where a year belongs.").format(value=_short(key)))
                if number is not None:
                    out[key] = _number(Field(f.id, f.label, FieldType.DECIMAL), number)
            return out or None
        raise BadValue(tr("Holds a value of the wrong kind."))
