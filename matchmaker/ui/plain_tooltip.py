"""Tooltips that show user text exactly as written, never as markup.

Qt draws a tooltip as rich text whenever :func:`Qt.mightBeRichText` guesses it might be
(a tag-like ``<…>`` in the first line). A tooltip cannot be told "plain text", so a name
such as ``<img src=file:///home/…/secret.png>`` would be drawn as an image, loading the
file. Such text is escaped and wrapped in a paragraph instead: Qt still reads rich text,
and the rich text says exactly the characters of the name. Text Qt would not take for
markup is passed through unchanged.
"""

from __future__ import annotations

import html

from PySide6.QtGui import Qt

__all__ = ["plain_tooltip"]


def plain_tooltip(text: str) -> str:
    """The tooltip string that shows ``text`` literally."""
    if not Qt.mightBeRichText(text):
        return text
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"
