"""A killed ``matchmaker export`` leaves the previous export or the new complete one, never a cut file.

Each run starts ``matchmaker export`` in a subprocess over a network big enough to take a
while to write, waits until anything in the target's folder changes (the export has begun
writing), then SIGKILLs it after a growing delay: while the rows are assembled, in the
middle of writing, around the final rename, and after it. Before the fix, the target was
emptied first: 16 of 19 such kills left it broken.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from matchmaker.interchange import import_document
from matchmaker.interchange.document import Document
from matchmaker.records import ActorRecord, TieRecord
from matchmaker.store import open_store

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")]

ACTORS, TIES = 8_000, 60_000
DELAYS = (0.0, 0.05, 0.15, 0.4, 0.8, 1.5, 3.0)


def _network(actors: int, ties: int, extra: int = 0) -> Document:
    doc = Document()
    rng = random.Random(16)
    for i in range(actors + extra):
        actor = ActorRecord(
            f"a{i}",
            "ngo",
            f"Actor {i} of the Sandbox network",
            "EE" if i % 2 else "UA",
            city="Tallinn",
            sectors=("govtech", "e-health"),
            description="Builds e-government services together. " * 3,
        )
        doc.network.actors.append(actor)
        doc.actor_sources[actor.id] = "generated"
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < ties:
        a, b = rng.randrange(actors), rng.randrange(actors)
        if a != b:
            pairs.add((a, b))
    doc.network.ties.extend(TieRecord(f"a{a}", f"a{b}", "knows", None, 1.0) for a, b in sorted(pairs))
    return doc


@pytest.fixture(scope="module")
def big_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("kill-db") / "network.sqlite"
    store = open_store(str(path))
    import_document(store.engine, _network(ACTORS, TIES))
    store.save_positions({f"a{i}": (float(i % 100), float(i // 100)) for i in range(ACTORS)})
    store.engine.dispose()
    return path


def _export(db: Path, fmt: str, out: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "matchmaker", "--db", str(db), "export", "--format", fmt, "-o", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _state(target: Path):
    """What a user finds at ``target``: the file's bytes, or each table of the folder."""
    if not target.exists():
        return None
    if target.is_dir():
        return {entry.name: entry.read_bytes() for entry in sorted(target.iterdir())}
    return target.read_bytes()


def _put(target: Path, state) -> None:
    if target.is_dir():
        shutil.rmtree(target)
    elif target.exists():
        target.unlink()
    if isinstance(state, dict):
        target.mkdir()
        for name, data in state.items():
            (target / name).write_bytes(data)
    else:
        target.write_bytes(state)


def _listing(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_size for p in folder.rglob("*") if p.is_file()}


def _complete_export(db: Path, fmt: str, out: Path):
    process = _export(db, fmt, out)
    assert process.wait(timeout=300) == 0, process.stderr.read().decode()
    return _state(out)


@pytest.mark.parametrize("fmt", ["json", "csv", "gexf"])
def test_a_killed_export_leaves_the_previous_export_or_the_complete_new_one(big_db, tmp_path, fmt):
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    target = out_dir / ("network" if fmt == "csv" else f"network.{fmt}")
    previous = _complete_export(big_db, fmt, target)

    db = tmp_path / "changed.sqlite"  # the network grows, so the new export differs from the previous
    shutil.copy(big_db, db)  # the fixture's database is closed; a copy is safe to change
    store = open_store(str(db))
    import_document(store.engine, _network(0, 0, extra=ACTORS + 50))
    store.engine.dispose()
    new = _complete_export(db, fmt, tmp_path / "reference" / target.name)
    assert new != previous

    killed_while_writing = 0
    for delay in DELAYS:
        _put(target, previous)
        for leftover in out_dir.glob(".network*"):  # temporaries of the previous kill
            shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
        before = _listing(out_dir)
        process = _export(db, fmt, target)
        while process.poll() is None and _listing(out_dir) == before:
            time.sleep(0.001)
        time.sleep(delay)
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            killed_while_writing += any(p.name.startswith(".network") for p in out_dir.iterdir())
        process.wait(timeout=60)
        found = _state(target)
        assert found == previous or found == new, f"a kill {delay} s into writing left a broken export"
    assert killed_while_writing >= 3  # the kills did land in the middle of writing
