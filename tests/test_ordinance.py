"""The ordinance core: templates per level, numbering and references, checks, deadlines, versions."""

import datetime as dt

import pytest

from localplan.domain.data import PlanData
from localplan.ordinance import approval, checks, library, numbering, render, templates, versions


def data_for(code, level, name):
    return PlanData({"gad": [{"id": 1, "gad_code": code, "level": level, "name": name, "authority": "Ana Pérez",
                              "period_start": 2023, "period_end": 2027}]})


LEVELS = [("04", "provincial", "GAD Provincial del Carchi", "Consejo Provincial", "47, letra a)", "Prefecto"),
          ("0401", "cantonal", "GAD Municipal de Tulcán", "Concejo Municipal del cantón Tulcán", "57, letra a)", "Alcalde"),
          ("040151", "parish", "GAD Parroquial Rural de El Carmelo", "Junta Parroquial Rural", "67, letra a)", "Presidente")]


@pytest.mark.parametrize("code,level,name,body,power,executive", LEVELS)
@pytest.mark.parametrize("template", ["rights_protection", "roundtable", "service_centre"])
def test_every_template_fits_every_level(code, level, name, body, power, executive, template):
    data = data_for(code, level, name)
    rows = templates.build_rows(template, data, "es")
    data.sections.update(rows)
    text = "\n".join(render.lines(render.build(data, "es")))
    assert body.upper() in text and power in text and executive in text
    assert "{" not in text.replace("{{", "")  # every placeholder filled
    bases = {r["basis"] for r in rows["ordinance_recitals"]}
    assert ("cootad_57a" in bases) == (level == "cantonal") and ("cootad_67a" in bases) == (level == "parish")
    if level == "parish":
        assert "RESOLUCIÓN" in text.split("\n")[0]
    assert "EN LA CANTÓN" not in text and "de GAD" not in text
    assert [c for c in checks.run(data) if not c.ok and c.id in ("numbering", "no_empty_article")] == []


def test_template_structure_per_kind_and_english():
    data = data_for("0401", "cantonal", "GAD Municipal de Tulcán")
    rows = templates.build_rows("roundtable", data, "en")
    titles = [r["heading"] for r in rows["ordinance_articles"]]
    assert "Creation of the cantonal human-mobility roundtable" in titles
    assert rows["ordinance"][0]["title"].startswith("Ordinance creating and governing the Cantonal")


def arts(*kinds):
    return [{"id": i + 10, "kind": k, "heading": f"h{i}", "text": f"t{i}"} for i, k in enumerate(kinds)]


def test_numbering_follows_order_and_references_follow_moves():
    rows = arts("titulo", "capitulo", "article", "article", "capitulo", "article", "titulo", "capitulo", "article")
    rows[2]["text"] = "Véase el {{art:15}}."
    labels = numbering.labels(rows)
    assert [labels[r["id"]] for r in rows] == ["TÍTULO I", "CAPÍTULO I", "Art. 1.-", "Art. 2.-", "CAPÍTULO II",
                                               "Art. 3.-", "TÍTULO II", "CAPÍTULO I", "Art. 4.-"]
    assert numbering.render_refs(rows[2]["text"], numbering.article_numbers(rows)) == "Véase el artículo 3."
    moved = [rows[5]] + [r for r in rows if r is not rows[5]]  # the cited article moves to the top
    assert numbering.render_refs(rows[2]["text"], numbering.article_numbers(moved)) == "Véase el artículo 1."
    assert numbering.render_refs("{{art:99}}", numbering.article_numbers(rows), "en") == "[missing article]"


def test_disposition_ordinals_and_single():
    rows = [{"id": 1, "kind": "final"}, {"id": 2, "kind": "general"}, {"id": 3, "kind": "general"},
            {"id": 4, "kind": "transitoria"}]
    assert numbering.disposition_labels(rows) == {2: "PRIMERA.-", 3: "SEGUNDA.-", 4: "ÚNICA.-", 1: "ÚNICA.-"}
    assert [k for k, _ in numbering.grouped_dispositions(rows)] == ["general", "transitoria", "final"]
    assert numbering.ordinal(12) == "DÉCIMA SEGUNDA" and numbering.roman(14) == "XIV"


def complete():
    data = data_for("0401", "cantonal", "GAD Municipal de Tulcán")
    data.sections.update(templates.build_rows("rights_protection", data, "es"))
    data.sections["ordinance"][0]["secretary"] = "Luis Andrade"
    data.sections["ordinance"][0]["repeals"] = "la Ordenanza 012-2019"
    return data


def failing(data, rule):
    return [c for c in checks.run(data, dt.date(2025, 1, 1)) if c.id == rule and not c.ok]


def test_checks_are_silent_on_a_complete_draft():
    assert all(c.ok for c in checks.run(complete(), dt.date(2025, 1, 1)))


@pytest.mark.parametrize("rule,spoil", [
    ("one_subject", lambda d: d.sections["ordinance"][0].update(subject=None)),
    ("recitals_sourced", lambda d: d.sections["ordinance_recitals"][0].update(reference="")),
    ("no_empty_article", lambda d: d.sections["ordinance_articles"][2].update(text="  ")),
    ("no_empty_article", lambda d: d.sections["ordinance_articles"].insert(0, {"id": 900, "kind": "titulo", "heading": "x"})),
    ("numbering", lambda d: d.sections["ordinance_articles"][3].update(text="Según el {{art:4242}}.")),
    ("required_parts", lambda d: d.sections.update(ordinance_dispositions=[])),
    ("required_parts", lambda d: d.sections["ordinance"][0].update(secretary=None)),
    ("required_parts", lambda d: d.sections["ordinance"][0].update(repeals=" ")),
    ("procedure", lambda d: d.sections.update(ordinance_steps=[
        {"id": 1, "step": "first_debate", "date": "2025-03-10"}, {"id": 2, "step": "second_debate", "date": "2025-03-10"}])),
])
def test_each_check_fires(rule, spoil):
    data = complete()
    spoil(data)
    found = failing(data, rule)
    assert found and all(f.message for f in found)


def steps(*pairs):
    return PlanData({"ordinance_steps": [{"id": i + 1, "step": s, "date": d} for i, (s, d) in enumerate(pairs)]})


def test_second_debate_must_be_on_another_day():
    same = steps(("first_debate", "2025-03-10"), ("second_debate", "2025-03-10"))
    assert [n.level for n in approval.notices(same, dt.date(2025, 3, 11))] == ["error"]
    ok = steps(("first_debate", "2025-03-10"), ("second_debate", "2025-03-11"))
    assert approval.notices(ok, dt.date(2025, 3, 12)) == []


def test_sanction_deadline_is_eight_calendar_days():
    base = [("first_debate", "2025-03-10"), ("second_debate", "2025-03-17"), ("sent_to_executive", "2025-03-18")]
    data = steps(*base)
    assert approval.sanction_deadline(data) == dt.date(2025, 3, 26)
    pending = approval.notices(data, dt.date(2025, 3, 20))
    assert pending[0].level == "info" and "26/03/2025" in pending[0].message and "6" in pending[0].message
    lapsed = approval.notices(data, dt.date(2025, 3, 27))
    assert lapsed[0].level == "warning" and "ministerio de la ley" in lapsed[0].message
    assert approval.notices(steps(*base, ("sanctioned", "2025-03-26")), dt.date(2025, 4, 1)) == []
    late = approval.notices(steps(*base, ("sanctioned", "2025-03-28")), dt.date(2025, 4, 1))
    assert late[0].level == "warning" and "2 día" in late[0].message
    assert approval.status_label(steps(*base, ("sanctioned", "2025-03-26"))) == "Sancionada (26/03/2025)"


def test_versions_freeze_and_show_a_readable_difference():
    data = complete()
    frozen = versions.thaw(versions.freeze(data))
    data.sections["ordinance_articles"][3]["text"] += " Frase añadida."
    del data.sections["ordinance_recitals"][0]
    changes = versions.compare(frozen, data)
    text = versions.as_text(changes)
    assert "+ Art. 2.- Ámbito.-" in text and "Frase añadida." in text and "- Que, el artículo 1" in text
    assert versions.summary(changes) == {"added": 0, "removed": 1, "changed": 1}
    replaced = next(c for c in changes if c.words)
    assert ("insert", "Frase añadida.") in replaced.words or any("Frase" in t for tag, t in replaced.words if tag == "insert")
    assert "background:#d4edda" in versions.as_html(changes)
    assert versions.compare(frozen, frozen) and not any(c.tag != "equal" for c in versions.compare(frozen, frozen))


def test_damaged_version_is_refused_politely():
    from localplan.errors import UserError

    with pytest.raises(UserError, match="congelado"):
        versions.thaw("{not json")


def test_library_items_name_their_source():
    for basis in library.bases().values():
        assert basis.reference.es and basis.reference.en and basis.text.es and basis.text.en
    for clause in library.clauses().values():
        assert clause.heading.es and clause.text.en
