"""Guidance text for each step, in both languages (resources/guide/{es,en}/<step>.html)."""

from __future__ import annotations

from localplan import paths
from localplan.i18n import language


def guidance(step_id: str, lang: str | None = None) -> str:
    lang = lang or language()
    for candidate in (lang, "es", "en"):
        path = paths.resource("guide", candidate, f"{step_id}.html")
        if path.exists():
            return path.read_text(encoding="utf-8")
    return ""
