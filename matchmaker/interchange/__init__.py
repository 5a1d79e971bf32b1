"""The interchange format ``sandbox-matchmaker/1`` (docs/FORMAT.md): JSON and CSV spellings.

``read_files`` parses and validates files into a :class:`Document`; ``import_document``
writes it in one transaction; ``export_network`` writes the store back out.
"""

from matchmaker.interchange.document import FORMAT_ID, Document
from matchmaker.interchange.export import export_network
from matchmaker.interchange.load import ImportReport, import_document
from matchmaker.interchange.read import read_files

__all__ = ["FORMAT_ID", "Document", "ImportReport", "export_network", "import_document", "read_files"]
