"""Files and folders we write appear whole or not at all.

Everything is written under a temporary name beside the target, flushed to disk (fsync), and
only then renamed onto the target: a rename is atomic, so a crash, a kill or a full disk
leaves either the previous file (or folder) or the new complete one, never a truncated mix.
A folder (the CSV export) is swapped in with one ``renameat2(RENAME_EXCHANGE)`` on Linux
(``renamex_np(RENAME_SWAP)`` on macOS); elsewhere the old folder is moved aside first and
removed only once the new one is in place.

A new file gets the permissions an ordinary ``open()`` would give it (umask applies); a file
written over keeps its own.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import secrets
import shutil
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

from matchmaker.errors import MatchmakerError

__all__ = ["WriteError", "atomic_file", "atomic_folder", "write_file"]

# Files an operating system drops into folders it shows; a folder export may replace them.
OS_LITTER = frozenset({".DS_Store", "Thumbs.db", "desktop.ini", ".directory"})


class WriteError(MatchmakerError):
    """A file or folder cannot be written there (or must not be); names the path and why."""


def _temporary_name(target: Path, suffix: str) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.{suffix}")


def _real(target: str | Path) -> Path:
    """A symbolic link is written through (the file it points to is replaced), as editors do."""
    target = Path(target)
    return target.resolve() if target.is_symlink() else target


def _fsync(path: Path, directory: bool = False) -> None:
    flags = os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if directory else 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        if directory:  # Windows cannot open a folder; its renames are durable without this
            return
        raise
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _failed(target: Path, error: OSError) -> WriteError:
    reason = error.strerror or str(error)
    return WriteError(f"{target}: cannot be written: {reason}")


def _make_parent(target: Path) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _failed(target, error) from None


@contextlib.contextmanager
def atomic_file(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on a clean exit it replaces ``target`` whole.

    The caller writes the temporary path (by name: a writer that opens files itself, such
    as networkx or QPdfWriter, works too). On an exception the temporary file is removed
    and ``target`` is left exactly as it was.
    """
    target = _real(target)
    if target.is_dir():
        raise WriteError(f"{target}: is a folder; give a file name")
    _make_parent(target)
    temporary = _temporary_name(target, "part")
    try:
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        if target.exists():
            os.chmod(temporary, stat.S_IMODE(target.stat().st_mode))
    except OSError as error:
        raise _failed(target, error) from None
    try:
        yield temporary
        _fsync(temporary)
        os.replace(temporary, target)
    except BaseException as error:
        temporary.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise _failed(target, error) from None
        raise
    _fsync(target.parent, directory=True)


def _foreign_entries(folder: Path, ours: Iterable[str]) -> list[str]:
    keep = set(ours) | OS_LITTER
    return sorted(entry.name for entry in folder.iterdir() if entry.name not in keep)


@contextlib.contextmanager
def atomic_folder(target: str | Path, ours: Iterable[str]) -> Iterator[Path]:
    """Yield a temporary folder beside ``target``; on a clean exit it takes ``target``'s place.

    ``ours`` names the files this export writes. An existing ``target`` may only hold those
    (an earlier export): a folder holding anything else — the user's own files, the database
    itself — is refused rather than swapped away.
    """
    target = _real(target)
    ours = tuple(ours)
    if target.exists() and not target.is_dir():
        raise WriteError(f"{target}: is a file; give the name of a folder for the CSV tables")
    if target.is_dir():
        foreign = _foreign_entries(target, ours)
        if foreign:
            shown = ", ".join(foreign[:3]) + (", …" if len(foreign) > 3 else "")
            raise WriteError(
                f"{target}: holds other files ({shown}); export into a new or empty folder, "
                "or one that holds only an earlier export"
            )
    _make_parent(target)
    temporary = _temporary_name(target, "part")
    try:
        temporary.mkdir()
        if target.is_dir():
            os.chmod(temporary, stat.S_IMODE(target.stat().st_mode))
    except OSError as error:
        raise _failed(target, error) from None
    try:
        yield temporary
        for entry in temporary.iterdir():
            _fsync(entry)
        _fsync(temporary, directory=True)
        if target.exists():
            _swap_in(temporary, target)
        else:
            os.rename(temporary, target)
    except BaseException as error:
        shutil.rmtree(temporary, ignore_errors=True)
        if isinstance(error, OSError):
            raise _failed(target, error) from None
        raise
    _fsync(target.parent, directory=True)


def _swap_in(new: Path, target: Path) -> None:
    """Put folder ``new`` at ``target`` and remove the old one, with no moment without ``target``
    where the system allows it."""
    if _exchange(new, target):
        shutil.rmtree(new)  # now holds the old folder
        return
    old = _temporary_name(target, "old")
    os.rename(target, old)
    try:
        os.rename(new, target)
    except OSError:
        os.rename(old, target)
        raise
    shutil.rmtree(old)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic step; False when this system or file system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except (OSError, TypeError):  # no C library to ask (Windows)
        return False
    first, second = os.fsencode(a), os.fsencode(b)
    if sys.platform.startswith("linux") and hasattr(libc, "renameat2"):
        at_fdcwd, rename_exchange = -100, 2
        result = libc.renameat2(at_fdcwd, first, at_fdcwd, second, rename_exchange)
    elif sys.platform == "darwin" and hasattr(libc, "renamex_np"):
        rename_swap = 2
        result = libc.renamex_np(first, second, rename_swap)
    else:
        return False
    return result == 0


def write_file(target: str | Path, write: Callable[[IO[bytes]], None]) -> Path:
    """Call ``write`` with a binary handle and put what it wrote at ``target`` in one rename."""
    with atomic_file(target) as temporary, open(temporary, "wb") as handle:
        write(handle)
        handle.flush()
    return Path(target)
