"""The specs, tested without widgets: well-formed, bilingual, and consistent."""

import pytest

from localplan.forms import SECTIONS, STEPS, FieldType
from localplan.forms.values import Context, ValueProblem, display, edit_text, parse
from localplan.reference.loader import list_ids


def test_section_and_field_ids_are_unique_and_safe():
    ids = [s.id for s in SECTIONS]
    assert len(ids) == len(set(ids))
    for s in SECTIONS:
        assert s.id.isidentifier() and s.id.islower()
        fids = [f.id for f in s.fields]
        assert len(fids) == len(set(fids)), s.id
        assert all(f.isidentifier() and f not in ("id", "pos") for f in fids), s.id


def test_every_label_and_help_is_bilingual():
    for s in SECTIONS:
        assert s.title.en and s.title.es, s.id
        for f in s.fields:
            assert f.label.en and f.label.es, (s.id, f.id)
            assert bool(f.help.en) == bool(f.help.es), (s.id, f.id)


def test_choices_and_links_point_at_things_that_exist():
    sections = {s.id for s in SECTIONS}
    lists = set(list_ids()) | {"gad_parishes", "dpa_units"}
    for s in SECTIONS:
        assert s.step in {st.id for st in STEPS}
        if s.label_field:
            assert s.label_field in s.field_ids
        for f in s.fields:
            if f.type in (FieldType.CHOICE, FieldType.MULTICHOICE):
                assert f.choices in lists, (s.id, f.id)
            if f.type in (FieldType.LINK, FieldType.MULTILINK):
                assert f.link in sections, (s.id, f.id)


def field_of(type_, **kw):
    from localplan.forms.spec import Field
    from localplan.i18n import T

    return Field("x", T("X", "X"), type_, **kw)


@pytest.mark.parametrize("raw,expected", [("1.234,56", 1234.56), ("$ 1.234,5", 1234.5), ("12", 12.0), (7, 7.0)])
def test_money_parses_spanish_typing(raw, expected):
    assert parse(field_of(FieldType.MONEY), raw, Context(lang="es")) == expected


def test_numbers_are_refused_with_a_spanish_message():
    with pytest.raises(ValueProblem, match="no es un número"):
        parse(field_of(FieldType.INTEGER), "doce", Context(lang="es"))
    with pytest.raises(ValueProblem, match="entero"):
        parse(field_of(FieldType.INTEGER), "1,5", Context(lang="es"))
    with pytest.raises(ValueProblem, match="al menos"):
        parse(field_of(FieldType.INTEGER, minimum=0), "-3", Context(lang="es"))
    with pytest.raises(ValueProblem):
        parse(field_of(FieldType.YEAR), "3024", Context(lang="es"))


def test_empty_means_not_available_not_zero():
    assert parse(field_of(FieldType.INTEGER), "  ", Context()) is None
    assert parse(field_of(FieldType.INTEGER), "0", Context()) == 0


def test_choices_accept_codes_and_labels_in_either_language():
    f = field_of(FieldType.CHOICE, choices="sex")
    assert parse(f, "female", Context()) == "female"
    assert parse(f, "Mujeres", Context()) == "female"
    assert parse(f, "women", Context()) == "female"
    with pytest.raises(ValueProblem, match="opciones"):
        parse(f, "otro", Context())
    m = field_of(FieldType.MULTICHOICE, choices="gcm_objectives")
    assert parse(m, "1; 16; 16", Context()) == ["1", "16"]
    assert parse(m, "1, 16", Context()) == ["1", "16"]
    groups = [c for c in __import__("localplan.reference", fromlist=["x"]).choice_list("mobility_categories")]
    label = groups[4].label.es  # holds commas inside parentheses
    assert parse(field_of(FieldType.MULTICHOICE, choices="mobility_categories"), f"{label}; Personas inmigrantes",
                 Context()) == [groups[4].code, "immigrant"]


def test_parishes_list_depends_on_the_gad():
    f = field_of(FieldType.CHOICE, choices="gad_parishes")
    assert parse(f, "040151", Context(gad_code="0401")) == "040151"
    with pytest.raises(ValueProblem):
        parse(f, "010150", Context(gad_code="0401"))


def test_links_must_name_existing_rows():
    f = field_of(FieldType.MULTILINK, link="problems")
    ctx = Context(row_ids=lambda sid: {1, 2})
    assert parse(f, "1, #2", ctx) == [1, 2]
    with pytest.raises(ValueProblem, match="no existe"):
        parse(f, "3", ctx)


def test_year_values_and_display():
    f = field_of(FieldType.YEAR_VALUES)
    value = parse(f, "2025: 10, 2024: 5,5", Context(lang="en"))
    assert value == {"2024": 5.5, "2025": 10.0} or value == {"2024": 5.0, "2025": 10.0}
    assert parse(f, {"2024": 1, "2025": None}, Context()) == {"2024": 1.0}
    assert display(field_of(FieldType.MONEY), 1234.5, "es") == "$1.234,50"
    assert display(field_of(FieldType.PERCENT), 12.5, "es") == "12,5 %"
    assert edit_text(field_of(FieldType.MONEY), 1234.5, "es") == "1234,5"
    assert parse(field_of(FieldType.MONEY), edit_text(field_of(FieldType.MONEY), 1234.5, "es"), Context(lang="es")) == 1234.5


def test_texts_are_trimmed_and_bounded():
    assert parse(field_of(FieldType.TEXT), "  a   b ", Context()) == "a b"
    with pytest.raises(ValueProblem, match="largo"):
        parse(field_of(FieldType.TEXT, max_length=5), "123456", Context())


def test_a_single_option_whose_label_has_commas():
    label = "Personas sujetas a protección internacional (refugiadas, solicitantes de asilo, apátridas)"
    f = field_of(FieldType.MULTICHOICE, choices="mobility_categories")
    assert parse(f, label, Context()) == ["international_protection"]
