"""Parse, validate and format field values, driven by the field spec (no Qt).

Stored values: text → str; integer/year → int; decimal/money/percent → float; bool →
0/1; date → 'yyyy-mm-dd'; choice → code; link → row id; lists and year values → Python
list / dict (JSON in the store). `None` always means "not available", never zero.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from localplan import formatting
from localplan.forms import text as text_rule
from localplan.forms.spec import Field, FieldType
from localplan.i18n import QT_TR_NOOP, tr
from localplan.reference import loader


class ValueProblem(ValueError):
    """A value refused, with a message in the user's language."""


@dataclass
class Context:
    """What validation needs to know about the plan: its GAD and the rows links may name."""

    gad_code: str | None = None
    period: tuple[int, int] | None = None
    row_ids: Callable[[str], set[int]] | None = None
    lang: str | None = None
    extra_lists: dict[str, set[str]] = field(default_factory=dict)


YEAR_RANGE = (1950, 2100)
_SURROGATE = re.compile("[\ud800-\udfff]")
YES = QT_TR_NOOP("Yes")
NO = QT_TR_NOOP("No")


def choice_codes(list_id: str, ctx: Context | None) -> set[str] | None:
    """The allowed codes of a choice list (None when it cannot be known without the plan)."""
    if ctx and list_id in ctx.extra_lists:
        return ctx.extra_lists[list_id]
    if list_id == "gad_parishes":
        if ctx is None or not ctx.gad_code:
            return None
        return {u.code for u in loader.dpa().parishes_of(ctx.gad_code)}
    if list_id == "dpa_units":
        return set(loader.dpa().by_code)
    return {c.code for c in loader.choice_list(list_id)}


def choice_label(list_id: str, code: str, lang: str | None = None) -> str:
    if list_id in ("gad_parishes", "dpa_units"):
        unit = loader.dpa().get(code)
        if unit is None:
            return code
        return f"{unit.name} ({unit.code})" if list_id == "dpa_units" else loader.dpa().display_name(code)
    return loader.choice_label(list_id, code, lang)


def choice_items(list_id: str, ctx: Context | None, lang: str | None = None) -> list[tuple[str, str]]:
    """(code, label) pairs in display order."""
    if list_id == "gad_parishes":
        units = loader.dpa().parishes_of(ctx.gad_code) if ctx and ctx.gad_code else []
        return [(u.code, loader.dpa().display_name(u.code)) for u in units]
    if list_id == "dpa_units":
        return [(u.code, f"{u.name} ({u.code})") for u in loader.dpa().units]
    return [(c.code, c.label.get(lang)) for c in loader.choice_list(list_id)]



def _lookup_code(f: Field, token: str, ctx: Context | None) -> str:
    """A code from a typed token: the code itself or a label in either language."""
    token = token.strip()
    codes = choice_codes(f.choices or "", ctx)
    if codes is None or token in codes:
        return token
    folded = loader.fold(token)
    table = _label_codes(f.choices or "")
    known = (table.get(folded, set()) | table.get("\0" + folded, set())) & codes  # a label, or a code in any case
    if known:
        return sorted(known)[0]
    for code, label in choice_items(f.choices or "", ctx, "es") + choice_items(f.choices or "", ctx, "en"):
        if loader.fold(label) == folded:
            return code
    raise ValueProblem(tr("“{value}” is not one of the options of this list.").format(value=token))


def parse(f: Field, raw: Any, ctx: Context | None = None) -> Any:
    """Turn what a person typed or pasted (or a JSON value) into a stored value.

    Raises ValueProblem with a message in the user's language.
    """
    lang = ctx.lang if ctx else None
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    t = f.type
    if t in (FieldType.TEXT, FieldType.LONGTEXT):
        if not isinstance(raw, (str, int, float)) or isinstance(raw, bool):
            raise ValueProblem(tr("Expected text."))
        try:  # the one rule for what text a field may hold (forms/text.py)
            text = text_rule.clean(str(raw))
        except text_rule.TextProblem as exc:
            raise ValueProblem(str(exc)) from None
        text = text.strip() if t is FieldType.TEXT else text.rstrip()
        if _SURROGATE.search(text):  # not text at all: it cannot be stored or written as UTF-8
            raise ValueProblem(tr("The text contains characters that are not valid."))
        if t is FieldType.TEXT:
            text = " ".join(text.split())
        if len(text) > f.max_length:
            raise ValueProblem(tr("The text is too long ({length} characters; at most {limit}).").format(
                length=len(text), limit=f.max_length))
        return text
    if t in (FieldType.INTEGER, FieldType.YEAR, FieldType.DECIMAL, FieldType.MONEY, FieldType.PERCENT):
        number = _number(raw, lang)
        if t in (FieldType.INTEGER, FieldType.YEAR):
            if number != int(number):
                raise ValueProblem(tr("Expected a whole number."))
            number = int(number)
        if t is FieldType.YEAR and not YEAR_RANGE[0] <= number <= YEAR_RANGE[1]:
            raise ValueProblem(tr("Expected a year between {low} and {high}.").format(low=YEAR_RANGE[0], high=YEAR_RANGE[1]))
        if t is FieldType.MONEY:
            number = round(number, 2)
        _bounds(f, number, lang)
        return number
    if t is FieldType.BOOL:
        if isinstance(raw, bool):
            return int(raw)
        text = str(raw).strip().casefold()
        if text in ("1", "true", "yes", "sí", "si", "x", "verdadero"):
            return 1
        if text in ("0", "false", "no", "falso"):
            return 0
        raise ValueProblem(tr("Expected yes or no."))
    if t is FieldType.DATE:
        return _date(raw)
    if t is FieldType.CHOICE:
        return _lookup_code(f, str(raw), ctx)
    if t is FieldType.MULTICHOICE:
        if isinstance(raw, str) and ";" not in raw and "," in raw:
            try:  # one option whose label holds commas ("… (refugiadas, solicitantes de asilo, …)")
                return [_lookup_code(f, raw, ctx)]
            except ValueProblem:
                pass
        items = _items(raw)
        return _unique([_lookup_code(f, str(x), ctx) for x in items]) or None
    if t is FieldType.LINK:
        return _link(f, raw, ctx)
    if t is FieldType.MULTILINK:
        return _unique([_link(f, x, ctx) for x in _link_items(raw)]) or None
    if t is FieldType.YEAR_VALUES:
        return _year_values(f, raw, ctx)
    raise ValueProblem(tr("Unsupported value."))


def _number(raw: Any, lang: str | None) -> float:
    if isinstance(raw, bool):
        raise ValueProblem(tr("Expected a number."))
    if isinstance(raw, (int, float)):
        try:
            value = float(raw)
        except OverflowError:  # an integer of hundreds of digits
            raise ValueProblem(tr("The number is out of range.")) from None
    elif isinstance(raw, str):
        try:
            value = formatting.parse_number(raw, lang)
        except ValueError:
            raise ValueProblem(tr("“{value}” is not a number.").format(value=raw[:40])) from None
    else:
        raise ValueProblem(tr("Expected a number."))
    if math.isnan(value) or math.isinf(value) or abs(value) > 1e15:
        raise ValueProblem(tr("The number is out of range."))
    return value + 0.0  # -0.0 becomes 0.0 (the store keeps no sign of zero)


def _bounds(f: Field, number: float, lang: str | None) -> None:
    if f.minimum is not None and number < f.minimum:
        raise ValueProblem(tr("The value must be at least {minimum}.").format(minimum=formatting.number(f.minimum, 0, lang)))
    if f.maximum is not None and number > f.maximum:
        raise ValueProblem(tr("The value must be at most {maximum}.").format(maximum=formatting.number(f.maximum, 0, lang)))


def _date(raw: Any) -> str:
    if isinstance(raw, _dt.datetime):
        return raw.date().isoformat()
    if isinstance(raw, _dt.date):
        return raw.isoformat()
    text = str(raw).strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d %H:%M:%S"):
        try:
            return _dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    raise ValueProblem(tr("“{value}” is not a date (use dd/mm/yyyy).").format(value=text[:40]))


def _items(raw: Any) -> list[Any]:
    if isinstance(raw, (list, tuple)):
        return list(raw)
    if isinstance(raw, str):
        text = raw.strip()
        if text.startswith("["):
            try:
                value = json.loads(text)
                if isinstance(value, list):
                    return value
            except (ValueError, RecursionError):  # not JSON, or nested past any list a cell holds
                pass
        # "a; b" (labels may hold commas) or "a, b" or one per line
        separator = ";" if ";" in text else ("\n" if "\n" in text else ",")
        return [part for part in (p.strip() for p in text.replace("\n", separator).split(separator)) if part]
    return [raw]


def _unique(values: list[Any]) -> list[Any]:
    seen: set[Any] = set()  # linear: a list of 20,000 ids must not take seconds
    out: list[Any] = []
    for v in values:
        if v not in seen:
            seen.add(v)
            out.append(v)
    return out


def _link_items(raw: Any) -> list[Any]:
    """Links as the workbook shows them, "#6 its label" one per line (a label may hold commas),
    or any form `_items` reads."""
    if isinstance(raw, str):
        lines = [ln.strip() for ln in raw.strip().splitlines() if ln.strip()]
        if lines and all(re.match(r"#\s*\d", ln) for ln in lines):
            return lines
    return _items(raw)


def _link(f: Field, raw: Any, ctx: Context | None) -> int:
    if isinstance(raw, bool):
        raise ValueProblem(tr("Expected the number of a row."))
    if isinstance(raw, (int, float)):
        if isinstance(raw, float) and not raw.is_integer():
            raise ValueProblem(tr("Expected the number of a row."))
        row_id = int(raw)
    else:
        match = re.match(r"\s*#?\s*(\d{1,15})(?:\s|$)", str(raw))  # "3", "#3" or "#3 its label"
        if match is None:
            raise ValueProblem(tr("Expected the number of a row."))
        row_id = int(match.group(1))
    if ctx and ctx.row_ids and f.link:
        if row_id not in ctx.row_ids(f.link):
            raise ValueProblem(tr("Row {row} does not exist in the linked table.").format(row=row_id))
    return row_id


def _year_values(f: Field, raw: Any, ctx: Context | None) -> dict[str, float] | None:
    if isinstance(raw, str):
        text = raw.strip()
        try:
            if text.startswith("{"):
                raw = json.loads(text)
            else:
                # "2024: 5,5; 2025: 10" or "2024: 5.5, 2025: 10": a separator counts only before "year:"
                parts = [p for p in re.split(r"[;,]\s*(?=\d{4}\s*:)", text) if p.strip()]
                pairs = [p.split(":", 1) for p in parts]
                if any(len(p) != 2 for p in pairs):
                    raise ValueError(text)
                raw = dict(pairs)
        except ValueError:
            raise ValueProblem(tr("Expected yearly values as “2024: 10, 2025: 20”.")) from None
    if not isinstance(raw, dict):
        raise ValueProblem(tr("Expected yearly values as “2024: 10, 2025: 20”."))
    out: dict[str, float] = {}
    for key, value in raw.items():
        try:
            year = int(str(key).strip())
        except ValueError:
            raise ValueProblem(tr("“{value}” is not a year.").format(value=str(key)[:20])) from None
        if not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
            raise ValueProblem(tr("Expected a year between {low} and {high}.").format(low=YEAR_RANGE[0], high=YEAR_RANGE[1]))
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        number = _number(value, ctx.lang if ctx else None)
        _bounds(f, number, ctx.lang if ctx else None)
        out[str(year)] = round(number, 2) if f.type is FieldType.YEAR_VALUES else number
    return dict(sorted(out.items())) or None


def to_sql(f: Field, value: Any) -> Any:
    if value is None:
        return None
    if f.type in (FieldType.MULTICHOICE, FieldType.MULTILINK, FieldType.YEAR_VALUES):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


def from_sql(f: Field, value: Any) -> Any:
    if value is None:
        return None
    if f.type in (FieldType.MULTICHOICE, FieldType.MULTILINK, FieldType.YEAR_VALUES):
        try:
            return json.loads(value)
        except (TypeError, ValueError):
            return None
    return value


def display(f: Field, value: Any, lang: str | None = None, link_label: Callable[[str, int], str] | None = None) -> str:
    """A value as a person reads it in a table, a sheet note or the PDF."""
    if value is None or value == [] or value == {}:
        return ""
    t = f.type
    if t is FieldType.MONEY:
        return formatting.money(value, lang)
    if t is FieldType.PERCENT:
        return formatting.percent(value, 1, lang)
    if t is FieldType.DECIMAL:
        return formatting.number(value, 2, lang)
    if t is FieldType.INTEGER:
        return formatting.number(value, 0, lang)
    if t is FieldType.YEAR:
        return str(value)
    if t is FieldType.BOOL:
        return tr(YES, lang) if value else tr(NO, lang)
    if t is FieldType.DATE:
        try:
            return formatting.short_date(_dt.date.fromisoformat(value), lang)
        except ValueError:
            return str(value)
    if t is FieldType.CHOICE:
        return choice_label(f.choices or "", value, lang)
    if t is FieldType.MULTICHOICE:
        return "; ".join(choice_label(f.choices or "", v, lang) for v in value)
    if t is FieldType.LINK:
        return link_label(f.link or "", value) if link_label else f"#{value}"
    if t is FieldType.MULTILINK:
        return "; ".join(link_label(f.link or "", v) if link_label else f"#{v}" for v in value)
    if t is FieldType.YEAR_VALUES:
        dec = 2 if f.type is FieldType.YEAR_VALUES else 0
        return "; ".join(f"{y}: {formatting.number(v, dec if v != int(v) else 0, lang)}" for y, v in value.items())
    return str(value)


def plain_number(value: float | int, lang: str | None = None) -> str:
    """A number as exact editable text: every digit it holds, no exponent, no thousands mark.

    123456.78 → "123456,78" (es) / "123456.78" (en); 1500000 → "1500000". `parse` reads it back
    to the same float (the shortest repr round-trips, Decimal writes it without an exponent)."""
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, int):
        return str(value)
    if float(value).is_integer() and abs(value) < 1e16:
        return str(int(value))
    text = format(Decimal(repr(float(value))), "f")
    return text.replace(".", ",") if formatting._lang(lang) == "es" else text


def edit_text(f: Field, value: Any, lang: str | None = None) -> str:
    """A value as text a person can edit and parse back to the same value (no currency signs).

    `parse(f, edit_text(f, v, lang), Context(lang=lang)) == v` for every stored value."""
    if value is None:
        return ""
    t = f.type
    if t in (FieldType.DECIMAL, FieldType.MONEY, FieldType.PERCENT):
        return plain_number(value, lang)
    if t in (FieldType.INTEGER, FieldType.YEAR, FieldType.LINK):
        return str(value)
    if t is FieldType.MULTILINK:
        return ", ".join(str(v) for v in value)
    if t is FieldType.CHOICE:
        return _choice_edit_text(f, value, lang)
    if t is FieldType.MULTICHOICE:
        return "; ".join(_choice_edit_text(f, v, lang) for v in value)
    if t is FieldType.YEAR_VALUES:
        return "; ".join(f"{y}: {plain_number(v, lang)}" for y, v in value.items())
    return display(f, value, lang)


def _choice_edit_text(f: Field, code: str, lang: str | None) -> str:
    """The label, unless another option reads the same (then the code, which parses back)."""
    label = choice_label(f.choices or "", code, lang)
    if ";" in label or _label_codes(f.choices or "").get(loader.fold(label), {code}) != {code}:
        return code
    return label


_LABEL_CODES: dict[str, dict[str, set[str]]] = {}


def _label_codes(list_id: str) -> dict[str, set[str]]:
    """Folded label (either language) → the codes it names, for the static reference lists."""
    if list_id == "dpa_units":
        return {}
    if list_id not in _LABEL_CODES:
        table: dict[str, set[str]] = {}
        if list_id == "gad_parishes":  # any parish of the country (names repeat across cantons)
            dpa = loader.dpa()
            pairs = [(u.code, dpa.display_name(u.code)) for u in dpa.units if len(u.code) == 6]
        else:
            pairs = choice_items(list_id, None, "es") + choice_items(list_id, None, "en")
        for code, label in pairs:
            table.setdefault(loader.fold(label), set()).add(code)
            table.setdefault("\0" + loader.fold(code), set()).add(code)
        _LABEL_CODES[list_id] = table
    return _LABEL_CODES[list_id]
