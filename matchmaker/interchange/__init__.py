"""The interchange format ``sandbox-matchmaker/1`` (docs/FORMAT.md): JSON and CSV spellings.

``read_files`` parses and validates files into a :class:`Document`; ``import_document``
writes it in one transaction; ``export_network`` writes the store back out.

The names are imported when first asked for (PEP 562): the child process that stages a big
file's ties (:mod:`matchmaker.interchange.tie_stage`) imports only the reader's modules, not
the writer's SQLAlchemy models (~0.6 s of its start).
"""

from importlib import import_module

__all__ = ["FORMAT_ID", "Document", "ImportReport", "export_network", "import_document", "read_files"]

_HOMES = {
    "FORMAT_ID": "document",
    "Document": "document",
    "ImportReport": "load",
    "import_document": "load",
    "export_network": "export",
    "read_files": "read",
}


def __getattr__(name: str):
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)
