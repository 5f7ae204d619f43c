"""Consolidation of 100 / 450 / 1,800 generated plans: growth must be linear."""

import pytest

from localplan.consolidate.collect import collect, expand


@pytest.mark.parametrize("count", [100, 450, 1800])
def test_consolidate(benchmark, national_folder, count):
    files = expand([national_folder])[:count]
    benchmark.extra_info.update(figure=f"consolidate_{count}", role="ours", plans=count)
    result = benchmark.pedantic(lambda: collect(files), rounds=1, iterations=1)
    assert len(result.kept) + len(result.replaced) + len(result.broken) == count
