"""The main window: start page or an open plan, menus, language, undo/redo."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget

from localplan import APP_NAME, i18n, settings
from localplan.errors import UserError
from localplan.i18n import tr
from localplan.ui.start_page import StartPage

if TYPE_CHECKING:
    from localplan.domain.plan import Plan
    from localplan.ui.plan_view import PlanView

# The start page must show fast: the plan view, its pages and the plan machinery are
# imported when a plan is first opened or created.


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.plan: Plan | None = None
        self.view: PlanView | None = None
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.start = StartPage()
        self.stack.addWidget(self.start)
        self._connect_start()
        self.resize(1280, 760)
        self._restore_geometry()
        self.build_menus()
        self._update_title()

    # --- window state ---------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = settings.get_bytes("main_window_geometry")
        if geometry is not None:
            self.restoreGeometry(QByteArray(geometry))
        screen = QGuiApplication.screenAt(self.frameGeometry().center()) or QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            # the frame (title bar, borders) is not drawn yet: leave room for it on a small screen
            width, height = min(self.width(), area.width() - 16), min(self.height(), area.height() - 40)
            if (width, height) != (self.width(), self.height()):
                self.resize(width, height)
            if not area.contains(self.frameGeometry()):
                self.move(area.topLeft())

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if "localplan.ui.worker" in sys.modules and not self._finish_running_work():
            event.ignore()
            return
        settings.set_bytes("main_window_geometry", bytes(self.saveGeometry().data()))
        self.close_plan()
        super().closeEvent(event)

    def _finish_running_work(self) -> bool:
        """Before quitting: wait for work that runs, or stop it. False when the person cancels."""
        from localplan.ui import worker

        busy = worker.running()
        if not busy:
            return True
        choice = self.ask_running_work(busy)
        if choice is None:
            return False
        if choice == "stop":
            worker.stop_all()
        self.statusBar().showMessage(tr("Waiting for {work} to end…").format(work=", ".join(busy)))
        worker.wait_all()
        return True

    def ask_running_work(self, busy: list[str]) -> str | None:
        """"wait", "stop" or None (stay). Tests replace it."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle(APP_NAME)
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(tr("LocalPlan is still working on {work}.").format(work=", ".join(busy)))
        box.setInformativeText(tr("Wait until it is finished, or stop it now? A stopped export leaves no half-written files."))
        wait = box.addButton(tr("Wait, then close"), QMessageBox.ButtonRole.AcceptRole)
        stop = box.addButton(tr("Stop it and close"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(wait)
        box.exec()
        clicked = box.clickedButton()
        return "wait" if clicked is wait else "stop" if clicked is stop else None

    def _connect_start(self) -> None:
        self.start.new_requested.connect(self.new_plan)
        self.start.open_requested.connect(self.open_plan)
        self.start.example_requested.connect(self.open_example)
        self.start.recent_requested.connect(self.open_plan_path)

    def _update_title(self) -> None:
        if self.plan is None:
            self.setWindowTitle(APP_NAME)
            return
        name = self.plan.record("gad").get("name") or self.plan.path.stem
        flag = " [" + tr("read-only") + "]" if self.plan.read_only else ""
        self.setWindowTitle(f"{name} — {self.plan.path.name}{flag} — {APP_NAME}")

    # --- menus ----------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)  # every binding of the platform (and, unlike setShortcut, no 14 ms of enum set-up)
        elif shortcut is not None:
            action.setShortcuts([QKeySequence(shortcut)])
        return action

    def build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(tr("&File"))
        file_menu.addAction(self._action(tr("&New plan…"), self.new_plan, QKeySequence.StandardKey.New))
        file_menu.addAction(self._action(tr("&Open plan…"), self.open_plan, QKeySequence.StandardKey.Open))
        self.save_as_action = self._action(tr("Save &as…"), self.save_as, QKeySequence.StandardKey.SaveAs)
        file_menu.addAction(self.save_as_action)
        self.save_copy_action = self._action(tr("Save a &copy as…"), self.save_copy)
        file_menu.addAction(self.save_copy_action)
        self.teamwork_actions = [self._action(tr("&Give a copy to a colleague…"), lambda: self._review().give_copy(self)),
                                 self._action(tr("Co&mbine with another copy…"), lambda: self._review().combine(self))]
        file_menu.addActions(self.teamwork_actions)
        self.versions_action = self._action(tr("&Versions…"), self.show_versions)
        file_menu.addAction(self.versions_action)
        self.recent_menu = file_menu.addMenu(tr("&Recent plans"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self.close_action = self._action(tr("&Close plan"), self.close_plan, QKeySequence.StandardKey.Close)
        file_menu.addAction(self.close_action)
        file_menu.addAction(self._action(tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))
        edit_menu = bar.addMenu(tr("&Edit"))
        self.undo_action = self._action(tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(tr("&Redo"), self.redo, QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        view_menu = bar.addMenu(tr("&View"))
        self.next_step_action = self._action(tr("&Next step"), self.go_next_step, "Ctrl+J")
        view_menu.addAction(self.next_step_action)
        view_menu.addSeparator()
        self.guide_action = self._action(tr("&Guidance panel"), self._toggle_guidance, "F1")
        self.guide_action.setCheckable(True)
        self.guide_action.setChecked(bool(settings.get("show_guidance", True)))
        view_menu.addAction(self.guide_action)
        self.problems_action = self._action(tr("&Problems panel"), self._toggle_problems, "F8")
        self.problems_action.setCheckable(True)
        self.problems_action.setChecked(bool(settings.get("show_problems", True)))
        view_menu.addAction(self.problems_action)
        language_menu = bar.addMenu(tr("&Language"))
        group = QActionGroup(self)
        for code, label in (("es", "Español"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(i18n.language() == code)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            language_menu.addAction(action)
        self.language_actions = group
        tools_menu = bar.addMenu(tr("&Tools"))
        tools_menu.addAction(self._action(tr("&Compare plans…"), self._compare))
        tools_menu.addAction(self._action(tr("C&onsolidate for the ministry…"), self._consolidate))
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(self._action(tr("&Manual"), self.show_manual, QKeySequence.StandardKey.HelpContents))
        help_menu.addAction(self._action(tr("&Glossary of acronyms"), self.show_glossary))
        help_menu.addAction(self._action(tr("&Keyboard shortcuts"), self.show_shortcuts, "Ctrl+/"))
        help_menu.addSeparator()
        help_menu.addAction(self._action(tr("&About LocalPlan"), self._about))
        self._update_actions()

    def _compare(self) -> None:
        from localplan.ui.rollup_dialogs import CompareDialog

        CompareDialog(self).exec()

    def _consolidate(self) -> None:
        from localplan.ui.rollup_dialogs import ConsolidateDialog

        ConsolidateDialog(self).exec()

    def show_manual(self, anchor: str | None = None):
        from localplan.ui.help import show_manual

        if not isinstance(anchor, str):  # triggered(bool) from the menu
            anchor = self.view.current_step() if self.view is not None else None
        anchor = "start" if anchor in (None, "home") else anchor
        self.manual = show_manual(self, anchor)
        return self.manual

    def show_versions(self):
        from localplan.ui.versions_dialog import VersionsDialog

        if self.plan is None:
            return None
        self.versions = VersionsDialog(self)
        self.versions.show()
        return self.versions

    def show_glossary(self):
        from localplan.ui.help import GlossaryDialog

        self.glossary = GlossaryDialog(self)
        self.glossary.show()
        return self.glossary

    def show_shortcuts(self):
        from localplan.ui.help import ShortcutsDialog

        self.shortcuts = ShortcutsDialog(self)
        self.shortcuts.show()
        return self.shortcuts

    def _about(self) -> None:
        from localplan.ui.about import show_about

        show_about(self)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in settings.recent_files():
            self.recent_menu.addAction(self._action(Path(path).name, lambda _=False, p=path: self.open_plan_path(p)))
        if not settings.recent_files():
            empty = self.recent_menu.addAction(tr("(none)"))
            empty.setEnabled(False)

    @staticmethod
    def _review():
        """The team-work dialogs, imported when first used (they are not needed to start)."""
        from localplan.ui import merge_review

        return merge_review

    def _update_actions(self) -> None:
        plan = self.plan
        has = plan is not None
        self.save_copy_action.setEnabled(has)
        for action in self.teamwork_actions:
            action.setEnabled(plan is not None and (action is self.teamwork_actions[0] or not plan.read_only))
        self.save_as_action.setEnabled(has)
        self.next_step_action.setEnabled(has)
        self.versions_action.setEnabled(has)
        self.close_action.setEnabled(has)
        self.undo_action.setEnabled(plan is not None and plan.can_undo)
        self.redo_action.setEnabled(plan is not None and plan.can_redo)
        self.undo_action.setText(tr("&Undo {action}").format(action=plan.undo_text).strip()
                                 if plan is not None and plan.can_undo else tr("&Undo"))
        self.redo_action.setText(tr("&Redo {action}").format(action=plan.redo_text).strip()
                                 if plan is not None and plan.can_redo else tr("&Redo"))

    # --- language -------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        """Switch at once: translators, menus and every page are rebuilt in the new language."""
        from localplan.ui.application import install_language

        settings.set_value("language", lang)
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # a window runs in a QApplication
        install_language(app, lang)
        step = self.view.current_step() if self.view else None
        self.build_menus()
        self.stack.removeWidget(self.start)
        self.start.deleteLater()
        self.start = StartPage()
        self.stack.insertWidget(0, self.start)
        self._connect_start()
        if self.plan is not None:
            self._show_plan(step)
        else:
            self.stack.setCurrentWidget(self.start)
        self._update_title()

    # --- plans ----------------------------------------------------------------------
    def _toggle_guidance(self) -> None:
        """F1 / View › Guidance panel. On a small screen the panel is folded away; asking
        for it there shows it (and hides it again on the next press)."""
        if self.view and self.view.compact:
            showing = self.view.guide.isVisible()
            self.guide_action.setChecked(not showing)
            self.view.set_guidance_visible(True, compact_too=not showing)
            return
        settings.set_value("show_guidance", self.guide_action.isChecked())
        if self.view:
            self.view.set_guidance_visible(self.guide_action.isChecked())

    def _toggle_problems(self) -> None:
        if self.view and self.view.compact:  # small screen: F8 opens and folds the list of findings
            self.view.toggle_problems_on_small()
            self.problems_action.setChecked(True)
            return
        settings.set_value("show_problems", self.problems_action.isChecked())
        if self.view:
            self.view.set_problems_visible(self.problems_action.isChecked())

    def _show_plan(self, step: str | None = None) -> None:
        from localplan.ui import builtin_pages
        from localplan.ui.plan_view import PlanView

        builtin_pages.load()
        if self.plan is None:
            return
        if self.view is not None:
            self.view.detach()
            self.stack.removeWidget(self.view)
            self.view.deleteLater()
        self.view = PlanView(self.plan)
        self.view.set_guidance_visible(self.guide_action.isChecked())
        self.view.set_problems_visible(self.problems_action.isChecked())
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        if step:
            self.view.show_step(step)

    def _on_plan_changed(self, _sections: set[str]) -> None:
        self._update_actions()
        self._update_title()

    def set_plan(self, plan, step: str | None = None, remember: bool = True) -> None:
        self.close_plan()
        self.plan = plan
        plan.subscribe(self._on_plan_changed)
        if remember:  # not a backup opened from File › Versions
            settings.add_recent_file(plan.path)
        self._show_plan(step)
        self._update_actions()
        self._update_title()

    def close_plan(self) -> None:
        if self.plan is None:
            return
        if self.view is not None:
            self.view.detach()
            self.stack.removeWidget(self.view)
            self.view.deleteLater()
            self.view = None
        self.plan.close()
        self.plan = None
        self.start.refresh()
        self.stack.setCurrentWidget(self.start)
        self._update_actions()
        self._update_title()

    def _fail(self, exc: UserError) -> None:
        from PySide6.QtWidgets import QMessageBox  # dialogs are imported when first needed (start-up time)

        QMessageBox.warning(self, APP_NAME, exc.message)

    def open_plan_path(self, path: str | Path, step: str | None = None) -> bool:
        from localplan.domain.plan import Plan

        try:
            plan = Plan.open(path)
        except UserError as exc:
            if str(path) in settings.recent_files() and not Path(path).exists():
                settings.remove_recent_file(str(path))
                self.start.refresh()
            self._fail(exc)
            return False
        self.set_plan(plan, step)
        return True

    def open_plan(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self, tr("Open plan"), str(Path.home()), tr("LocalPlan plans (*.lplan)"))
        if name:
            self.open_plan_path(name)

    def new_plan(self) -> None:
        from localplan.ui import file_flows

        file_flows.new_plan(self)

    def open_example(self) -> bool:
        from localplan.ui import file_flows

        return file_flows.open_example(self)

    def save_copy(self):
        from localplan.ui import file_flows

        return file_flows.save_copy(self)

    def save_as(self):
        from localplan.ui import file_flows

        return file_flows.save_as(self)

    def go_next_step(self) -> str | None:
        """Show the first step whose required content is missing (the export when none is)."""
        if self.plan is None or self.view is None:
            return None
        from localplan.guide import next_step

        target = next_step(self.plan.snapshot()) or "export"
        self.view.show_step(target)
        return target

    def undo(self) -> None:
        self._step_history(lambda plan: plan.undo(), tr("Undone: {action}"))

    def redo(self) -> None:
        self._step_history(lambda plan: plan.redo(), tr("Redone: {action}"))

    def _step_history(self, step, message: str) -> None:
        if self.plan is None:
            return
        try:
            label = step(self.plan)
        except UserError as exc:
            self._fail(exc)
            return
        if label:
            self.statusBar().showMessage(message.format(action=label), 4000)
        self._update_actions()
