"""The figures of the performance table: name, budget, and how a result is judged.

Each benchmark tags itself with `benchmark.extra_info = {"figure": ID, "role": "ours"|"baseline"}`;
bench/run.py pairs them into the table. Budgets come from the performance issue.
"""

FIGURES = {
    "startup": ("Start-up: launch to the shown start page (median of 9)", "ratio", 1.3),
    "open_steps": ("Open the large plan and show each step (worst step)", "seconds", 0.3),
    "edit": ("One edit committed on the large plan (median)", "seconds", 0.010),
    "table_typing": ("Typing one cell into a 5,000-row table, committed (median)", "seconds", 0.010),
    "table_paste": ("Pasting 5,000 rows into a table", "seconds", 1.0),
    "table_paste_over": ("Pasting 5,000 rows over the rows of a 5,000-row table", "seconds", 1.0),
    "pdf": ("PDF report of the large plan", "ratio", 1.5),
    "xlsx": ("Workbook of the large plan", "ratio", 1.5),
    "json_roundtrip": ("JSON export + import of the large plan", "seconds", 2.0),
    "check": ("Checker on the large plan", "seconds", 0.5),
    "stall": ("Longest event-loop stall during a GUI export", "seconds", 0.100),
    "consolidate_100": ("Consolidation of 100 plans", "seconds", None),
    "consolidate_450": ("Consolidation of 450 plans", "seconds", None),
    "consolidate_1800": ("Consolidation of 1,800 plans", "seconds", 60.0),
}
