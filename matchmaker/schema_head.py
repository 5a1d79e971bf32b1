"""The newest schema revision this version of the app knows: the head of ``matchmaker/migrations``.

Kept apart from :mod:`matchmaker.db` (which imports SQLAlchemy) so that what reads a database
before its store is open (:mod:`matchmaker.store_peek`) can tell a database at this revision
from one still to be upgraded. A new migration moves it on.
"""

from __future__ import annotations

__all__ = ["HEAD_REVISION"]

HEAD_REVISION = "0008_ids_compared_by_bytes"
