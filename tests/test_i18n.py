"""The core's sentences follow the chosen language: CLI messages and the recommender's reasons."""

import json

import pytest

from matchmaker.cli import main
from matchmaker.i18n import set_language


@pytest.fixture(autouse=True)
def back_to_english():
    yield
    set_language("en")


def test_cli_errors_speak_estonian_with_lang_et(tmp_path, capsys):
    code = main(["--lang", "et", "--db", str(tmp_path / "a.sqlite"), "import", str(tmp_path / "none.json")])
    assert code == 2
    assert capsys.readouterr().err.startswith("viga: ")


def test_recommendation_reasons_in_ukrainian(demo_store_path, capsys):
    code = main(
        ["--lang", "uk", "--db", str(demo_store_path), "recommend", "ua-person-148", "--top", "3", "--json"]
    )
    assert code == 0
    reasons = [r for s in json.loads(capsys.readouterr().out)["ua-person-148"] for r in s["reasons"]]
    assert reasons and any(("потрібно" in r) or ("зв’яз" in r) or ("заході" in r) for r in reasons)
    assert not any(r.startswith(("you need", "they need", "ask ")) for r in reasons)


def test_every_catalogue_is_compiled_and_current():
    """A .po edited without running scripts/build_catalogue.py would ship stale translations."""
    import importlib.util
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("build_catalogue", root / "scripts" / "build_catalogue.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_catalogue"] = module
    spec.loader.exec_module(module)
    for po in sorted((root / "resources" / "translations" / "locale").glob("*/LC_MESSAGES/*.po")):
        fresh = po.with_suffix(".fresh-mo")
        module.write_mo(module.read_po(po), fresh)
        try:
            assert fresh.read_bytes() == po.with_suffix(".mo").read_bytes(), po
        finally:
            fresh.unlink()
