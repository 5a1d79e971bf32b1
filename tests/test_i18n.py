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


def _english_messages_translated_differently(language: str) -> list[str]:
    """Core messages of three words or more whose translation differs: none may show in that language."""
    from matchmaker.i18n import LOCALE_DIR
    from matchmaker.po_catalogue import read_po

    catalogue = read_po(LOCALE_DIR / language / "LC_MESSAGES" / "matchmaker.po")
    return [
        " ".join(e.msgid.split())
        for e in catalogue.entries
        if e.plural is None and len(e.msgid.split()) >= 3 and e.msgstr[0] != e.msgid and "{" not in e.msgid
    ]


@pytest.mark.parametrize("language", ["et", "uk"])
def test_every_help_page_is_in_the_chosen_language(language, capsys):
    from matchmaker.cli import COMMAND_MODULES, build_parser

    english = _english_messages_translated_differently(language)
    commands = [None, *build_parser()._subparsers._group_actions[0].choices]  # noqa: SLF001 - argparse's registry
    assert len(commands) > len(COMMAND_MODULES)
    for command in commands:
        with pytest.raises(SystemExit):
            main(["--lang", language, *([command] if command else []), "--help"])
        page = " ".join(capsys.readouterr().out.split())
        assert not page.startswith("usage:"), command
        assert "show this help message" not in page, command
        left = [m for m in english if m in page]
        assert left == [], (command, left)
    set_language("en")
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "show this help message and exit" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("language", "header", "kind_title", "startups"),
    [
        ("et", "Soovitused osalejale Olha", "osaleja liik", "idufirma"),
        ("uk", "Пропозиції для Olha", "тип учасника", "стартап"),
    ],
)
def test_recommend_and_stats_read_in_the_chosen_language(
    demo_store_path, capsys, language, header, kind_title, startups
):
    assert (
        main(["--lang", language, "--db", str(demo_store_path), "recommend", "ua-person-148", "--top", "2"])
        == 0
    )
    text = capsys.readouterr().out
    assert text.startswith(header)
    bands = {"et": ("tugev", "hea", "võimalik"), "uk": ("сильна", "добра", "можлива")}[language]
    lines = [line for line in text.splitlines() if line.strip().startswith(("1.", "2."))]
    assert len(lines) == 2 and all(line.rstrip().endswith(bands) for line in lines), lines
    assert all("," in line.split(":")[-1].split()[-2] for line in lines), (
        lines
    )  # a decimal comma in the score
    assert main(["--lang", language, "--db", str(demo_store_path), "stats"]) == 0
    stats = capsys.readouterr().out
    assert kind_title in stats and startups in stats
    assert "actor kind" not in stats and "startup " not in stats


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("et", "viga: ühelgi osalejal pole tunnust ega nime 'nobody-at-all'"),
        ("uk", "помилка: жоден учасник не має ідентифікатора чи назви 'nobody-at-all'"),
    ],
)
def test_an_error_reads_whole_in_the_chosen_language(demo_store_path, capsys, language, expected):
    assert main(["--lang", language, "--db", str(demo_store_path), "recommend", "nobody-at-all"]) == 2
    assert capsys.readouterr().err.strip() == expected


def test_argparse_errors_are_translated_too(capsys):
    with pytest.raises(SystemExit):
        main(["--lang", "uk", "teams"])
    err = capsys.readouterr().err
    assert "використання: matchmaker teams" in err
    assert "помилка: потрібні такі аргументи: EVENT" in err
