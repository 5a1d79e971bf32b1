"""What a snapshot round costs between two laptops, against what users did before (export + import).

A network (``bench_import.generate``) is imported into one SQLite file and copied to two
"laptops"; each makes edits through the store (profile fields, skills, ties, deletions), then, in
this process, medians of:

* ``snapshot export`` of laptop B (every field and clock, whole network, written atomically);
* ``snapshot merge --dry-run`` into laptop A (read both states, compare field by field);
* ``snapshot merge`` into laptop A (the same, then the differing rows written in one transaction);
* the baseline: ``export --format json`` of B and ``import`` of it into A — what issue 14 found
  users doing, which overwrote A's edits and carried no deletions.

    python bench/bench_snapshot.py [--actors N] [--ties M] [--edits E] [--repeat R]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_import import generate  # noqa: E402
from bench.results_file import machine_line, write_section  # noqa: E402


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _edit(store, rng: random.Random, n_actors: int, edits: int) -> None:
    from matchmaker.records import TieRecord

    skills = sorted(store.skills())
    for _ in range(edits):
        actor = f"a{rng.randrange(n_actors)}"
        what = rng.random()
        try:
            if what < 0.6:
                store.update_actor_values(
                    actor, {"city": rng.choice(("Tallinn", "Tartu", "Kyiv", "Lviv", "Odesa"))}
                )
            elif what < 0.8:
                store.set_skill_weight(actor, "offer", rng.choice(skills), rng.choice((None, 0.5, 1.0)))
            elif what < 0.97:
                store.put_tie(TieRecord(actor, f"a{rng.randrange(n_actors)}", "knows", None, 1.0))
            else:
                store.delete_actor(actor)
        except Exception:  # an actor deleted earlier in the run: the edit is skipped
            continue


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--actors", type=int, default=20_000)
    parser.add_argument("--ties", type=int, default=100_000)
    parser.add_argument("--edits", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from matchmaker.exports import export_store
    from matchmaker.interchange import import_document, read_files
    from matchmaker.snapshots.exchange import export_snapshot, merge_snapshot
    from matchmaker.store import open_store
    from matchmaker.visibility import EVERYONE

    os.environ["MATCHMAKER_BACKUPS_KEEP"] = "0"  # the merge's backup is measured in bench_privacy
    load = os.getloadavg()[0]
    exports, dry, merges, baselines, conflicts = [], [], [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        generate(tmp / "net.json", args.actors, args.ties)
        base = open_store(str(tmp / "base.sqlite"))
        import_document(base.engine, read_files([tmp / "net.json"], base.resolver()))
        base.close()
        for run in range(args.repeat):
            stores = {}
            for name, seed in (("a", 2 * run), ("b", 2 * run + 1)):
                shutil.copy(tmp / "base.sqlite", tmp / f"{name}.sqlite")
                stores[name] = open_store(str(tmp / f"{name}.sqlite"))
                _edit(stores[name], random.Random(seed), args.actors, args.edits)
            a, b = stores["a"], stores["b"]
            snapshot = tmp / "b.snapshot.json"
            exports.append(
                _timed(
                    lambda b=b, snapshot=snapshot: export_snapshot(
                        b, snapshot, audience=EVERYONE, with_contacts=True
                    )
                )
            )
            dry.append(_timed(lambda a=a, snapshot=snapshot: merge_snapshot(a, snapshot, dry_run=True)))
            report = merge_snapshot(a, snapshot, dry_run=True)
            conflicts.append(len(report.conflicts))
            merges.append(_timed(lambda a=a, snapshot=snapshot: merge_snapshot(a, snapshot, prefer="later")))
            shutil.copy(tmp / "base.sqlite", tmp / "c.sqlite")
            c = open_store(str(tmp / "c.sqlite"))

            def baseline(b=b, c=c) -> None:
                export_store(b, "json", tmp / "b.json", audience=EVERYONE, with_contacts=True)
                import_document(c.engine, read_files([tmp / "b.json"], c.resolver()))

            baselines.append(_timed(baseline))
            size_mib = snapshot.stat().st_size / 2**20
            for store in (a, b, c):
                store.close()

    export_s, dry_s, merge_s, base_s = (statistics.median(x) for x in (exports, dry, merges, baselines))
    md = f"""## Snapshots between laptops (issue 14, `bench/bench_snapshot.py`)

{machine_line()}; {args.actors:,} actors and {args.ties:,} ties, copied to two laptops that each made
{args.edits} edits through the store (60 % fields, 20 % skills, 17 % ties, 3 % deletions); medians of
{args.repeat}; load average {load:.1f} at the start (shared machine). Snapshot file {size_mib:.1f} MiB;
{statistics.median(conflicts):.0f} conflicts per round (median).

| what | time | against the baseline |
|---|---:|---:|
| `snapshot export` (whole network with clocks) | {export_s:.2f} s | |
| `snapshot merge --dry-run` (both states read and compared) | {dry_s:.2f} s | |
| `snapshot merge --later` (the same, then the differing rows written, one transaction) | {merge_s:.2f} s | {merge_s / base_s:.2f}× |
| baseline: `export --format json` + `import` (overwrote edits, no deletions) | {base_s:.2f} s | 1× |

Export plus merge together: {export_s + merge_s:.2f} s, {(export_s + merge_s) / base_s:.2f}× the baseline.
"""
    write_section("snapshot", md)
    print(md)


if __name__ == "__main__":
    main()
