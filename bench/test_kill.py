"""The full kill test: 100 rounds of each kind (python -m pytest bench/test_kill.py -s).

The same as `python bench/kill_harness.py --rounds 100`.
"""

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("kill_harness", Path(__file__).parent / "kill_harness.py")
harness = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(harness)


def test_kill_100_rounds(tmp_path, monkeypatch):
    monkeypatch.setenv("LOCALPLAN_HOME", str(tmp_path / "home"))
    results = harness.run(100, seed=1)
    for kind, outcomes in results.items():
        print(f"{kind}: {len(outcomes)}/100 rounds ok")
        assert len(outcomes) == 100
