r"""Control characters made visible, so text from a file never drives the terminal.

A name such as ``"Kood\x1b[2J"`` printed raw clears the user's screen; ``\x1b]0;…\x07`` sets
the window title, and some terminals act on 8-bit C1 codes (``\x9b`` = CSI) too. Every C0
and C1 control character and DEL is written as a visible escape instead; a newline is kept
where a multi-line text is printed on purpose. A lone surrogate (an undecodable file name)
is escaped as well, since no terminal encoding can print it.

>>> show_controls("Kood\x1b[2J OÜ\x9b\tend")
'Kood\\x1b[2J OÜ\\x9b\\tend'
>>> show_controls("two\nlines"), show_controls("two\nlines", keep_newlines=False)
('two\nlines', 'two\\nlines')
>>> show_controls("bad\udcff.json")
'bad\\udcff.json'
"""

from __future__ import annotations

import re

__all__ = ["show_controls"]

_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROLS_BUT_NEWLINE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _visible(match: re.Match) -> str:
    char = match.group()
    return _NAMED.get(char) or (f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")


def show_controls(text: str, *, keep_newlines: bool = True) -> str:
    """``text`` with each control character replaced by its escape (``\\x1b``, ``\\t``, …)."""
    pattern = _CONTROLS_BUT_NEWLINE if keep_newlines else _CONTROLS
    return pattern.sub(_visible, text)
