"""A private PostgreSQL server for the store tests, started once per test session.

``MATCHMAKER_TEST_PG`` (a ``postgresql://`` URL to a server whose user may create
databases) is used when set; otherwise a throw-away cluster is made with the Debian
``postgresql`` package's ``initdb`` on a free loopback port (as the ``postgres`` user when
running as root, since PostgreSQL refuses to run as root).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid

__all__ = ["PostgresServer"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgresServer:
    def __init__(self) -> None:
        self.base_url = os.environ.get("MATCHMAKER_TEST_PG")
        self._dir: str | None = None
        self._bin: str | None = None
        self.error: str | None = None

    def start(self) -> bool:
        if self.base_url:
            return True
        binaries = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
        if not binaries:
            self.error = "PostgreSQL is not installed (Debian package 'postgresql')"
            return False
        self._bin = os.path.dirname(binaries[-1])
        self._dir = tempfile.mkdtemp(prefix="matchmaker-pg-")
        os.chmod(self._dir, 0o777)
        port = _free_port()
        data = os.path.join(self._dir, "data")
        try:
            self._run(
                [
                    f"{self._bin}/initdb",
                    "-D",
                    data,
                    "-U",
                    "postgres",
                    "-A",
                    "trust",
                    "--no-sync",
                    "-E",
                    "UTF8",
                ]
            )
            self._run(
                [
                    f"{self._bin}/pg_ctl",
                    "-D",
                    data,
                    "-w",
                    "-l",
                    os.path.join(self._dir, "log"),
                    "-o",
                    f"-h 127.0.0.1 -p {port} -k {self._dir} -F",
                    "start",
                ]
            )
        except subprocess.CalledProcessError as error:
            self.error = f"could not start PostgreSQL: {error.stderr or error}"
            return False
        self.base_url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
        return True

    def _run(self, command: list[str]) -> None:
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, text=True, timeout=120)

    def create_database(self) -> str:
        """A new empty database; returns its URL."""
        from sqlalchemy import create_engine

        name = "mm_" + uuid.uuid4().hex[:12]
        engine = create_engine(
            self.base_url.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT"
        )
        with engine.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        engine.dispose()
        return self.base_url.rsplit("/", 1)[0] + "/" + name

    def stop(self) -> None:
        if self._dir and self._bin:
            try:
                self._run(
                    [f"{self._bin}/pg_ctl", "-D", os.path.join(self._dir, "data"), "-m", "immediate", "stop"]
                )
            except subprocess.CalledProcessError:
                pass
            time.sleep(0.1)
            shutil.rmtree(self._dir, ignore_errors=True)
