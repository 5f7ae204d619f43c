"""The command line at its edges: closed pipes, poor consoles, Spanish help and errors, plurals, file lists."""

import os
import subprocess
import sys

import pytest


def env_for(home, lang="es", **extra):
    return dict(os.environ, LOCALPLAN_HOME=str(home), LOCALPLAN_LANG=lang, **extra)


def run(*args, home, lang="es", **extra):
    return subprocess.run([sys.executable, "-m", "localplan", *map(str, args)], capture_output=True, text=True,
                          env=env_for(home, lang, **extra), timeout=300)


@pytest.fixture(scope="module")
def plans(tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    folder = tmp_path_factory.mktemp("plans")
    assert run("demo", folder / "ejemplo.lplan", home=home).returncode == 0
    assert run("new", folder / "tulcan.lplan", "--gad", "0401", home=home).returncode == 0
    return folder


def closed_stdout(*args, home):
    """Run with a stdout whose reader has already gone away."""
    read, write = os.pipe()
    os.close(read)
    try:
        p = subprocess.run([sys.executable, "-m", "localplan", *map(str, args)], stdout=write, stderr=subprocess.PIPE,
                           env=env_for(home), timeout=300)
    finally:
        os.close(write)
    return p.returncode, p.stderr.decode("utf-8", "replace")


@pytest.mark.parametrize("args", [["info", "ejemplo.lplan"], ["check", "ejemplo.lplan"], ["--help"], ["info", "--help"]])
def test_a_closed_stdout_ends_quietly(plans, user_home, args):
    code, err = closed_stdout(*[plans / a if a.endswith(".lplan") else a for a in args], home=user_home)
    assert code == 0, err
    assert err == ""


def test_a_closed_stdout_during_export_still_writes_every_file(plans, user_home, tmp_path):
    code, err = closed_stdout("export", plans / "ejemplo.lplan", "--json", tmp_path / "p.json", home=user_home)
    assert code == 0 and err == ""
    assert (tmp_path / "p.json").stat().st_size > 1000


def test_a_console_that_cannot_print_the_gad_name(plans, user_home):
    r = run("info", plans / "tulcan.lplan", home=user_home, PYTHONIOENCODING="ascii")
    assert r.returncode == 0, r.stderr
    assert "Tulc?n" in r.stdout and "Traceback" not in r.stderr


def test_help_and_usage_errors_in_spanish(user_home):
    for args in (["--help"], ["export", "--help"], ["consolidate", "--help"]):
        r = run(*args, home=user_home)
        assert r.returncode == 0
        assert "uso:" in r.stdout and "opciones:" in r.stdout and "muestra esta ayuda y termina" in r.stdout
        assert "positional arguments" not in r.stdout and "options:" not in r.stdout and "usage:" not in r.stdout
    r = run("export", home=user_home)
    assert r.returncode == 2 and "faltan estos argumentos obligatorios: PLAN.lplan" in r.stderr
    r = run("info", "--frob", "x", home=user_home)
    assert r.returncode == 2 and "desconocidos: --frob" in r.stderr and "unrecognized" not in r.stderr
    r = run("--lang", "xx", home=user_home)
    assert r.returncode == 2 and "valor no válido" in r.stderr
    r = run("--help", home=user_home, lang="en")
    assert "positional arguments" in r.stdout and "options:" in r.stdout


def test_info_names_sections_and_counts_rows_in_good_spanish(plans, user_home, tmp_path):
    from localplan.domain.plan import Plan

    plan = Plan.create(tmp_path / "uno.lplan", {"gad_code": "0401", "name": "GAD Municipal de Tulcán", "level": "cantonal"})
    plan.insert_rows("actors", [{"name": "Junta cantonal"}])
    plan.close()
    r = run("info", tmp_path / "uno.lplan", home=user_home)
    assert r.returncode == 0
    from localplan.forms import SECTIONS

    for sec in SECTIONS:
        assert f"  {sec.id}:" not in r.stdout
    assert "  Actores: 1 fila\n" in r.stdout and "  Objetivos estratégicos: 0 filas\n" in r.stdout
    assert "1 filas" not in r.stdout
    r = run("check", plans / "tulcan.lplan", home=user_home)
    assert "8 errores" in r.stdout
    assert "1 errores" not in r.stdout and "1 advertencias" not in r.stdout and "1 notas" not in r.stdout


def test_export_lists_files_with_sizes_and_warns_about_errors(plans, user_home, tmp_path):
    r = run("export", plans / "tulcan.lplan", "--package", tmp_path / "entrega", "--json", tmp_path / "p.json", home=user_home)
    assert r.returncode == 0, r.stderr
    assert "advertencia: el verificador encuentra" in r.stderr
    for name in ("informe.pdf", "libro.xlsx", "plan.json", "ordenanza.docx", "ordenanza.pdf", "manifest.json"):
        assert any(name in line and "KB)" in line for line in r.stdout.splitlines()), r.stdout
    assert "p.json (" in r.stdout
    r = run("export", plans / "tulcan.lplan", "--json", tmp_path / "strict.json", "--strict", home=user_home)
    assert r.returncode == 1 and "--strict" in r.stderr and not (tmp_path / "strict.json").exists()
    r = run("export", plans / "ejemplo.lplan", "--json", tmp_path / "ok.json", "--strict", home=user_home)
    assert r.returncode == 0 and r.stderr == ""
