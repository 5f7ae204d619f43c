"""localplan check PLAN [--json]: the plan checker; exit 1 when errors exist."""

from __future__ import annotations

import argparse
import json

from localplan.commands.common import plural, say
from localplan.domain.read import read_plan
from localplan.i18n import tr


def add(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("check", help=tr("check a plan for errors and gaps"),
                       description=tr("Findings with severity, location, message and a suggested fix. Exit code 1 when errors exist."))
    p.add_argument("plan", metavar="PLAN.lplan")
    p.add_argument("--json", action="store_true", help=tr("machine-readable output"))


def run(args: argparse.Namespace) -> int:
    from localplan.checks.assessment import index
    from localplan.checks.run import check, has_errors

    data = read_plan(args.plan)
    findings = check(data)
    overall, dims = index(data)
    if args.json:
        print(json.dumps({"plan": args.plan, "index": overall, "index_by_dimension": dims,
                          "findings": [f.as_dict() for f in findings]}, ensure_ascii=False, indent=1))
    else:
        for f in findings:
            say(f"{f.severity.label.upper()}: {f.location()}: {f.message}")
            say("    " + tr("Fix: {fix}").format(fix=f.fix))
        counts = {s: sum(1 for f in findings if f.severity.value == s) for s in ("error", "warning", "info")}
        say(tr("{errors}, {warnings}, {infos}. Mainstreaming index: {index} of 100.").format(
            errors=plural(counts["error"], tr("{count} error"), tr("{count} errors")),
            warnings=plural(counts["warning"], tr("{count} warning"), tr("{count} warnings")),
            infos=plural(counts["info"], tr("{count} note"), tr("{count} notes")), index=f"{overall:g}"))
    return 1 if has_errors(findings) else 0
