"""File flows of the main window that must never lose work: new plan, save as, save a copy,
the example plan. A plan file that is about to be replaced is backed up first, and the
window says where; the plan that is open is never replaced."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from localplan import __version__, paths, settings
from localplan.errors import UserError
from localplan.i18n import tr
from localplan.store import backups
from localplan.store.lock import PlanLock
from localplan.ui.new_plan_dialog import NewPlanDialog, same_file


class Cancelled(Exception):
    """The person said no: nothing was done."""


def _with_suffix(name: str) -> Path:
    path = Path(name)
    return path if path.suffix.lower() == ".lplan" else path.with_name(path.name + ".lplan")


def make_room(window, target: Path, ask: bool = True) -> Path | None:
    """Prepare to write a plan at `target`: refuse the open plan and a plan open elsewhere,
    ask before replacing, and back the old file up. Return the backup (None when there was
    no file). Raises UserError or Cancelled."""
    if window.plan is not None and same_file(target, window.plan.path):
        raise UserError(tr("“{name}” is the plan that is open: it is never replaced. Choose another name.").format(
            name=target.name))
    if not target.exists():
        return None
    lock = PlanLock(target)
    try:
        free = lock.acquire()
    except OSError:
        free = True  # a folder we cannot lock in: the replacement itself will say why it fails
    if not free:
        raise UserError(tr("“{name}” is open in another window or program; close it there first, or choose another name.")
                        .format(name=target.name))
    lock.release()
    if ask and QMessageBox.question(window, tr("Replace plan"), tr(
            "“{name}” already exists. Replace it? A backup of it is kept first in {folder}.").format(
            name=target.name, folder=paths.backups_dir())) != QMessageBox.StandardButton.Yes:
        raise Cancelled
    backup = backups.backup_file(target, "replaced")
    if backup is None:
        raise UserError(tr("No backup of “{name}” could be written in {folder}, so it was not replaced.").format(
            name=target.name, folder=paths.backups_dir()))
    return backup


def _kept(backup: Path | None) -> str:
    return (" " + tr("The file it replaced was kept as {path}.").format(path=backup)) if backup else ""


def ask_target(window, title: str, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(window, title, str(suggested), tr("LocalPlan plans (*.lplan)"),
                                          options=QFileDialog.Option.DontConfirmOverwrite)  # we ask, saying more
    return _with_suffix(name) if name else None


def new_plan(window) -> None:
    from localplan.domain.plan import Plan

    dialog = NewPlanDialog(window, open_path=window.plan.path if window.plan is not None else None)
    if not dialog.exec() or dialog.path is None:
        return
    try:
        values = dialog.values()
        backup = make_room(window, dialog.path, ask=False)  # the dialog asked already
        plan = Plan.create(dialog.path, values, overwrite=True)
    except Cancelled:
        return
    except UserError as exc:
        window._fail(exc)
        return
    window.set_plan(plan)
    window.statusBar().showMessage(tr("New plan {path}.").format(path=plan.path) + _kept(backup), 15000)


def save_copy(window) -> Path | None:
    """Save a copy elsewhere; the window stays on the plan."""
    if window.plan is None:
        return None
    target = ask_target(window, tr("Save a copy as"),
                        window.plan.path.with_name(window.plan.path.stem + " " + tr("copy") + ".lplan"))
    return write_copy(window, target) if target else None


def write_copy(window, target: Path, ask: bool = True) -> Path | None:
    try:
        backup = make_room(window, target, ask)
        window.plan.save_copy(target)
    except Cancelled:
        return None
    except UserError as exc:
        window._fail(exc)
        return None
    window.statusBar().showMessage(tr("A copy was saved as {path}.").format(path=target) + _kept(backup), 15000)
    return target


def save_as(window) -> Path | None:
    """Save under a new name and keep working there; the old file stays as it was."""
    if window.plan is None:
        return None
    target = ask_target(window, tr("Save as"), window.plan.path)
    return save_as_path(window, target) if target else None


def save_as_path(window, target: Path, ask: bool = True) -> Path | None:
    old = window.plan.path
    step = window.view.current_step() if window.view else None
    try:
        backup = make_room(window, target, ask)
        window.plan.save_copy(target)
    except Cancelled:
        return None
    except UserError as exc:
        window._fail(exc)
        return None
    if not window.open_plan_path(target, step):
        return None
    window.statusBar().showMessage(tr("The plan continues as {path}; “{old}” stays as it was.").format(
        path=target, old=old.name) + _kept(backup), 15000)
    return target


# --- the example plan -----------------------------------------------------------------
def _fingerprint(path: Path) -> str | None:
    from localplan.domain.read import read_plan
    from localplan.exports.fingerprint import fingerprint

    try:
        return fingerprint(read_plan(str(path)))
    except UserError:
        return None


def example_path() -> Path:
    return paths.ensure_dir(paths.user_data_dir() / "examples") / (tr("example-plan") + ".lplan")


def open_example(window, ask_changed=None) -> bool:
    """Open the example plan. A copy made earlier is reused while untouched; one that was
    changed (a trainer's workshop) is opened as it is or rebuilt, as the person chooses,
    after a backup. `ask_changed(window)` returns "open", "fresh" or None (tests)."""
    from localplan.demo import build_example

    target = example_path()
    known = settings.get("example_fingerprints", {})
    known = known if isinstance(known, dict) else {}
    rebuild = not target.exists()
    if target.exists():
        current = _fingerprint(target)
        recorded = known.get(str(target))
        if current is None:
            rebuild = True  # not a plan any more (damaged): rebuilt after a backup
        elif recorded and recorded.get("fingerprint") == current:
            rebuild = recorded.get("version") != __version__  # untouched: refreshed only by a new version
        else:
            choice = (ask_changed or _ask_changed)(window)
            if choice is None:
                return False
            rebuild = choice == "fresh"
    backup = None
    if rebuild:
        try:
            if window.plan is not None and same_file(window.plan.path, target):
                window.close_plan()
            if target.exists():
                backup = make_room(window, target, ask=False)
            build_example(target, overwrite=True)
        except UserError as exc:
            window._fail(exc)
            return False
        known[str(target)] = {"fingerprint": _fingerprint(target), "version": __version__}
        settings.set_value("example_fingerprints", known)
    elif window.plan is not None and same_file(window.plan.path, target):
        return True
    if not window.open_plan_path(target):
        return False
    if backup:
        window.statusBar().showMessage(tr("A fresh example plan was made.") + _kept(backup), 15000)
    return True


def _ask_changed(window) -> str | None:
    box = QMessageBox(window)
    box.setWindowTitle(tr("Open the example plan"))
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(tr("The example plan was changed since it was made (in a workshop, perhaps)."))
    box.setInformativeText(tr("Open it as it is, or start a fresh example? A backup of the changed one is kept first."))
    keep = box.addButton(tr("Open it as it is"), QMessageBox.ButtonRole.AcceptRole)
    fresh = box.addButton(tr("Start a fresh example"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.exec()
    clicked = box.clickedButton()
    return "open" if clicked is keep else "fresh" if clicked is fresh else None
