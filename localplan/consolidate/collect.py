"""Find and read the plans to roll up: .lplan files, .json interchange files, package folders.

A broken file is listed with its reason and never stops the run. The same GAD twice:
the newest is kept and the others are listed as replaced.
"""

from __future__ import annotations

import datetime
import json
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from localplan.consolidate.summary import PlanSummary, summarize
from localplan.errors import UserError
from localplan.i18n import language, set_language, tr

Progress = Callable[[int, int, str], None]


@dataclass
class Skipped:
    source: str
    reason: str


@dataclass
class Collection:
    kept: list[PlanSummary] = field(default_factory=list)
    replaced: list[tuple[PlanSummary, PlanSummary]] = field(default_factory=list)  # (older, kept newer)
    broken: list[Skipped] = field(default_factory=list)


def expand(items: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files and package folders named, and inside plain folders every plan and package."""
    out: list[Path] = []
    for item in items:
        path = Path(item)
        if path.is_dir() and not (path / "manifest.json").exists():
            for child in sorted(path.iterdir()):
                if child.suffix.lower() in (".lplan", ".json") and not child.name.startswith("."):
                    out.append(child)
                elif child.is_dir() and (child / "manifest.json").exists():
                    out.append(child)
        else:
            out.append(path)
    return out


def read_one(path: Path) -> PlanSummary:
    """Summarize one plan, JSON file or package; raises UserError with a reason."""
    from localplan.commands.common import read_plan
    from localplan.imports.json_import import read_file
    from localplan.store.regular import read_limited

    created = ""
    if path.is_dir():
        manifest = path / "manifest.json"
        try:
            meta = json.loads(read_limited(manifest, 4 << 20, tr("{name} is too large ({size} MB).")).decode("utf-8"))
        except (OSError, ValueError, RecursionError, UserError):
            raise UserError(tr("The package has no readable manifest.json.")) from None
        created = str(meta.get("created", "")) if isinstance(meta, dict) else ""
        candidates = sorted(path.glob("*.json"))
        plan_json = next((p for p in candidates if p.name != "manifest.json"), None)
        if plan_json is None:
            raise UserError(tr("The package holds no plan data (JSON)."))
        data = read_file(plan_json)
    elif path.suffix.lower() == ".json":
        data = read_file(path)
    else:
        data = read_plan(str(path))
    if not created:
        try:
            stamp = path.stat().st_mtime
            created = datetime.datetime.fromtimestamp(stamp, datetime.UTC).replace(microsecond=0).isoformat()
        except OSError:
            created = ""
    return summarize(data, str(path), created)


def _read_safely(args: tuple[str, str]) -> PlanSummary | Skipped:
    path, lang = args
    set_language(lang)
    try:
        return read_one(Path(path))
    except UserError as exc:
        return Skipped(path, exc.message)
    except Exception as exc:  # noqa: BLE001 - a broken file is listed, never fatal
        from localplan.logs import log_exception

        log_exception(f"consolidation could not read {path}")
        return Skipped(path, tr("Unexpected problem reading this file ({reason}).").format(reason=type(exc).__name__))


def collect(items: Iterable[str | os.PathLike[str]], progress: Progress | None = None, workers: int | None = None) -> Collection:
    paths = expand(items)
    total = len(paths)
    results: list[PlanSummary | Skipped] = []
    jobs = [(str(p), language()) for p in paths]
    workers = workers if workers is not None else min(os.cpu_count() or 1, 4)
    if workers > 1 and total >= 40:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for n, result in enumerate(pool.map(_read_safely, jobs, chunksize=16), start=1):
                results.append(result)
                if progress and (n % 25 == 0 or n == total):
                    progress(n, total, tr("Reading plans"))
    else:
        for n, job in enumerate(jobs, start=1):
            results.append(_read_safely(job))
            if progress:
                progress(n, total, tr("Reading plans"))
    out = Collection()
    newest: dict[str, PlanSummary] = {}
    for result in results:
        if isinstance(result, Skipped):
            out.broken.append(result)
            continue
        key = result.gad_code or result.source
        other = newest.get(key)
        if other is None:
            newest[key] = result
        elif (result.created, result.source) > (other.created, other.source):
            out.replaced.append((other, result))
            newest[key] = result
        else:
            out.replaced.append((result, other))
    out.kept = sorted(newest.values(), key=lambda s: s.gad_code)
    return out
