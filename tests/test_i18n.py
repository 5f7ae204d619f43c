"""The Spanish catalogue is complete and the compiled .qm is fresh."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import i18n as tool  # noqa: E402


def test_no_unfinished_spanish_translation():
    todo = tool.unfinished()
    assert not todo, f"{len(todo)} untranslated, e.g. {todo[:5]} — run scripts/i18n.py todo / apply"


def test_catalogue_covers_every_string_in_the_code(tmp_path, monkeypatch):
    """lupdate into a scratch copy finds nothing the committed .ts files lack."""
    import shutil

    scratch = tmp_path / "es"
    shutil.copytree(tool.TS_DIR, scratch)
    monkeypatch.setattr(tool, "TS_DIR", scratch)
    tool.update()
    todo = tool.unfinished()
    assert not todo, f"strings in code without translation: {todo[:5]} — run scripts/i18n.py update"


def test_qm_and_json_catalogue_are_fresh(tmp_path):
    out = tmp_path / "fresh.qm"
    tool.release(out)
    assert out.read_bytes() == tool.QM.read_bytes(), "run: python scripts/i18n.py release"
    assert out.with_suffix(".json").read_text(encoding="utf-8") == tool.QM.with_suffix(".json").read_text(encoding="utf-8"), \
        "run: python scripts/i18n.py release"


def test_catalogue_falls_back_to_the_ts_files(monkeypatch, tmp_path):
    """Without the compiled JSON (a development checkout before release) the .ts files are read."""
    from localplan import i18n

    monkeypatch.setattr(i18n, "_catalogues", {})
    monkeypatch.setattr(i18n, "compiled_path", lambda lang="es": tmp_path / "missing.json")
    assert i18n.tr("Yes", "es") == "Sí"
    assert i18n._load("es") == {(c, s): t for c, m in i18n.read_ts("es").items() for s, t in m.items()}


def test_translate_without_qt():
    from localplan import i18n

    assert i18n.tr("Yes", "es") == "Sí"
    assert i18n.tr("Yes", "en") == "Yes"
    assert i18n.tr("a string nobody translated", "es") == "a string nobody translated"


def test_lupdate_is_available():
    assert subprocess.run([tool.tool("pyside6-lupdate"), "-version"], capture_output=True).returncode == 0
