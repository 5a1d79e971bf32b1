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


def test_a_catalogue_edited_after_its_build_is_read_from_the_source(tmp_path, monkeypatch):
    """The .mo is not in git: a .po edited since the last build must not be shadowed by a stale .mo."""
    import os
    import shutil

    import matchmaker.i18n as i18n
    from matchmaker.compiled_translations import build_stale

    build_stale()
    locale = tmp_path / "locale"
    shutil.copytree(i18n.LOCALE_DIR, locale)
    po = locale / "et" / "LC_MESSAGES" / "matchmaker.po"
    po.write_text(
        po.read_text(encoding="utf-8").replace('msgstr "viga: {message}"', 'msgstr "VIGA: {message}"')
    )
    mo_time = (locale / "et" / "LC_MESSAGES" / "matchmaker.mo").stat().st_mtime
    os.utime(po, (mo_time + 10, mo_time + 10))
    monkeypatch.setattr(i18n, "LOCALE_DIR", locale)
    set_language("et")
    assert i18n._("error: {message}") == "VIGA: {message}"


def test_the_system_locale_chooses_the_language_when_none_is_given(tmp_path):
    import os
    import subprocess
    import sys

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "MATCHMAKER_LANG")
    }
    env["LANG"] = "uk_UA.UTF-8"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "matchmaker",
            "--db",
            str(tmp_path / "a.sqlite"),
            "import",
            str(tmp_path / "none.json"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("помилка: ")
