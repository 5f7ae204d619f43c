"""A very long GAD name or ordinance title still gives a Word file: its core properties
hold at most 255 characters (python-docx refuses more; found by test_hardening_values)."""

import docx

from localplan.exports.ordinance_docx import _properties


class _Data:
    def gad_title(self, lang):
        return "GAD Municipal de " + "Santa Rosa " * 40


def test_long_names_are_clipped_in_the_word_properties():
    doc = docx.Document()
    _properties(doc, _Data(), "Ordenanza " * 40, "es")
    core = doc.core_properties
    assert len(core.author) == len(core.title) == len(core.keywords) == 255
    assert core.author.startswith("GAD Municipal de Santa Rosa") and core.title.startswith("Ordenanza")
