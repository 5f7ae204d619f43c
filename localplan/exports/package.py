"""The ministry package: every export of one plan in a folder, with manifest.json.

The manifest lists the complete set of files with their SHA-256 and size, the content
fingerprint of the plan, the GAD it belongs to, and the checker's status when it was made
(errors and warnings by code, the mainstreaming index), so a package of an unfinished plan
never passes for a finished one. `localplan.imports.package_verify.verify()` checks a
package as a closed whole.

The package is written into a hidden temporary folder beside the target and renamed into
place when complete: a killed export never leaves a folder that looks like a package.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from localplan import __version__
from localplan.domain.data import PlanData
from localplan.errors import UserError
from localplan.exports.atomic import write_text
from localplan.exports.fingerprint import fingerprint
from localplan.i18n import tr
from localplan.progress import Progress, no_progress

MANIFEST = "manifest.json"
FORMAT = "localplan-package"
FORMAT_VERSION = 2
# The complete set: verify() requires every one of them, and nothing else.
NAMES = {"json": "plan.json", "pdf": "informe.pdf", "xlsx": "libro.xlsx", "ordinance-docx": "ordenanza.docx",
         "ordinance-pdf": "ordenanza.pdf"}
# The custom document property of the ordinance (DOCX) that carries the full fingerprint.


def sha256(path: Path) -> str:
    from localplan.store.regular import open_regular

    digest = hashlib.sha256()
    with open_regular(path) as fh:  # a FIFO or a device in a package is refused, never waited on
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def checker_status(data: PlanData) -> dict[str, Any]:
    """The checker's verdict as the manifest records it (the same counts `localplan check` prints)."""
    from localplan.checks.assessment import index
    from localplan.checks.run import check

    findings = check(data)
    by_code: dict[str, dict[str, int]] = {"error": {}, "warning": {}, "info": {}}
    for f in findings:
        codes = by_code[f.severity.value]
        codes[f.code] = codes.get(f.code, 0) + 1
    count = {sev: sum(codes.values()) for sev, codes in by_code.items()}
    return {"errors": count["error"], "warnings": count["warning"], "notes": count["info"],
            "by_code": {sev: dict(sorted(codes.items())) for sev, codes in by_code.items()},
            "index": round(index(data)[0], 1)}


def last_edit(data: PlanData) -> str | None:
    """When the plan was last changed, as far as the data says (the plan file's time when it was read from one)."""
    return data.meta.get("last_edit") or data.meta.get("modified") or None


def manifest_for(data: PlanData, files: list[dict[str, Any]], status: dict[str, Any] | None = None) -> dict[str, Any]:
    gad = data.gad
    return {
        "format": FORMAT, "format_version": FORMAT_VERSION, "generator": f"LocalPlan {__version__}",
        "program_version": __version__,
        "created": _dt.datetime.now(_dt.UTC).replace(microsecond=0).isoformat(),
        "last_edit": last_edit(data),
        "gad_code": gad.get("gad_code"), "gad_name": data.gad_title(), "level": gad.get("level"),
        "period": list(data.period) if data.period else None, "example": data.is_example,
        "fingerprint": fingerprint(data),
        "status": status if status is not None else checker_status(data),
        "files": files,
    }


def _cannot_write(folder: Path, exc: OSError) -> UserError:
    return UserError(tr("Cannot write in the folder “{folder}” ({reason}).").format(folder=folder, reason=exc.strerror or exc))


def _replaceable(folder: Path) -> bool:
    """An existing target may be replaced only when it is empty or an earlier package (nothing else inside)."""
    if folder.is_symlink() or not folder.is_dir():
        return False
    names = {p.name for p in folder.iterdir()}
    return not names or (MANIFEST in names and names <= {MANIFEST, *NAMES.values()})


def write_package(data: PlanData, folder: Path, progress: Progress = no_progress) -> Path:
    from localplan.exports.formats import FILE_EXPORTERS

    folder = Path(folder)
    parent = folder.parent if str(folder.parent) else Path(".")
    if (folder.exists() or folder.is_symlink()) and not _replaceable(folder):
        raise UserError(tr("“{folder}” already exists and is not an earlier package; choose an empty or new folder.").format(
            folder=folder))
    try:
        parent.mkdir(parents=True, exist_ok=True)
        _remove_stale(parent, folder.name)
        work = Path(tempfile.mkdtemp(dir=parent, prefix=f".{folder.name}.partial-"))
    except OSError as exc:
        raise _cannot_write(parent, exc) from None
    try:
        wanted = [e for e in FILE_EXPORTERS if e.id in NAMES]
        total = len(wanted) + 2
        files = []
        for n, exporter in enumerate(wanted):
            progress(n, total, exporter.title)
            target = work / NAMES[exporter.id]
            exporter.write(data, target, no_progress)
            files.append({"name": target.name, "kind": exporter.id, "sha256": sha256(target), "size": target.stat().st_size})
        progress(len(wanted), total, tr("Checking the plan"))
        manifest = manifest_for(data, files)
        write_text(work / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
        os.chmod(work, 0o777 & ~_umask())
        _move_into_place(work, folder)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    progress(total, total, tr("Package written"))
    return folder


def _remove_stale(parent: Path, name: str, age: float = 3600) -> None:
    """Hidden folders left by an export that was killed (an hour old: a running export keeps writing into its own)."""
    import time

    for stale in parent.glob(f".{name}.partial-*"):
        try:
            if stale.is_dir() and not stale.is_symlink() and time.time() - stale.stat().st_mtime > age:
                shutil.rmtree(stale, ignore_errors=True)
        except OSError:
            continue


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _move_into_place(work: Path, folder: Path) -> None:
    """Rename the finished package into place; an earlier package there is set aside first and removed after."""
    old = None
    try:
        if folder.exists():
            old = Path(tempfile.mkdtemp(dir=work.parent, prefix=f".{folder.name}.old-"))
            os.rmdir(old)
            os.rename(folder, old)
        os.rename(work, folder)
    except OSError as exc:
        if old is not None and old.exists() and not folder.exists():
            os.rename(old, folder)  # put the earlier package back
        raise _cannot_write(folder.parent, exc) from None
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def files_written(folder: Path) -> list[tuple[str, int]]:
    """(name, size) of every file of a written package, manifest last."""
    try:
        manifest = json.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))
        listed = [(str(f["name"]), int(f["size"])) for f in manifest["files"]]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    return listed + [(MANIFEST, (Path(folder) / MANIFEST).stat().st_size)]
