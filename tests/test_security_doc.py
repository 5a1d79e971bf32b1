"""docs/SECURITY.md names the test behind each promise; every test it names exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _named_tests() -> list[tuple[str, str]]:
    """(file, test) pairs: ``tests/x.py::name`` and, after one, a bare ``::other`` in the same file."""
    text = (ROOT / "docs" / "SECURITY.md").read_text(encoding="utf-8")
    pairs, current = [], None
    for file, name in re.findall(r"`(tests/[\w/]+\.py)?::(test_\w+)", text):
        current = file or current
        pairs.append((current, name))
    return pairs


def test_every_test_named_in_security_md_exists():
    pairs = _named_tests()
    assert len(pairs) >= 25
    for file, name in pairs:
        source = (ROOT / file).read_text(encoding="utf-8")
        assert re.search(rf"^def {name}\(", source, re.MULTILINE), f"{file}::{name} is named but missing"
