"""Issue 11: what the one door and the declared-once fields cost.

1. Actor fields derived from ``matchmaker.actor_fields`` against the hand-written code they
   replaced (kept here as the baseline, run in the same process): the parser, the store's record
   reader and the graph's node attributes, on generated actors.
2. A profile edit on the demo network while another program holds the write lock: how long the
   window freezes when the edit goes through ``session.run_op`` (the database worker) against the
   old path, which wrote and read back on the GUI thread.

    python bench/bench_door.py [--actors N] [--repeat R]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.results_file import machine_line, median_time, write_section  # noqa: E402

HELD = 0.3  # seconds another program holds the write lock during an edit


def raw_actors(n: int) -> list[dict]:
    return [
        {
            "id": f"a{i}",
            "kind": "startup" if i % 2 else "person",
            "name": f"Actor {i}",
            "native_name": f"Актор {i}",
            "country": "EE" if i % 3 else "UA",
            "city": "Tartu",
            "sectors": ["e-health", "fintech"],
            "languages": ["et", "en"],
            "stage": "seed",
            "roles": ["founder"],
            "email": f"a{i}@example.org",
            "description": "Builds digital public services together across the border.",
        }
        for i in range(n)
    ]


# -- the baselines: the hand-written code the declaration replaced ---------------------------------
def baselines():
    """The three functions as they were written by hand before issue 11 (imports done once)."""
    from matchmaker.interchange.parse import ACTOR_FIELDS, _check_keys, _skills
    from matchmaker.records import ActorRecord
    from matchmaker.vocab import ACTOR_KINDS, SIZES, STAGES, VISIBILITY_LEVELS

    def old_parse_actor(raw, site, resolver, doc):
        _check_keys(raw, site, ACTOR_FIELDS)
        return ActorRecord(
            id=site.identifier(raw, "id"),
            kind=site.choice(raw, "kind", ACTOR_KINDS, required=True),
            name=site.string(raw, "name", required=True),
            country=site.country(raw, "country", required=True),
            native_name=site.string(raw, "native_name"),
            city=site.string(raw, "city"),
            sectors=site.string_list(raw, "sectors"),
            description=site.string(raw, "description"),
            languages=site.string_list(raw, "languages"),
            website=site.string(raw, "website"),
            stage=site.choice(raw, "stage", STAGES),
            size=site.choice(raw, "size", SIZES),
            roles=site.string_list(raw, "roles"),
            email=site.email(raw, "email"),
            visibility=site.choice(raw, "visibility", VISIBILITY_LEVELS, default="public"),
            offers=_skills(raw, "offers", site, resolver, doc),
            needs=_skills(raw, "needs", site, resolver, doc),
        )

    def old_actor_record(r, offers, needs):
        return ActorRecord(
            id=r["id"],
            kind=r["kind"],
            name=r["name"],
            country=r["country"],
            native_name=r["native_name"],
            city=r["city"],
            sectors=tuple(r["sectors"] or ()),
            description=r["description"],
            languages=tuple(r["languages"] or ()),
            website=r["website"],
            stage=r["stage"],
            size=r["size"],
            roles=tuple(r["roles"] or ()),
            email=r["email"],
            visibility=r["visibility"],
            offers=offers,
            needs=needs,
        )

    def old_actor_attrs(a) -> dict:
        return {
            "kind": a.kind,
            "name": a.name,
            "native_name": a.native_name,
            "country": a.country,
            "city": a.city,
            "sectors": list(a.sectors),
            "languages": list(a.languages),
            "stage": a.stage,
            "size": a.size,
            "roles": list(a.roles),
            "visibility": a.visibility,
            "offers": sorted(a.offers),
            "needs": sorted(a.needs),
        }

    return old_parse_actor, old_actor_record, old_actor_attrs


def field_costs(n: int, repeat: int) -> list[tuple[str, float, float]]:
    from matchmaker.graph.build import _attributes_of
    from matchmaker.interchange.document import Document
    from matchmaker.interchange.fields import FIELDS
    from matchmaker.interchange.parse import parse_actor
    from matchmaker.interchange.site import Site
    from matchmaker.store import _actor_record_reader
    from matchmaker.taxonomy import SkillResolver, bundled_skills

    old_parse_actor, old_actor_record, old_actor_attrs = baselines()
    raws = raw_actors(n)
    site, resolver, doc = (
        Site("bench.json", "", False, FIELDS["actors"]),
        SkillResolver(bundled_skills()),
        Document(),
    )
    rows = [{**r, "website": None, "size": None, "visibility": "public"} for r in raws]
    record = _actor_record_reader()
    actors = [record(r, {}, {}) for r in rows]
    attributes = _attributes_of()
    assert [parse_actor(r, site, resolver, doc) for r in raws[:50]] == [
        old_parse_actor(r, site, resolver, doc) for r in raws[:50]
    ]
    assert [attributes(a) for a in actors[:50]] == [old_actor_attrs(a) for a in actors[:50]]
    pairs = (
        (
            "parse (interchange)",
            lambda: [parse_actor(r, site, resolver, doc) for r in raws],
            lambda: [old_parse_actor(r, site, resolver, doc) for r in raws],
        ),
        (
            "record from a row (store)",
            lambda: [record(r, {}, {}) for r in rows],
            lambda: [old_actor_record(r, {}, {}) for r in rows],
        ),
        (
            "node attributes (graph)",
            lambda: [attributes(a) for a in actors],
            lambda: [old_actor_attrs(a) for a in actors],
        ),
    )
    results = []
    for name, new, old in pairs:
        old_s, new_s = [], []
        for _ in range(repeat):  # alternated, so load on the shared machine hits both alike
            old_s.append(median_time(old, 1))
            new_s.append(median_time(new, 1))
        results.append((name, statistics.median(old_s), statistics.median(new_s)))
    return results


def _hold_the_database(path: str, seconds: float, holding) -> None:
    """Another program writing: it holds SQLite's write lock for ``seconds``."""
    import sqlite3

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    holding.set()
    time.sleep(seconds)
    conn.execute("COMMIT")
    conn.close()


def longest_stall(app, start, finished) -> tuple[float, float]:
    """Run ``start()`` from the event loop and turn it until ``finished()``; returns the longest time
    the loop could not turn (what a user sees as a frozen window) and the time until finished."""
    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    timer = QTimer(interval=0)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    began = time.perf_counter()
    QTimer.singleShot(0, start)
    while not finished() and time.perf_counter() - began < 30:
        app.processEvents()
    ended = time.perf_counter()
    for _ in range(5):
        app.processEvents()
    timer.stop()
    gaps = [b - a for a, b in zip([began, *ticks], [*ticks, ended], strict=True)]
    return max(gaps), ended - began


def edit_costs(repeat: int, held: float) -> dict[str, float]:
    """A city edit on the demo network while another program holds the write lock for ``held`` s."""
    import threading

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from matchmaker.demo import seed_demo
    from matchmaker.editing import clean_value, update_actor
    from matchmaker.store import open_store
    from matchmaker.ui.changes import Changes
    from matchmaker.ui.session import Session
    from matchmaker.ui.tasks import wait_for_all_tasks

    app = QApplication.instance() or QApplication([])
    figures: dict[str, list[float]] = {"old": [], "door": [], "door done": []}
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "demo.sqlite")
        store = open_store(path)
        seed_demo(store)
        session = Session(store)
        loop = QEventLoop()
        session.loaded.connect(loop.quit)
        session.reload()
        loop.exec()
        actor_id = session.net.actors[0].id
        for i in range(repeat):
            for how in ("old", "door"):
                holding, done = threading.Event(), []
                other = threading.Thread(target=_hold_the_database, args=(path, held, holding))
                other.start()
                holding.wait()
                city = f"{how} {i}"
                if how == "old":  # written and read back on the GUI thread, as the profile did

                    def start(city=city, done=done):
                        update_actor(store, actor_id, city=city)
                        store.actors([actor_id])
                        done.append(1)

                else:

                    def start(city=city, done=done):
                        cleaned = clean_value("city", city)
                        session.run_op(
                            lambda s, _p, _c: update_actor(s, actor_id, city=cleaned),
                            Changes.ACTORS,
                            actors=[actor_id],
                            on_done=done.append,
                        )

                stall, until_done = longest_stall(app, start, lambda done=done: bool(done))
                other.join()
                figures[how].append(stall)
                if how == "door":
                    figures["door done"].append(until_done)
        wait_for_all_tasks()
        store.close()
    return {name: statistics.median(values) for name, values in figures.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--actors", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    fields = field_costs(args.actors, args.repeat)
    edit = edit_costs(args.repeat, HELD)
    load = os.getloadavg()[0]
    rows = "\n".join(
        f"| {name} | {old * 1e3:.0f} ms | {new * 1e3:.0f} ms | {new / old:.2f}× |"
        for name, old, new in fields
    )
    md = f"""## The one door and the declared-once fields (issue 11)

`bench/bench_door.py` — {machine_line()}; load average {load:.1f} (2 cores, shared).

Actor fields derived from `matchmaker.actor_fields` against the hand-written code they replaced
(kept in the benchmark as the baseline, alternated in one process), {args.actors:,} actors, median of {args.repeat}:

| step | hand-written | derived | ratio |
|---|---|---|---|
{rows}

A profile edit (city) on the demo network while another program holds the database's write lock
for {HELD * 1e3:.0f} ms (an import in the helper process, a command): the longest time the window's
event loop could not turn, median of {args.repeat}:

| path | window frozen | edit saved after |
|---|---|---|
| old: written and read back on the GUI thread | {edit["old"] * 1e3:.0f} ms | |
| through `session.run_op` (the database worker) | **{edit["door"] * 1e3:.1f} ms** | {edit["door done"] * 1e3:.0f} ms |
"""
    print(md)
    write_section("door", md)


if __name__ == "__main__":
    main()
