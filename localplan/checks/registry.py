"""The plan checker's rules: each module of rules registers its functions here with `@rule`;
`checks.run` imports every such module and runs what they registered."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from localplan.checks.findings import Finding
from localplan.domain.data import PlanData

Rule = Callable[[PlanData], Iterator[Finding]]
RULES: list[Rule] = []


def rule(fn: Rule) -> Rule:
    RULES.append(fn)
    return fn
