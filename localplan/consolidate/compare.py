"""Workshop exercises side by side (no de-duplication: participants share one GAD)."""

from __future__ import annotations

import os
from collections.abc import Iterable

from localplan.consolidate.collect import Skipped, _read_safely, expand
from localplan.consolidate.summary import PlanSummary
from localplan.i18n import language, tr
from localplan.progress import Progress


def compare(items: Iterable[str | os.PathLike[str]], progress: Progress | None = None) -> tuple[list[PlanSummary], list[Skipped]]:
    paths = expand(items)
    good: list[PlanSummary] = []
    broken: list[Skipped] = []
    for n, path in enumerate(paths, start=1):
        result = _read_safely((str(path), language()))
        if isinstance(result, Skipped):
            broken.append(result)
        else:
            good.append(result)
        if progress:
            progress(n, len(paths), tr("Reading plans"))
    return good, broken
