"""Rules that keep the rooms apart (docs/ARCHITECTURE.md draws the table below)."""

import ast
import re
import statistics
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


def test_the_domain_does_not_speak_sql():
    """Plan changes go through the store's functions (store.rows, store.transaction)."""
    for path in (ROOT / "domain").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\.execute\(\s*f?[\"']", text), path


def test_heavy_libraries_load_lazily():
    heavy = r"^(from|import)\s+(reportlab|openpyxl|docx)\b"
    for path in ROOT.rglob("*.py"):
        assert not re.search(heavy, path.read_text(encoding="utf-8"), re.M), f"{path}: import inside the function"


def test_modules_stay_readable():
    sizes = {p.relative_to(ROOT).as_posix(): len(p.read_text(encoding="utf-8").splitlines()) for p in ROOT.rglob("*.py")}
    big = sorted(name for name, lines in sizes.items() if lines > 600)
    assert not big, f"split these by responsibility: {big}"
    assert statistics.median(sizes.values()) < 150


# --- layers that point one way -------------------------------------------------------
# Every import in localplan/ -- at the top, inside functions, under TYPE_CHECKING -- is read
# with the ast module and checked against this table. A room is a package or a top-level
# module; it may import itself, the foundation, and the rooms listed for it.
FOUNDATION = {"paths", "i18n", "errors", "logs", "settings", "formatting", "files", "progress", "fonts", "__init__"}
ALLOWED: dict[str, set[str]] = {
    # foundation: beneath everything
    "__init__": set(), "paths": set(), "progress": set(), "i18n": {"paths"}, "logs": {"paths"},
    "errors": {"i18n"}, "formatting": {"i18n"}, "files": set(), "fonts": {"paths"}, "settings": {"paths", "files"},
    # data and its rules
    "reference": set(),
    "forms": {"reference"},
    "store": {"forms", "reference"},
    "domain": {"store", "forms", "reference"},
    "merge": {"domain", "store", "forms", "reference"},
    # analysis: checks read the ordinance draft too (the ordinance never reads the checks)
    "ordinance": {"domain", "forms", "reference", "charts"},
    "charts": {"domain", "forms", "reference"},
    "checks": {"ordinance", "domain", "store", "forms", "reference"},
    # documents: exports write files, imports read them back (and may use the export's layout)
    "exports": {"checks", "charts", "ordinance", "domain", "store", "forms", "reference"},
    "imports": {"exports", "domain", "store", "forms", "reference"},
    # services
    "guide": {"checks", "domain", "forms", "reference"},
    "consolidate": {"exports", "imports", "merge", "checks", "ordinance", "charts", "domain", "store", "forms", "reference"},
    "demo": {"imports", "ordinance", "domain", "store", "forms", "reference"},
    "synthetic": {"imports", "domain", "store", "forms", "reference"},
    # entry points and the window
    "commands": {"consolidate", "demo", "synthetic", "guide", "exports", "imports", "merge", "checks", "ordinance",
                 "charts", "domain", "store", "forms", "reference"},
    "cli": {"commands", "app"},
    "__main__": {"cli"},
    "ui": {"consolidate", "demo", "synthetic", "guide", "exports", "imports", "merge", "checks", "ordinance", "charts",
           "domain", "store", "forms", "reference"},
    "app": {"ui"},
}


def _room(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "localplan":
        return None
    return parts[1] if len(parts) > 1 else "__init__"


def _imports(path: Path, root: Path = ROOT) -> list[tuple[int, str]]:
    """(line, module) of every import in a file, relative ones resolved, `from localplan import x` as localplan.x."""
    package = list(path.relative_to(root.parent).with_suffix("").parts[:-1])
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                module = ".".join(package[: len(package) - node.level + 1] + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            if module == "localplan":
                out += [(node.lineno, f"localplan.{a.name}") for a in node.names]
            else:
                out.append((node.lineno, module))
    return out


def layer_violations(root: Path = ROOT) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        here = path.relative_to(root).parts[0].removesuffix(".py")
        allowed = ALLOWED[here] | FOUNDATION | {here}
        for line, module in _imports(path, root):
            target = _room(module)
            if target is None or target in allowed or target in {"__version__", "APP_NAME"}:
                continue
            found.append(f"{path.relative_to(root).as_posix()}:{line} imports {module}")
    return found


def test_every_import_follows_the_layers():
    assert layer_violations() == []


def test_every_room_is_in_the_table():
    rooms = {p.name.removesuffix(".py") for p in ROOT.iterdir() if p.suffix == ".py" or (p / "__init__.py").exists()}
    assert rooms == set(ALLOWED), rooms ^ set(ALLOWED)


def test_the_layer_check_sees_imports_inside_functions(tmp_path):
    """The wrong directions #23 found, written the way they hid (inside functions): each is caught."""
    wrong = {
        "store/planfile.py": "def f():\n    from localplan.exports.atomic import default_mode\n",
        "ui/new_plan_dialog.py": "def f():\n    from localplan.commands.new_cmd import gad_defaults\n",
        "consolidate/collect.py": "def f():\n    from localplan.commands.common import read_plan\n",
        "ui/main_window.py": "class W:\n    def f(self):\n        from localplan.app import install_language\n",
        "charts/base.py": "def f():\n    from localplan.exports import fonts\n",
        "store/rows.py": "def f():\n    from ..imports.problems import Problem\n",
        "reference/provenance.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from localplan.domain.data import PlanData\n",
        "exports/package.py": "def f():\n    from localplan.imports.json_import import read_text\n",
    }
    root = tmp_path / "localplan"
    for name, text in wrong.items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    found = layer_violations(root)
    assert sorted(f.split(":")[0] for f in found) == sorted(wrong), found


# --- one way to do each thing --------------------------------------------------------
def test_modules_are_imported_by_name_only_where_a_comment_says_why():
    """A module looked up by name, with its import error swallowed, becomes a silently missing
    chapter; the one lookup left (the sub-commands, for start-up time) says so above it."""
    uses = []
    for path in ROOT.rglob("*.py"):
        lines = path.read_text(encoding="utf-8").splitlines()
        for n, line in enumerate(lines):
            if re.search(r"\bimport_module\(|__import__\(|find_spec\(", line):
                uses.append(path.relative_to(ROOT).as_posix())
                assert any("on purpose" in above for above in lines[max(0, n - 6): n]), f"{path}:{n + 1}"
    assert sorted(uses) == ["commands/__init__.py"], uses


def test_files_are_replaced_in_one_place():
    """Write to a temporary file, fsync, rename: only localplan/files.py does it (log rotation and the
    package folder swap rename, they do not write)."""
    for path in ROOT.rglob("*.py"):
        rel = path.relative_to(ROOT).as_posix()
        text = path.read_text(encoding="utf-8")
        if rel != "files.py":
            assert not re.search(r"\bmkstemp\(|\bos\.fsync\(", text), rel
        if rel not in {"files.py", "logs.py"}:
            assert "os.replace(" not in text, rel


def test_the_architecture_document_names_every_room():
    text = (ROOT.parent / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    missing = [room for room in ALLOWED if room != "__init__" and f"`{room}`" not in text]
    assert not missing, f"docs/ARCHITECTURE.md does not place {missing} in its layer table"


def _module_graph(root: Path = ROOT) -> dict[str, set[str]]:
    """Module → the localplan modules it imports (inside functions too; `from pkg import mod` names the module)."""
    mods = {}
    for p in root.rglob("*.py"):
        parts = p.relative_to(root.parent).with_suffix("").parts
        mods[".".join(parts[:-1]) if parts[-1] == "__init__" else ".".join(parts)] = p
    graph: dict[str, set[str]] = {}
    for name, p in mods.items():
        package = name if p.name == "__init__.py" else name.rsplit(".", 1)[0]
        out: set[str] = set()
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                out |= {a.name for a in node.names if a.name in mods}
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([node.module] if node.module else []))
                for a in node.names:
                    out |= {f"{base}.{a.name}"} if f"{base}.{a.name}" in mods else ({base} if base in mods else set())
        graph[name] = out - {name}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_module_imports_itself_back_through_others():
    """No import circle, even inside one package ("register yourself on import" included): a registry
    knows nothing of its entries, and the module that loads them is a third one."""
    assert _cycles(_module_graph()) == []


def test_the_circle_finder_finds_a_circle(tmp_path):
    pkg = tmp_path / "localplan"
    (pkg / "checks").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "checks" / "__init__.py").write_text("")
    (pkg / "checks" / "rules.py").write_text("import localplan.checks.guide_rules\n")
    (pkg / "checks" / "guide_rules.py").write_text("def f():\n    from localplan.checks.rules import rule\n")
    assert _cycles(_module_graph(pkg)) == [["localplan.checks.guide_rules", "localplan.checks.rules"]]
