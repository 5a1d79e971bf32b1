"""The pure-Python PDF writer: embedded, subset TrueType text that copies out as the real text."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from matchmaker.meetings.fonts import StandardFace, TrueTypeFace, agenda_faces
from matchmaker.meetings.pdf_writer import PdfDocument

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils is not installed"
)


def _text_of(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@needs_pdftotext
def test_estonian_and_ukrainian_text_survive(tmp_path):
    regular, _bold = agenda_faces()
    if not isinstance(regular, TrueTypeFace):
        pytest.skip("no TrueType font with Cyrillic on this machine (fonts-dejavu-core)")
    document = PdfDocument(title="Агенда")
    page = document.new_page()
    page.text(40, 60, "Tõnu Põder · Šiauliai · Олена Коваль · Київ", 12)
    page.text(40, 90, "Ґанок «Їжак»", 12, bold=True)
    path = document.save(tmp_path / "t.pdf")
    text = _text_of(path)
    assert "Tõnu Põder" in text and "Олена Коваль" in text and "Ґанок «Їжак»" in text
    full = regular.font.path.stat().st_size
    assert path.stat().st_size < full / 5  # only the glyphs used are embedded


@needs_pdftotext
def test_without_a_truetype_font_cyrillic_is_transliterated(tmp_path):
    document = PdfDocument(faces=(StandardFace(), StandardFace(bold=True)))
    page = document.new_page()
    page.text(40, 60, "Олена Коваль, Tõnu (Pärnu) \\ ok", 12)
    text = _text_of(document.save(tmp_path / "t.pdf"))
    assert "Olena Koval, Tõnu (Pärnu) \\ ok" in text


def test_fit_cuts_long_names_with_an_ellipsis():
    page = PdfDocument().new_page()
    cut = page.fit("Eesti-Ukraina Digikoostöö Sihtasutus " * 3, 10, 120)
    assert cut.endswith("…") and page.measure(cut, 10) <= 120
    assert page.fit("Ann", 10, 120) == "Ann"
