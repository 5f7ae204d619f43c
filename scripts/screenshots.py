"""Screenshots of every window and step, in Spanish and English, at laptop sizes.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [PLAN.lplan] [--size=1280x720]

Writes shots/*.png (git-ignored). Without a plan it builds the example plan. The same
pictures come from an installed or frozen program with `localplan --screenshots DIR`.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LOCALPLAN_HOME", tempfile.mkdtemp(prefix="lp-shots-"))
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from localplan.ui.screenshots import take  # noqa: E402


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    size = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--size=")), "1280x720")
    width, height = (int(x) for x in size.split("x"))
    written = take(ROOT / "shots", Path(args[0]) if args else None, size=(width, height))
    print(f"{len(written)} screenshots in {ROOT / 'shots'}")


if __name__ == "__main__":
    main()
