"""Keep the Spanish catalogue in step with the code.

  python scripts/i18n.py update   # pyside6-lupdate: one .ts per source module under resources/i18n/es/
  python scripts/i18n.py release  # pyside6-lrelease: all .ts → resources/i18n/localplan_es.qm (+ .json for non-Qt code)
  python scripts/i18n.py status   # count unfinished translations
  python scripts/i18n.py todo     # print a JSON object {source: ""} of the unfinished strings
  python scripts/i18n.py apply FILE.json  # fill translations from {source: spanish}, then release

One .ts per module keeps parallel work from colliding in one big file. Modules without
translatable strings get no .ts. Existing translations are kept by lupdate.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "localplan"
TS_DIR = ROOT / "resources" / "i18n" / "es"
QM = ROOT / "resources" / "i18n" / "localplan_es.qm"
MARKERS = ("translate(", "tr(", "QT_TRANSLATE_NOOP(", "QT_TR_NOOP(")


def tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    return str(exe) if exe.exists() else (shutil.which(name) or name)


def ts_name(module: Path) -> str:
    return ".".join(module.relative_to(ROOT).with_suffix("").parts) + ".ts"


def modules() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if any(m in p.read_text(encoding="utf-8") for m in MARKERS))


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    wanted = set()
    for module in modules():
        target = TS_DIR / ts_name(module)
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", "-target-language", "es_EC",
                        str(module), "-ts", str(target)], check=True, capture_output=True)
        if not list(ET.parse(target).getroot().iter("message")):
            target.unlink()
            continue
        wanted.add(target.name)
    for stale in TS_DIR.glob("*.ts"):
        if stale.name not in wanted:
            stale.unlink()
    apply(known())  # a source already translated in another module is filled in everywhere


def known() -> dict[str, str]:
    out: dict[str, str] = {}
    for ts in sorted(TS_DIR.glob("*.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            node = message.find("translation")
            if node is not None and (node.text or "").strip() and node.get("type") is None:
                out.setdefault(message.findtext("source") or "", node.text)
    return out


def compiled_catalogue() -> str:
    """The catalogue localplan.i18n reads without Qt, as deterministic JSON text."""
    from localplan import i18n

    return json.dumps(i18n.read_ts("es", TS_DIR), ensure_ascii=False, sort_keys=True, indent=0) + "\n"


def release(out: Path = QM) -> None:
    files = sorted(str(p) for p in TS_DIR.glob("*.ts"))
    subprocess.run([tool("pyside6-lrelease"), "-silent", *files, "-qm", str(out)], check=True)
    out.with_suffix(".json").write_text(compiled_catalogue(), encoding="utf-8")


def unfinished() -> list[tuple[str, str, str]]:
    out = []
    for ts in sorted(TS_DIR.glob("*.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                node = message.find("translation")
                if node is None or not (node.text or "").strip() or node.get("type") == "unfinished":
                    out.append((ts.name, name, message.findtext("source") or ""))
    return out


def apply(mapping: dict[str, str]) -> int:
    """Fill every .ts message whose source is in `mapping`; return how many were filled."""
    filled = 0
    for ts in sorted(TS_DIR.glob("*.ts")):
        tree = ET.parse(ts)
        changed = False
        for message in tree.getroot().iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if source in mapping and mapping[source].strip() and node is not None:
                if node.text != mapping[source] or node.get("type"):
                    node.text = mapping[source]
                    node.attrib.pop("type", None)
                    changed = True
                    filled += 1
        if changed:
            ET.indent(tree, space="    ")
            with open(ts, "wb") as fh:
                fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
                tree.write(fh, encoding="utf-8", xml_declaration=False)
                fh.write(b"\n")
    return filled


if __name__ == "__main__":
    import json

    cmd = sys.argv[1] if len(sys.argv) > 1 else "status"
    if cmd == "update":
        update()
    elif cmd == "release":
        release()
    elif cmd == "todo":
        print(json.dumps({src: "" for _, _, src in unfinished()}, ensure_ascii=False, indent=1))
        sys.exit(0)
    elif cmd == "apply":
        count = apply(json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")))
        release()
        print(f"filled {count}")
        sys.exit(0)
    todo = unfinished()
    print(f"{len(todo)} unfinished translation(s)")
    for item in todo[: int(sys.argv[2]) if len(sys.argv) > 2 else 20]:
        print("  ", *item)
