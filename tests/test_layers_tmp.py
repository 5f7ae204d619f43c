"""Layers point one way: every import in localplan/, inside functions too, is checked
against the table below (docs/ARCHITECTURE.md draws it)."""

from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "localplan"

FOUNDATION = {"paths", "i18n", "errors", "logs", "settings", "formatting", "files", "progress", "fonts", "__init__"}
# room -> rooms it may import (besides itself and the foundation)
ALLOWED: dict[str, set[str]] = {
    "paths": set(), "errors": {"i18n"}, "i18n": {"paths"}, "logs": {"paths"}, "settings": {"paths", "files"},
    "formatting": {"i18n"}, "files": {"i18n", "errors"}, "progress": set(), "fonts": {"paths"}, "__init__": set(),
    "reference": set(),
    "forms": {"reference"},
    "store": {"forms", "reference"},
    "domain": {"store", "forms", "reference"},
    "checks": {"domain", "store", "forms", "reference"},
    "charts": {"domain", "forms", "reference", "fonts"},
    "ordinance": {"domain", "forms", "reference", "charts"},
    "exports": {"checks", "charts", "ordinance", "domain", "store", "forms", "reference"},
    "imports": {"exports", "domain", "store", "forms", "reference"},
    "consolidate": {"exports", "imports", "checks", "domain", "store", "forms", "reference"},
    "merge": {"domain", "store", "forms", "reference"},
    "demo": {"imports", "domain", "store", "forms", "reference"},
    "synthetic": {"imports", "domain", "store", "forms", "reference"},
    "guide": {"reference"},
    "commands": {"merge", "consolidate", "demo", "synthetic", "exports", "imports", "checks", "ordinance", "charts", "domain",
                 "store", "forms", "reference", "guide"},
    "cli": {"commands", "app"},
    "__main__": {"cli"},
    "ui": {"merge", "consolidate", "demo", "synthetic", "exports", "imports", "checks", "ordinance", "charts", "domain", "store",
           "forms", "reference", "guide"},
    "app": {"ui"},
}


def room_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "localplan":
        return None
    return parts[1] if len(parts) > 1 else "__init__"


def imported_modules(path: Path) -> list[tuple[int, str]]:
    rel = path.relative_to(PKG.parent).with_suffix("")
    package = list(rel.parts[:-1]) if path.name != "__init__.py" else list(rel.parts[:-1])
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            if module == "localplan":
                out += [(node.lineno, f"localplan.{a.name}") for a in node.names]
            else:
                out.append((node.lineno, module))
    return out


def violations() -> list[str]:
    found = []
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(PKG)
        here = rel.parts[0].removesuffix(".py")
        allowed = ALLOWED[here] | FOUNDATION | {here}
        for line, module in imported_modules(path):
            target = room_of(module)
            if target is None or target in allowed:
                continue
            if target in {"__version__", "APP_NAME"}:
                continue
            found.append(f"{rel.as_posix()}:{line} imports {module}")
    return found


def test_every_import_follows_the_layers():
    assert violations() == []


def test_every_room_is_in_the_table():
    rooms = {p.name.removesuffix(".py") for p in PKG.iterdir() if p.suffix == ".py" or (p / "__init__.py").exists()}
    assert rooms <= set(ALLOWED), rooms - set(ALLOWED)
