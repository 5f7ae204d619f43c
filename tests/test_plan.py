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
