"""The folder of wheels for laptops without internet: runs scripts/offline_wheels.sh, which
downloads the wheels once, then installs LocalPlan from that folder alone (index off) and
runs the installed program: demo, exports and the windows."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.frozen
def test_offline_wheel_folder_is_complete(tmp_path):
    if not os.environ.get("LOCALPLAN_OFFLINE_TEST"):
        pytest.skip("set LOCALPLAN_OFFLINE_TEST=1 to download the wheels and install from them (.ci/run runs the script)")
    r = subprocess.run(["bash", str(ROOT / "scripts" / "offline_wheels.sh"), str(tmp_path / "wheels")], cwd=ROOT,
                       capture_output=True, text=True, env={**os.environ, "PYTHON": sys.executable}, timeout=900)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    assert "offline wheels complete" in r.stdout
    assert any(p.name.startswith("localplan-") for p in (tmp_path / "wheels").iterdir())
