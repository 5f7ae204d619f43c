"""Guidance text: every step (and the home page) in both languages, with the four parts."""

import pytest

from localplan.forms import STEPS
from localplan.guide import guidance

PARTS = {
    "es": ("Para qué sirve", "Ejemplo", "Base"),
    "en": ("What it is for", "Example", "asis"),
}


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("step_id", [s.id for s in STEPS])
def test_every_step_has_guidance_with_purpose_example_and_basis(step_id, lang):
    text = guidance(step_id, lang)
    for part in PARTS[lang]:
        assert part.lower() in text.lower(), f"{lang}/{step_id}.html lacks “{part}”"


def test_guidance_follows_the_language_and_cites_the_law():
    assert "COPFP, art. 42" in guidance("diagnosis", "es")
    assert "73/195" in guidance("proposal", "en")
    assert "COOTAD" in guidance("ordinance", "es")
    assert guidance("profile", "es") != guidance("profile", "en")


def test_unknown_step_has_no_guidance():
    assert guidance("no-such-step", "es") == ""
