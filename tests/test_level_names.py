"""Every place that names a plan's level of government names it as the levels table does: Quito
(1701) a metropolitan district, Galápagos (20) its special regime, a parish a rural parish
government — `localplan info` and the national roll-up, not only the report."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from localplan import synthetic
from localplan.cli import main

NAMES = {"1701": "Distrito metropolitano", "20": "Régimen especial de Galápagos", "040151": "Gobierno parroquial rural",
         "0401": "Gobierno municipal", "04": "Gobierno provincial"}


@pytest.mark.parametrize("code", sorted(NAMES))
def test_info_names_the_level(code, user_home, tmp_path, capsys):
    plan = tmp_path / f"p{code}.lplan"
    assert main(["new", str(plan), "--gad", code]) == 0
    capsys.readouterr()
    assert main(["info", str(plan)]) == 0
    level = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("Nivel:"))
    assert level == f"Nivel: {NAMES[code]}"
    assert "Cantonal" not in level or code == "0401"


def test_national_rollup_names_each_level(user_home, tmp_path):
    folder = tmp_path / "entregas"
    folder.mkdir()
    for n, code in enumerate(sorted(NAMES)):
        synthetic.write_plan(folder / f"gad_{code}.lplan", "small", seed=n, gad_code=code)
    out = tmp_path / "nacional.xlsx"
    assert main(["consolidate", str(folder), "-o", str(out)]) == 0
    wb = load_workbook(out)
    gads = wb["Por GAD"]
    head = [c.value for c in gads[1]]
    rows = {r[0]: dict(zip(head, r)) for r in gads.iter_rows(min_row=2, values_only=True)}
    assert {code: rows[code]["Nivel"] for code in NAMES} == NAMES
    prov = wb["Por provincia"]
    phead = [c.value for c in prov[1]]
    prows = [dict(zip(phead, r)) for r in prov.iter_rows(min_row=2, values_only=True)]
    pichincha = {r["Nivel de GAD contado"]: r["GAD"] for r in prows if r["Provincia"] == "Pichincha"}
    assert pichincha == {"Distrito metropolitano": 1}, "Quito counted as what it is, not as a canton"
    galapagos = {r["Nivel de GAD contado"] for r in prows if r["Provincia"] == "Galápagos"}
    assert galapagos == {"Régimen especial de Galápagos"}
    national = {r["Nivel de GAD contado"] for r in prows if r["Provincia"].startswith("Ecuador")}
    assert national == set(NAMES.values())


GAD_NAMES = {"1701": "GAD del Distrito Metropolitano de Quito",
             "20": "Consejo de Gobierno del Régimen Especial de Galápagos",
             "040151": "GAD Parroquial Rural de El Carmelo (El Pun)", "0401": "GAD Municipal de Tulcán", "04": "GAD Provincial de Carchi"}


@pytest.mark.parametrize("code", sorted(GAD_NAMES))
def test_a_new_plan_names_its_gad_as_its_level_does(code, user_home, tmp_path, capsys):
    """`localplan new` (and the window's dialog, through the same gad_defaults) names the body by its level:
    Quito is not a "GAD Municipal", Galápagos has no "GAD Provincial"."""
    plan = tmp_path / f"n{code}.lplan"
    assert main(["new", str(plan), "--gad", code]) == 0
    capsys.readouterr()
    assert main(["info", str(plan)]) == 0
    out = capsys.readouterr().out
    assert f"GAD: {GAD_NAMES[code]} ({code})" in out
