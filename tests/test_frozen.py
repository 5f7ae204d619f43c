"""The desktop build: runs scripts/build_and_smoke.sh when PyInstaller is installed."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.frozen
def test_frozen_build_smoke():
    if not os.environ.get("LOCALPLAN_FROZEN_TEST"):
        pytest.skip("set LOCALPLAN_FROZEN_TEST=1 to build and smoke-test the frozen app (.ci/run does)")
    pytest.importorskip("PyInstaller")
    r = subprocess.run(["bash", str(ROOT / "scripts" / "build_and_smoke.sh")], cwd=ROOT, capture_output=True, text=True,
                       env={"PYTHON": sys.executable, "PATH": "/usr/bin:/bin"}, timeout=900)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    assert "frozen smoke: ok" in r.stdout
