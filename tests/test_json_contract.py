"""One contract for the interchange file: the published schema accepts exactly what `import` accepts.

Documents (the example plan, a blank plan, the large synthetic plan) are mutated value by
value; jsonschema (Draft 2020-12, with format assertion) and the importer must give the same
verdict. The only allowed difference is the three rules JSON Schema cannot state, which the
schema names in its description (unique ids, links to existing rows, parishes of the GAD):
there the schema accepts and the importer refuses with exactly that reason.
"""

from __future__ import annotations

import copy
import functools
import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from localplan.errors import ValidationError
from localplan.exports import json_doc
from localplan.exports.json_schema import build_schema, list_codes, schema_path
from localplan.forms import SECTIONS, FieldType, section
from localplan.i18n import set_language
from localplan.imports import json_import
from localplan.reference import choice_list


@functools.cache
def validator() -> Draft202012Validator:
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


@functools.cache
def base(kind: str) -> str:
    import os
    import tempfile

    from localplan.domain.read import read_plan

    os.environ.setdefault("LOCALPLAN_HOME", tempfile.mkdtemp())
    folder = tempfile.mkdtemp()
    if kind == "example":
        from localplan.demo import build_example

        data = read_plan(str(build_example(f"{folder}/e.lplan")))
    elif kind == "blank":
        from localplan.domain.plan import Plan

        Plan.create(f"{folder}/b.lplan", {"gad_code": "0401", "name": "GAD Municipal de Tulcán", "level": "cantonal"}).close()
        data = read_plan(f"{folder}/b.lplan")
    else:
        from localplan import synthetic

        data = synthetic.generate("large", seed=0, gad_code="1701")
    return json.dumps(json_doc.document(data), ensure_ascii=False)


# Spanish messages of the three rules the schema cannot state
CROSS_REFERENCE = re.compile(r"no existe en la tabla vinculada|se usa dos veces|no es una de las opciones de esta lista")
PARISH_FIELDS = {(s.id, f.id) for s in SECTIONS for f in s.fields if f.choices == "gad_parishes"}


def _field_values(f):
    """Values aimed at one field: valid ones, near misses, and what people type instead of codes."""
    t = f.type
    common = [None, "", " ", True, False, 0, 1, 1.0, -1, 2.5, "1.234,50", "sí", "no", [], {}, "x" * 3]
    if t in (FieldType.CHOICE, FieldType.MULTICHOICE):
        codes = list_codes(f.choices)[:50]
        labels = [c.label.get(lang) for c in choice_list(f.choices)][:10] if f.choices not in ("gad_parishes", "dpa_units") else []
        picks = codes + labels + [c + " " for c in codes[:3]] + [c.upper() for c in codes[:3]]
        if t is FieldType.MULTICHOICE:
            return common + [[c] for c in picks] + [codes[:2], codes[:1] * 2, [None], [1], "; ".join(codes[:2])]
        return common + picks
    if t in (FieldType.TEXT, FieldType.LONGTEXT):
        return common + ["texto", "línea\nsegunda", "tab\there", "campana\x07", "salto\x0bWord", "\ud800", "\ufffe", "\x85",
                         "a" * f.max_length, "a" * (f.max_length + 1), " " * 3 + "a" * (f.max_length - 1), 12, 1e3]
    if t is FieldType.DATE:
        return common + ["2024-02-29", "2023-02-29", "2024-13-01", "29/02/2024", "2024-1-05", "２０２４-01-01", "2024-01-01\n",
                         "2024-01-01T00:00:00"]
    if t is FieldType.YEAR_VALUES:
        return common + [{"2024": 10}, {"2024": 10.5, "2025": 0}, {"1949": 1}, {"2101": 1}, {"2024": None}, {"2024": "10"},
                         {"abc": 1}, {"2024": -1}, {" 2024": 1}, {"2024": 1e16}, {"2024": True}, {"0x7e8": 1}]
    if t in (FieldType.LINK, FieldType.MULTILINK):
        return common + [3, 999, 2.0, "3", "#3", [1, 2], [1, 1], [1.0], [True], [0], [2**60]]
    # numbers, years, bools
    return common + [1950, 1949, 2100, 2101, 2023, 1e15, 1e15 + 2, -1e15, -1e15 - 2, 10**20, 99.999, 100, 100.5,
                     "2023", 0.5, 2**53, -0.0]


lang = "es"


@st.composite
def mutated(draw, kind: str):
    doc = json.loads(base(kind))
    sections = doc["sections"]
    what = draw(st.sampled_from(["field", "field", "field", "field", "delete", "extra", "id", "top", "section"]))
    filled = [s for s in SECTIONS if s.single or sections.get(s.id)]
    sec = draw(st.sampled_from(filled))
    record = sections[sec.id] if sec.single else draw(st.sampled_from(sections[sec.id]))
    if what == "field":
        f = draw(st.sampled_from(sec.fields))
        record[f.id] = copy.deepcopy(draw(st.sampled_from(_field_values(f))))
    elif what == "delete":
        keys = sorted(record)
        if keys:
            del record[draw(st.sampled_from(keys))]
    elif what == "extra":
        record[draw(st.sampled_from(["extra", "ID", "Id", "nombre"]))] = 1
    elif what == "id" and not sec.single:
        record["id"] = draw(st.sampled_from([0, -1, 1.0, 1.5, "1", None, True, 2**53, 2**53 + 1, record["id"] + 10**6]))
    elif what == "top":
        key = draw(st.sampled_from(["format", "format_version", "example", "generator", "extra", "sections"]))
        doc[key] = draw(st.sampled_from([None, 1, 1.0, 2, 0, True, "x", "localplan-plan", [], {}]))
    elif what == "section":
        sections[draw(st.sampled_from([s.id for s in SECTIONS] + ["nope"]))] = draw(st.sampled_from([None, [], {}, [{}], 1]))
    return doc


def _verdicts(doc) -> tuple[bool, bool, list[str]]:
    text = json.dumps(doc, allow_nan=False)
    schema_ok = validator().is_valid(json.loads(text))
    try:
        json_import.read_text(text, "x.json")
    except ValidationError as exc:
        return schema_ok, False, exc.details or [exc.message]
    return schema_ok, True, []


def _same_verdict(doc) -> None:
    set_language("es")
    schema_ok, importer_ok, details = _verdicts(doc)
    if schema_ok and not importer_ok:
        assert details and all(CROSS_REFERENCE.search(d) for d in details), details
        return
    assert schema_ok == importer_ok, (schema_ok, importer_ok, details, [e.message[:200] for e in validator().iter_errors(doc)][:5])


def test_the_published_schema_is_the_built_one_and_names_every_code():
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    assert schema == build_schema()
    Draft202012Validator.check_schema(schema)
    text = json.dumps(schema)
    assert "x-choices" not in text
    for sec in SECTIONS:
        for f in sec.fields:
            node = schema["properties"]["sections"]["properties"][sec.id]
            props = node["properties"] if sec.single else node["items"]["properties"]
            fs = props[f.id]
            if f.type is FieldType.CHOICE:
                assert "enum" in schema["$defs"][f.choices] and f.choices in json.dumps(fs)
            if f.type in (FieldType.LINK, FieldType.MULTILINK):
                assert "integer" in json.dumps(fs)
    assert schema["additionalProperties"] is False and schema["properties"]["sections"]["additionalProperties"] is False


@pytest.mark.parametrize("kind", ["example", "blank", "large"])
def test_the_unmutated_documents_are_valid_for_both(kind):
    set_language("es")
    assert _verdicts(json.loads(base(kind))) == (True, True, [])


@pytest.mark.parametrize("doc_text,reason", [
    ('{"category": "foo"}', "a code no list holds"),
    ('{"not_available": 7}', "a bool that is neither 0 nor 1"),
    ('{"value": "1.234,50"}', "a number written for people"),
    ('{"not_available": "sí"}', "a yes written for people"),
    ('{"category": "Inmigrantes"}', "a label instead of a code"),
])
def test_what_the_issue_found_is_refused_by_both(doc_text, reason):
    doc = json.loads(base("blank"))
    doc["sections"]["mobility_profile"] = [{"id": 1, **json.loads(doc_text)}]
    schema_ok, importer_ok, _ = _verdicts(doc)
    assert not schema_ok and not importer_ok, reason


def test_a_link_to_a_missing_row_is_refused_by_the_importer_and_documented_by_the_schema():
    doc = json.loads(base("example"))
    goal = doc["sections"]["goals"][0]
    goal["objective"] = 999
    schema_ok, importer_ok, details = _verdicts(doc)
    assert schema_ok and not importer_ok and all(CROSS_REFERENCE.search(d) for d in details)
    assert "x-link" in json.dumps(build_schema()) and "links (x-link) name an existing row" in build_schema()["description"]


SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large], database=None)


@settings(max_examples=120, **SETTINGS)
@given(doc=mutated("blank"))
def test_schema_and_importer_agree_on_mutations_of_the_blank_plan(doc):
    _same_verdict(doc)


@settings(max_examples=60, **SETTINGS)
@given(doc=mutated("example"))
def test_schema_and_importer_agree_on_mutations_of_the_example(doc):
    _same_verdict(doc)


@settings(max_examples=4, **SETTINGS)
@given(doc=mutated("large"))
def test_schema_and_importer_agree_on_mutations_of_the_large_plan(doc):
    _same_verdict(doc)


def test_every_field_of_every_section_agrees_on_every_aimed_value():
    """Not sampled: each aimed value in each field of the blank plan's sections (one row each)."""
    set_language("es")
    skeleton = json.loads(base("blank"))
    for sec in SECTIONS:
        for f in sec.fields:
            for value in _field_values(f):
                doc = copy.deepcopy(skeleton)
                record = {"id": 1} if not sec.single else doc["sections"][sec.id]
                record[f.id] = copy.deepcopy(value)
                if not sec.single:
                    doc["sections"][sec.id] = [record]
                try:
                    _same_verdict(doc)
                except AssertionError as exc:
                    raise AssertionError(f"{sec.id}.{f.id} = {value!r}: {exc}") from None


def test_section_lookup():
    assert section("goals").field("objective").link == "objectives"


def test_whole_numbers_written_with_a_decimal_point_are_whole_numbers_for_both():
    """JSON Schema's "integer" accepts 3.0; so does the importer, and stores 3."""
    set_language("es")
    doc = json.loads(base("example"))
    doc["format_version"] = 1.0
    doc["sections"]["mobility_profile"][0]["id"] = float(doc["sections"]["mobility_profile"][0]["id"])
    doc["sections"]["goals"][0]["objective"] = float(doc["sections"]["goals"][0]["objective"])
    assert _verdicts(doc) == (True, True, [])
    data = json_import.read_text(json.dumps(doc), "x.json")
    assert all(isinstance(r["id"], int) for r in data.rows("mobility_profile"))
    assert isinstance(data.rows("goals")[0]["objective"], int)
