"""Appending many rows (a paste, an import) stays linear: no renumbering of every row."""


def _updates(plan, action):
    statements: list[str] = []
    plan.conn.set_trace_callback(statements.append)
    try:
        action()
    finally:
        plan.conn.set_trace_callback(None)
    return [s for s in statements if s.lstrip().upper().startswith("UPDATE") and '"lp_' not in s]  # not the history


def test_appending_rows_keeps_order_without_renumbering(new_plan):
    rows = [{"name": f"Actor {n}"} for n in range(2000)]
    updates = _updates(new_plan, lambda: new_plan.insert_rows("actors", rows))
    assert updates == []
    names = [r["name"] for r in new_plan.rows("actors")]
    assert names == [f"Actor {n}" for n in range(2000)]
    new_plan.undo()
    assert new_plan.rows("actors") == []
    new_plan.redo()
    assert [r["name"] for r in new_plan.rows("actors")][-1] == "Actor 1999"


def test_inserting_in_the_middle_still_places_the_row(new_plan):
    new_plan.insert_rows("actors", [{"name": "A"}, {"name": "C"}])
    new_plan.insert_rows("actors", [{"name": "B"}], index=1)
    assert [r["name"] for r in new_plan.rows("actors")] == ["A", "B", "C"]
    ids = [r["id"] for r in new_plan.rows("actors")]
    new_plan.delete_rows("actors", [ids[0], ids[2]])
    new_plan.undo()
    assert [r["name"] for r in new_plan.rows("actors")] == ["A", "B", "C"]
