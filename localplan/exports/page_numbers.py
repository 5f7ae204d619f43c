"""A reportlab canvas that writes "Página X de Y" once the page count is known (one pass)."""

from __future__ import annotations

from localplan import fonts
from localplan.i18n import QT_TR_NOOP, translator

MARGIN = 50


def numbered_canvas(lang: str, right_margin: float = MARGIN, y: float = 26) -> type[object]:
    from reportlab.pdfgen.canvas import Canvas

    family = fonts.register()
    t = translator(lang)

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type information: Canvas is Any
        def __init__(self, *args: object, **kwargs: object) -> None:
            kwargs["initialFontName"] = family  # no stray unembedded Helvetica
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                width, _ = self._pagesize
                self.setFont(family, 7.5)
                self.setFillColorRGB(0.37, 0.42, 0.48)
                self.drawRightString(width - right_margin, y,
                                     t(QT_TR_NOOP("Page {page} of {total}")).format(page=self._pageNumber, total=total))
                super().showPage()
            super().save()

    return NumberedCanvas
