"""The plan object: validation, undo/redo, listeners."""

import pytest

from localplan.forms.values import ValueProblem


def test_set_value_validates_and_undoes(new_plan):
    seen = []
    new_plan.subscribe(seen.append)
    new_plan.set_value("gad", 1, "period_end", "2027")
    with pytest.raises(ValueProblem, match="número"):
        new_plan.set_value("gad", 1, "period_end", "dos mil")
    new_plan.set_value("gad", 1, "authority", "Ana")
    assert new_plan.undo_text.startswith("Editar")
    new_plan.undo()
    assert new_plan.record("gad")["authority"] is None
    new_plan.redo()
    assert new_plan.record("gad")["authority"] == "Ana"
    assert {"gad"} in seen


def test_unchanged_value_makes_no_undo_step(new_plan):
    new_plan.set_value("gad", 1, "authority", "Ana")
    depth = len(new_plan._undo)
    new_plan.set_value("gad", 1, "authority", "  Ana ")
    assert len(new_plan._undo) == depth


def test_single_section_refuses_rows(new_plan):
    from localplan.errors import UserError

    with pytest.raises(UserError):
        new_plan.insert_row("gad", {})


def test_rows_insert_move_delete_with_links_and_undo(new_plan):
    p = new_plan
    a, b = p.insert_rows("problems", [{"title": "Vivienda precaria"}, {"title": "Xenofobia"}])
    obj = p.insert_row("objectives", {"name": "Inclusión", "problems": [a, b]})
    goal = p.insert_row("goals", {"statement": "Meta 1", "objective": obj})
    p.move_row("problems", b, 0)
    assert [r["id"] for r in p.rows("problems")] == [b, a]
    p.delete_rows("problems", [a])
    assert p.row("objectives", obj)["problems"] == [b]
    p.delete_rows("objectives", [obj])
    assert p.row("goals", goal)["objective"] is None
    p.undo()  # the objective and the goal's link come back together
    assert p.row("goals", goal)["objective"] == obj
    p.undo()
    assert p.row("objectives", obj)["problems"] == [a, b] or p.row("objectives", obj)["problems"] == [b, a]
    assert {r["id"] for r in p.rows("problems")} == {a, b}
    assert [r["id"] for r in p.rows("problems")] == [b, a]


def test_delete_several_rows_restores_order_on_undo(new_plan):
    p = new_plan
    ids = p.insert_rows("actors", [{"name": n} for n in "ABCDE"])
    p.delete_rows("actors", [ids[1], ids[3]])
    assert [r["name"] for r in p.rows("actors")] == ["A", "C", "E"]
    p.undo()
    assert [r["name"] for r in p.rows("actors")] == list("ABCDE")
    p.redo()
    assert [r["name"] for r in p.rows("actors")] == ["A", "C", "E"]


def test_insert_rows_parses_when_asked(new_plan):
    import pytest

    from localplan.forms.values import ValueProblem

    [rid] = new_plan.insert_rows("mobility_profile", [{"category": "Personas inmigrantes", "value": "1.234", "year": "2024"}], parsed=False)
    row = new_plan.row("mobility_profile", rid)
    assert (row["category"], row["value"], row["year"]) == ("immigrant", 1234, 2024)
    with pytest.raises(ValueProblem):
        new_plan.insert_rows("mobility_profile", [{"value": "mucho"}], parsed=False)
    assert len(new_plan.rows("mobility_profile")) == 1
