"""Actor search at 100,000 actors: index build, query times, and a naive baseline.

Run ``.venv/bin/python -m bench.bench_search``; writes the ``search`` section of bench/RESULTS.md.

The actors are generated: Estonian and Ukrainian people (Faker ``et_EE``/``uk_UA`` names, the
Ukrainian ones in Cyrillic with the transliterated name beside), organisations named from a few
hundred words, cities of both countries, eight skills each from the bundled taxonomy. The
baseline is what a first implementation would do: fold every actor's fields on each query and
test each folded word for a prefix or one edit.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time

from bench.results_file import machine_line, write_section
from matchmaker.search import ActorSearch, SearchEntry
from matchmaker.taxonomy import bundled_skills
from matchmaker.textnorm import fold_tokens, transliterate_uk, within_one_edit

N = 100_000
QUERIES = [
    ("a city, Latin", "Kyiv"),
    ("the same, Russian-era spelling", "Kiev"),
    ("the same, Cyrillic", "Київ"),
    ("a first name, Cyrillic", "Олександр"),
    ("a surname with a typo", "Kovalneko"),
    ("a skill label in Estonian", "X-tee andmevahetus"),
    ("two words, name and city", "Tamm Tartu"),
    ("no match", "Zzyzx"),
]


def generated_entries(n: int, seed: int = 1) -> list[SearchEntry]:
    from faker import Faker

    rng = random.Random(seed)
    fake = {"EE": Faker("et_EE"), "UA": Faker("uk_UA")}
    fake["EE"].seed_instance(seed)
    fake["UA"].seed_instance(seed + 1)
    skills = [s.id for s in bundled_skills()]
    first = {c: [f.first_name() for _ in range(400)] for c, f in fake.items()}
    last = {c: [f.last_name() for _ in range(2000)] for c, f in fake.items()}
    words = [
        w.capitalize()
        for w in {fake["EE"].word() for _ in range(600)} | {fake["UA"].word() for _ in range(600)}
    ]
    cities = {
        "EE": ["Tallinn", "Tartu", "Pärnu", "Narva"],
        "UA": ["Київ", "Львів", "Харків", "Одеса", "Дніпро"],
    }
    out = []
    for i in range(n):
        country = "UA" if i % 2 else "EE"
        if rng.random() < 0.7:
            kind = "person"
            native = f"{rng.choice(first[country])} {rng.choice(last[country])}"
        else:
            kind = rng.choice(["startup", "company", "ngo", "public_body"])
            native = " ".join(rng.sample(words, rng.randint(1, 3)))
        name = transliterate_uk(native) if country == "UA" else native
        out.append(
            SearchEntry(
                f"a{i}",
                kind,
                country,
                name,
                native if country == "UA" else None,
                rng.choice(cities[country]),
                tuple(rng.sample(skills, 8)),
            )
        )
    return out


def naive_search(entries: list[SearchEntry], text: str) -> list[str]:
    """Fold every field on every query; a word matches by prefix, or within one edit from 5 letters."""
    tokens = fold_tokens(text)
    found = []
    for e in entries:
        words = fold_tokens(" ".join(filter(None, (e.name, e.native_name, e.city))))
        if all(
            any(w.startswith(t) or (len(t) >= 5 and within_one_edit(t, w)) for w in words) for t in tokens
        ):
            found.append(e.id)
    return found


def main() -> int:
    skills = {s.id: s for s in bundled_skills()}
    entries = generated_entries(N)
    load = os.getloadavg()[0]
    builds = []
    index = None
    for _ in range(3):
        start = time.perf_counter()
        index = ActorSearch(entries, skills)
        builds.append(time.perf_counter() - start)
    rows = []
    for label, query in QUERIES:
        times, hits = [], 0
        for _ in range(5):
            start = time.perf_counter()
            hits = len(index.search(query))
            times.append(time.perf_counter() - start)
        rows.append((label, query, hits, statistics.median(times)))
    naive = []
    for label, query in QUERIES[:2]:
        start = time.perf_counter()
        naive_search(entries, query)
        naive.append((label, query, time.perf_counter() - start))
    ours_by_query = {q: t for _, q, _, t in rows}
    lines = [
        "## Actor search (issue 15)",
        "",
        f"`bench/bench_search.py` — {machine_line()}; {N:,} generated actors (70 % people, Estonian "
        f"and Ukrainian, Cyrillic native names), 8 skills each; load average {load:.1f} at start.",
        "",
        f"Index build (`ActorSearch`, median of 3): **{statistics.median(builds):.2f} s**.",
        "",
        "| query | text | actors found | median of 5 |",
        "|---|---|---:|---:|",
        *[f"| {label} | `{query}` | {hits:,} | {t * 1000:.0f} ms |" for label, query, hits, t in rows],
        "",
        "Baseline (fold every actor's name, native name and city on each query, prefix or one edit per word):",
        "",
        "| query | baseline | ours | ratio |",
        "|---|---:|---:|---:|",
        *[
            f"| `{query}` | {t * 1000:,.0f} ms | {ours_by_query[query] * 1000:.0f} ms | "
            f"{t / ours_by_query[query]:.0f}× |"
            for _, query, t in naive
        ],
    ]
    write_section("search", "\n".join(lines))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
