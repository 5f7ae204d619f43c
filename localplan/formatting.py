"""Numbers, money and dates as Ecuador writes them (es_EC) or in English, without Qt.

Matches QLocale("es_EC"): 1.234.567,89 · $1.234,50 · martes, 18 de marzo de 2025.
A UI test checks these against QLocale so the screen and the exports agree.
"""

from __future__ import annotations

import datetime as _dt

from localplan import i18n

MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
# Our own tables, never strftime's %A/%B: those follow the process locale (Qt sets it from
# the system, so an es_EC machine wrote "lunes, noviembre 30" into an English document).
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def month_name(month: int, lang: str | None = None) -> str:
    """The month's name (1-12) in the language, independent of the process locale."""
    return (MONTHS_ES if _lang(lang) == "es" else MONTHS_EN)[month - 1]


def day_name(day: _dt.date, lang: str | None = None) -> str:
    return (DAYS_ES if _lang(lang) == "es" else DAYS_EN)[day.weekday()]


def _lang(lang: str | None) -> str:
    return lang or i18n.language()


def number(value: float | int, decimals: int = 0, lang: str | None = None) -> str:
    text = f"{abs(value):,.{decimals}f}"
    if _lang(lang) == "es":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return ("-" if value < 0 and round(abs(value), decimals) != 0 else "") + text


def money(value: float | int, lang: str | None = None) -> str:
    body = number(abs(value), 2, lang)
    return ("-" if value < 0 else "") + "$" + body


def percent(value: float, decimals: int = 1, lang: str | None = None) -> str:
    return number(value, decimals, lang) + (" %" if _lang(lang) == "es" else "%")


def long_date(day: _dt.date, lang: str | None = None) -> str:
    if _lang(lang) == "es":
        return f"{day_name(day, 'es')}, {day.day} de {month_name(day.month, 'es')} de {day.year}"
    return f"{day_name(day, 'en')}, {month_name(day.month, 'en')} {day.day}, {day.year}"


def short_date(day: _dt.date, lang: str | None = None) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}" if _lang(lang) == "es" else day.isoformat()


def parse_number(text: str, lang: str | None = None) -> float:
    """Read a number typed by a person: '1.234,56', '1234.56', '$ 1,234.50', '12 %'.

    The language decides the decimal mark when the text is ambiguous; a text with both
    marks uses the last one as decimal. Raises ValueError on anything else.
    """
    raw = text.strip().replace("\u00a0", "").replace(" ", "").replace("$", "").replace("%", "")
    if raw.upper().startswith("USD"):
        raw = raw[3:]
    if not raw or len(raw) > 40:
        raise ValueError(text)
    sign = -1.0 if raw.startswith("-") else 1.0
    if raw[0] in "+-":
        raw = raw[1:]
    if "," in raw and "." in raw:
        decimal = "," if raw.rfind(",") > raw.rfind(".") else "."
    elif "," in raw:
        decimal = "," if _lang(lang) == "es" or raw.count(",") == 1 and len(raw.split(",")[1]) != 3 else ""
    elif "." in raw:
        decimal = "." if _lang(lang) == "en" or raw.count(".") == 1 and len(raw.split(".")[1]) != 3 else ""
    else:
        decimal = ""
    thousands = {",", "."} - {decimal}
    for mark in thousands:
        raw = raw.replace(mark, "")
    if decimal:
        raw = raw.replace(decimal, ".")
    if not raw.replace(".", "", 1).isdigit():
        raise ValueError(text)
    return sign * float(raw)
