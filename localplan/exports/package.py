"""The ministry package: every export of one plan in a folder, with manifest.json.

The manifest lists each file with its SHA-256 and size, and the content fingerprint of the
plan; `verify()` recomputes everything and says what differs.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
from pathlib import Path

from localplan import __version__
from localplan.domain.data import PlanData
from localplan.errors import UserError
from localplan.exports.atomic import write_text
from localplan.exports.fingerprint import fingerprint
from localplan.exports.registry import Progress, no_progress
from localplan.i18n import tr
from localplan.store.regular import NotRegularFile, read_limited

MANIFEST = "manifest.json"
MAX_MANIFEST = 4 * 1024 * 1024  # a manifest lists a handful of files
NAMES = {"json": "plan.json", "pdf": "informe.pdf", "xlsx": "libro.xlsx", "ordinance-docx": "ordenanza.docx",
         "ordinance-pdf": "ordenanza.pdf"}


def sha256(path: Path) -> str:
    from localplan.store.regular import open_regular

    digest = hashlib.sha256()
    with open_regular(path) as fh:  # a FIFO or a device in a package is refused, never waited on
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def write_package(data: PlanData, folder: Path, progress: Progress = no_progress) -> Path:
    from localplan.exports.registry import EXPORTERS

    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(tr("Cannot write in the folder “{folder}” ({reason}).").format(folder=folder, reason=exc.strerror or exc)) from None
    wanted = [e for e in EXPORTERS if e.id in NAMES]
    files = []
    for n, exporter in enumerate(wanted):
        progress(n, len(wanted) + 1, exporter.title)
        target = folder / NAMES[exporter.id]
        exporter.write(data, target, no_progress)
        files.append({"name": target.name, "kind": exporter.id, "sha256": sha256(target), "size": target.stat().st_size})
    gad = data.gad
    manifest = {
        "format": "localplan-package", "format_version": 1, "generator": f"LocalPlan {__version__}",
        "created": _dt.datetime.now(_dt.UTC).replace(microsecond=0).isoformat(),
        "gad_code": gad.get("gad_code"), "gad_name": data.gad_title(),
        "period": list(data.period) if data.period else None, "example": data.is_example,
        "fingerprint": fingerprint(data), "files": files,
    }
    write_text(folder / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")  # temp + rename: never a 0-byte manifest
    progress(len(wanted) + 1, len(wanted) + 1, tr("Package written"))
    return folder


def verify(folder: Path) -> list[str]:
    """What differs between the package and its manifest (an empty list: all good)."""
    from localplan.imports.json_import import read_file

    folder = Path(folder)
    try:
        manifest = json.loads(read_limited(folder / MANIFEST, MAX_MANIFEST, tr("{name} is too large ({size} MB).")).decode("utf-8"))
        files = [item for item in manifest["files"] if isinstance(item, dict)]
        expected = manifest["fingerprint"]
    except NotRegularFile as exc:
        if (folder / MANIFEST).exists():  # a FIFO, a device or a folder named manifest.json: say which
            raise UserError(exc.message) from None
        raise UserError(tr("“{folder}” is not a LocalPlan package (no readable manifest.json).").format(folder=folder)) from None
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        raise UserError(tr("“{folder}” is not a LocalPlan package (no readable manifest.json).").format(folder=folder)) from None
    problems = []
    for item in files:
        path = folder / str(item.get("name", ""))
        if not path.is_file():
            problems.append(tr("{file} is missing.").format(file=item.get("name")))
        elif sha256(path) != item.get("sha256"):
            problems.append(tr("{file} was changed after the package was made.").format(file=item.get("name")))
    plan_json = folder / NAMES["json"]
    if plan_json.is_file():
        try:
            if fingerprint(read_file(plan_json)) != expected:
                problems.append(tr("The plan data does not match the fingerprint of the manifest."))
        except UserError as exc:
            problems.append(exc.message)
    workbook = folder / NAMES["xlsx"]
    if workbook.is_file():
        try:
            from openpyxl import load_workbook

            wb = load_workbook(workbook, read_only=True)
            cover = [row for row in wb.worksheets[0].iter_rows(values_only=True)]
            wb.close()
            if not any(expected in [str(v) for v in row] for row in cover):
                problems.append(tr("The workbook's cover shows another fingerprint."))
        except Exception:  # noqa: BLE001 - a broken workbook is a difference to report
            problems.append(tr("{file} cannot be read.").format(file=workbook.name))
    return problems
