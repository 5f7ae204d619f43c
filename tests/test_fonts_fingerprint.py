from localplan.exports import fingerprint, fonts


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
