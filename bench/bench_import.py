"""Import of a generated network of 100,000 actors and 1,000,000 ties: time and peak memory.

Each import runs in a fresh subprocess so its peak RSS is its own. The baseline is the naive
path (one SQLModel ORM object per row, ``session.add_all``) on a 1/20 slice, run in the same
benchmark and compared per row.

    python bench/bench_import.py [--actors N] [--ties M] [--repeat R]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.results_file import machine_line, write_section  # noqa: E402

KINDS = ["startup", "company", "public_body", "investor", "university", "ngo", "person"]
TIE_KINDS = ["works_at", "member_of", "advises", "partner", "invested_in", "mentored", "cofounded", "knows"]


def generate(path: Path, n_actors: int, n_ties: int, seed: int = 7) -> None:
    """A network in the interchange format with skills drawn from the bundled taxonomy."""
    from matchmaker.taxonomy import bundled_skills

    rng = random.Random(seed)
    skills = [s.id for s in bundled_skills()]
    actors = [
        {
            "id": f"a{i}",
            "kind": rng.choice(KINDS),
            "name": f"Actor {i}",
            "country": rng.choice(("EE", "UA")),
            "city": rng.choice(("Tallinn", "Tartu", "Kyiv", "Lviv")),
            "sectors": [rng.choice(("e-health", "fintech"))],
            "description": "Builds digital public services together across the border.",
            "offers": rng.sample(skills, rng.randint(5, 15)),
            "needs": rng.sample(skills, rng.randint(5, 15)),
        }
        for i in range(n_actors)
    ]
    seen: set[tuple[int, int, str]] = set()
    ties = []
    while len(ties) < n_ties:
        a, b, kind = rng.randrange(n_actors), rng.randrange(n_actors), rng.choice(TIE_KINDS)
        if a != b and (a, b, kind) not in seen:
            seen.add((a, b, kind))
            ties.append(
                {
                    "source": f"a{a}",
                    "target": f"a{b}",
                    "kind": kind,
                    "since": f"20{rng.randint(15, 26)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                }
            )
    path.write_text(
        json.dumps({"format": "sandbox-matchmaker/1", "actors": actors, "ties": ties}), encoding="utf-8"
    )


CHILD_IMPORT = """
import resource, sys, time
from matchmaker.store import open_store
from matchmaker.interchange import import_document, read_files
store = open_store(sys.argv[1])
start, cpu = time.perf_counter(), time.process_time()
doc = read_files([sys.argv[2]], store.resolver())
parsed = time.perf_counter()
import_document(store.engine, doc)
done = time.perf_counter()
print(parsed - start, done - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, time.process_time() - cpu)
"""

CHILD_ORM = """
import json, sys, time
from datetime import date
from sqlmodel import Session
from matchmaker.models import Actor, ActorSkill, Tie
from matchmaker.store import open_store
store = open_store(sys.argv[1])
data = json.load(open(sys.argv[2], encoding="utf-8"))
resolver = store.resolver()
start = time.perf_counter()
with Session(store.engine) as session:
    for a in data["actors"]:
        session.add(Actor(id=a["id"], kind=a["kind"], name=a["name"], country=a["country"], city=a["city"],
                          sectors=a["sectors"], description=a["description"]))
        for side in ("offers", "needs"):
            for s in a[side]:
                session.add(ActorSkill(actor_id=a["id"], skill_id=resolver.resolve(s), side=side[:-1]))
    session.flush()
    for t in data["ties"]:
        session.add(Tie(source=t["source"], target=t["target"], kind=t["kind"], since=date.fromisoformat(t["since"])))
    session.commit()
print(time.perf_counter() - start)
"""


def run_child(code: str, *args: str) -> list[float]:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True, timeout=1800
    )
    return [float(x) for x in out.stdout.split()]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--actors", type=int, default=100_000)
    parser.add_argument("--ties", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        big, small = tmp / "big.json", tmp / "small.json"
        generate(big, args.actors, args.ties)
        generate(small, args.actors // 20, args.ties // 20)
        size_mb = big.stat().st_size / 2**20

        runs = []
        for i in range(args.repeat):
            runs.append(run_child(CHILD_IMPORT, str(tmp / f"ours{i}.sqlite"), str(big)))
            print(
                f"import run {i + 1}: parse {runs[-1][0]:.1f} s, total {runs[-1][1]:.1f} s, "
                f"CPU {runs[-1][3]:.1f} s, peak {runs[-1][2]:.0f} MiB"
            )
        parse_s = statistics.median(r[0] for r in runs)
        total_s = statistics.median(r[1] for r in runs)
        cpu_s = statistics.median(r[3] for r in runs)
        load = os.getloadavg()[0]
        peak_mb = max(r[2] for r in runs)

        small_ours = statistics.median(
            run_child(CHILD_IMPORT, str(tmp / f"s{i}.sqlite"), str(small))[1] for i in range(args.repeat)
        )
        small_orm = statistics.median(
            run_child(CHILD_ORM, str(tmp / f"o{i}.sqlite"), str(small))[0] for i in range(args.repeat)
        )

    rows = args.actors * 11 + args.ties  # actors + ~10 skill links each + ties
    md = f"""## Import (issue #2)

`bench/bench_import.py` — {machine_line()}; median of {args.repeat} runs, each in a fresh process, SQLite file.

| what | figure | aim |
|---|---|---|
| file | {args.actors:,} actors (5–15 offers and needs each), {args.ties:,} ties, {size_mb:.0f} MiB JSON | |
| parse + validate | {parse_s:.1f} s | |
| whole import (parse, validate, write, commit), wall | **{total_s:.1f} s** ({total_s / rows * 1e6:.1f} µs a row) | < 30 s |
| the same, CPU time of the importing process | {cpu_s:.1f} s | |
| load average when measured (2 cores, shared) | {load:.1f} | |
| peak memory (max RSS) | **{peak_mb:,.0f} MiB** | < 2 GiB |
| 1/20 slice, our import | {small_ours:.2f} s | |
| 1/20 slice, ORM objects baseline (`session.add`) | {small_orm:.2f} s | |
| ratio ORM / ours on the slice | **{small_orm / small_ours:.1f}×** | |
"""
    print(md)
    write_section("import", md)


if __name__ == "__main__":
    main()
