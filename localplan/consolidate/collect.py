"""Find and read the plans to roll up: .lplan files, .json interchange files, package folders.

The rules, each tested in tests/test_consolidate_rules.py:
- folders are searched recursively, at most MAX_DEPTH levels and MAX_FILES candidates deep;
  symbolic links are never followed (no loops, nothing outside what was named); a folder
  holding manifest.json is a package and is not searched further;
- a broken file is listed with its reason and never stops the run;
- example plans (the fictitious canton) are left out of every total and listed apart,
  unless `include_examples` (then they are kept, marked);
- the same GAD twice: the most recently edited plan wins; a plan with no content never
  replaces one with content; each one left out is listed with its reason.

Forty files or more are read by a process pool; it lives inside this call (the window runs
the call as one job of ui/worker.py). A progress callback that raises (a stopped job)
cancels the files not yet read instead of waiting for them.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from localplan.consolidate.summary import PlanSummary, summarize
from localplan.errors import UserError
from localplan.i18n import language, set_language, tr
from localplan.progress import Progress

MAX_DEPTH = 8  # folders below each folder named
MAX_FILES = 20_000  # candidate files and packages in one run
SUFFIXES = (".lplan", ".json")


@dataclass
class Skipped:
    source: str
    reason: str


@dataclass
class LeftOut:
    """A duplicate of a kept GAD, with the reason it was left out."""

    summary: PlanSummary
    kept: PlanSummary
    reason: str

    def __iter__(self) -> Iterator[PlanSummary]:  # (older, kept) as before, for callers that unpack pairs
        return iter((self.summary, self.kept))


@dataclass
class Collection:
    kept: list[PlanSummary] = field(default_factory=list)  # in the totals (examples too when asked for, marked)
    examples: list[PlanSummary] = field(default_factory=list)  # example plans left out of every total
    replaced: list[LeftOut] = field(default_factory=list)
    broken: list[Skipped] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)  # links not followed, limits reached
    include_examples: bool = False


@dataclass
class Found:
    paths: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def _is_package(path: Path) -> bool:
    return (path / "manifest.json").is_file()


def find(items: Iterable[str | os.PathLike[str]], max_depth: int = MAX_DEPTH, max_files: int = MAX_FILES) -> Found:
    """Files and package folders named, and below plain folders every plan, JSON file and package."""
    found = Found()
    seen: set[tuple[int, int]] = set()

    def add(path: Path) -> bool:
        if len(found.paths) >= max_files:
            found.skipped.append(Skipped(str(path), tr("Not read: the search stops at {limit} files.").format(limit=max_files)))
            return False
        found.paths.append(path)
        return True

    def walk(folder: Path, depth: int) -> bool:
        try:
            st = folder.stat()
            if (st.st_dev, st.st_ino) in seen:
                return True
            seen.add((st.st_dev, st.st_ino))
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            found.skipped.append(Skipped(str(folder), tr("Cannot read this folder ({reason}).").format(reason=exc.strerror or exc)))
            return True
        for entry in entries:
            path = Path(entry.path)
            if entry.name.startswith("."):
                continue
            if entry.is_symlink():
                if entry.name.lower().endswith(SUFFIXES) or _safe_isdir(entry):
                    found.skipped.append(Skipped(str(path), tr("Symbolic link not followed.")))
                continue
            if entry.is_dir(follow_symlinks=False):
                if _is_package(path):
                    if not add(path):
                        return False
                elif depth >= max_depth:
                    found.skipped.append(Skipped(str(path), tr("Not searched: deeper than {limit} folders.").format(limit=max_depth)))
                elif not walk(path, depth + 1):
                    return False
            elif entry.name.lower().endswith(SUFFIXES) and entry.is_file(follow_symlinks=False):
                if not add(path):
                    return False
        return True

    for item in items:
        path = Path(item)
        if path.is_dir() and not _is_package(path):
            if not walk(path, 0):
                break
        elif not add(path):
            break
    return found


def _safe_isdir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def expand(items: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The paths `find` gives (for callers that only need them)."""
    return find(items).paths


def read_one(path: Path) -> PlanSummary:
    """Summarize one plan, JSON file or package; raises UserError with a reason."""
    from localplan.domain.read import file_time, read_plan
    from localplan.imports.json_import import read_file

    if path.is_dir():
        return _read_package(path)
    if path.suffix.lower() == ".json":
        data = read_file(path)
        return summarize(data, str(path), "", file_time(path))
    data = read_plan(str(path))
    return summarize(data, str(path), "", data.meta.get("last_edit") or file_time(path))


def _read_package(path: Path) -> PlanSummary:
    from localplan.exports.package import NAMES
    from localplan.imports.json_import import read_file
    from localplan.imports.package_verify import read_manifest, verify

    meta = read_manifest(os.path.abspath(path))
    plan_json = path / NAMES["json"]
    if not plan_json.is_file() or plan_json.is_symlink():
        raise UserError(tr("The package holds no plan data (JSON)."))
    data = read_file(plan_json)
    created = str(meta.get("created") or "")
    last_edit = str(meta.get("last_edit") or created)
    summary = summarize(data, str(path), created, last_edit)
    summary.package_problems = verify(path)
    summary.package_verified = not summary.package_problems
    return summary


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


def _rank(s: PlanSummary) -> tuple[bool, str, str]:
    """Which of two plans of one GAD wins: one with content, then the most recent edit, then the name."""
    return (s.has_content, s.last_edit, s.source)


def _reason(loser: PlanSummary, winner: PlanSummary) -> str:
    name = Path(winner.source).name
    if winner.has_content and not loser.has_content:
        return tr("has no content; {kept} has").format(kept=name)
    if loser.last_edit == winner.last_edit:
        return tr("edited at the same time ({when}) as {kept}; the later file name is kept").format(when=loser.last_edit or "—", kept=name)
    return tr("last edited {when}, before {kept} ({kept_when})").format(
        when=loser.last_edit or "—", kept=name, kept_when=winner.last_edit or "—")


def collect(items: Iterable[str | os.PathLike[str]], progress: Progress | None = None, workers: int | None = None,
            include_examples: bool = False) -> Collection:
    found = find(items)
    paths = found.paths
    total = len(paths)
    results: list[PlanSummary | Skipped] = []
    jobs = [(str(p), language()) for p in paths]
    workers = workers if workers is not None else min(os.cpu_count() or 1, 4)
    if workers > 1 and total >= 40:
        pool = ProcessPoolExecutor(max_workers=workers)
        try:
            for n, result in enumerate(pool.map(_read_safely, jobs, chunksize=16), start=1):
                results.append(result)
                if progress and (n % 25 == 0 or n == total):
                    progress(n, total, tr("Reading plans"))
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    else:
        for n, job in enumerate(jobs, start=1):
            results.append(_read_safely(job))
            if progress:
                progress(n, total, tr("Reading plans"))
    out = Collection(skipped=found.skipped, include_examples=include_examples)
    groups: dict[str, list[PlanSummary]] = {}
    for result in results:
        if isinstance(result, Skipped):
            out.broken.append(result)
        elif result.example and not include_examples:
            out.examples.append(result)
        else:
            groups.setdefault(result.gad_code or result.source, []).append(result)
    for members in groups.values():
        winner = max(members, key=_rank)
        out.kept.append(winner)
        out.replaced += [LeftOut(m, winner, _reason(m, winner)) for m in sorted(members, key=_rank, reverse=True) if m is not winner]
    out.kept.sort(key=lambda s: (s.gad_code, s.source))
    out.examples.sort(key=lambda s: s.source)
    return out
