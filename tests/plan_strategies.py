"""Hypothesis strategies derived from the form specs: any plan the program could hold.

`stored_value(field, ids, gad_code)` draws a value in its *stored* form (what
`values.parse` returns) for each FieldType; `plans()` draws a whole PlanData with rows
in every section and links only to rows that exist. A new FieldType without a strategy
here fails loudly. Shared by the JSON tests and, later, the workbook ones.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from hypothesis import strategies as st

from localplan.domain.data import PlanData
from localplan.forms import SECTIONS, FieldType
from localplan.forms.spec import Field
from localplan.forms.values import YEAR_RANGE, Context, choice_codes
from localplan.reference import loader

F = FieldType
GAD_CODES = ["04", "0401", "040150", "17", "1701", "0801"]
# Text a field may hold (the interchange schema's TEXT_PATTERN and the forms' text rule): no lone
# surrogates, no control characters but tab and line break, no line/paragraph separators
# (normalised to a line break on input), no non-characters U+FFFE/U+FFFF.
_chars = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), whitelist_characters="\t\n",
                       blacklist_characters="\ufffe\uffff")


def _bounded_float(f: Field, places: int | None = None) -> st.SearchStrategy[float]:
    low = f.minimum if f.minimum is not None else -1e12
    high = f.maximum if f.maximum is not None else 1e12
    s = st.floats(low, high, allow_nan=False, allow_infinity=False)
    if places is not None:
        s = s.map(lambda x: round(x, places)).filter(lambda x: low <= x <= high)
    return s.map(lambda x: x + 0.0)  # no negative zero in the store


def stored_value(f: Field, ids: dict[str, list[int]], gad_code: str) -> st.SearchStrategy[Any]:
    """A value of `f` in stored form, or None ("not available")."""
    t = f.type
    if t is F.TEXT:
        s = st.text(_chars, max_size=min(f.max_length, 40)).map(lambda x: " ".join(x.split())).filter(bool)
    elif t is F.LONGTEXT:
        s = st.text(_chars, max_size=200).map(str.rstrip).filter(lambda x: x.strip() != "")
    elif t is F.INTEGER:
        s = st.integers(int(f.minimum if f.minimum is not None else -10**12), int(f.maximum if f.maximum is not None else 10**12))
    elif t in (F.DECIMAL, F.PERCENT):
        s = _bounded_float(f)
    elif t is F.MONEY:
        s = _bounded_float(f, 2)
    elif t is F.YEAR:
        s = st.integers(max(YEAR_RANGE[0], int(f.minimum or 0)), min(YEAR_RANGE[1], int(f.maximum or 10**6)))
    elif t is F.DATE:
        s = st.dates(_dt.date(1900, 1, 1), _dt.date(2100, 12, 31)).map(_dt.date.isoformat)
    elif t is F.BOOL:
        s = st.sampled_from([0, 1])
    elif t in (F.CHOICE, F.MULTICHOICE):
        codes = sorted(choice_codes(f.choices or "", Context(gad_code=gad_code)) or [])
        if not codes:
            return st.none()
        one = st.sampled_from(codes)
        s = one if t is F.CHOICE else st.lists(one, min_size=1, max_size=4, unique=True)
    elif t in (F.LINK, F.MULTILINK):
        targets = ids.get(f.link or "", [])
        if not targets:
            return st.none()
        one = st.sampled_from(targets)
        s = one if t is F.LINK else st.lists(one, min_size=1, max_size=4, unique=True)
    elif t is F.YEAR_VALUES:
        s = st.dictionaries(st.integers(*YEAR_RANGE).map(str), _bounded_float(f, 2), min_size=1, max_size=5).map(
            lambda d: dict(sorted(d.items())))
    else:  # pragma: no cover - a new type must get a strategy
        raise AssertionError(f"no strategy for {t}")
    return st.one_of(st.none(), s)


@st.composite
def plans(draw, max_rows: int = 3) -> PlanData:
    """A whole plan: the GAD, up to `max_rows` rows per section, links to existing rows only."""
    gad_code = draw(st.sampled_from(GAD_CODES))
    assert all(loader.dpa().get(c) for c in GAD_CODES)
    ids: dict[str, list[int]] = {}
    for sec in SECTIONS:
        if not sec.single:
            ids[sec.id] = draw(st.lists(st.integers(1, 10**6), max_size=max_rows, unique=True))
    sections: dict[str, list[dict[str, Any]]] = {}
    for sec in SECTIONS:
        if sec.single:
            row = {"id": 1, **{f.id: draw(stored_value(f, ids, gad_code)) for f in sec.fields}}
            row["gad_code"] = gad_code
            sections[sec.id] = [row]
        else:
            sections[sec.id] = [{"id": rid, **{f.id: draw(stored_value(f, ids, gad_code)) for f in sec.fields}}
                                for rid in ids[sec.id]]
    return PlanData(sections, {"example": "1" if draw(st.booleans()) else "0"})


# Any JSON value; its text may hold lone surrogates ("\ud800" is valid JSON, not valid text).
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(st.characters(blacklist_categories=()), max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
