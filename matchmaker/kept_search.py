"""The search index kept beside the database, so that naming an actor by a misspelt name stays instant.

``matchmaker recommend "Київ Digital"`` (a transliteration, a typo, part of a name) needs what
``matchmaker find`` finds: the :class:`matchmaker.search.ActorSearch` index over every actor's
names, city and skills. Building it folds every name and takes seconds at 100,000 actors, far
more than the ``recommend`` answered from the kept model (issue 12). So the index is kept in the
kept folder (:mod:`matchmaker.kept`) under the network's generation, like the model, and read
back (in milliseconds: it is held as flat columns, :mod:`matchmaker.search_columns`) only when a
name has to be searched.

It depends on the search code as well as on the network: a digest of the modules that fold and
index text is part of what it is kept under, so an index made by other code is never used. A
write to the network moves the generation on and the kept index is then never read again (it is
deleted when next noticed and made afresh from the network as it is).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from matchmaker.search import ActorSearch

__all__ = ["KEPT_NAME", "kept_search", "search_code_key"]

KEPT_NAME = "search"
# everything the index's contents depend on besides the network
_CODE = ("search.py", "search_columns.py", "textnorm.py", "exonyms.py")


def search_code_key() -> str:
    """A digest of the code that builds the index: an upgrade or a fix of it makes a kept index stale."""
    import hashlib

    digest = hashlib.sha256()
    for name in _CODE:
        digest.update((Path(__file__).parent / name).read_bytes())
    return digest.hexdigest()


def kept_search(db_file: Path, generation: str, make: Callable[[], ActorSearch]) -> ActorSearch:
    """The index kept for ``generation`` of ``db_file``; else ``make()``, kept for next time.

    ``make`` must build the index of the network at ``generation`` (e.g. from a model kept for
    it): what it returns is kept under that generation without asking the database again.
    """
    from matchmaker.kept import keep_derived, kept_value_at

    key = search_code_key()
    found = kept_value_at(db_file, KEPT_NAME, generation, depends_on=key)
    if isinstance(found, ActorSearch):
        return found
    index = make()
    keep_derived(db_file, KEPT_NAME, generation, index, depends_on=key)
    return index
