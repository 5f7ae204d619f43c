"""Every rule of the national roll-up, over example, empty, duplicate, nested and packaged plans."""

from __future__ import annotations

import json
import os
import time

import pytest
from openpyxl import load_workbook

from localplan import synthetic
from localplan.cli import main
from localplan.consolidate.collect import collect, find
from localplan.consolidate.summary import people_figures
from localplan.consolidate.workbook import write_national


def _age(path, days):
    stamp = time.time() - days * 86400
    os.utime(path, (stamp, stamp))


@pytest.fixture(scope="module")
def country(tmp_path_factory):
    """A folder tree as the ministry receives it."""
    from localplan.demo import build_example
    from localplan.domain.plan import Plan
    from localplan.domain.read import read_plan
    from localplan.exports.package import write_package

    os.environ.setdefault("LOCALPLAN_HOME", str(tmp_path_factory.mktemp("home")))
    top = tmp_path_factory.mktemp("entregas")
    build_example(top / "ejemplo.lplan")
    # Tulcán (0401): a complete plan three folders down, edited 10 days ago, and a newer EMPTY plan at the top
    deep = top / "carchi" / "tulcan" / "2024"
    deep.mkdir(parents=True)
    synthetic.write_plan(deep / "tulcan.lplan", "small", seed=1, gad_code="0401")
    _age(deep / "tulcan.lplan", 10)
    Plan.create(top / "tulcan_nuevo.lplan", {"gad_code": "0401", "name": "GAD Municipal de Tulcán", "level": "cantonal"}).close()
    # Bolívar (0402): two complete plans; the one edited last wins
    synthetic.write_plan(top / "carchi" / "bolivar_viejo.lplan", "small", seed=2, gad_code="0402")
    _age(top / "carchi" / "bolivar_viejo.lplan", 30)
    synthetic.write_plan(top / "carchi" / "bolivar.lplan", "small", seed=3, gad_code="0402")
    _age(top / "carchi" / "bolivar.lplan", 2)
    # Espejo (0403): an empty plan, no figures at all (blank, never 0)
    Plan.create(top / "carchi" / "espejo.lplan", {"gad_code": "0403", "name": "GAD Municipal de Espejo", "level": "cantonal"}).close()
    # Carchi province (04) and a rural parish of Tulcán (040151), as a verified package
    synthetic.write_plan(top / "carchi" / "provincia.lplan", "small", seed=4, gad_code="04")
    synthetic.write_plan(top / "parroquia.lplan", "small", seed=5, gad_code="040151")
    write_package(read_plan(str(top / "parroquia.lplan")), top / "carchi" / "paquetes" / "parroquia")
    (top / "parroquia.lplan").unlink()
    # a package of Mira (0404) whose report was altered after it was made
    synthetic.write_plan(top / "mira.lplan", "small", seed=6, gad_code="0404")
    write_package(read_plan(str(top / "mira.lplan")), top / "carchi" / "paquetes" / "mira")
    (top / "mira.lplan").unlink()
    with open(top / "carchi" / "paquetes" / "mira" / "informe.pdf", "ab") as fh:
        fh.write(b"%%")
    # a symbolic link back up the tree (a loop) and a broken file
    os.symlink(top, top / "carchi" / "vuelta")
    (top / "carchi" / "roto.lplan").write_bytes(b"no")
    return top


@pytest.fixture(scope="module")
def rolled(country):
    return collect([country], workers=1)


def by_code(summaries):
    return {s.gad_code: s for s in summaries}


def test_example_plans_are_left_out_and_listed_apart(rolled, country):
    assert all(not s.example for s in rolled.kept)
    assert [s.gad_code for s in rolled.examples] == ["9901"]
    with_examples = collect([country], workers=1, include_examples=True)
    ex = by_code(with_examples.kept)["9901"]
    assert ex.example


def test_folders_are_searched_recursively_without_following_links(rolled, country):
    codes = by_code(rolled.kept)
    assert codes["0401"].source.endswith("2024/tulcan.lplan")  # three folders down
    assert "040151" in codes and codes["040151"].package_verified is True  # a package two folders down
    assert any(s.source.endswith("vuelta") and "enlace simbólico" in s.reason.lower() for s in rolled.skipped)
    assert len({s.source for s in rolled.kept}) == len(rolled.kept)  # the loop read nothing twice
    assert [b.source.rsplit("/", 1)[-1] for b in rolled.broken] == ["roto.lplan"]


def test_search_limits_are_stated(country):
    shallow = find([country], max_depth=1)
    assert not any("2024" in str(p) for p in shallow.paths)
    assert any("más de 1 carpetas" in s.reason or "1 carpeta" in s.reason for s in shallow.skipped), shallow.skipped
    few = find([country], max_files=2)
    assert len(few.paths) == 2 and any("2 archivos" in s.reason for s in few.skipped)


def test_duplicates_most_recent_edit_wins_and_empty_never_replaces_content(rolled):
    codes = by_code(rolled.kept)
    assert codes["0402"].source.endswith("carchi/bolivar.lplan")
    assert codes["0401"].has_content and codes["0401"].source.endswith("tulcan.lplan")
    reasons = {r.summary.source.rsplit("/", 1)[-1]: r.reason for r in rolled.replaced}
    assert set(reasons) == {"bolivar_viejo.lplan", "tulcan_nuevo.lplan"}
    assert "no tiene contenido" in reasons["tulcan_nuevo.lplan"] and "tulcan.lplan" in reasons["tulcan_nuevo.lplan"]
    assert "antes que bolivar.lplan" in reasons["bolivar_viejo.lplan"]


def test_checker_counts_and_figures_per_gad(rolled):
    from localplan.checks.run import check
    from localplan.domain.read import read_plan

    codes = by_code(rolled.kept)
    for code in ("0401", "0402", "0403"):
        s = codes[code]
        findings = check(read_plan(s.source))
        assert s.errors == sum(1 for f in findings if f.severity.value == "error")
        assert s.warnings == sum(1 for f in findings if f.severity.value == "warning")
    assert codes["0403"].errors > 0
    empty = codes["0403"]
    assert empty.people_total is None and empty.budget_total is None and all(v is None for v in empty.people.values())
    assert codes["0401"].people_total == people_figures(read_plan(codes["0401"].source))[1]
    assert codes["0404"].package_verified is False and any("informe.pdf" in p for p in codes["0404"].package_problems)
    assert codes["0401"].package_verified is None and len(codes["0401"].fingerprint) == 64 and codes["0401"].last_edit


def test_the_workbook_follows_every_rule(rolled, country, tmp_path):
    out = write_national(rolled, tmp_path / "nacional.xlsx")
    wb = load_workbook(out)
    gads = wb["Por GAD"]
    head = [c.value for c in gads[1]]
    rows = {r[0]: dict(zip(head, r)) for r in gads.iter_rows(min_row=2, values_only=True)}
    assert set(rows) == {"04", "0401", "0402", "0403", "0404", "040151"}  # no example, one row per GAD
    espejo = rows["0403"]
    assert espejo["Personas en movilidad que viven en el territorio"] is None  # blank, never 0
    assert espejo["Presupuesto para movilidad (USD)"] is None
    assert espejo["Errores del verificador"] > 0 and espejo["Advertencias del verificador"] is not None
    assert any(h.startswith("Completitud: ") for h in head)
    assert rows["040151"]["Paquete verificado"] == "Sí" and rows["0404"]["Paquete verificado"].startswith("No")
    assert rows["0401"]["Última edición"] and len(rows["0401"]["Huella de los datos"]) == 19
    assert "Ejemplo" not in " ".join(str(r["GAD"]) for r in rows.values())
    # the province sheet: each level apart, never summed together
    prov = wb["Por provincia"]
    phead = [c.value for c in prov[1]]
    prows = [dict(zip(phead, r)) for r in prov.iter_rows(min_row=2, values_only=True)]
    people = phead[3]
    carchi = {r["Nivel de GAD contado"]: r for r in prows if r["Provincia"] == "Carchi"}
    assert set(carchi) == {"Gobierno provincial", "Gobierno municipal", "Gobierno parroquial rural"} or len(carchi) == 3
    summaries = by_code(rolled.kept)
    cantonal = [summaries[c].people_total for c in ("0401", "0402", "0403", "0404")]
    assert carchi["Gobierno municipal"][people] == sum(v for v in cantonal if v is not None)
    assert carchi["Gobierno municipal"]["GAD"] == 4
    provincial = next(r for lvl, r in carchi.items() if lvl == "Gobierno provincial")
    assert provincial[people] == summaries["04"].people_total
    every = [s.people_total for s in rolled.kept if s.people_total is not None]
    assert all(r[people] != sum(every) for r in prows if r[people] is not None) or len(every) == 1
    national = [r for r in prows if r["Provincia"].startswith("Ecuador")]
    assert {r["Nivel de GAD contado"] for r in national} == {"Gobierno provincial", "Gobierno municipal", "Gobierno parroquial rural"}
    # the notes: each duplicate with its reason, the example apart, the link not followed, the package that fails
    notes = [tuple(r) for r in wb["Notas"].iter_rows(min_row=2, values_only=True)]
    what = [n[0] for n in notes]
    assert what.count("Fuera: se conserva otro plan del mismo GAD") == 2
    assert "Plan de ejemplo fuera de todos los totales" in what
    assert any(n[0] == "No leído" and "vuelta" in n[1] for n in notes)
    assert any(n[0] == "Paquete que no se verifica" and n[1] == "mira" for n in notes)
    assert "Planes de ejemplo (fuera)" in wb.sheetnames


def test_cli_include_examples_marks_them(country, tmp_path, capsys):
    assert main(["consolidate", str(country), "-o", str(tmp_path / "n.xlsx")]) == 0
    out = capsys.readouterr().out
    assert "6 GAD consolidados" in out and "ejemplo.lplan" in out and "no tiene contenido" in out
    assert main(["consolidate", str(country), "-o", str(tmp_path / "e.xlsx"), "--include-examples"]) == 0
    assert "7 GAD consolidados" in capsys.readouterr().out
    wb = load_workbook(tmp_path / "e.xlsx")
    head = [c.value for c in wb["Por GAD"][1]]
    marks = {r[0]: r[head.index("Plan de ejemplo")] for r in wb["Por GAD"].iter_rows(min_row=2, values_only=True)}
    assert marks["9901"].startswith("Sí") and marks["0401"] in (None, "")
    assert any("(--include-examples)" in str(r[0]) for r in wb["Notas"].iter_rows(min_row=2, values_only=True))
    json.dumps(marks)


def test_a_file_name_that_is_not_utf8_is_listed_not_a_crash(tmp_path, capsys):
    from localplan.domain.plan import Plan

    folder = tmp_path / "raros"
    folder.mkdir()
    Plan.create(os.fsdecode(bytes(folder) + b"/plan\xff.lplan"), {"gad_code": "0401", "name": "Tulcán", "level": "cantonal"}).close()
    with open(bytes(folder) + b"/roto\xfe.lplan", "wb") as fh:
        fh.write(b"no")
    assert main(["consolidate", str(folder), "-o", str(tmp_path / "n.xlsx")]) == 0
    assert main(["compare", str(folder), "-o", str(tmp_path / "c.xlsx")]) == 0
    notes = [r for r in load_workbook(tmp_path / "n.xlsx")["Notas"].iter_rows(min_row=2, values_only=True)]
    assert any(r[1] and "roto\ufffd.lplan" in r[1] for r in notes), notes
