"""The interchange contract, checked: a document against the published JSON Schema itself.

A small validator for exactly the keywords `localplan.exports.json_schema` writes (type,
enum, const, minimum, maximum, maxLength, pattern, format "date", items, maxItems,
uniqueItems, properties, required, additionalProperties, propertyNames, $ref, anyOf),
with jsonschema's semantics (Draft 2020-12: 1.0 is an integer, true is not 1, patterns
are searched). The importer runs it before reading any value, so what it accepts is what
the schema accepts; tests/test_json_contract.py compares the verdicts with jsonschema's.

Each problem comes back located (section, row, field) in the user's language.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from typing import Any

from localplan.errors import Problem
from localplan.i18n import tr

MAX_PROBLEMS = 200
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)
JsonPath = tuple[str | int, ...]  # where a value sits in the document: keys and list positions


@functools.cache
def schema() -> dict[str, Any]:
    from localplan.exports.json_schema import build_schema

    return build_schema()


@functools.cache
def _enum(key: str) -> tuple[frozenset[str], tuple[Any, ...]]:
    """A $defs list as (its strings, its other members) for fast membership."""
    values = schema()["$defs"][key]["enum"]
    return frozenset(v for v in values if isinstance(v, str)), tuple(v for v in values if not isinstance(v, str))


def is_type(value: Any, kind: str) -> bool:
    if kind == "null":
        return value is None
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        return (isinstance(value, int) and not isinstance(value, bool)) or (isinstance(value, float) and value.is_integer())
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "string":
        return isinstance(value, str)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, dict)
    raise ValueError(kind)


def _equal(one: Any, two: Any) -> bool:
    """jsonschema's equality: true is not 1, 1 is 1.0."""
    if isinstance(one, str) or isinstance(two, str):
        return bool(one == two)
    if isinstance(one, bool) or isinstance(two, bool):
        return one is two
    if isinstance(one, list) and isinstance(two, list):
        return len(one) == len(two) and all(_equal(a, b) for a, b in zip(one, two))
    if isinstance(one, dict) and isinstance(two, dict):
        return one.keys() == two.keys() and all(_equal(one[k], two[k]) for k in one)
    if isinstance(one, (list, dict)) or isinstance(two, (list, dict)):
        return False
    return bool(one == two)


def _in_enum(value: Any, node: dict[str, Any], ref: str | None) -> bool:
    if ref is not None:
        strings, others = _enum(ref)
    else:
        strings = frozenset(v for v in node["enum"] if isinstance(v, str))
        others = tuple(v for v in node["enum"] if not isinstance(v, str))
    if isinstance(value, str):
        return value in strings
    return any(_equal(value, o) for o in others)


def _unique(items: list[Any]) -> bool:
    seen: list[Any] = []
    keys: set[Any] = set()
    for item in items:
        if isinstance(item, bool):
            key: Any = ("bool", item)
        elif isinstance(item, (str, int, float)) or item is None:
            key = item
        else:
            if any(_equal(item, s) for s in seen):
                return False
            seen.append(item)
            continue
        if key in keys:
            return False
        keys.add(key)
    return True


def _date(value: str) -> bool:
    if not _DATE.fullmatch(value):
        return False
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


class _Checker:
    def __init__(self) -> None:
        self.problems: list[tuple[JsonPath, str]] = []  # (path, message)

    def fail(self, path: JsonPath, message: str) -> None:
        if len(self.problems) < MAX_PROBLEMS + 1:
            self.problems.append((path, message))

    def ok(self, value: Any, node: dict[str, Any]) -> bool:
        """Whether value satisfies node (no messages): for anyOf branches."""
        sub = _Checker()
        sub.check(value, node, ())
        return not sub.problems

    def check(self, value: Any, node: dict[str, Any], path: JsonPath) -> None:
        if len(self.problems) > MAX_PROBLEMS:
            return
        ref = None
        if "$ref" in node:
            ref = node["$ref"].rsplit("/", 1)[-1]
            node = {**schema()["$defs"][ref], **{k: v for k, v in node.items() if k != "$ref"}}
        if "anyOf" in node:
            if not any(self.ok(value, branch) for branch in node["anyOf"]):
                self.fail(path, _choice_message(value))
            return
        kinds = node.get("type")
        if kinds is not None:
            kinds = [kinds] if isinstance(kinds, str) else kinds
            if not any(is_type(value, k) for k in kinds):
                self.fail(path, _type_message(value, kinds))
                return
        if "const" in node and not _equal(value, node["const"]):
            self.fail(path, tr("Expected “{value}”.").format(value=node["const"]))
        if "enum" in node and not _in_enum(value, node, ref):
            self.fail(path, _choice_message(value))
        if is_type(value, "number"):
            if "minimum" in node and value < node["minimum"]:
                self.fail(path, _bound_message("minimum", node["minimum"]))
            if "maximum" in node and value > node["maximum"]:
                self.fail(path, _bound_message("maximum", node["maximum"]))
        if isinstance(value, str):
            if "maxLength" in node and len(value) > node["maxLength"]:
                self.fail(path, tr("The text is too long ({length} characters; at most {limit}).").format(
                    length=len(value), limit=node["maxLength"]))
            if "pattern" in node and not re.search(node["pattern"], value):
                self.fail(path, _pattern_message(node, value))
            if node.get("format") == "date" and not _date(value):
                self.fail(path, tr("“{value}” is not a date written as yyyy-mm-dd.").format(value=value[:40]))
        if isinstance(value, list):
            if "maxItems" in node and len(value) > node["maxItems"]:
                self.fail(path, tr("Too many rows ({count}; at most {limit}).").format(count=len(value), limit=node["maxItems"]))
                return
            if node.get("uniqueItems") and not _unique(value):
                self.fail(path, tr("The list names the same item twice."))
            if "items" in node:
                for n, item in enumerate(value):
                    self.check(item, node["items"], (*path, n))
        if isinstance(value, dict):
            props = node.get("properties", {})
            for key in node.get("required", ()):
                if key not in value:
                    self.fail((*path, key), tr("This value is required."))
            names = node.get("propertyNames")
            extra = node.get("additionalProperties", True)
            for key, item in value.items():
                if names is not None and not self.ok(key, names):
                    self.fail((*path, key), tr("“{key}” is not a year between {low} and {high}.").format(
                        key=str(key)[:20], low=1950, high=2100))
                    continue
                if key in props:
                    self.check(item, props[key], (*path, key))
                elif extra is False:
                    self.fail((*path, key), _unknown(path, key))
                elif isinstance(extra, dict):
                    self.check(item, extra, (*path, key))


def _type_message(value: Any, kinds: list[str]) -> str:
    wanted = [k for k in kinds if k != "null"]
    if wanted and wanted[0] in ("integer", "number") and isinstance(value, str):
        return tr("“{value}” is not a number.").format(value=value[:40])
    words = {"integer": tr("a whole number"), "number": tr("a number"), "string": tr("text"), "array": tr("a list"),
             "object": tr("an object"), "boolean": tr("true or false")}
    return tr("Expected {kind}.").format(kind=" / ".join(words.get(k, k) for k in wanted) or "null")


def _choice_message(value: Any) -> str:
    if isinstance(value, str):
        return tr("“{value}” is not one of the codes of this list (the interchange file holds codes, not labels).").format(
            value=value[:60])
    return tr("Expected a code of the list (text) or null.")


def _bound_message(kind: str, bound: float) -> str:
    from localplan.exports.json_schema import LIMIT

    if abs(bound) >= LIMIT:
        return tr("The number is out of range.")
    shown = f"{bound:g}"
    if kind == "minimum":
        return tr("The value must be at least {minimum}.").format(minimum=shown)
    return tr("The value must be at most {maximum}.").format(maximum=shown)


def _pattern_message(node: dict[str, Any], value: str) -> str:
    from localplan.exports.json_schema import DATE_PATTERN
    from localplan.forms.text import TextProblem, clean

    if node["pattern"] == DATE_PATTERN:
        return tr("Expected a date written as yyyy-mm-dd.")
    try:
        clean(value)
    except TextProblem as exc:  # the text rule names the character (U+0007…)
        return str(exc)
    return tr("The text contains characters that are not valid.")


def _unknown(path: JsonPath, key: Any) -> str:
    if path == ("sections",):
        return tr("Unknown section “{key}”.").format(key=str(key)[:60])
    if path == ():
        return tr("Unknown entry “{key}” at the top of the document.").format(key=str(key)[:60])
    return tr("Unknown field “{key}”.").format(key=str(key)[:60])


def locate(path: JsonPath, message: str) -> Problem:
    """A problem placed as the importer's other messages are: section title, row number, field label."""
    from localplan.forms import section

    if len(path) < 2 or path[0] != "sections":
        return Problem(message, None, None, ".".join(str(p) for p in path) or None)
    try:
        sec = section(str(path[1]))
    except KeyError:
        return Problem(message)
    rest = path[2:]
    row = None
    if not sec.single and rest and isinstance(rest[0], int):
        row, rest = rest[0] + 1, rest[1:]
    label = None
    if rest:
        try:
            label = str(sec.field(str(rest[0])).label)
        except KeyError:
            label = str(rest[0])
    return Problem(message, str(sec.title), row, label)


def check(doc: Any) -> list[Problem]:
    """Every way `doc` departs from the published schema (an empty list: it conforms)."""
    checker = _Checker()
    checker.check(doc, schema(), ())
    return [locate(path, message) for path, message in checker.problems]
