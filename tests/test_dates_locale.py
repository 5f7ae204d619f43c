"""Dates are written from our own month and day names, never from the process locale.

Qt sets the C locale from the system when the application starts, so on an es_EC machine
strftime("%A, %B") wrote "lunes, noviembre 30, 2026" into an English ordinance."""

from __future__ import annotations

import ast
import datetime
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from localplan import formatting
from localplan.ordinance import render

ROOT = Path(__file__).resolve().parent.parent


class SpanishLocaleDate(datetime.date):
    """A date whose strftime behaves as under an es_EC locale (names in Spanish)."""

    def strftime(self, fmt: str) -> str:  # noqa: D102
        fmt = fmt.replace("%A", formatting.DAYS_ES[self.weekday()]).replace("%B", formatting.MONTHS_ES[self.month - 1])
        return super().strftime(fmt)


def test_english_dates_do_not_follow_the_locale():
    day = SpanishLocaleDate(2026, 11, 30)
    assert formatting.long_date(day, "en") == "Monday, November 30, 2026"
    assert render.long_date(day, "en") == "30 November 2026"
    assert formatting.long_date(day, "es") == "lunes, 30 de noviembre de 2026"
    assert render.long_date(day, "es") == "30 de noviembre de 2026"
    assert formatting.short_date(day, "es") == "30/11/2026"
    assert formatting.short_date(day, "en") == "2026-11-30"


def test_month_and_day_names_in_both_languages():
    assert [formatting.month_name(m, "en") for m in (1, 12)] == ["January", "December"]
    assert [formatting.month_name(m, "es") for m in (1, 12)] == ["enero", "diciembre"]
    assert formatting.day_name(datetime.date(2026, 11, 29), "en") == "Sunday"
    assert formatting.day_name(datetime.date(2026, 11, 29), "es") == "domingo"


def test_no_locale_dependent_strftime_in_the_program():
    """%a %A %b %B %c %x %X %p name things in the locale's language: none of them in localplan/."""
    offenders = []
    for path in (ROOT / "localplan").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "strftime"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
                    and any(code in node.args[0].value for code in ("%a", "%A", "%b", "%B", "%c", "%x", "%X", "%p"))):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders


CHILD = """
import datetime, locale, time
locale.setlocale(locale.LC_ALL, "")
assert time.strftime("%B", (2026, 11, 30, 0, 0, 0, 0, 334, 0)).lower() == "noviembre", "locale not active"
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])  # Qt sets the C locale from the environment too
from localplan import formatting
from localplan.ordinance import render
day = datetime.date(2026, 11, 30)
print(formatting.long_date(day, "en"))
print(render.long_date(day, "en"))
"""


def test_english_dates_under_a_real_spanish_locale(tmp_path):
    """An es_EC locale compiled into a private folder (LOCPATH); the English dates stay English."""
    if shutil.which("localedef") is None or not Path("/usr/share/i18n/locales/es_EC").exists():
        pytest.skip("localedef or the es_EC locale source is not on this machine (the test above covers it)")
    folder = tmp_path / "locales"
    folder.mkdir()
    made = subprocess.run(["localedef", "-i", "es_EC", "-f", "UTF-8", str(folder / "es_EC.UTF-8")],
                          capture_output=True, text=True)
    if not (folder / "es_EC.UTF-8").exists():
        pytest.skip("localedef could not compile es_EC: " + made.stderr[-300:])
    env = {**os.environ, "LOCPATH": str(folder), "LC_ALL": "es_EC.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.splitlines() == ["Monday, November 30, 2026", "30 November 2026"]
