"""``matchmaker report``: briefings drawn by Qt's PDF writer, rendered back to PNG with pdftoppm.

Every page must carry ink (not a blank page), the actor's brief must show its profile, drawing and
suggestions, the network's its figures, and nothing the audience may not see: no e-mail address
unless asked for, no council-only actor in a public brief. Run as a subprocess, as a user would:
the command makes its own offscreen Qt application.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.sample_network import SAMPLE, write_sample

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")


def _matchmaker(*argv, env_lang: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("MATCHMAKER_LANG", None)
    if env_lang:
        env["MATCHMAKER_LANG"] = env_lang
    return subprocess.run(
        [sys.executable, "-m", "matchmaker", *argv], capture_output=True, text=True, timeout=300, env=env
    )


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("brief")
    document = json.loads(json.dumps(SAMPLE))
    document["actors"].append(
        {
            "id": "ee-secret",
            "kind": "startup",
            "name": "Salajane OÜ",
            "country": "EE",
            "visibility": "council",
        }
    )
    document["ties"].append({"source": "ee-secret", "target": "ee-ria", "kind": "partner"})
    db = folder / "n.sqlite"
    assert _matchmaker("--db", str(db), "import", str(write_sample(folder, document))).returncode == 0
    return db


def _pages(pdf: Path) -> list[QImage]:
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", str(pdf), str(pdf.with_suffix(""))], check=True, timeout=120
    )
    return [QImage(str(p)) for p in sorted(pdf.parent.glob(pdf.stem + "-*.png"))]


def _ink(image: QImage) -> float:
    """Share of pixels that are not white (sampled every 3 pixels)."""
    dark = total = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            total += 1
            dark += image.pixelColor(x, y).lightness() < 235
    return dark / total


def _text(pdf: Path) -> str:
    """The PDF's text, ligatures (ﬁ) unfolded."""
    done = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return unicodedata.normalize("NFKC", done.stdout)


def test_an_actor_brief_has_its_profile_neighbourhood_and_suggestions(sample_db, tmp_path):
    pdf = tmp_path / "ria.pdf"
    done = _matchmaker("--db", str(sample_db), "report", "ee-ria", "-o", str(pdf))
    assert done.returncode == 0, done.stderr
    pages = _pages(pdf)
    assert pages and all(_ink(page) > 0.01 for page in pages)
    text = _text(pdf)
    for expected in (
        "Riigi Infosüsteemide Keskus",
        "Profile",
        "Neighbourhood",
        "Suggested partners",
        "Kadri Tamm",
    ):
        assert expected in text
    assert "X-Road data exchange" in text  # skill labels, not ids
    assert "Salajane" not in text  # council-only: not in a public brief


def test_contacts_appear_only_when_asked(sample_db, tmp_path):
    plain, asked = tmp_path / "plain.pdf", tmp_path / "asked.pdf"
    assert _matchmaker("--db", str(sample_db), "report", "ua-kyiv-health", "-o", str(plain)).returncode == 0
    assert "hello@zdorovia.example" not in _text(plain)
    done = _matchmaker(
        "--db", str(sample_db), "report", "ua-kyiv-health", "-o", str(asked), "--with-contacts"
    )
    assert done.returncode == 0 and "hello@zdorovia.example" in _text(asked)


def test_a_hidden_actor_cannot_be_briefed_on_publicly(sample_db, tmp_path):
    done = _matchmaker("--db", str(sample_db), "report", "ee-secret", "-o", str(tmp_path / "x.pdf"))
    assert done.returncode == 2 and "--include council" in done.stderr and len(done.stderr.splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()


def test_the_network_brief_in_ukrainian(sample_db, tmp_path):
    pdf = tmp_path / "network.pdf"
    done = _matchmaker(
        "--db", str(sample_db), "report", "-o", str(pdf), "--lang", "uk", "--include", "council"
    )
    assert done.returncode == 0, done.stderr
    pages = _pages(pdf)
    assert pages and all(_ink(page) > 0.01 for page in pages)
    text = _text(pdf)
    assert "Ключові показники" in text and "Частка транскордонних зв’язків у часі" in text
    assert "Key figures" not in text
