"""Rebuild resources/reference/dpa.json and gcm_objectives.json from the CSVs in scripts/data/.

Run: python scripts/build_reference.py [DOMAIN_DIR]. The JSON files are committed; this
script documents where they came from and how names were title-cased.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "reference"
SMALL = {"de", "del", "la", "las", "los", "el", "y", "en", "a"}


def title_case(name: str) -> str:
    words = re.split(r"(\s+|\(|\)|-|/)", name.lower())
    out = []
    first = True
    for word in words:
        if not word.strip() or word in "()-/":
            out.append(word)
            if word == "(":
                first = True
            continue
        if first or word not in SMALL:
            word = word[0].upper() + word[1:]
        out.append(word)
        first = False
    return "".join(out)


def main(domain: Path) -> None:
    rows = list(csv.DictReader((domain / "dpa_ecuador.csv").open(encoding="utf-8")))
    dpa = {
        "version": "2022",
        "source": "INEC, División Político-Administrativa (scripts/data/dpa_ecuador.csv)",
        "units": [
            {"level": r["level"], "code": r["code"], "name": title_case(r["name"]), "parent": r["parent_code"] or None}
            for r in rows
        ],
    }
    (OUT / "dpa.json").write_text(json.dumps(dpa, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    gcm = [
        {"code": str(int(r["number"])), "number": int(r["number"]),
         "short": {"en": r["short_en"], "es": r["short_es"]}, "title": {"en": r["title_en"], "es": r["title_es"]}}
        for r in csv.DictReader((domain / "gcm_objectives.csv").open(encoding="utf-8"))
    ]
    doc = {"version": "A/RES/73/195", "source": "UN General Assembly resolution 73/195 (2018)", "objectives": gcm}
    (OUT / "gcm_objectives.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "scripts" / "data")
