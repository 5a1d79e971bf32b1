"""Compile the translations: ``.po`` → ``.mo`` (the core and CLI) and ``.ts`` → ``.qm`` (the UI).

    python scripts/build_catalogue.py           # only what is missing or older than its source
    python scripts/build_catalogue.py --force   # everything

``make run`` and ``make test`` run it; the compiled files are not kept in git
(see :mod:`matchmaker.compiled_translations`).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from matchmaker.compiled_translations import build_stale  # noqa: E402


def main() -> None:
    for path in build_stale(force="--force" in sys.argv[1:]):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


if __name__ == "__main__":
    main()
