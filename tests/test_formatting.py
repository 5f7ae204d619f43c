import datetime

import pytest

from localplan import formatting


def test_spanish_numbers_money_and_dates():
    assert formatting.number(1234567.89, 2, "es") == "1.234.567,89"
    assert formatting.money(1234.5, "es") == "$1.234,50"
    assert formatting.money(-3, "es") == "-$3,00"
    assert formatting.long_date(datetime.date(2025, 3, 18), "es") == "martes, 18 de marzo de 2025"
    assert formatting.short_date(datetime.date(2025, 3, 8), "es") == "08/03/2025"
    assert formatting.number(-0.001, 2, "es") == "0,00"


def test_english_numbers():
    assert formatting.number(1234567.89, 2, "en") == "1,234,567.89"
    assert formatting.money(1234.5, "en") == "$1,234.50"


@pytest.mark.parametrize("text,lang,value", [
    ("1.234,56", "es", 1234.56), ("1,234.56", "en", 1234.56), ("1.234", "es", 1234.0),
    ("12,5", "es", 12.5), ("12,5", "en", 12.5), ("$ 1.000", "es", 1000.0), ("-4", "es", -4.0), ("15 %", "es", 15.0),
])
def test_parse_number(text, lang, value):
    assert formatting.parse_number(text, lang) == value


@pytest.mark.parametrize("text", ["", "abc", "1.2.3,4,5", "1e5", "--3"])
def test_parse_number_refuses_garbage(text):
    with pytest.raises(ValueError):
        formatting.parse_number(text, "es")
