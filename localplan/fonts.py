"""The bundled Unicode fonts (DejaVu Sans, licence in resources/fonts) for reportlab.

Registered once; every PDF uses this family so nothing falls back to an unembedded
Helvetica and á, ñ, ¿, ¡, –, “ ” all render. The Qt side loads the same files.
"""

from __future__ import annotations

import threading
from pathlib import Path

from localplan import paths

FAMILY = "DejaVuSans"
FILES = {
    "DejaVuSans": "DejaVuSans.ttf",
    "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}
_lock = threading.Lock()
_done = False


def font_path(name: str = "DejaVuSans") -> Path:
    return paths.resource("fonts", FILES[name])


def register() -> str:
    """Register the family with reportlab (idempotent, thread-safe); return its name."""
    global _done
    with _lock:
        if _done:
            return FAMILY
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name in FILES:
            pdfmetrics.registerFont(TTFont(name, str(font_path(name))))
        addMapping(FAMILY, 0, 0, "DejaVuSans")
        addMapping(FAMILY, 1, 0, "DejaVuSans-Bold")
        addMapping(FAMILY, 0, 1, "DejaVuSans-Oblique")
        addMapping(FAMILY, 1, 1, "DejaVuSans-BoldOblique")
        pdfmetrics.registerFontFamily(FAMILY, normal="DejaVuSans", bold="DejaVuSans-Bold",
                                      italic="DejaVuSans-Oblique", boldItalic="DejaVuSans-BoldOblique")
        _done = True
        return FAMILY


BOLD = "DejaVuSans-Bold"
