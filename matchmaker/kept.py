"""Derived data kept beside a SQLite database, used again while the network is unchanged.

Loading 100,000 actors and a million ties from rows, and fitting the recommender on them, takes
tens of seconds; doing it again for every ``matchmaker recommend`` and every opening of the app
is the wait issue 12 is about. So the results are written into ``NAME.sqlite.matchmaker-kept/``
under the network's generation (:mod:`matchmaker.generation`: a token every committed write to
the network moves on) and read back while the database still carries that token.

The rules that keep this safe:

- a kept file is written whole or not at all (:func:`matchmaker.atomic.atomic_file`), and only
  when the generation was the same before and after the data was read, so it never holds a
  network half-way through someone else's write;
- its header names the format, the generation and what else it depends on (the recommender's
  code and parameters); any difference, a damaged or truncated file, or one that fails to load
  for any reason is treated as absent, deleted, and rebuilt from the database;
- arrays are written apart from the pickle and read back by mapping the file (copy-on-write),
  so opening a kept model costs what its Python objects cost, not its hundreds of megabytes of
  indexes: a query reads only the pages it touches;
- a stale file is deleted as soon as it is noticed, and :func:`discard_kept` removes them all
  (``person forget`` calls it: a kept copy must not keep a forgotten name);
- the database file itself is never opened outside SQLite: only files in the kept folder are.

Only networks of at least :data:`KEEP_FROM_ACTORS` actors are kept: a small one loads from rows
faster than a file is written. PostgreSQL databases (no file to sit beside) are not kept.
"""

from __future__ import annotations

import contextlib
import mmap
import pickle
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from matchmaker.atomic import atomic_file
from matchmaker.gc_pause import gc_paused
from matchmaker.generation import network_generation

__all__ = [
    "KEEP_FROM_ACTORS",
    "discard_kept",
    "keep_derived",
    "keep_value",
    "kept_file_fits",
    "kept_folder",
    "kept_or_made",
    "kept_size_on_disk",
    "kept_value",
    "kept_value_at",
    "kept_value_read_only",
]

FORMAT = "matchmaker-kept/2"  # 2: arrays stored apart from the pickle, read by mapping the file
ALIGN = 64  # each array starts at a multiple of this many bytes (what numpy and SIMD like)
KEEP_FROM_ACTORS = 2_000
T = TypeVar("T")


def kept_folder(db_file: Path) -> Path:
    """``NAME.sqlite.matchmaker-kept`` beside the database."""
    return db_file.with_name(db_file.name + ".matchmaker-kept")


def discard_kept(db_file: Path | None) -> None:
    """Delete everything kept for ``db_file`` (it is rebuilt from the database when next needed)."""
    if db_file is not None:
        shutil.rmtree(kept_folder(db_file), ignore_errors=True)


def _aligned(offset: int) -> int:
    return -(-offset // ALIGN) * ALIGN


def _load_mapped(stream):
    """The value written by :func:`_dump_mapped` after the header, its arrays views of the file.

    The file is mapped copy-on-write: an array is read from disk only where it is touched (a
    query touches a few pages of a million-entry index), a process that writes into one gets
    its own page, and forked workers share the pages the system already holds.
    """
    body_size, spans = pickle.load(stream)
    start = _aligned(stream.tell())
    mapped = memoryview(mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_COPY))
    if start + body_size > len(mapped) or any(start + end > len(mapped) for _offset, end in spans):
        raise ValueError("truncated")
    body = mapped[start : start + body_size]
    return pickle.loads(body, buffers=[mapped[start + offset : start + end] for offset, end in spans])


def _dump_mapped(stream, value) -> None:
    """``value`` pickled with its large arrays out of band, each at an aligned offset (see :func:`_load_mapped`)."""
    buffers: list[pickle.PickleBuffer] = []
    body = pickle.dumps(value, protocol=5, buffer_callback=buffers.append)
    spans, offset = [], _aligned(len(body))
    raws = [buffer.raw() for buffer in buffers]
    for raw in raws:
        spans.append((offset, offset + raw.nbytes))
        offset = _aligned(offset + raw.nbytes)
    pickle.dump((len(body), spans), stream, protocol=5)
    start = _aligned(stream.tell())
    stream.write(bytes(start - stream.tell()))
    stream.write(body)
    for raw, (offset, _end) in zip(raws, spans, strict=True):
        stream.write(bytes(start + offset - stream.tell()))
        stream.write(raw)


def _read(path: Path, header: tuple, earlier: list | None = None, *, tidy: bool = True):
    """The kept value if ``path`` holds one made under ``header``; else None (and a stale file goes).

    With ``earlier`` (a list), a value made by the same code for an earlier generation is
    appended to it before its file goes: what an update can start from. Without ``tidy`` a
    stale or damaged file stays where it is (see :func:`kept_value_read_only`).
    """
    try:
        with path.open("rb") as stream, gc_paused():  # millions of objects, no cycles: half the time
            found = pickle.load(stream)
            if found != header:
                if earlier is not None and found[0::2] == header[0::2]:  # same format and code
                    earlier.append(_load_mapped(stream))
                raise ValueError("stale")
            return _load_mapped(stream)
    except FileNotFoundError:
        return None
    except Exception:  # stale, truncated, damaged, made by other code: rebuild from the database
        if not tidy:
            return None
        with contextlib.suppress(OSError):  # e.g. still mapped by another program on Windows
            path.unlink(missing_ok=True)
        return None


def _write(path: Path, header: tuple, value) -> None:
    try:
        with atomic_file(path) as temporary, open(temporary, "wb") as stream, gc_paused():
            pickle.dump(header, stream, protocol=pickle.HIGHEST_PROTOCOL)
            _dump_mapped(stream, value)
    except Exception:  # a read-only folder, a full disk: keeping is an optimisation, never a failure
        return


def kept_or_made(
    engine,
    db_file: Path | None,
    name: str,
    make: Callable[[], T],
    *,
    depends_on: str = "",
    size: Callable[[T], int] = lambda _value: KEEP_FROM_ACTORS,
    to_disk: Callable[[T], object] = lambda value: value,
    from_disk: Callable[[object], T] = lambda kept: kept,
    update: Callable[[object], T | None] | None = None,
    described: Callable[[T, str], None] | None = None,
) -> T:
    """The value kept as ``name`` for the network's current generation, else ``make()`` (then kept).

    ``depends_on`` names everything else the value depends on (code, parameters); ``size``
    says how many actors the value covers, and smaller values than :data:`KEEP_FROM_ACTORS`
    are not written. ``to_disk`` gives what is written (e.g. without a part kept elsewhere),
    ``from_disk`` makes the value from what was read. ``update(earlier)`` makes the value from
    one kept for an earlier generation (after an edit) when it can, else returns None.
    ``described(value, generation)`` is told which generation the returned value describes,
    when that is certain: it was read from a file kept under it, or made while the network
    stayed at it (not when someone else's write landed meanwhile).
    """
    generation = network_generation(engine) if db_file is not None else None
    if generation is None:
        return make()
    path = kept_folder(db_file) / f"{name}.pickle"
    header = (FORMAT, generation, depends_on)
    earlier: list = []
    stored = _read(path, header, earlier if update is not None else None)
    if stored is not None:
        try:
            value = from_disk(stored)
        except Exception:  # it does not fit what the database holds after all: make it afresh
            path.unlink(missing_ok=True)
        else:
            if described is not None:
                described(value, generation)
            return value
    value = None
    if earlier:
        try:
            value = update(earlier[0])
        except Exception:  # an update is an optimisation: make it afresh
            value = None
    if value is None:
        value = make()
    if (described is None and size(value) < KEEP_FROM_ACTORS) or network_generation(engine) != generation:
        return value  # not worth keeping, or the network moved on while it was made
    if described is not None:
        described(value, generation)
    if size(value) >= KEEP_FROM_ACTORS:
        _write(path, header, to_disk(value))
    return value


def kept_value(engine, db_file: Path | None, name: str, *, depends_on: str = ""):
    """The value kept as ``name`` for the network's current generation, or None (nothing is made)."""
    generation = network_generation(engine) if db_file is not None else None
    return kept_value_at(db_file, name, generation, depends_on=depends_on)


def kept_value_at(db_file: Path | None, name: str, generation: str | None, *, depends_on: str = ""):
    """The value kept as ``name`` for ``generation`` (read from the database by the caller), or None.

    For a caller that read the generation without an engine (:mod:`matchmaker.store_peek`, before
    the store is open); a file kept for another generation is stale and goes, as everywhere here.
    """
    if db_file is None or generation is None:
        return None
    return _read(kept_folder(db_file) / f"{name}.pickle", (FORMAT, generation, depends_on))


def kept_file_fits(db_file: Path, name: str, generation: str, *, depends_on: str = "") -> bool:
    """Whether a file kept as ``name`` for ``generation`` is there, by its header alone (nothing is
    mapped or deleted): for a caller deciding whether other processes could open it."""
    try:
        with (kept_folder(db_file) / f"{name}.pickle").open("rb") as stream:
            return pickle.load(stream) == (FORMAT, generation, depends_on)
    except Exception:  # absent, damaged, unreadable: nothing another process could open either
        return False


def kept_value_read_only(db_file: Path, name: str, generation: str, *, depends_on: str = ""):
    """The value kept as ``name`` for ``generation``, or None; unlike :func:`kept_value_at`, a file
    kept for another generation is left in place.

    For a reader that falls back to the store when nothing fits (``matchmaker recommend`` answered
    from the kept model): the store then updates a model kept for an earlier generation after an
    edit (seconds) instead of fitting afresh (minutes), which it could not if this read deleted it.
    """
    return _read(kept_folder(db_file) / f"{name}.pickle", (FORMAT, generation, depends_on), tidy=False)


def keep_value(engine, db_file: Path | None, name: str, generation, value, *, depends_on: str = "") -> None:
    """Keep ``value`` as ``name``, made from the network at ``generation`` — unless the network has
    moved on since (then it would describe a network that is no longer there)."""
    if db_file is None or generation is None or network_generation(engine) != generation:
        return
    _write(kept_folder(db_file) / f"{name}.pickle", (FORMAT, generation, depends_on), value)


def keep_derived(
    db_file: Path, name: str, generation: str, value, *, depends_on: str = "", size: int | None = None
) -> None:
    """Keep ``value``, made from another value kept for ``generation`` (not from the database), as
    ``name`` for that generation.

    Unlike :func:`keep_value` this needs no engine and no check that the network is still there:
    ``value`` describes ``generation`` because what it was made from does, whatever the database
    holds by now (a newer generation simply never reads it). Values of networks smaller than
    :data:`KEEP_FROM_ACTORS` actors are not written (``size``: the network's actors, when
    ``len(value)`` does not count them).
    """
    if (len(value) if size is None else size) >= KEEP_FROM_ACTORS:
        _write(kept_folder(db_file) / f"{name}.pickle", (FORMAT, generation, depends_on), value)


def kept_size_on_disk(db_file: Path) -> int:
    """Bytes the kept files of ``db_file`` take (for benchmarks and the person-rights report)."""
    folder = kept_folder(db_file)
    return sum(entry.stat().st_size for entry in folder.iterdir()) if folder.is_dir() else 0
