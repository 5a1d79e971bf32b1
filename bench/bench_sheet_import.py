"""Spreadsheet import: checking a 500-row registration sheet against 10,000 and 100,000 stored actors.

Run ``.venv/bin/python -m bench.bench_sheet_import``; writes the ``sheets`` section of bench/RESULTS.md.

The stored organisations are generated (two Faker words each, Estonian ones with OÜ/AS, Ukrainian
ones in Latin with LLC and a Cyrillic native name with ТОВ). The sheet holds 100 *planted
duplicates* — stored organisations written as hosts write them: the Cyrillic name without its
legal form, the Latin name lower-cased with another legal form, or with two neighbouring letters
swapped — and 400 new organisations. Measured: the time to read the workbook and to plan the
import (every check plus the duplicate search), and how many planted duplicates are found
(recall) with how many new rows wrongly flagged; the baseline is what a first implementation
would do, comparing case-folded names for equality.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from bench.results_file import machine_line, median_time, write_section
from matchmaker.interchange.sheets import SheetMap, plan_sheet_import, read_table
from matchmaker.records import ActorRecord
from matchmaker.taxonomy import SkillResolver, bundled_skills
from matchmaker.textnorm import transliterate_uk

SIZES = (10_000, 100_000)
PLANTED, NEW = 100, 400


def _words(seed: int) -> tuple[list[str], list[str]]:
    from faker import Faker

    et, uk = Faker("et_EE"), Faker("uk_UA")
    et.seed_instance(seed)
    uk.seed_instance(seed + 1)
    return (
        sorted({w.capitalize() for w in (et.last_name() for _ in range(3000)) if w.isalpha()}),
        sorted({w.capitalize() for w in (uk.last_name() for _ in range(3000)) if w.isalpha()}),
    )


def stored_actors(n: int, seed: int = 7) -> list[ActorRecord]:
    rng = random.Random(seed)
    et_words, uk_words = _words(seed)
    actors, seen = [], set()
    while len(actors) < n:
        i = len(actors)
        if i % 2:
            a, b = rng.choice(uk_words), rng.choice(uk_words)
            native = f"ТОВ «{a} {b}»"
            name = f"{transliterate_uk(a)} {transliterate_uk(b)} LLC"
            country = "UA"
        else:
            name = f"{rng.choice(et_words)} {rng.choice(et_words)} {rng.choice(('OÜ', 'AS'))}"
            native, country = None, "EE"
        if name.casefold() in seen:
            continue
        seen.add(name.casefold())
        actors.append(ActorRecord(f"x-{i}", "company", name, country, native_name=native))
    return actors


def _respelled(actor: ActorRecord, rng: random.Random) -> str:
    style = rng.randrange(3)
    if actor.native_name and style == 0:
        return actor.native_name.replace("ТОВ «", "").rstrip("»")
    words = actor.name.split()[:-1]
    if style == 1:
        return " ".join(words).lower() + rng.choice((" ltd", " oü", " tov", ""))
    word = max(words, key=len)
    i = rng.randrange(1, len(word) - 2)
    swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return actor.name.replace(word, swapped)


def sheet_rows(stored: list[ActorRecord], seed: int = 11) -> tuple[list[list[str]], set[int]]:
    rng = random.Random(seed)
    planted = rng.sample(stored, PLANTED)
    taken = {a.name.casefold() for a in stored}
    rows, lines = [], set()
    for actor in planted:
        lines.add(len(rows) + 2)
        rows.append([_respelled(actor, rng), "company", actor.country])
    syllables = "nor vak qui lon bri tez mar dun pel zor kaf ium sel tra".split()
    trades = ["Systems", "Analytics", "Data", "Labs", "Solutions", "Software", "Studio", "Digital"]
    while len(rows) < PLANTED + NEW:
        stem = "".join(rng.choice(syllables) for _ in range(3)).capitalize()
        name = f"{stem} {rng.choice(trades)}"
        if name.casefold() not in taken:
            taken.add(name.casefold())
            rows.append([name, "startup", rng.choice(("EE", "UA"))])
    order = list(range(len(rows)))
    rng.shuffle(order)
    shuffled = [rows[i] for i in order]
    planted_lines = {order.index(line - 2) + 2 for line in lines}
    return shuffled, planted_lines


def _write_xlsx(path: Path, rows: list[list[str]]) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Organisation", "Type", "Country"])
    for row in rows:
        book.active.append(row)
    book.save(path)


def run(n: int, folder: Path) -> dict:
    stored = stored_actors(n)
    rows, planted = sheet_rows(stored)
    path = folder / f"reg-{n}.xlsx"
    _write_xlsx(path, rows)
    read_s = median_time(lambda: read_table(path), repeat=3)
    table = read_table(path)
    sheet_map = SheetMap(columns={"Organisation": "name", "Type": "kind", "Country": "country"})
    skills = bundled_skills()
    plan = None

    def make_plan():
        nonlocal plan
        plan = plan_sheet_import(table, sheet_map, SkillResolver(skills), stored)

    plan_s = median_time(make_plan, repeat=3)
    flagged = {d.line for d in plan.duplicates}
    names = {a.name.casefold() for a in stored} | {(a.native_name or "").casefold() for a in stored}
    baseline = {row.line for row in table.rows if row.cells[0].casefold() in names}
    return {
        "n": n,
        "read_s": read_s,
        "plan_s": plan_s,
        "found": len(flagged & planted),
        "false": len(flagged - planted),
        "baseline_found": len(baseline & planted),
    }


def main(argv: list[str]) -> None:
    folder = Path(tempfile.mkdtemp())
    started = time.strftime("%Y-%m-%d")
    results = [run(n, folder) for n in SIZES]
    lines = [
        "## Spreadsheet import (`bench/bench_sheet_import.py`)",
        "",
        f"{started}, {machine_line()}; a {PLANTED + NEW}-row XLSX sheet ({PLANTED} planted duplicates "
        f"respelled, {NEW} new organisations); medians of 3 runs.",
        "",
        "| stored actors | read the workbook | plan (checks + duplicates) | duplicates found | new rows flagged | baseline (equal names) found |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r['n']:,} | {r['read_s'] * 1000:.0f} ms | {r['plan_s']:.2f} s | {r['found']}/{PLANTED} | "
            f"{r['false']}/{NEW} | {r['baseline_found']}/{PLANTED} |"
        )
    text = "\n".join(lines)
    print(text)
    if "--no-write" not in argv:
        write_section("sheets", text)


if __name__ == "__main__":
    main(sys.argv[1:])
