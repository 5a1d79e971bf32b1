"""Reading a JSON file so that no hostile text gets past it silently or with a traceback.

``json.loads`` alone keeps the last of two equal keys (data dropped without a word), builds
1,000-digit integers, hits Python's recursion limit on deeply nested arrays and hands back
NUL characters and lone UTF-16 surrogates that the database cannot store. Here each of those
ends in an :class:`InterchangeError` that names the file and the JSON path, and the checks
cost nothing on an ordinary file: the document is only walked when the raw text or the
parser flagged something.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from matchmaker.errors import InterchangeError
from matchmaker.interchange.site import LongNumber

__all__ = ["NUL_MESSAGE", "load_json"]

NUL_MESSAGE = "holds a NUL character (\\x00), which the database cannot store; is this a binary file?"
SURROGATE_MESSAGE = "holds a lone UTF-16 surrogate ({code}), which is not a character; fix the \\u escape"
# Integers longer than this are no real value here (weights, counts); kept as a LongNumber.
MAX_DIGITS = 100

_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _parse_int(digits: str) -> int | LongNumber:
    return int(digits) if len(digits) <= MAX_DIGITS else LongNumber(len(digits.lstrip("-")))


def load_json(path: Path, text: str) -> Any:
    """Parse ``text``; raise :class:`InterchangeError` for bad syntax and for any hostile value."""
    duplicated: list[tuple[dict, str]] = []

    def unique_keys(pairs: list[tuple[str, Any]]) -> dict:
        obj = dict(pairs)
        if len(obj) != len(pairs) and not duplicated:
            seen: set[str] = set()
            key = next(k for k, _ in pairs if k in seen or seen.add(k))
            duplicated.append((obj, key))
        return obj

    try:
        top = json.loads(text, object_pairs_hook=unique_keys, parse_int=_parse_int)
    except json.JSONDecodeError as error:
        raise InterchangeError(
            str(path), f"line {error.lineno}, column {error.colno}", None, f"is not valid JSON ({error.msg})"
        ) from None
    except RecursionError:
        raise InterchangeError(
            str(path), None, None, "is nested too deeply (arrays or objects inside each other) to be read"
        ) from None
    if duplicated or "\\u0000" in text or _SURROGATE_ESCAPE.search(text):
        _refuse_hostile_values(path, top, duplicated[0] if duplicated else None)
    return top


def _walk(top: Any) -> Iterator[tuple[str, str | None, Any]]:
    """Every value in document order as ``(location, field, value)``, without recursion.

    ``location`` is the JSON path of the object holding the value, ``field`` its key (with
    ``[i]`` appended for list items), as the rest of the reader names places.
    """
    stack: list[tuple[str, str | None, Any]] = [("$", None, top)]
    while stack:
        location, field, value = stack.pop()
        yield location, field, value
        if isinstance(value, dict):
            inner = location if field is None else f"{location}.{field}"
            stack.extend((inner, key, item) for key, item in reversed(value.items()))
        elif isinstance(value, list):
            name = field or ""
            stack.extend((location, f"{name}[{i}]", item) for i, item in reversed(list(enumerate(value))))


def _printable(text: str) -> str:
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _text_fault(text: str) -> str | None:
    if "\x00" in text:
        return NUL_MESSAGE
    found = _SURROGATE.search(text)
    if found:
        return SURROGATE_MESSAGE.format(code=f"\\u{ord(found.group()):04x}")
    return None


def _refuse_hostile_values(path: Path, top: Any, duplicate: tuple[dict, str] | None) -> None:
    for location, field, value in _walk(top):
        where = _printable(field) if field is not None else None
        if isinstance(value, dict):
            if duplicate is not None and value is duplicate[0]:
                inner = location if field is None else f"{location}.{where}"
                raise InterchangeError(
                    str(path),
                    inner,
                    _printable(duplicate[1]),
                    "appears twice in one object; one value would be silently dropped",
                )
            for key in value:
                fault = _text_fault(key)
                if fault:
                    inner = location if field is None else f"{location}.{where}"
                    raise InterchangeError(str(path), inner, _printable(key), f"(a key) {fault}")
        elif isinstance(value, str):
            fault = _text_fault(value)
            if fault:
                raise InterchangeError(str(path), location, where, fault)
