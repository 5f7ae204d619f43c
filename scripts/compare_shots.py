"""Compare two folders of screenshots (say, the frozen build's and the installed program's).

    python scripts/compare_shots.py FOLDER_A FOLDER_B [--tolerance 0.01]

Every PNG must exist in both folders with the same size, and differ in no more than
`tolerance` of its pixels (a channel differing by more than 16 counts as different).
Exit 0 when they match; 1 with a line per difference otherwise.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def differing_share(a: Path, b: Path) -> float | None:
    """The share of pixels that differ, or None when the images have different sizes."""
    from PySide6.QtGui import QImage

    ia, ib = QImage(str(a)).convertToFormat(QImage.Format.Format_RGB32), QImage(str(b)).convertToFormat(QImage.Format.Format_RGB32)
    if ia.size() != ib.size() or ia.isNull():
        return None
    da, db = bytes(ia.constBits()), bytes(ib.constBits())
    if da == db:
        return 0.0
    step = 4
    different = 0
    for i in range(0, len(da), step):
        if da[i:i + step] != db[i:i + step] and any(abs(x - y) > 16 for x, y in zip(da[i:i + 3], db[i:i + 3])):
            different += 1
    return different / (len(da) // step)


def compare(first: Path, second: Path, tolerance: float = 0.01) -> list[str]:
    problems = []
    names_a = {p.name for p in first.glob("*.png")}
    names_b = {p.name for p in second.glob("*.png")}
    if not names_a:
        problems.append(f"no screenshots in {first}")
    for name in sorted(names_a ^ names_b):
        problems.append(f"{name}: only in {first if name in names_a else second}")
    for name in sorted(names_a & names_b):
        share = differing_share(first / name, second / name)
        if share is None:
            problems.append(f"{name}: different sizes")
        elif share > tolerance:
            problems.append(f"{name}: {share:.1%} of the pixels differ")
    return problems


def main(argv: list[str]) -> int:
    tolerance = 0.01
    if "--tolerance" in argv:
        i = argv.index("--tolerance")
        tolerance = float(argv[i + 1])
        del argv[i:i + 2]
    first, second = (Path(x) for x in argv[:2])
    problems = compare(first, second, tolerance)
    for line in problems:
        print(line)
    count = len(list(first.glob("*.png")))
    print(f"{count} screenshots compared: " + ("the same" if not problems else f"{len(problems)} differences"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
