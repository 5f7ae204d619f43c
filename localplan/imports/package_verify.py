"""`verify()`: a ministry package checked as a closed whole.

- Every name in the manifest must be a plain file name inside the package (no folder part,
  no "..", not absolute, no hidden name); nothing outside the folder is ever opened,
  stat-ed or hashed: every access goes through `_entry()` / `_read()`, which take a name
  already known to be plain and join it to the package folder.
- The manifest must list the complete set of files of a package; each must be a regular
  file (a symbolic link, a folder or a device is refused, never followed) whose size and
  SHA-256 match; any other file or folder in the package is reported.
- Every file is bound to the plan's content fingerprint: the JSON data (recomputed), the
  workbook cover, the PDF metadata (report and ordinance), the DOCX custom property; and
  the manifest's GAD code, name, period and example flag are compared with the data.

Each difference is one line: the file (where) and what differs.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeGuard

from localplan.errors import UserError
from localplan.exports.fingerprint import short
from localplan.exports.package import FORMAT, MANIFEST, NAMES
from localplan.exports.package_binding import DOCX_PROPERTY
from localplan.i18n import tr

if TYPE_CHECKING:
    from localplan.domain.data import PlanData

Say = Callable[[str, str], None]  # (where, what): one problem found
MAX_MANIFEST = 1024 * 1024
MAX_FILE = 512 * 1024 * 1024  # far above the largest plan's workbook or report
_PLAIN = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-]{0,120}")
_HEX64 = re.compile(r"[0-9a-f]{64}")


class _Refused(Exception):
    """A listed file that cannot be read as a plain file of the package (the reason is the message)."""


def plain_name(name: Any) -> TypeGuard[str]:
    """A plain file name of the package: one path component, no "..", no separators, no drive, not hidden."""
    return isinstance(name, str) and _PLAIN.fullmatch(name) is not None and ".." not in name


def _entry(root: str, name: str) -> os.stat_result:
    """lstat of a plain name inside the package (a symbolic link is reported as such, never followed)."""
    assert plain_name(name) or name == MANIFEST
    return os.lstat(os.path.join(root, name))


def _read(root: str, name: str, limit: int) -> bytes:
    """The bytes of a regular file of the package, checked on the open handle; raises _Refused."""
    try:
        st = _entry(root, name)
    except FileNotFoundError:
        raise _Refused(tr("missing from the package")) from None
    except OSError as exc:
        raise _Refused(tr("cannot be read ({reason})").format(reason=exc.strerror or exc)) from None
    kind = _kind_problem(st)
    if kind:
        raise _Refused(kind)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(os.path.join(root, name), flags)
    except OSError as exc:
        raise _Refused(tr("cannot be read ({reason})").format(reason=exc.strerror or exc)) from None
    with os.fdopen(fd, "rb") as fh:
        opened = os.fstat(fh.fileno())
        if not stat.S_ISREG(opened.st_mode) or (opened.st_dev, opened.st_ino) != (st.st_dev, st.st_ino):
            raise _Refused(tr("was replaced while it was being read"))
        if opened.st_size > limit:
            raise _Refused(tr("is too large ({size} MB; at most {limit} MB)").format(
                size=opened.st_size // (1024 * 1024), limit=limit // (1024 * 1024)))
        return fh.read(limit + 1)


def _kind_problem(st: os.stat_result) -> str | None:
    if stat.S_ISLNK(st.st_mode):
        return tr("is a symbolic link (a package holds only plain files)")
    if stat.S_ISDIR(st.st_mode):
        return tr("is a folder, not a file")
    if stat.S_ISFIFO(st.st_mode):
        return tr("is a named pipe (FIFO), not a file")
    if not stat.S_ISREG(st.st_mode):
        return tr("is not a regular file (a device, a pipe or a socket)")
    return None


def read_manifest(root: str) -> dict[str, Any]:
    try:
        text = _read(root, MANIFEST, MAX_MANIFEST).decode("utf-8-sig")
        manifest = json.loads(text)
    except _Refused as exc:
        if str(exc) != tr("missing from the package"):  # a FIFO, a device, a link, a folder: say which
            raise UserError(tr("“{folder}” is not a LocalPlan package: its manifest.json {reason}.").format(
                folder=root, reason=exc)) from None
        manifest = None
    except (UnicodeDecodeError, ValueError, RecursionError):
        manifest = None
    if not isinstance(manifest, dict) or manifest.get("format", FORMAT) != FORMAT or not isinstance(manifest.get("files"), list):
        raise UserError(tr("“{folder}” is not a LocalPlan package (no readable manifest.json).").format(folder=root))
    return manifest


def verify(folder: str | os.PathLike[str]) -> list[str]:
    """What differs between the package and its manifest, one line each (an empty list: all good)."""
    root = os.path.abspath(os.fspath(folder))  # no file system access: the folder is what the user named
    manifest = read_manifest(root)
    problems: list[str] = []

    def say(where: str, what: str) -> None:
        problems.append(f"{where}: {what}")

    expected = manifest.get("fingerprint")
    if not isinstance(expected, str) or not _HEX64.fullmatch(expected):
        say(MANIFEST, tr("the content fingerprint is missing or not valid"))
        expected = None
    listed: dict[str, dict[str, Any]] = {}
    for n, item in enumerate(manifest["files"], start=1):
        name = item.get("name") if isinstance(item, dict) else None
        if not plain_name(name):
            shown = str(name)[:80] if name is not None else "—"
            say(MANIFEST, tr("entry {n} names “{name}”, which is not a plain file name inside the package").format(n=n, name=shown))
        elif name in listed:
            say(MANIFEST, tr("“{name}” is listed twice").format(name=name))
        elif name not in NAMES.values():
            say(MANIFEST, tr("“{name}” is not a file of a LocalPlan package").format(name=name))
        else:
            listed[name] = item
    for kind, name in NAMES.items():
        if name not in listed:
            say(MANIFEST, tr("“{name}” is not listed: the package is incomplete").format(name=name))
        elif listed[name].get("kind") != kind:
            say(MANIFEST, tr("“{name}” is listed as another kind of file (“{kind}”)").format(name=name, kind=str(listed[name].get("kind"))[:40]))
    try:
        present = sorted(e.name for e in os.scandir(root))
    except OSError as exc:
        raise UserError(tr("Cannot read the folder “{folder}” ({reason}).").format(folder=root, reason=exc.strerror or exc)) from None
    for name in present:
        if name != MANIFEST and name not in listed:
            say(name, tr("this file is not in the manifest (a package holds only the files it lists)"))
    contents: dict[str, bytes] = {}
    for name, item in listed.items():
        try:
            content = _read(root, name, MAX_FILE)
        except _Refused as exc:
            say(name, str(exc))
            continue
        if len(content) != item.get("size") or hashlib.sha256(content).hexdigest() != item.get("sha256"):
            say(name, tr("changed after the package was made (its size or SHA-256 differs from the manifest)"))
        contents[name] = content
    if expected:
        _bind(contents, expected, manifest, say)
    return problems


def _bind(contents: dict[str, bytes], expected: str, manifest: dict[str, Any], say: Say) -> None:
    """Tie every file present to the manifest's fingerprint, and the manifest to the data."""
    from localplan.exports.package_binding import docx_fingerprint, pdf_keywords, workbook_cover_values

    name = NAMES["json"]
    if name in contents:
        _bind_data(contents[name], expected, manifest, say)
    name = NAMES["xlsx"]
    if name in contents:
        try:
            if expected not in workbook_cover_values(contents[name]):
                say(name, tr("the workbook's cover shows another fingerprint (not {fingerprint})").format(fingerprint=short(expected)))
        except Exception:  # noqa: BLE001 - a broken workbook is a difference to report
            say(name, tr("cannot be read as a workbook"))
    for kind in ("pdf", "ordinance-pdf"):
        name = NAMES[kind]
        if name in contents:
            keywords = pdf_keywords(contents[name])
            if keywords is None:
                say(name, tr("carries no fingerprint in its metadata"))
            elif short(expected) not in keywords:
                say(name, tr("its metadata shows another fingerprint (not {fingerprint}): it belongs to other data").format(
                    fingerprint=short(expected)))
    name = NAMES["ordinance-docx"]
    if name in contents:
        found = docx_fingerprint(contents[name])
        if found is None:
            say(name, tr("carries no fingerprint (document property “{property}”)").format(property=DOCX_PROPERTY))
        elif found != expected:
            say(name, tr("its document property shows another fingerprint ({found}, not {fingerprint}): it belongs to other data").format(
                found=short(found) if _HEX64.fullmatch(found) else found[:40], fingerprint=short(expected)))


def _bind_data(raw: bytes, expected: str, manifest: dict[str, Any], say: Say) -> None:
    from localplan.exports.fingerprint import fingerprint
    from localplan.imports.json_import import read_text

    name = NAMES["json"]
    try:
        data = read_text(raw.decode("utf-8-sig"), name)
    except UnicodeDecodeError:
        say(name, tr("is not a text file in UTF-8"))
        return
    except UserError as exc:
        say(name, exc.message)
        return
    if fingerprint(data) != expected:
        say(name, tr("the plan data does not match the manifest's fingerprint"))
    period = list(data.period) if data.period else None
    for key, message, actual in (
        ("gad_code", tr("the GAD code “{listed}” differs from the plan data (“{actual}”)"), data.gad.get("gad_code")),
        ("gad_name", tr("the GAD name “{listed}” differs from the plan data (“{actual}”)"), data.gad_title()),
        ("period", tr("the period “{listed}” differs from the plan data (“{actual}”)"), period),
        ("example", tr("the example flag “{listed}” differs from the plan data (“{actual}”)"), data.is_example),
    ):
        if manifest.get(key) != actual:
            say(MANIFEST, message.format(listed=_shown(manifest.get(key)), actual=_shown(actual)))
    _bind_status(data, manifest, say)


def _bind_status(data: PlanData, manifest: dict[str, Any], say: Say) -> None:
    """The checker's status recorded in the manifest, recomputed (by the same program version: rules change)."""
    from localplan import __version__
    from localplan.exports.package import checker_status

    status = manifest.get("status")
    version = manifest.get("format_version", 1)
    if (not isinstance(version, int) or version >= 2) and not isinstance(status, dict):
        say(MANIFEST, tr("the checker's status is missing"))
        return
    if not isinstance(status, dict) or manifest.get("program_version") != __version__:
        return
    actual = checker_status(data)
    for key, message in (("errors", tr("it records {listed} checker errors; the plan data has {actual}")),
                         ("warnings", tr("it records {listed} checker warnings; the plan data has {actual}"))):
        if status.get(key) != actual[key]:
            say(MANIFEST, message.format(listed=_shown(status.get(key)), actual=actual[key]))


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, list):
        return "–".join(str(v) for v in value)
    return "—" if value is None else str(value)[:80]


def is_inside(root: str | os.PathLike[str], path: str | os.PathLike[str]) -> bool:
    """For tests: `path` (as given to a file function) names something inside `root`, without resolving anything."""
    root_s, path_s = os.path.normpath(os.fspath(root)), os.path.normpath(os.fspath(path))
    return path_s == root_s or path_s.startswith(root_s.rstrip(os.sep) + os.sep)


__all__ = ["verify", "plain_name", "is_inside", "read_manifest", "Path"]
