"""Property tests with strategies derived from the form specs (tests/plan_strategies.py).

1. Any plan survives export → import → export unchanged, for every interchange format in
   ROUNDTRIP_FORMATS (JSON now; the workbook plugs in there).
2. Any mutation of a valid JSON document (wrong types, missing or extra fields and
   sections, huge strings, deep nesting, duplicated ids, broken links) is either imported
   correctly or refused with located messages and nothing written — never a traceback.

Examples are bounded (settings below) so the default suite stays fast.
"""

from __future__ import annotations

import copy
import json
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from plan_strategies import json_values, plans

from localplan.domain.data import PlanData
from localplan.domain.read import read_plan
from localplan.errors import ValidationError
from localplan.exports import json_doc
from localplan.forms import SECTIONS, FieldType
from localplan.imports import json_import

BOUNDED = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# --- 1. round trip ----------------------------------------------------------------------
# (id, write PlanData to a file, read a file back into PlanData). The workbook adds its pair.
ROUNDTRIP_FORMATS: list[tuple[str, Callable[[PlanData, Path], Path], Callable[[Path], PlanData]]] = [
    ("json", lambda data, path: json_doc.write(data, path), json_import.read_file),
]


@pytest.mark.parametrize("fmt", ROUNDTRIP_FORMATS, ids=lambda f: f[0])
@BOUNDED
@given(data=plans())
def test_any_plan_survives_export_import_export(fmt, data):
    _, write, read = fmt
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        first = write(data, folder / "first.out").read_bytes()
        json_import.create_from(read(folder / "first.out"), folder / "plan.lplan")
        second = write(read_plan(str(folder / "plan.lplan")), folder / "second.out").read_bytes()
    assert first == second
    assert json_doc.dumps(data) == first.decode("utf-8")  # and nothing was lost on the way out


# --- 2. mutations -----------------------------------------------------------------------
LINK_FIELDS = [(s.id, f.id, f.type) for s in SECTIONS for f in s.fields if f.type in (FieldType.LINK, FieldType.MULTILINK)]
MUTATIONS = ["replace", "delete", "extra_field", "extra_section", "missing_section", "duplicate_row",
             "broken_link", "huge_string", "deep_nesting", "top_level"]


def _walk(draw, node) -> list:
    path: list = []
    while isinstance(node, (dict, list)) and node and draw(st.integers(0, 3)):
        key = draw(st.sampled_from(sorted(node) if isinstance(node, dict) else list(range(len(node)))))
        path.append(key)
        node = node[key]
    return path


def _at(doc, path):
    for key in path:
        doc = doc[key]
    return doc


def _rows(doc) -> list[tuple[str, dict]]:
    sections = doc["sections"]
    out = [("gad", sections["gad"])]
    out += [(s.id, r) for s in SECTIONS if not s.single for r in sections[s.id]]
    return out


@st.composite
def mutated_documents(draw):
    doc = json_doc.document(draw(plans(max_rows=2)))
    kind = draw(st.sampled_from(MUTATIONS))
    sections = doc["sections"]
    rows = _rows(doc)
    if kind == "replace":
        path = _walk(draw, doc)
        if path:
            _at(doc, path[:-1])[path[-1]] = draw(json_values)
    elif kind == "delete":
        path = _walk(draw, doc)
        if path:
            del _at(doc, path[:-1])[path[-1]]
    elif kind == "extra_field":
        _, row = draw(st.sampled_from(rows))
        row[draw(st.text(min_size=1, max_size=10))] = draw(json_values)
    elif kind == "extra_section":
        sections[draw(st.text(min_size=1, max_size=10))] = draw(json_values)
    elif kind == "missing_section":
        del sections[draw(st.sampled_from(sorted(sections)))]
    elif kind == "duplicate_row":
        filled = [s for s in sorted(sections) if isinstance(sections[s], list) and sections[s]]
        if filled:
            rows_of = sections[draw(st.sampled_from(filled))]
            rows_of.append(copy.deepcopy(draw(st.sampled_from(rows_of))))
    elif kind == "broken_link":
        section_id, field_id, ftype = draw(st.sampled_from(LINK_FIELDS))
        if sections[section_id]:
            row = draw(st.sampled_from(sections[section_id]))
            row[field_id] = 10**7 if ftype is FieldType.LINK else [10**7]
    elif kind == "huge_string":
        _, row = draw(st.sampled_from(rows))
        row[draw(st.sampled_from(sorted(row)))] = "ñ" * draw(st.integers(20_001, 60_000))
    elif kind == "deep_nesting":
        _, row = draw(st.sampled_from(rows))
        value: object = "x"
        for _ in range(draw(st.integers(50, 950))):
            value = [value] if draw(st.booleans()) else {"k": value}
        row[draw(st.sampled_from(sorted(row)))] = value
    elif kind == "top_level":
        key = draw(st.sampled_from(["format", "format_version", "sections", "example", "generator", "extra"]))
        doc[key] = draw(json_values)
    return kind, doc


@settings(BOUNDED, max_examples=100)
@given(case=mutated_documents())
def test_any_mutated_json_is_imported_or_refused_cleanly(case):
    kind, doc = case
    text = json.dumps(doc)  # \u escapes: lone surrogates reach the importer as JSON allows
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source = folder / "mutado.json"
        source.write_text(text, encoding="utf-8")
        target = folder / "plan.lplan"
        try:
            data = json_import.read_file(source)
            json_import.create_from(data, target)
        except ValidationError as exc:
            assert exc.message.strip()
            assert all(isinstance(d, str) and d.strip() for d in exc.details)
            if kind in ("broken_link", "duplicate_row"):
                assert any("fila" in d for d in exc.details), exc.details  # located: section and row
            assert sorted(p.name for p in folder.iterdir()) == ["mutado.json"]  # nothing written
            return
        assert json_doc.dumps(read_plan(str(target))) == json_doc.dumps(data)  # imported correctly


@pytest.mark.parametrize("depth", [500, 900, 990, 5000])
def test_deep_nesting_in_a_field_is_refused_cleanly(new_plan, depth):
    doc = json_doc.document(new_plan.snapshot())
    text = json.dumps(doc)
    nested = "[" * depth + '"x"' + "]" * depth
    text = text.replace('"team": null', f'"team": {nested}')
    with pytest.raises(ValidationError):
        json_import.read_text(text, "x.json")


def test_a_lone_surrogate_is_refused_not_a_traceback(new_plan):
    doc = json_doc.document(new_plan.snapshot())
    doc["sections"]["gad"]["team"] = "equipo \ud800"
    with pytest.raises(ValidationError) as info:
        json_import.read_text(json.dumps(doc), "x.json")
    assert any("caracteres no válidos" in d for d in info.value.details)
    from localplan.forms.values import ValueProblem

    with pytest.raises(ValueProblem):
        new_plan.set_value("gad", 1, "team", "x\udfff")


def test_a_number_of_hundreds_of_digits_is_refused_not_a_traceback(new_plan):
    doc = json_doc.document(new_plan.snapshot())
    text = json.dumps(doc).replace('"period_start": 2023', '"period_start": ' + "9" * 400)
    with pytest.raises(ValidationError) as info:
        json_import.read_text(text, "x.json")
    assert any("fuera de rango" in d or "como máximo 2100" in d for d in info.value.details)  # a year: at most 2100


def test_a_million_rows_is_refused_before_parsing():
    import tracemalloc

    rows = ",".join(f'{{"id":{i}}}' for i in range(1, 1_000_001))
    text = '{"format":"localplan-plan","format_version":1,"sections":{"goals":[' + rows + "]}}"
    tracemalloc.start()
    try:
        with pytest.raises(ValidationError, match="muchos más datos"):
            json_import.read_text(text, "enorme.json")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20 * 1024 * 1024  # parsing would have built a million dicts (~250 MB)


def test_a_200_mb_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "enorme.json"
    with open(path, "wb") as fh:  # sparse
        fh.truncate(200 * 1024 * 1024)
    with pytest.raises(ValidationError, match="demasiado grande"):
        json_import.read_file(path)
