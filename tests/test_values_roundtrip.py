"""Every value survives its own edit text: parse(edit_text(v)) == v, for every field of every
section, in Spanish and in English (the editors show edit_text and parse what comes back)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from plan_strategies import GAD_CODES, stored_value

from localplan.forms import SECTIONS, FieldType
from localplan.forms.spec import Field
from localplan.forms.values import Context, edit_text, parse
from localplan.i18n import T

FIELDS = {(f.type, f.choices, f.minimum, f.maximum, f.max_length): f for s in SECTIONS for f in s.fields}
IDS = {s.id: [1, 2, 3, 17, 250] for s in SECTIONS}


@st.composite
def field_values(draw):
    f = draw(st.sampled_from(sorted(FIELDS.values(), key=lambda f: (f.type.value, f.id))))
    gad = draw(st.sampled_from(GAD_CODES))
    # A person types at most 40 characters of a number (parse refuses more): 1e-199 is no entry.
    value = draw(stored_value(f, IDS, gad).filter(lambda v: not isinstance(v, float) or v == 0 or abs(v) >= 1e-9))
    return f, gad, value


def _ctx(lang: str, gad: str) -> Context:
    return Context(gad_code=gad, row_ids=lambda sid: set(IDS.get(sid, [])), lang=lang)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(field_values(), st.sampled_from(["es", "en"]))
def test_parse_of_edit_text_gives_back_the_value(fv, lang):
    f, gad, value = fv
    text = edit_text(f, value, lang)
    assert parse(f, text, _ctx(lang, gad)) == value, (f.id, text)


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("value", [123456.78, 1500000.0, 0.1, 1e-7, 999999999999.99, -2500.5])
@pytest.mark.parametrize("ftype", [FieldType.DECIMAL, FieldType.MONEY, FieldType.YEAR_VALUES])
def test_money_and_millions_stay_exact(lang, value, ftype):
    f = Field("x", T("x", "x"), ftype)
    if ftype is FieldType.MONEY:
        value = round(value, 2)
    stored = {"2024": round(value, 2), "2025": 18000.0} if ftype is FieldType.YEAR_VALUES else value
    text = edit_text(f, stored, lang)
    assert "e" not in text.lower() and "$" not in text
    assert parse(f, text, Context(lang=lang)) == stored


def test_the_yearly_values_of_the_issue():
    f = next(f for s in SECTIONS for f in s.fields if f.type is FieldType.YEAR_VALUES)
    assert edit_text(f, {"2024": 123456.78, "2025": 1500000.0}, "es") == "2024: 123456,78; 2025: 1500000"
    assert edit_text(f, {"2024": 123456.78, "2025": 1500000.0}, "en") == "2024: 123456.78; 2025: 1500000"


def test_choices_accept_codes_and_labels_whatever_the_case_and_accents():
    f = next(f for s in SECTIONS for f in s.fields if f.choices == "mobility_categories" and f.type is FieldType.CHOICE)
    assert parse(f, "PERSONAS INMIGRANTES", Context()) == "immigrant"
    assert parse(f, "personas inmigrantes", Context()) == "immigrant"
    assert parse(f, "Immigrant", Context()) == "immigrant"
    assert parse(f, "IMMIGRANT", Context()) == "immigrant"
