"""Would compiled code make every actor's top 10 fast? One signal's best, numpy next to numba, in turns.

The whole network's top 10 at 100,000 actors costs ~4.3 ms of CPU an actor (``bench_all_pairs.py``),
four times the issue's aim. If that were Python's overhead around numpy calls, a compiled
ranking would close the gap. This bench takes the largest single step of a query, the search for
a content signal's best 150 candidates over its champion lists (~16,700 postings a query at
100,000 actors), and runs it as the app does (:meth:`ChampionLists.best`: scipy's ``csc_matvec``
over the copied postings, then :func:`largest_positive`) and as one numba kernel (the postings
summed where they lie into a scratch buffer, the touched rows read back and cleared, the best
picked from a guess read off every 16th value), for the same queries, in turns, CPU time.
It needs numba, which the app does not: ``pip install numba``.

    python bench/bench_compiled_signal.py --db DIR/net100000.sqlite [--queries 2000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.results_file import machine_line, write_section  # noqa: E402

PER_SIGNAL = 150


def _kernel():
    from numba import njit

    @njit(cache=False)
    def best_in_place(starts, ends, indices, data, vals, k, buf, touched):
        m = 0
        for j in range(starts.size):
            v = vals[j]
            for ii in range(starts[j], ends[j]):
                r = indices[ii]
                if buf[r] == 0.0:
                    touched[m] = r
                    m += 1
                buf[r] += data[ii] * v
        values = np.empty(m)
        for t in range(m):
            values[t] = buf[touched[t]]
            buf[touched[t]] = 0.0
        rows = touched[:m].copy()
        if m <= k:
            return rows[values > 0]
        sample = values[::16].copy()
        enough = max(2 * k // 16, 1)
        if sample.size > enough:
            guess = np.partition(sample, sample.size - enough)[sample.size - enough]
            above = np.flatnonzero(values >= guess)
            if above.size >= k:
                return rows[above[np.argsort(-values[above])[:k]]]
        return rows[np.argsort(-values)[:k]]

    return best_in_place


def measure(db: Path, queries: int, repeat: int) -> dict:
    from matchmaker.match.all_pairs import fit_asked_relations
    from matchmaker.match.service import fitted_recommender
    from matchmaker.store import open_store

    model = fitted_recommender(open_store(str(db)))
    fit_asked_relations(model)
    maker = model.relation(model.main_relation_).maker
    champions, content, n = maker.content_index.champions(), maker.content, maker.content_index.n
    asked = random.Random(1).sample(range(n), queries)
    rows = [
        (
            content.indices[content.indptr[q] : content.indptr[q + 1]],
            content.data[content.indptr[q] : content.indptr[q + 1]],
        )
        for q in asked
    ]
    kernel, buf, touched = _kernel(), np.zeros(n), np.empty(n, dtype=np.int64)

    def compiled(cols, vals):
        return kernel(
            champions.indptr[cols],
            champions.indptr[cols + 1],
            champions.indices,
            champions.data,
            vals,
            PER_SIGNAL,
            buf,
            touched,
        )

    compiled(*rows[0])  # compiled before timing
    same = sum(
        set(champions.best(cols, vals, n, PER_SIGNAL).tolist()) == set(compiled(cols, vals).tolist())
        for cols, vals in rows
    )
    turns = {"numpy": [], "numba": []}
    for _turn in range(repeat):
        for name, rank in (("numpy", lambda c, v: champions.best(c, v, n, PER_SIGNAL)), ("numba", compiled)):
            start = time.process_time()
            for cols, vals in rows:
                rank(cols, vals)
            turns[name].append((time.process_time() - start) / len(rows) * 1e6)
    postings = [int((champions.indptr[c + 1] - champions.indptr[c]).sum()) for c, _v in rows]
    return {
        "actors": n,
        "queries": queries,
        "postings": int(np.median(postings)),
        "same": same,
        "turns": turns,
        "numpy": statistics.median(turns["numpy"]),
        "numba": statistics.median(turns["numba"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--db", type=Path, required=True, help="a database with its kept model (bench_scale's)"
    )
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    import os

    r = measure(args.db, args.queries, args.repeat)
    md = f"""## Compiled code for every actor's top 10? One signal's best, numpy next to numba (issue 12)

`bench/bench_compiled_signal.py --queries {args.queries} --repeat {args.repeat}` — {machine_line()};
load average {os.getloadavg()[0]:.1f} at the end. Network: `bench_scale.py`'s {r["actors"]:,} actors (its kept
model); the main relation's content signal for {r["queries"]:,} seeded query actors (median {r["postings"]:,}
postings each in the champion lists), CPU time per query, the two taken in turns.

| | numpy + scipy (the app) | numba, one kernel |
|---|---|---|
| one signal's best 150, CPU per query (median of turns) | {r["numpy"]:.0f} µs | {r["numba"]:.0f} µs |
| each turn (µs) | {", ".join(f"{t:.0f}" for t in r["turns"]["numpy"])} | {", ".join(f"{t:.0f}" for t in r["turns"]["numba"])} |
| ratio numpy / numba | | **{r["numpy"] / r["numba"]:.2f}×** |
| same best 150 (as sets) | | {r["same"]:,} of {r["queries"]:,} |

The step is bound by memory (scattered adds into a buffer of one value per actor, then a pass to
pick the best), not by the Python around it: compiled, it is hardly cheaper. A compiled ranking
would not bring the whole network's top 10 from ~212 s to the aim of 60 s on two cores; numba
is not taken. (The sets that differ differ at the edge of the 150, where the two pick among
equal values differently; not checked further.)
"""
    print(md)
    write_section("compiled-signal", md)


if __name__ == "__main__":
    main()
