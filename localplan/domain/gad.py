"""What a new plan knows from its GAD's INEC code alone: the code, the level and the name.

Used by `localplan new` and the window's new-plan dialog alike.
"""

from __future__ import annotations

from typing import Any

from localplan.errors import UserError
from localplan.i18n import tr
from localplan.reference import dpa
from localplan.reference.loader import is_metropolitan_district, is_special_regime, parish_without_gad


def gad_defaults(code: str) -> dict[str, Any]:
    """The gad section's first values for a province, canton or rural parish; a UserError for
    any other code (an urban parish is planned by its canton, and the message says which)."""
    unit = dpa().get(code.strip())
    level = dpa().gad_level(code.strip())
    if unit is None or level is None:
        raise UserError(tr("“{code}” is not an INEC code of a province, canton or parish.").format(code=code))
    canton = parish_without_gad(unit.code)
    if canton is not None:
        raise UserError(tr("{parish} ({code}) is an urban parish or the cantonal seat: it has no GAD of its own. "
                           "The municipal GAD plans it: choose the canton {canton} ({canton_code}).").format(
            parish=unit.name, code=unit.code, canton=canton.name, canton_code=canton.code))
    names = {
        "provincial": tr("Provincial GAD of {name}"),
        "cantonal": tr("Municipal GAD of {name}"),
        "parish": tr("Rural Parish GAD of {name}"),
    }
    name = names[level]
    if level == "cantonal" and is_metropolitan_district(unit.code):
        name = tr("GAD of the Metropolitan District of {name}")  # Quito: a Concejo Metropolitano
    elif level == "provincial" and is_special_regime(unit.code):
        name = tr("Governing Council of the Special Regime of {name}")  # Galápagos: no provincial GAD
    return {"gad_code": unit.code, "level": level, "name": name.format(name=unit.name)}
