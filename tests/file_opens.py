"""Seeing who opens a file: Linux inotify ``IN_OPEN`` events, read through ctypes (no strace needed).

A test watches the database and its journal files, does something in the app, and asserts that
nothing opened them: opening (and closing) any of them outside SQLite drops SQLite's locks.
"""

from __future__ import annotations

import ctypes
import os
import struct
import sys
from pathlib import Path

__all__ = ["OpenWatch", "inotify_available"]

_IN_OPEN = 0x00000020
_EVENT = struct.Struct("iIII")


def inotify_available() -> bool:
    return sys.platform.startswith("linux")


class OpenWatch:
    """Records every open of the given files (by any process) until :meth:`close`."""

    def __init__(self, paths: list[Path]):
        self._libc = ctypes.CDLL(None, use_errno=True)
        self.fd = self._libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self.fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1 failed")
        self.names: dict[int, str] = {}
        for path in paths:
            wd = self._libc.inotify_add_watch(self.fd, os.fsencode(path), _IN_OPEN)
            if wd < 0:
                raise OSError(ctypes.get_errno(), f"cannot watch {path}")
            self.names[wd] = Path(path).name

    def opened(self) -> list[str]:
        """Names of the watched files opened since the last call (one entry per open)."""
        seen: list[str] = []
        while True:
            try:
                data = os.read(self.fd, 65536)
            except BlockingIOError:
                return seen
            offset = 0
            while offset < len(data):
                wd, mask, _cookie, length = _EVENT.unpack_from(data, offset)
                offset += _EVENT.size + length
                if mask & _IN_OPEN:
                    seen.append(self.names.get(wd, "?"))

    def close(self) -> None:
        os.close(self.fd)
