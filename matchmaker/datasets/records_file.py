"""Reading a published CSV record with errors that name the file, the line and the column."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from matchmaker.errors import InterchangeError

__all__ = ["read_rows", "write_document"]


def read_rows(path: str | Path, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) for each data row; a missing column or file is one clear error."""
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as error:
        raise InterchangeError(str(path), None, None, f"cannot be read ({error.strerror})") from None
    with handle:
        reader = csv.DictReader(handle)
        missing = [c for c in required if c not in (reader.fieldnames or ())]
        if missing:
            raise InterchangeError(str(path), "line 1", missing[0], "this column is missing from the header")
        for row in reader:
            yield reader.line_num, row


def write_document(document: dict, out: str | Path) -> None:
    """Write the document as JSON, whole or not at all."""
    import json

    from matchmaker.atomic import write_file

    write_file(out, lambda handle: handle.write(json.dumps(document, ensure_ascii=False).encode("utf-8")))
