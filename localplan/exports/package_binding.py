"""Where each file of a package carries the plan's content fingerprint, written and read back.

- workbook: the cover sheet shows the full fingerprint (exports/workbook/write.py);
- PDF report and ordinance PDF: the short fingerprint is one of the document's keywords
  (the Info dictionary of the PDF, read here without a PDF library);
- ordinance DOCX: a custom document property (docProps/custom.xml) holds the full one.

The readers take bytes already read from inside the package, never a path.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

DOCX_PROPERTY = "LocalPlanFingerprint"  # the Word file's custom property that holds the fingerprint

_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_CUSTOM_PART = "docProps/custom.xml"
_CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
_CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # the id every custom property carries


def set_docx_fingerprint(doc: Any, full: str) -> None:
    """Give a python-docx Document the custom property that ties it to the plan's data."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="{_CUSTOM_NS}" xmlns:vt="{_VT_NS}">'
           f'<property fmtid="{_FMTID}" pid="2" name="{DOCX_PROPERTY}"><vt:lpwstr>{full}</vt:lpwstr></property></Properties>')
    package = doc.part.package
    part = Part(PackURI("/" + _CUSTOM_PART), _CUSTOM_TYPE, xml.encode("utf-8"), package)
    package.relate_to(part, _CUSTOM_REL)


def docx_fingerprint(content: bytes) -> str | None:
    """The fingerprint property of a DOCX (None when there is none or the file is not a DOCX)."""
    from defusedxml import ElementTree

    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            info = archive.getinfo(_CUSTOM_PART)
            if info.file_size > 1024 * 1024:
                return None
            root = ElementTree.fromstring(archive.read(info))
    except Exception:  # noqa: BLE001 - not a zip, no such part, bad XML: no fingerprint
        return None
    for prop in root.findall(f"{{{_CUSTOM_NS}}}property"):
        if prop.get("name") == DOCX_PROPERTY:
            return "".join(prop.itertext()).strip()
    return None


def workbook_cover_values(content: bytes) -> set[str]:
    """Every value on the first sheet (the cover) of a workbook, as text."""
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(content), read_only=True)
    try:
        values: set[str] = set()
        for row in wb.worksheets[0].iter_rows(max_row=200, max_col=10, values_only=True):
            values.update(str(v).strip() for v in row if v is not None)
        return values
    finally:
        wb.close()


_INFO = re.compile(rb"/Info\s+(\d+)\s+(\d+)\s+R")


def pdf_keywords(content: bytes) -> str | None:
    """The Keywords entry of a PDF's Info dictionary (the last trailer's), or None."""
    refs = list(_INFO.finditer(content))
    if not refs:
        return None
    num, gen = refs[-1].group(1), refs[-1].group(2)
    objs = list(re.finditer(rb"(?<![0-9])" + num + rb"\s+" + gen + rb"\s+obj\b", content))
    if not objs:
        return None
    start = objs[-1].end()
    end = content.find(b"endobj", start)
    body = content[start:end if end >= 0 else start + 65536]
    at = body.find(b"/Keywords")
    if at < 0:
        return None
    raw = _pdf_string(body, at + len(b"/Keywords"))
    if raw is None:
        return None
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", errors="replace")
    return raw.decode("latin-1")


_ESCAPES = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b", ord("f"): b"\f"}


def _pdf_string(body: bytes, i: int) -> bytes | None:
    """A PDF literal "(…)" or hex "<…>" string starting at or after position i."""
    while i < len(body) and body[i] in b" \t\r\n":
        i += 1
    if i >= len(body):
        return None
    if body[i:i + 1] == b"<":
        end = body.find(b">", i)
        digits = re.sub(rb"\s", b"", body[i + 1:end if end >= 0 else len(body)])
        try:
            return bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode("ascii"))
        except ValueError:
            return None
    if body[i:i + 1] != b"(":
        return None
    out = bytearray()
    depth, i = 1, i + 1
    while i < len(body):
        c = body[i]
        if c == 0x5C:  # backslash
            nxt = body[i + 1:i + 2]
            octal = re.match(rb"[0-7]{1,3}", body[i + 1:i + 4])
            if octal:
                digits = octal.group(0)
                out.append(int(digits, 8) & 0xFF)
                i += 1 + len(digits)
                continue
            if nxt in (b"\n", b"\r"):
                i += 2
                continue
            out += _ESCAPES.get(nxt[0], nxt) if nxt else b""
            i += 2
            continue
        if c == 0x28:
            depth += 1
        elif c == 0x29:
            depth -= 1
            if depth == 0:
                return bytes(out)
        out.append(c)
        i += 1
    return None
