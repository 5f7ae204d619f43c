from localplan import fonts
from localplan.exports import fingerprint


def test_fonts_register_once_and_cover_spanish():
    assert fonts.register() == fonts.register() == "DejaVuSans"
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont("DejaVuSans").face
    for ch in "áéíóúñÑ¿¡–“”":
        assert ord(ch) in face.charWidths, ch


def test_fingerprint_changes_with_content_only(new_plan):
    a = fingerprint.fingerprint(new_plan.snapshot())
    assert a == fingerprint.fingerprint(new_plan.snapshot())
    new_plan.set_value("gad", 1, "authority", "Otra")
    b = fingerprint.fingerprint(new_plan.snapshot())
    assert a != b and len(b) == 64
    assert fingerprint.short(b).count("-") == 3


def test_fingerprint_hashes_the_canonical_document_section_by_section(user_home):
    """The streamed hash equals SHA-256 of the whole canonical document dumped at once."""
    import hashlib
    import json

    from localplan import synthetic
    from localplan.exports.json_doc import document

    data = synthetic.generate("small", seed=3)
    data.meta["example"] = "1"  # the example flag is part of the canonical text
    doc = document(data)
    doc.pop("generator")
    doc.pop("derived")  # computed from the sections (article numbers): not part of the data
    whole = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert "".join(fingerprint.canonical_chunks(data)) == whole
    assert fingerprint.fingerprint(data) == hashlib.sha256(whole.encode("utf-8")).hexdigest()
