"""A big JSON file's ties read on the second core: a child process decodes and checks them,
sorts them for the writer while this process reads the actors, and writes them in the form the
writer asks for while it writes the actors: a scratch SQLite file, which the import copies into
a SQLite store with one ``INSERT … SELECT`` per 100,000 rows (SQLite's C code only: no Python
tuple per tie, no parameter bound per value), or a file of PostgreSQL COPY text, which the
import streams into ``COPY … FROM STDIN`` as it is.

A million ties are half of a 100,000-actor file's reading (~2 s of CPU, and ~1 s more to make
and sort their rows), and their insert is mostly the driver binding five values a row. A
scratch SQLite file is the cheapest hand-over there is: the child writes it at its own pace,
and the writer reads it inside SQLite.

The child only ever accepts, as the typed reader does: anything it is unsure of, it answers
``unsure`` and the careful reader reads the whole file and names the fault (file, place,
field), exactly as without a child. A child that fails (cannot start, dies, answers nonsense)
changes nothing either: this process decodes the ties itself. The scratch file lives in a
folder of its own in the system's temporary folder; the child deletes it when this process lets
go of it (:meth:`StagedTies.close`) or ends, however it ends (its stdin reaches end of file).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import weakref
import zlib
from datetime import date
from itertools import chain
from operator import itemgetter
from pathlib import Path

__all__ = [
    "COPY_TEXT",
    "SCRATCH_DATABASE",
    "STAGE_CHILD_BYTES",
    "StagedTies",
    "TieStager",
    "child_main",
    "iso_day_texts",
    "one_per_tie",
]

# files smaller than this are read in one process: a child's start (~0.2 s) would cost more
# than it saves (a 10,000-actor file is ~19 MB)
STAGE_CHILD_BYTES = 32 * 2**20
_SCRATCH_NAME = "ties.sqlite"
_COPY_NAME = "ties.copy"
# the forms the child writes the ties in, as the writer asks (one line on the child's stdin):
# a scratch SQLite database (SQLite copies from it inside itself), or a file of PostgreSQL COPY
# text, rows unique and in the writer's order (streamed into COPY as it is)
SCRATCH_DATABASE = "sqlite"
COPY_TEXT = "copy"
_ANSWER_KEYS = {"ties", "colons", "crc", "ends", "path"}
_ROWS_PER_STATEMENT = 200
_ROWS_PER_COMMIT = 100_000
_CHILD_CODE = "import sys; from matchmaker.interchange.tie_stage import child_main; sys.exit(child_main())"


class StagedTies:
    """The ties of one file, checked; the child writes them, in the form the writer asks for
    (:meth:`ask`), meanwhile (:meth:`written` waits for it): a scratch SQLite database, table
    ``tie`` in the writer's order (its rowid: by source, then as written), or COPY text."""

    def __init__(self, child: subprocess.Popen, folder: str, answer: dict) -> None:
        self.path = os.path.join(folder, _SCRATCH_NAME)
        self.copy_path = os.path.join(folder, _COPY_NAME)
        self.source_path = answer["path"]
        self.count: int = answer["ties"]
        self.colons: int = answer["colons"]
        self.crc: int = answer["crc"]
        self._ends: list[str] = answer["ends"]
        self._child = child
        self._written: bool | None = None
        self._form: str | None = None
        self._close = weakref.finalize(self, _let_go, child, folder)

    def close(self) -> None:
        """Let the child delete the scratch file and end (also when this object is dropped)."""
        self._close()

    def discard(self) -> None:
        """Stop the child at once (its work is not wanted) and delete the scratch file."""
        if self._close.alive:
            self._child.kill()
        self._close()

    def ends(self) -> set[str]:
        """Every actor id a tie names."""
        return set(self._ends)

    def ask(self, form: str) -> None:
        """Have the child write the ties as ``form`` (:data:`SCRATCH_DATABASE` or
        :data:`COPY_TEXT`), as soon as the writer knows its store; the first form asked is the
        one written. A child that died meanwhile shows in :meth:`written`."""
        if self._form is not None:
            return
        self._form = form
        try:
            self._child.stdin.write(form.encode() + b"\n")
            self._child.stdin.flush()
        except (OSError, ValueError):  # the child is gone (a broken pipe) or was let go
            pass

    def written(self, form: str = SCRATCH_DATABASE) -> bool:
        """Wait until the ties are whole in ``form`` (asking for it when no form was asked);
        False when the child failed to write them, or writes another form."""
        self.ask(form)
        if self._form != form:
            return False
        if self._written is None:
            line = self._child.stdout.readline() if self._child.stdout is not None else b""
            self._written = line.strip() == b'{"written": true}'
        return self._written

    def records(self, file_order: bool = False) -> list:
        """The ties as the reader would have given them (for the paths that need records: a
        dry run into PostgreSQL), from the scratch database by source, each source's as written
        (what the writer sorts them into anyway); in ``file_order`` (to name a tie at fault), or
        when the child did not write the scratch database (it failed, or wrote COPY text), they
        are read from the file again."""
        from matchmaker.records import TieRecord

        if file_order or not self.written(SCRATCH_DATABASE):
            return _read_again(self)
        with _scratch(self.path) as scratch:
            rows = scratch.execute(
                "SELECT source, target, kind, since, weight FROM tie ORDER BY rowid"
            ).fetchall()
        days = {text: date.fromisoformat(text) for text in set(map(itemgetter(3), rows)) if text}
        days[None] = None
        return [TieRecord(s, t, k, days[d], w) for s, t, k, d, w in rows]


def _read_again(staged: StagedTies) -> list:
    """The ties read in this process, in file order: to name a tie at fault, or when the child
    that staged them failed before writing them."""
    import msgspec

    from matchmaker.errors import MatchmakerError
    from matchmaker.i18n import _
    from matchmaker.interchange.typed_actors import Unsure
    from matchmaker.interchange.typed_ties import TIES_ONLY, tie_columns

    try:
        top = TIES_ONLY.decode(Path(staged.source_path).read_bytes().removeprefix(b"\xef\xbb\xbf"))
        columns = tie_columns([] if not isinstance(top.ties, list) else top.ties)
    except (OSError, msgspec.DecodeError, msgspec.ValidationError, Unsure):
        columns = None
    if columns is None or (len(columns.sources), columns.colons) != (staged.count, staged.colons):
        raise MatchmakerError(
            _("{path} changed while it was being imported; import it again").format(path=staged.source_path)
        )
    return columns.records()


def _scratch(path: str) -> sqlite3.Connection:
    """The scratch database, read-only (a temporary folder's name may hold ``?`` or ``#``: quoted)."""
    from urllib.parse import quote

    return sqlite3.connect(f"file:{quote(path)}?mode=ro", uri=True)


def _let_go(child: subprocess.Popen, folder: str) -> None:
    if child.stdin is not None and not child.stdin.closed:
        child.stdin.close()  # the child's signal to delete the file and end
    try:
        child.wait(timeout=30)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
    if child.stdout is not None:
        child.stdout.close()
    shutil.rmtree(folder, ignore_errors=True)  # a child that died before deleting it


class TieStager:
    """The child staging ``path``'s ties, started at once; :meth:`result` waits for its answer."""

    def __init__(self, path: str) -> None:
        self._folder = tempfile.mkdtemp(prefix="matchmaker-ties-")
        root = str(Path(__file__).resolve().parents[2])
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, (root, os.environ.get("PYTHONPATH")))))
        try:
            self._child: subprocess.Popen | None = subprocess.Popen(
                [sys.executable, "-c", _CHILD_CODE, path, self._folder],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
            )
        except OSError:
            self._child = None

    def result(self) -> StagedTies | None:
        """The staged ties; None when the child failed (read them here instead). Raises
        :class:`~matchmaker.interchange.typed_actors.Unsure` when the child was unsure."""
        from matchmaker.interchange.typed_actors import Unsure

        child = self._child
        if child is None:
            self.abandon()
            return None
        line = child.stdout.readline() if child.stdout is not None else b""
        try:
            answer = json.loads(line)
        except ValueError:
            answer = None
        if isinstance(answer, dict) and answer.get("unsure") is True:
            self.abandon()
            raise Unsure
        if not (isinstance(answer, dict) and _ANSWER_KEYS <= answer.keys()):
            self.abandon()
            return None
        self._child = None
        return StagedTies(child, self._folder, answer)

    def abandon(self) -> None:
        """Stop the child (if still running) and delete its scratch folder."""
        child, self._child = self._child, None
        if child is not None:
            child.kill()
            _let_go(child, self._folder)
        shutil.rmtree(self._folder, ignore_errors=True)


def child_main(argv: list[str] | None = None) -> int:
    """In the child: ``PATH FOLDER``. Answers one JSON line as soon as the ties are checked and
    the scratch database holds its (empty) table, ``{"ties": n, "colons": c, "ends": [...],
    "path": PATH}`` or ``{"unsure": true}``; then sorts them for the writer and reads the form
    it wants from stdin (one line, :data:`SCRATCH_DATABASE` or :data:`COPY_TEXT`), writes them
    so (the parent writes the actors meanwhile) and says ``{"written": true}``; then waits for
    stdin to close and deletes ``FOLDER``."""
    path, folder = argv if argv is not None else sys.argv[1:]
    try:
        checked = _checked(Path(path))
        if checked is None:
            _say({"unsure": True})
        else:
            columns, crc = checked
            scratch = _scratch_table(os.path.join(folder, _SCRATCH_NAME))
            ends = set(columns.sources)
            ends.update(columns.targets)
            _say(
                {
                    "ties": len(columns.sources),
                    "colons": columns.colons,
                    "crc": crc,
                    "path": path,
                    "ends": sorted(ends),
                }
            )
            rows = _sorted_rows(columns)
            del columns
            form = sys.stdin.buffer.readline().strip().decode()  # "" when the parent let go
            if form == SCRATCH_DATABASE:
                del ends
                _fill_scratch(scratch, rows)
            else:
                scratch.close()
            if form == COPY_TEXT:
                _write_copy_text(os.path.join(folder, _COPY_NAME), rows, ends)
            if form in (SCRATCH_DATABASE, COPY_TEXT):
                _say({"written": True})
        sys.stdin.buffer.read()  # until the parent lets go of the file, or ends
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


def _say(message: dict) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def _checked(path: Path):
    """The file's ties as checked columns and the CRC-32 of the bytes read (the parent compares
    it with its own: a file rewritten between the two reads is not staged), or None when the
    careful reader must decide."""
    import msgspec

    from matchmaker.gc_pause import gc_paused
    from matchmaker.interchange.typed_actors import Unsure
    from matchmaker.interchange.typed_ties import TIES_ONLY, tie_columns

    with gc_paused():
        data = path.read_bytes().removeprefix(b"\xef\xbb\xbf")
        crc = zlib.crc32(data)
        try:
            top = TIES_ONLY.decode(data)
            del data
            return tie_columns([] if not isinstance(top.ties, list) else top.ties), crc
        except (msgspec.DecodeError, msgspec.ValidationError, Unsure):
            return None


def _scratch_table(scratch_path: str) -> sqlite3.Connection:
    """The scratch database with its empty table, committed: the parent may attach it now."""
    scratch = sqlite3.connect(scratch_path, isolation_level=None)
    scratch.executescript(
        "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
        "CREATE TABLE tie (source TEXT, target TEXT, kind TEXT, since TEXT, weight REAL);"
    )
    return scratch


def iso_day_texts(days) -> dict:
    """Each distinct day of ``days`` to the ISO text SQLAlchemy's ``Date`` stores (None to
    None): made once per day, as a million ties name only a few thousand."""
    text = {day: day.isoformat() for day in set(days) if day is not None}
    text[None] = None
    return text


def one_per_tie(rows, values=None):
    """One of ``values`` (default: the ``rows`` themselves) per tie key (source, target, kind)
    of ``rows``: the first of a repeat gives its place, the last its values. The store holds a
    tie once per key, and a COPY must not repeat one; the writer's rows
    (``load._tie_rows``) and the COPY text (:func:`_write_copy_text`) resolve repeats by this
    one rule."""
    return dict(zip(map(itemgetter(0, 1, 2), rows), rows if values is None else values, strict=True)).values()


def _sorted_rows(columns) -> list[tuple]:
    """The rows in the writer's order: by source (each actor's ~10 ties then go to neighbouring
    pages of the store's unique index), a stable sort, so a source's ties keep their file order;
    days as the ISO text SQLAlchemy's ``Date`` stores, made once per distinct day. Sorted while
    the parent still reads the actors, before the writer says which form it wants."""
    text = iso_day_texts(columns.days)
    return sorted(
        zip(
            columns.sources,
            columns.targets,
            columns.kinds,
            map(text.__getitem__, columns.days),
            columns.weights,
            strict=True,
        ),
        key=itemgetter(0),
    )


def _fill_scratch(scratch: sqlite3.Connection, rows: list[tuple]) -> None:
    """The rows into the scratch database, their order its rowid. Reading them in rowid order
    costs the writer a third of reading them through an index on source (measured: 1.5 s
    against 4.8 s of CPU for a million), more than sorting them here costs. Several rows to a
    statement (a statement's set-up costs more than its insert), a transaction per
    ``_ROWS_PER_COMMIT`` rows (the parent attaching the file meanwhile waits for one at most)."""
    one = "(?, ?, ?, ?, ?)"
    many = "INSERT INTO tie VALUES " + ", ".join([one] * _ROWS_PER_STATEMENT)
    flat = chain.from_iterable
    try:
        for first in range(0, len(rows), _ROWS_PER_COMMIT):
            part = rows[first : first + _ROWS_PER_COMMIT]
            whole = len(part) - len(part) % _ROWS_PER_STATEMENT
            scratch.execute("BEGIN")
            scratch.executemany(
                many,
                [
                    tuple(flat(part[i : i + _ROWS_PER_STATEMENT]))
                    for i in range(0, whole, _ROWS_PER_STATEMENT)
                ],
            )
            for row in part[whole:]:
                scratch.execute("INSERT INTO tie VALUES " + one, row)
            scratch.execute("COMMIT")
    finally:
        scratch.close()


def _write_copy_text(copy_path: str, rows: list[tuple], ends: set[str]) -> None:
    """The rows as PostgreSQL COPY text, one per tie (:func:`one_per_tie`); still in source
    order, as a repeat shares its first's source.

    Each line is one C-level ``%`` of plain text: the ``ends`` escaped once per distinct id
    (only when one holds a character COPY escapes), kinds from the vocabulary, a day as its ISO
    text or ``\\N`` (a format per distinct day; ``%.0s`` writes nothing for the missing one),
    weights as Python writes a float (the text :class:`~matchmaker.interchange.copy_text.CopyText`
    gives each of them).
    """
    from matchmaker.interchange.copy_text import escaped

    escapes = escaped(ends)
    if escapes is not None:
        rows = [(escapes[s], escapes[t], k, d, w) for s, t, k, d, w in rows]
    day = "%s\t%s\t%s\t%s\t%r\n"
    formats = {text: day for text in set(map(itemgetter(3), rows))}
    formats[None] = "%s\t%s\t%s\t\\N%.0s\t%r\n"
    lines = map(str.__mod__, map(formats.__getitem__, map(itemgetter(3), rows)), rows)
    with open(copy_path, "w", encoding="utf-8", newline="") as out:
        out.write("".join(one_per_tie(rows, lines)))
