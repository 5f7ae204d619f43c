"""Interchange JSON: export → import → export is identical; bad files get located messages."""

import json

import pytest

from localplan.domain.read import read_plan
from localplan.errors import ValidationError
from localplan.exports import json_doc
from localplan.imports import json_import


def test_export_import_export_is_identical(new_plan, tmp_path):
    new_plan.set_value("gad", 1, "team", "Ñusta — “coordinadora”\n¿Quién? ¡Todos!")
    first = json_doc.dumps(new_plan.snapshot())
    data = json_import.read_text(first)
    json_import.create_from(data, tmp_path / "again.lplan")
    second = json_doc.dumps(read_plan(str(tmp_path / "again.lplan")))
    assert first == second


def test_document_validates_against_the_published_schema(new_plan):
    jsonschema = pytest.importorskip("jsonschema")
    from localplan.exports.json_schema import schema_path

    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    jsonschema.validate(json_doc.document(new_plan.snapshot()), schema)


def test_published_schema_is_up_to_date():
    from localplan.exports.json_schema import build_schema, schema_path

    assert json.loads(schema_path().read_text(encoding="utf-8")) == build_schema(), \
        "run: python -m localplan.exports.json_schema"


@pytest.mark.parametrize("text,words", [
    ("not json", "no es un JSON"),
    ("[]", "no es un documento"),
    ('{"format": "localplan-plan", "format_version": 99, "sections": {}}', "más reciente"),
    ('{"format": "localplan-plan", "format_version": 1}', "sections"),
    ("[" * 100000 + "]" * 100000, "anidamiento"),
])
def test_broken_documents_are_refused(text, words):
    with pytest.raises(ValidationError, match=words):
        json_import.read_text(text, "x.json")


def test_problems_are_located(new_plan):
    doc = json_doc.document(new_plan.snapshot())
    doc["sections"]["gad"]["period_start"] = "dos mil"
    doc["sections"]["gad"]["unknown"] = 1
    doc["sections"]["nope"] = []
    with pytest.raises(ValidationError) as info:
        json_import.validate(doc, "x.json")
    text = "\n".join(info.value.details)
    assert "Periodo del plan: año inicial" in text and "no es un número" in text
    assert "Campo desconocido «unknown»" in text
    assert "Sección desconocida «nope»" in text


def test_import_writes_nothing_when_invalid(tmp_path):
    source = tmp_path / "x.json"
    source.write_text('{"format": "localplan-plan", "format_version": 1, "sections": {"gad": {"period_start": "x"}}}',
                      encoding="utf-8")
    target = tmp_path / "x.lplan"
    with pytest.raises(ValidationError):
        json_import.create_from(json_import.read_file(source), target)
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.json"]
