"""The program's own custom pages: importing their modules registers them (ui/pages_registry.py)."""

from __future__ import annotations


def load() -> None:
    """Import the modules that register custom pages (each registers itself once, on import)."""
    from localplan.ui import assessment_page, ordinance_page, views  # noqa: F401
