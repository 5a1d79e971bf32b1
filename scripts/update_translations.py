"""Bring every translation file up to date with the code and list what is left to translate.

    python scripts/update_translations.py            # update the .ts and .po files, list the gaps
    python scripts/update_translations.py --check    # change nothing; exit 1 if anything is missing

Two catalogues, one run (re-run it after merging any branch that adds a visible string):

* **Qt** — ``pyside6-lupdate`` reads every ``tr()`` / ``QCoreApplication.translate`` /
  ``QT_TRANSLATE_NOOP`` in ``matchmaker/ui/`` into ``resources/translations/matchmaker_{et,uk}.ts``
  (obsolete entries dropped, no line numbers, so two branches' files merge cleanly). Translate
  the entries it lists in Qt Linguist (``pyside6-linguist FILE.ts``) or in the XML by hand, and
  remove their ``type="unfinished"``.
* **gettext** — every ``_("…")``, ``N_("…")`` and ``ngettext("…", "…", n)`` in ``matchmaker/``
  (the core, the CLI, and core sentences the UI shows), plus the messages of Python's own
  ``argparse`` (``usage:``, ``options``, its errors), merged into
  ``resources/translations/locale/{et,uk}/LC_MESSAGES/matchmaker.po``: translations kept, new
  messages added empty, messages no longer in the code removed. Fill the empty ``msgstr``
  (``msgstr[0..2]`` for Ukrainian plurals: one, few, many).

The compiled ``.qm``/``.mo`` files are not kept in git: ``scripts/build_catalogue.py`` (run by
``make run`` and ``make test``, and by the app when they are stale) makes them.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from matchmaker.po_catalogue import PLURAL_FORMS, PoCatalogue, PoEntry, read_po, write_po  # noqa: E402

LANGUAGES = ("et", "uk")
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGE_NAMES = {"et": "Estonian", "uk": "Ukrainian"}


# ---------------------------------------------------------------- Qt (.ts)


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"matchmaker_{language}.ts"


def ui_sources() -> list[Path]:
    return sorted((ROOT / "matchmaker" / "ui").rglob("*.py"))


def lupdate_executable() -> str:
    """PySide6's ``lupdate`` (the ``pyside6-lupdate`` wrapper beside this Python, else on PATH)."""
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lupdate")
    if not found:
        raise SystemExit("pyside6-lupdate not found: install the project (make .venv/.installed)")
    return found


def run_lupdate(targets: list[Path]) -> None:
    """Update ``targets`` (``.ts`` files) from the UI sources, dropping what the code no longer says."""
    subprocess.run(
        [
            lupdate_executable(),
            *map(str, ui_sources()),
            "-no-obsolete",
            "-locations",
            "none",
            "-silent",
            "-ts",
            *map(str, targets),
        ],
        check=True,
        cwd=ROOT,
    )


# ---------------------------------------------------------------- English plurals (.ts, by rule)

ENGLISH_PLURALS = TRANSLATIONS / "matchmaker_en.ts"
_SINGULAR_WORDS = {"participants": "participant", "teams": "team", "challenges": "challenge"}


def english_forms(source: str) -> tuple[str, str]:
    """``(one, other)`` of an English ``%n`` message written the lazy way ("%n actor(s)")."""
    one = re.sub(r"\((?:e?s)\) were\b", " was", source)
    one = re.sub(r"\((?:e?s)\)", "", one)
    one = re.sub(r"%n (\w+)", lambda m: "%n " + _SINGULAR_WORDS.get(m.group(1), m.group(1)), one, count=1)
    other = re.sub(r"\((e?s)\)", r"\1", source)
    return one, other


def update_english_plurals() -> None:
    """``matchmaker_en.ts``: only the ``%n`` messages (``lupdate -pluralonly``), both forms filled by
    :func:`english_forms`, so English says "1 actor" and "2 actors" instead of "actor(s)"."""
    subprocess.run(
        [
            lupdate_executable(),
            *map(str, ui_sources()),
            "-pluralonly",
            "-no-obsolete",
            "-locations",
            "none",
            "-silent",
            "-target-language",
            "en",
            "-ts",
            str(ENGLISH_PLURALS),
        ],
        check=True,
        cwd=ROOT,
    )
    tree = ET.parse(ENGLISH_PLURALS)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None:
            continue
        for child in list(translation):
            translation.remove(child)
        for form in english_forms(message.findtext("source") or ""):
            ET.SubElement(translation, "numerusform").text = form
        translation.attrib.pop("type", None)
    text = ET.tostring(tree.getroot(), encoding="unicode")
    ENGLISH_PLURALS.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8"
    )


def english_gaps() -> list[str]:
    """``%n`` messages the English plural file lacks or leaves unfinished."""
    if not ENGLISH_PLURALS.exists():
        return [f"{ENGLISH_PLURALS.name}: missing (run scripts/update_translations.py)"]
    committed = ts_messages(ENGLISH_PLURALS)
    gaps = [
        f"{ENGLISH_PLURALS.name}: unfinished [{c}] {s!r}"
        for (c, s), m in committed.items()
        if not m["finished"]
    ]
    ours = ts_messages(ts_path("et"))
    gaps += [
        f"{ENGLISH_PLURALS.name}: not extracted yet [{c}] {s!r}"
        for (c, s), m in ours.items()
        if m["numerus"] and (c, s) not in committed
    ]
    return gaps


def ts_messages(path: Path) -> dict[tuple[str, str], dict]:
    """(context, source) -> {"numerus", "finished", "obsolete", "forms"} for every message of ``path``."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            forms = (
                [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
                if translation is not None
                else [""]
            )
            found[(name, message.findtext("source"))] = {
                "numerus": message.get("numerus") == "yes",
                "finished": kind not in ("unfinished",) and all(forms),
                "obsolete": kind in ("obsolete", "vanished"),
                "forms": forms,
            }
    return found


def ts_gaps(language: str) -> list[str]:
    """What ``language``'s ``.ts`` lacks: unfinished or obsolete entries, and strings the code has but it does not."""
    committed = ts_messages(ts_path(language))
    gaps = [
        f"{ts_path(language).name}: {'obsolete' if m['obsolete'] else 'unfinished'} [{ctx}] {src!r}"
        for (ctx, src), m in committed.items()
        if m["obsolete"] or not m["finished"]
    ]
    qt_own = TRANSLATIONS / f"qtbase_{language}.ts"  # Qt's dialogs, for a language Qt ships none of
    if qt_own.exists():
        gaps += [
            f"{qt_own.name}: unfinished [{c}] {s!r}"
            for (c, s), m in ts_messages(qt_own).items()
            if not m["finished"]
        ]
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / ts_path(language).name
        shutil.copy(ts_path(language), fresh)
        run_lupdate([fresh])
        current = ts_messages(fresh)
    gaps += [
        f"{ts_path(language).name}: not extracted yet [{c}] {s!r}" for c, s in current.keys() - committed
    ]
    gaps += [
        f"{ts_path(language).name}: no longer in the code [{c}] {s!r}" for c, s in committed.keys() - current
    ]
    return gaps


# ---------------------------------------------------------------- gettext (.po)


def po_path(language: str) -> Path:
    return TRANSLATIONS / "locale" / language / "LC_MESSAGES" / "matchmaker.po"


def _string(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def extract_messages(path: Path, reference: str) -> list[tuple[str, str | None, str]]:
    """(msgid, plural or None, reference) for every ``_``/``N_``/``gettext``/``ngettext`` call with literal text."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        if name in ("_", "N_", "gettext") and node.args and _string(node.args[0]) is not None:
            found.append((node.lineno, _string(node.args[0]), None))
        elif name == "ngettext" and len(node.args) >= 2 and None not in map(_string, node.args[:2]):
            found.append((node.lineno, _string(node.args[0]), _string(node.args[1])))
    return [(msgid, plural, reference) for _line, msgid, plural in sorted(found, key=lambda f: f[0])]


#: argparse's messages a user of the command can meet (the rest are programming errors).
ARGPARSE_SHOWN = {
    "usage: ",
    "positional arguments",
    "options",
    "show this help message and exit",
    "argument %(argument_name)s: %(message)s",
    "unrecognized arguments: %s",
    "not allowed with argument %s",
    "ignored explicit argument %r",
    "the following arguments are required: %s",
    "one of the arguments %s is required",
    "expected one argument",
    "expected at most one argument",
    "expected at least one argument",
    "expected %s argument",
    "ambiguous option: %(option)s could match %(matches)s",
    "invalid %(type)s value: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)",
    "%(prog)s: error: %(message)s\n",
    "can't open '%(filename)s': %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)",
}


def core_messages() -> list[tuple[str, str | None, str]]:
    """Every message of the project, then argparse's own (its usage line, section titles, errors)."""
    messages = []
    for path in sorted((ROOT / "matchmaker").rglob("*.py")):
        if "migrations" in path.parts:
            continue
        messages += extract_messages(path, path.relative_to(ROOT).as_posix())
    messages += [m for m in extract_messages(Path(argparse.__file__), "argparse") if m[0] in ARGPARSE_SHOWN]
    return messages


def _nplurals(language: str) -> int:
    return int(PLURAL_FORMS[language].split("nplurals=")[1].split(";")[0])


def merged_catalogue(language: str) -> tuple[PoCatalogue, list[str]]:
    """The ``.po`` for ``language`` merged with the code's messages, and the msgids it dropped."""
    path = po_path(language)
    old = read_po(path) if path.exists() else PoCatalogue({}, [])
    known = {(e.msgid, e.plural): e for e in old.entries if not e.obsolete}
    nplurals = _nplurals(language)
    entries: dict[tuple[str, str | None], PoEntry] = {}
    for msgid, plural, reference in core_messages():
        key = (msgid, plural)
        if key not in entries:
            before = known.get(key)
            forms = before.msgstr if before else [""] * (1 if plural is None else nplurals)
            entries[key] = PoEntry(msgid, plural, list(forms), before.fuzzy if before else False)
        if reference not in entries[key].references:
            entries[key].references.append(reference)
    header = {
        "Content-Type": "text/plain; charset=UTF-8",
        "Language": language,
        "Plural-Forms": PLURAL_FORMS[language],
    }
    dropped = [e.msgid for e in old.entries if e.obsolete or (e.msgid, e.plural) not in entries]
    return PoCatalogue(header, list(entries.values())), dropped


_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\([a-z_]+\)[sr]|%[sr]")


def _placeholders(text: str) -> list[str]:
    """``{name}``, ``{n:.2f}``, ``%(prog)s``, ``%s``: a translation must keep every one (or format() fails)."""
    return sorted(_PLACEHOLDER.findall(text))


def po_gaps(language: str) -> list[str]:
    """What ``language``'s ``.po`` lacks: untranslated, fuzzy or obsolete entries, messages not extracted yet."""
    name = f"locale/{language}/LC_MESSAGES/{po_path(language).name}"
    committed = read_po(po_path(language))
    gaps = [
        f"{name}: {'obsolete' if e.obsolete else 'fuzzy' if e.fuzzy else 'untranslated'} {e.msgid!r}"
        for e in committed.entries
        if not e.translated
    ]
    have = {(e.msgid, e.plural) for e in committed.entries if not e.obsolete}
    merged, dropped = merged_catalogue(language)
    gaps += [
        f"{name}: not extracted yet {e.msgid!r}" for e in merged.entries if (e.msgid, e.plural) not in have
    ]
    gaps += [f"{name}: no longer in the code {m!r}" for m in dropped]
    gaps += [
        f"{name}: placeholders differ from the English {e.msgid!r}: {form!r}"
        for e in committed.entries
        for form in e.msgstr
        if form and _placeholders(form) not in (_placeholders(e.msgid), _placeholders(e.plural or e.msgid))
    ]
    nplurals = _nplurals(language)
    gaps += [
        f"{name}: {len(e.msgstr)} plural forms where {language} has {nplurals} {e.msgid!r}"
        for e in committed.entries
        if e.plural is not None and len(e.msgstr) != nplurals
    ]
    return gaps


def update() -> None:
    run_lupdate([ts_path(language) for language in LANGUAGES])
    update_english_plurals()
    for language in LANGUAGES:
        catalogue, dropped = merged_catalogue(language)
        write_po(
            catalogue, po_path(language), f"Sandbox Matchmaker core messages ({LANGUAGE_NAMES[language]})."
        )
        for msgid in dropped:
            print(f"{po_path(language).relative_to(ROOT)}: dropped (no longer in the code) {msgid!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 when anything is missing"
    )
    args = parser.parse_args(argv)
    if not args.check:
        update()
    gaps = [gap for language in LANGUAGES for gap in (*ts_gaps(language), *po_gaps(language))]
    gaps += english_gaps()
    for gap in gaps:
        print(gap)
    print(f"{len(gaps)} to do" if gaps else "every string is translated", file=sys.stderr)
    return 1 if gaps else 0


if __name__ == "__main__":
    sys.exit(main())
