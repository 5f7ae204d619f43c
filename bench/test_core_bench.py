"""Store, plan object and interchange on the large synthetic plan."""


from localplan.domain.plan import Plan
from localplan.exports import json_doc
from localplan.imports import json_import


def test_edit_commit(benchmark, large_plan):
    plan = Plan.open(large_plan)
    counter = iter(range(10**6))
    benchmark.extra_info.update(figure="edit", role="ours")
    benchmark.pedantic(lambda: plan.set_value("goals", 7, "statement", f"Meta {next(counter)}"), rounds=200, iterations=1)
    plan.close()


def test_json_export_import(benchmark, large_data, tmp_path):
    benchmark.extra_info.update(figure="json_roundtrip", role="ours")
    target = tmp_path / "again.lplan"

    def roundtrip():
        text = json_doc.dumps(large_data)
        json_import.create_from(json_import.read_text(text), target, overwrite=True)

    benchmark.pedantic(roundtrip, rounds=5, iterations=1)


def test_open_large_plan(benchmark, large_plan):
    benchmark.extra_info.update(figure="open", role="ours")

    def open_and_read():
        plan = Plan.open(large_plan)
        snap = plan.snapshot()
        plan.close()
        return snap

    benchmark.pedantic(open_and_read, rounds=10, iterations=1)
