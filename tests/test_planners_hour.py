"""A planner's hour: 200+ cells typed with the keyboard only across three tables, three pastes
and five undos; the plan file then holds exactly tests/fixtures/planners_hour.json.

The expected JSON is also derived here from the typed script (the value each text parses to),
so a stale fixture fails too. Regenerate it with LOCALPLAN_REGEN_PLANNERS_HOUR=1 after a
deliberate change of the script.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from windows import show_table

from localplan.domain.read import read_plan
from localplan.forms import section
from localplan.forms.values import parse
from localplan.ui.table_page import TablePage

FIXTURE = Path(__file__).parent / "fixtures" / "planners_hour.json"
SPACE = object()  # toggles a yes/no cell
NAMES = ["Mesa cantonal", "Consejo de proteccion", "Pastoral social", "ACNUR oficina", "Universidad del Norte",
         "Camara de comercio", "Radio comunitaria", "Junta parroquial", "Cruz Roja", "Defensoria del pueblo"]

ACTORS = [[NAMES[n], ["gad", "ccpd", "civil_society", "international_org", "academia"][n % 5],
           ["cantonal", "provincial", "nacional", "parroquial", "internacional"][n % 5],
           f"Coordina {n} acciones", str(1 + n % 5), str(5 - n % 5), f"actor{n}@gad.ec"] for n in range(10)]
MOBILITY = [[["inmigrantes", "emigrantes", "retornadas", "transito"][n % 4], ["Venezuela", "Colombia", "Peru", "Cuba"][n % 4],
             ["muj", "homb", "total"][n % 3], ["0-11", "12-17", "18-29", "30-64", "mayores"][n % 5], "", "", "", "", "",
             str(1000 * n + 250), SPACE if n % 3 == 0 else "", str(2020 + n % 4), ["censo", "registro", "estimacion"][n % 3],
             f"Fuente {n}", ["alta", "media", "baja"][n % 3]] for n in range(9)]
PROBLEMS = [[["socio", "economico", "asentamientos"][n % 3], ["problema", "potencialidad"][n % 2], f"Problema numero {n}",
             "Personas inmigrantes; Personas emigrantes" if n % 2 else "Personas en transito", "", str(1 + n % 5),
             str(5 - n % 5), f"Taller {n}", "", ""] for n in range(7)]
TABLES = [("actors", ACTORS), ("mobility_profile", MOBILITY), ("problems", PROBLEMS)]


def focus():
    return QApplication.focusWidget()


def key(k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    assert focus() is not None  # a key with nowhere to go aborts Qt
    QTest.keyClick(focus(), k, modifier)


def type_text(text: str) -> None:
    for ch in text:
        QTest.keyClick(focus(), ch)


def open_page(qtbot, plan, section_id):
    return show_table(qtbot, TablePage(plan, section_id), 1400, 800)


def type_table(page, script) -> int:
    """Add the rows with Ctrl++, then type every cell, Tab after each (wrapping to the next row)."""
    for _ in script:
        key(Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    key(Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    entered = 0
    for cells in script:
        for cell in cells:
            if cell is SPACE:
                key(Qt.Key.Key_Space)
                entered += 1
            elif cell:
                type_text(cell)
                entered += 1
            key(Qt.Key.Key_Tab)
    key(Qt.Key.Key_Escape)
    return entered


def select(page, top, left, bottom, right):
    a = page.proxy.index(top, page.model.column_of(left))
    b = page.proxy.index(bottom, page.model.column_of(right))
    page.view.setCurrentIndex(a)
    page.view.selectionModel().select(QItemSelection(a, b), QItemSelectionModel.SelectionFlag.ClearAndSelect)


PASTE_CONTACTS = "\n".join(f"contacto{n}@gad.ec" for n in range(5))
PASTE_MOBILITY = "Categoría\tPersonas\tAño\nPersonas inmigrantes\t1.500.000\t2024\npersonas ECUATORIANAS retornadas\t123456\t2023\n"


def expected_plan() -> dict[str, list[dict]]:
    """What the script means, value by value (the same parse the editors use, no UI)."""
    out: dict[str, list[dict]] = {}
    for section_id, script in TABLES:
        sec = section(section_id)
        columns = [f for f in sec.fields if f.in_table]
        rows = []
        for n, cells in enumerate(script):
            row = {f.id: None for f in sec.fields}
            row["id"] = n + 1
            for f, cell in zip(columns, cells):
                if cell is SPACE:
                    row[f.id] = 1
                elif cell:
                    try:
                        row[f.id] = parse(f, cell)
                    except ValueError:  # a list cell: the one option whose label holds the typed words
                        row[f.id] = _by_words(f, cell)
            rows.append(row)
        out[section_id] = rows
    for n in range(5):  # paste 1: the contact column of the first five actors
        out["actors"][n]["contact"] = f"contacto{n}@gad.ec"
    sec = section("mobility_profile")  # paste 2: two rows at the end, columns named by the header
    for n, (cat, value, year) in enumerate([("immigrant", 1500000, 2024), ("returnee", 123456, 2023)]):
        out["mobility_profile"].append({**{f.id: None for f in sec.fields}, "id": 10 + n, "category": cat,
                                        "value": value, "year": year})
    # paste 3 (severity 4 over problems 1-4) and then the last four typed cells are undone: five undos
    last = out["problems"][-1]
    for field_id in ("source", "urgency", "severity", "groups"):
        last[field_id] = None
    return out


def _by_words(f, text):
    from localplan.forms.values import choice_items
    from localplan.reference.loader import fold

    words = fold(text).split()
    found = [code for code, label in choice_items(f.choices, None, "es") if all(w in fold(label) for w in words)]
    assert len(found) == 1, (f.id, text, found)
    return found[0]


def test_a_planners_hour(qtbot, new_plan):
    entered = 0
    pages = {}
    for section_id, script in TABLES:
        page = pages[section_id] = open_page(qtbot, new_plan, section_id)
        entered += type_table(page, script)
        if section_id == "actors":
            select(page, 0, "contact", 4, "contact")
            assert page.paste(PASTE_CONTACTS) is None
        elif section_id == "mobility_profile":
            page.view.selectionModel().clearSelection()
            page.view.setCurrentIndex(QModelIndex())  # nothing selected: the rows go after the last
            assert page.paste(PASTE_MOBILITY) is None
    problems = pages["problems"]
    select(problems, 0, "severity", 3, "severity")
    assert problems.paste("4") is None
    for _ in range(5):
        assert new_plan.undo()
    assert entered >= 200
    path = new_plan.path
    data = read_plan(str(path))
    got = {sid: [dict(r) for r in data.rows(sid)] for sid, _s in TABLES}
    expected = expected_plan()
    if os.environ.get("LOCALPLAN_REGEN_PLANNERS_HOUR"):
        FIXTURE.write_text(json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    assert json.loads(FIXTURE.read_text(encoding="utf-8")) == expected
    for sid in got:
        assert len(got[sid]) == len(expected[sid]), sid
        for n, (g, e) in enumerate(zip(got[sid], expected[sid])):
            assert g == e, (sid, n, {k: (g.get(k), e.get(k)) for k in set(g) | set(e) if g.get(k) != e.get(k)})
    assert got == expected
    for page in pages.values():
        page.detach()
