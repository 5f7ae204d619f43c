"""Rules that keep the rooms apart (docs/ARCHITECTURE.md)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "localplan"


def test_qt_is_imported_only_in_ui_and_app():
    offenders = []
    for path in ROOT.rglob("*.py"):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("ui/") or rel == "app.py":
            continue
        if re.search(r"^\s*(from|import)\s+(PySide6|shiboken6)", path.read_text(encoding="utf-8"), re.M):
            offenders.append(rel)
    assert not offenders


def test_ui_does_not_speak_sql():
    for path in (ROOT / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\b(SELECT|INSERT INTO|UPDATE \"|DELETE FROM)\b", text), path


def test_heavy_libraries_load_lazily():
    heavy = r"^(from|import)\s+(reportlab|openpyxl|docx)\b"
    for path in ROOT.rglob("*.py"):
        assert not re.search(heavy, path.read_text(encoding="utf-8"), re.M), f"{path}: import inside the function"


def test_modules_stay_readable():
    big = [p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.py") if len(p.read_text(encoding="utf-8").splitlines()) > 600]
    assert not big, f"split these by responsibility: {big}"
