"""What the trust features cost on a big SQLite network: the automatic backup, forget, restore, export filtering.

A network of 100,000 actors and 1,000,000 ties (``bench_import.generate``) is imported once;
then, in this process, medians of:

* an automatic backup (SQLite's online backup API), against the small import it precedes
  (100 actors into the big network, backups off) — the overhead an import pays;
* ``person forget`` of one actor: the erase transaction, and the file rewrite (VACUUM and
  WAL checkpoint) that makes the name unrecoverable, against the plain delete alone;
* ``backup restore`` of the whole database;
* the visibility filter of an export, against loading the network it filters.

    python bench/bench_privacy.py [--actors N] [--ties M] [--repeat R]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_import import generate  # noqa: E402
from bench.results_file import machine_line, write_section  # noqa: E402


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _small_file(path: Path, start: int, count: int = 100) -> Path:
    actors = [
        {"id": f"new{start + i}", "kind": "startup", "name": f"New {start + i}", "country": "EE"}
        for i in range(count)
    ]
    path.write_text(json.dumps({"format": "sandbox-matchmaker/1", "actors": actors}), encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--actors", type=int, default=100_000)
    parser.add_argument("--ties", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from matchmaker.backups import create_backup, restore_backup
    from matchmaker.interchange import import_document, read_files
    from matchmaker.person_rights import _erase, forget_person
    from matchmaker.store import open_store
    from matchmaker.store_people import compact_sqlite
    from matchmaker.visibility import PUBLIC, filter_network

    os.environ["MATCHMAKER_BACKUPS_KEEP"] = "0"  # the benchmark takes its backups itself
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        generate(tmp / "big.json", args.actors, args.ties)
        db = tmp / "big.sqlite"
        store = open_store(str(db))
        import_s = _timed(
            lambda: import_document(store.engine, read_files([tmp / "big.json"], store.resolver()))
        )
        with store.engine.connect() as conn:
            pages, page_size = (
                conn.exec_driver_sql(f"PRAGMA {p}").scalar() for p in ("page_count", "page_size")
            )
        db_mib = pages * page_size / 2**20
        load = os.getloadavg()[0]

        small_imports, backups = [], []
        for i in range(args.repeat):
            doc = read_files([_small_file(tmp / f"small{i}.json", i * 100)], store.resolver())
            small_imports.append(_timed(lambda doc=doc: import_document(store.engine, doc)))
            backups.append(_timed(lambda: create_backup(store.engine, "import")))
        backup_s, small_s = statistics.median(backups), statistics.median(small_imports)

        plain_deletes, erases, compactions, forgets = [], [], [], []
        for i in range(args.repeat):
            plain_deletes.append(_timed(lambda i=i: _erase(store.engine, f"a{3 * i}")))
            actor = store.actors([f"a{3 * i + 1}"])[0]
            forgets.append(_timed(lambda actor=actor: forget_person(store, actor)))
            erases.append(_timed(lambda i=i: _erase(store.engine, f"a{3 * i + 2}")))
            compactions.append(_timed(lambda: compact_sqlite(store.engine)))
        plain_s, forget_s = statistics.median(plain_deletes), statistics.median(forgets)
        compact_s = statistics.median(compactions)

        target = create_backup(store.engine, "manual")
        restores = [_timed(lambda: restore_backup(store, target.id)) for _ in range(args.repeat)]
        restore_s = statistics.median(restores)

        loads, filters = [], []
        for _ in range(args.repeat):
            start = time.perf_counter()
            net = store.load_network()
            loads.append(time.perf_counter() - start)
            # every 10th actor council-only, every 20th private (the demo has about 15 % of them)
            net.actors = [
                replace(a, visibility="private" if i % 20 == 0 else "council" if i % 10 == 5 else "public")
                for i, a in enumerate(net.actors)
            ]
            filters.append(_timed(lambda net=net: filter_network(net, PUBLIC)))
        hidden_share = sum(a.visibility != "public" for a in net.actors) / len(net.actors)
        kept_ties = len(filter_network(net, PUBLIC)[0].ties) / len(net.ties)
        load_s, filter_s = statistics.median(loads), statistics.median(filters)
        store.close()

    md = f"""## Trust: backups, forget, restore, export filtering (issue 16)

`bench/bench_privacy.py` — {machine_line()}; SQLite file of {args.actors:,} actors and {args.ties:,} ties
({db_mib:,.0f} MiB); medians of {args.repeat}; load average {load:.1f} at the start (shared machine).

| what | time | against | ratio |
|---|---:|---|---:|
| automatic backup before an import (online backup API, whole file) | {backup_s:.2f} s | a small import it precedes (100 actors into the big network, no backup): {small_s:.2f} s | {backup_s / small_s:.0f}× |
| the same backup | {backup_s:.2f} s | importing the whole network (parse, validate, write; once): {import_s:.1f} s | {backup_s / import_s:.3f}× |
| `person forget` of one actor (erase with secure_delete, VACUUM, WAL checkpoint) | {forget_s:.2f} s | the plain delete of one actor's rows: {plain_s:.3f} s | {forget_s / plain_s:.0f}× |
| of which the file rewrite (VACUUM + checkpoint) | {compact_s:.2f} s | | |
| `backup restore` of the whole database | {restore_s:.2f} s | | |
| visibility filter of an export (public only, no contacts; {hidden_share:.0%} of actors hidden, {kept_ties:.0%} of ties kept) | {filter_s:.3f} s | loading the network it filters: {load_s:.2f} s | {filter_s / load_s:.2f}× |

The backup and the rewrite scale with the file, not with the change: a small import into a big
network pays for copying the whole database, and a forget for rewriting it — the price of the
name being gone from the file rather than merely unlinked.
"""
    print(md)
    write_section("privacy", md)


if __name__ == "__main__":
    main()
