"""The build step for translations: ``.ts`` → ``.qm`` (Qt's ``lrelease``) and ``.po`` → ``.mo``.

The compiled files are not kept in git (a committed ``.qm`` goes stale the moment someone edits
a ``.ts``). They are made by ``make run`` / ``make test`` (``scripts/build_catalogue.py``), by the
test suite's start, and by the app at start when a source is newer than its compiled file; where
the installed resources cannot be written (a system-wide install) the ``.qm`` goes to a cache
folder instead. Nothing here imports Qt: ``lrelease`` is a program PySide6 ships.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from matchmaker.paths import resource_path
from matchmaker.po_catalogue import compile_mo, read_po

__all__ = ["build_stale", "qm_file", "lrelease_executable"]


def _stale(source: Path, target: Path) -> bool:
    return not target.is_file() or target.stat().st_mtime < source.stat().st_mtime


def _write_whole(target: Path, data: bytes) -> None:
    """Write ``data`` so that a reader sees the old file or the new one, never half of it."""
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def lrelease_executable() -> str | None:
    """PySide6's ``lrelease`` (inside the PySide6 package, or ``pyside6-lrelease`` on PATH)."""
    spec = importlib.util.find_spec("PySide6")  # finds the package without importing Qt
    if spec and spec.origin:
        for name in ("lrelease", "lrelease.exe"):
            inside = Path(spec.origin).parent / name
            if inside.is_file():
                return str(inside)
    return shutil.which("pyside6-lrelease")


def _lrelease(ts: Path, qm: Path) -> None:
    program = lrelease_executable()
    if program is None:
        raise FileNotFoundError("lrelease (from PySide6) not found")
    qm.parent.mkdir(parents=True, exist_ok=True)
    partial = qm.with_name(qm.name + ".part")
    subprocess.run([program, "-silent", str(ts), "-qm", str(partial)], check=True, capture_output=True)
    os.replace(partial, qm)


def qm_file(language: str, cache_dir: Path | None = None, catalogue: str = "matchmaker") -> Path | None:
    """A current ``<catalogue>_<language>.qm``, compiled now if its ``.ts`` is newer (None: no such language).

    Compiled beside the ``.ts`` when that folder is writable, else into ``cache_dir``.
    """
    ts = resource_path("translations", f"{catalogue}_{language}.ts")
    beside = ts.with_suffix(".qm")
    if not ts.is_file():
        return beside if beside.is_file() else None
    if not _stale(ts, beside):
        return beside
    try:
        _lrelease(ts, beside)
        return beside
    except (OSError, subprocess.CalledProcessError):
        if cache_dir is None:
            return beside if beside.is_file() else None
    cached = cache_dir / beside.name
    if _stale(ts, cached):
        try:
            _lrelease(ts, cached)
        except (OSError, subprocess.CalledProcessError):
            return beside if beside.is_file() else None
    return cached


def build_stale(force: bool = False) -> list[Path]:
    """Compile every ``.po`` and ``.ts`` whose compiled file is missing or older; the files written."""
    written = []
    for po in sorted(resource_path("translations", "locale").glob("*/LC_MESSAGES/*.po")):
        mo = po.with_suffix(".mo")
        if force or _stale(po, mo):
            catalogue = read_po(po)
            _write_whole(mo, compile_mo(catalogue.entries, catalogue.header))
            written.append(mo)
    for ts in sorted(resource_path("translations").glob("*.ts")):  # ours, and qtbase_et (Qt has none)
        qm = ts.with_suffix(".qm")
        if force or _stale(ts, qm):
            _lrelease(ts, qm)
            written.append(qm)
    return written
