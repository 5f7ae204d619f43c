"""The command line, run as a user would (subprocess): exit codes and messages."""

import os
import subprocess
import sys

import pytest


def run(*args, home, lang="es"):
    env = dict(os.environ, LOCALPLAN_HOME=str(home), LOCALPLAN_LANG=lang)
    return subprocess.run([sys.executable, "-m", "localplan", *map(str, args)], capture_output=True, text=True, env=env, timeout=120)


def test_new_info_export_import(tmp_path, user_home):
    plan = tmp_path / "plan con ñ.lplan"
    r = run("new", plan, "--gad", "0401", "--period", "2023-2027", home=user_home)
    assert r.returncode == 0, r.stderr
    r = run("info", plan, home=user_home)
    assert "Tulcán" in r.stdout and "2023–2027" in r.stdout and "Nivel: Gobierno municipal" in r.stdout
    r = run("export", plan, "--json", tmp_path / "p.json", home=user_home)
    assert r.returncode == 0, r.stderr
    r = run("import", tmp_path / "p.json", "-o", tmp_path / "copy.lplan", home=user_home)
    assert r.returncode == 0, r.stderr
    r = run("info", tmp_path / "copy.lplan", home=user_home)
    assert r.returncode == 0, r.stderr
    assert "Tulcán" in r.stdout and "2023–2027" in r.stdout


@pytest.mark.parametrize("args,words", [
    (["new", "X.lplan", "--gad", "9999"], "no es un código INEC"),
    (["new", "X.lplan"], "faltan estos argumentos obligatorios: --gad"),
    (["new", "X.lplan", "--gad", "0401", "--period", "2027-2023"], "no es válido"),
    (["info", "missing.lplan"], "no existe"),
    (["export", "missing.lplan"], "Indique qué exportar"),
    (["frobnicate", "--x"], "argumentos u opciones desconocidos: --x"),
])
def test_bad_input_exits_2_with_one_spanish_line(tmp_path, user_home, args, words):
    r = run(*args, home=user_home)
    assert r.returncode == 2
    assert words in r.stderr
    assert "Traceback" not in r.stderr
    assert not (tmp_path / "X.lplan").exists()


def test_english_on_request(tmp_path, user_home):
    r = run("info", "missing.lplan", home=user_home, lang="en")
    assert r.returncode == 2 and "does not exist" in r.stderr


def test_headless_commands_import_no_qt(tmp_path, user_home):
    code = ("import sys; from localplan.cli import main; "
            f"main(['new', r'{tmp_path / 'q.lplan'}', '--gad', '04']); "
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'")
    env = dict(os.environ, LOCALPLAN_HOME=str(user_home))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr


def test_every_sub_command_module_imports_and_registers():
    import argparse

    from localplan import commands

    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    for name in commands.COMMANDS:
        mod = commands.module(name)
        assert callable(mod.run) and callable(mod.add), name
        mod.add(sub)
    assert set(sub.choices) >= set(commands.COMMANDS)
