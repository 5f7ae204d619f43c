"""The example plan's report read back as a recipient would: the new sections, COOTAD 249's floor
beside the priority-group spending, and every reference fact to verify with its mark and source."""

from __future__ import annotations

import re

import pytest

from localplan.demo import example_data
from localplan.domain.provenance import facts_in_plan
from localplan.reference import provenance


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def example_pdf(tmp_path_factory):
    from pypdf import PdfReader

    from localplan.exports import report

    data = example_data()
    path = report.write(data, tmp_path_factory.mktemp("pdf") / "informe.pdf", lang="es")
    pages = [p.extract_text() or "" for p in PdfReader(str(path)).pages]
    return data, squash("\n".join(pages))


def test_every_fact_to_verify_shows_its_mark_and_source(example_pdf):
    data, text = example_pdf
    facts = facts_in_plan(data)
    assert {(f.list_id, f.code) for f in facts} >= {("gcm_national_plan", ""), ("pnd_versions", "2025-2029"),
                                                     ("ordinance_bases", "lomh_gad"), ("ordinance_bases", "am_069_2020")}
    assert squash("Anexo C. Datos de referencia por verificar") in text
    for fact in facts:
        assert squash(provenance.with_source(fact, "es")) in text, fact.code
    # the marked labels are also marked where the tables show them
    assert squash("Plan Nacional de Desarrollo 2025–2029 (por verificar)") in text
    assert squash("Ley Orgánica de Movilidad Humana, arts. 165 y 166 (por verificar)") in text


def test_the_new_sections_and_the_cootad_floor_are_in_the_report(example_pdf):
    data, text = example_pdf
    for title in ("Visión", "Políticas locales", "Estrategias", "Reducción progresiva de los factores de riesgo",
                  "Promoción y difusión", "Riesgos para la ejecución del plan"):
        assert squash(title) in text, title
    assert squash(data.record("vision")["vision"][:60]) in text
    assert squash("el mínimo del art. 249 del COOTAD") in text
    assert squash("$285.000,00") in text  # 10 % of the 2024 non-tax revenue
    assert squash("$352.000,00") in text  # the priority-group budget beside it
    assert squash("Junta Cantonal de Protección de Derechos (JCPD)") in text


def test_a_marked_legal_basis_is_marked_where_the_recitals_print_it(example_pdf):
    """The national development plan is a fact to verify (its name rests on a public source): the recital that
    cites it shows the mark too, and the annex lists the fact once."""
    from localplan.reference.loader import choice_label

    data, text = example_pdf
    marked = {code for code in provenance.sources().get("ordinance_bases", {})}
    used = {r.get("basis") for r in data.rows("ordinance_recitals")} & marked
    assert {"pnd_2025", "lomh_gad"} <= used
    for code in used:
        label = choice_label("ordinance_bases", code, "es")
        assert label.endswith(" (por verificar)") and squash(label) in text, code
    assert text.count(squash("Plan Nacional de Desarrollo 2025–2029 (por verificar:")) == 1
