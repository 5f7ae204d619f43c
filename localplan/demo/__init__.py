"""The example plan: a fictitious canton, complete in every step, for learning and workshops.

Its content is the interchange file resources/demo/example_plan.json, validated like any
imported file, so a broken example fails loudly in the tests.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from localplan import paths

if TYPE_CHECKING:
    from localplan.domain.data import PlanData

EXAMPLE = ("demo", "example_plan.json")


def example_data() -> PlanData:
    from localplan.imports.json_import import read_file

    data = read_file(paths.resource(*EXAMPLE))
    _add_ordinance(data)
    return data


def build_example(path: str | os.PathLike[str], overwrite: bool = False) -> Path:
    """Write the example plan to `path` (one transaction; nothing left behind on failure)."""
    from localplan.imports.json_import import create_from

    data = example_data()
    return create_from(data, path, overwrite=overwrite)


def _add_ordinance(data: PlanData) -> None:
    """Fill the ordinance sections from the template library."""
    from localplan.ordinance import templates

    rows = templates.example_rows(data)
    data.sections.update(rows)
