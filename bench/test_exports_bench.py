"""Exports of the large plan against the bare libraries; the checker."""

import tracemalloc

from baselines import raw_openpyxl, raw_reportlab, report_tables

from localplan.checks.run import check
from localplan.exports import report
from localplan.exports.workbook.write import write_workbook


def test_pdf_ours(benchmark, large_data, tmp_path):
    benchmark.extra_info.update(figure="pdf", role="ours")
    benchmark.pedantic(lambda: report.write(large_data, tmp_path / "ours.pdf"), rounds=2, iterations=1)


def test_pdf_baseline(benchmark, large_data, tmp_path):
    benchmark.extra_info.update(figure="pdf", role="baseline")
    tables = report_tables(large_data)
    benchmark.pedantic(lambda: raw_reportlab(tables, tmp_path / "raw.pdf"), rounds=2, iterations=1)


def peak(fn) -> int:
    """Peak Python memory of one run, after a warm-up run (so library imports are not counted)."""
    fn()
    tracemalloc.start()
    fn()
    _, top = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return top


def test_xlsx_ours(benchmark, large_data, tmp_path):
    run = lambda: write_workbook(large_data, tmp_path / "ours.xlsx")  # noqa: E731
    benchmark.extra_info.update(figure="xlsx", role="ours", peak_bytes=peak(run))
    benchmark.pedantic(run, rounds=3, iterations=1)


def test_xlsx_baseline(benchmark, large_data, tmp_path):
    run = lambda: raw_openpyxl(large_data, tmp_path / "raw.xlsx")  # noqa: E731
    benchmark.extra_info.update(figure="xlsx", role="baseline", peak_bytes=peak(run))
    benchmark.pedantic(run, rounds=3, iterations=1)


def test_checker(benchmark, large_data):
    benchmark.extra_info.update(figure="check", role="ours")
    benchmark.pedantic(lambda: check(large_data), rounds=10, iterations=1)
