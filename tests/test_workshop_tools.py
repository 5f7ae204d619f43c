"""Workshop tools: printable blank forms, compare and consolidate in the window."""

from pypdf import PdfReader

from localplan import synthetic
from localplan.demo import build_example
from localplan.exports.blank_forms import write_blank_forms


def test_blank_forms_have_every_matrix_with_its_columns(tmp_path):
    path = write_blank_forms(tmp_path / "formularios.pdf", lang="es")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())
    for words in ("Problemas y potencialidades", "Metas e indicadores", "Línea base: valor", "Componente del PDOT",
                  "Biofísico", "Página 1 de"):
        assert words in text, words


def plans(folder):
    build_example(folder / "participante 1.lplan")
    synthetic.write_plan(folder / "participante 2.lplan", "small", seed=1, gad_code="0401")
    (folder / "roto.lplan").write_bytes(b"no")
    return folder


def test_compare_dialog_reads_in_the_background_and_saves(qtbot, tmp_path):
    from openpyxl import load_workbook

    from localplan.ui.rollup_dialogs import CompareDialog

    dialog = CompareDialog()
    qtbot.addWidget(dialog)
    dialog.load([str(plans(tmp_path))])
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=60_000)
    assert dialog.table.rowCount() == 3
    assert "2 planes comparados" in dialog.status.text()
    dialog.rollup.save(dialog.outcome, tmp_path / "comparacion.xlsx")
    assert load_workbook(tmp_path / "comparacion.xlsx")["Comparación"].max_row == 3


def test_consolidate_dialog(qtbot, tmp_path):
    from localplan.ui.rollup_dialogs import ConsolidateDialog

    dialog = ConsolidateDialog()
    qtbot.addWidget(dialog)
    dialog.load([str(plans(tmp_path))])
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=60_000)
    assert dialog.table.rowCount() == 1  # the example plan is left out of the roll-up (listed apart)
    dialog.rollup.save(dialog.outcome, tmp_path / "nacional.xlsx")
    assert (tmp_path / "nacional.xlsx").exists()
