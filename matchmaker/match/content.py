"""One content vector per actor: what it is about, as far as its own record says.

Sectors, offered skills, declared needs, the stage and the words of the description go into
one TF-IDF-weighted sparse row (each part scaled, then the row L2-normalised), so a dot
product is a cosine over everything an actor states about itself. It is what a query with
no ties is matched on (its content against a candidate's past partners: the *portfolio*),
and what portfolios are made of.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

from matchmaker.match.profiles import ProfileIndex, normalise_rows
from matchmaker.vocab import STAGES

__all__ = ["build_content", "content_columns", "CONTENT_PARTS"]

# How much each part of a record counts in the content vector (before the row is normalised).
CONTENT_PARTS = {"sectors": 1.0, "offers": 1.0, "needs": 0.7, "text": 0.5, "stage": 0.4}


def _idf_scaled(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    """Binary columns weighted by inverse document frequency, rows normalised."""
    n = matrix.shape[0]
    binary = sparse.csr_matrix(matrix, dtype=np.float64, copy=True)
    binary.data[:] = 1.0
    df = np.asarray(binary.sum(axis=0)).ravel()
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    return normalise_rows(binary @ sparse.diags(idf))


def _stage_matrix(index: ProfileIndex) -> sparse.csr_matrix:
    known = np.flatnonzero(index.stage >= 0)
    return sparse.csr_matrix((np.ones(known.size), (known, index.stage[known])), shape=(index.n, len(STAGES)))


def content_columns(index: ProfileIndex) -> list[tuple[str, str]]:
    """What each column of :func:`build_content` stands for: ``(part, key)``, e.g. ``("sectors", "e-health")``."""
    return [
        *(("sectors", name) for name in index.sector_names),
        *(("offers", skill) for skill in index.skill_ids),
        *(("needs", skill) for skill in index.skill_ids),
        *(("text", str(word)) for word in index.words),
        *(("stage", stage) for stage in STAGES),
    ]


def build_content(index: ProfileIndex) -> sparse.csr_matrix:
    """``n x terms``, unit rows (an actor stating nothing has an empty row)."""
    parts = {
        "sectors": _idf_scaled(index.sectors),
        "offers": index.offers,
        "needs": index.declared_needs,
        "text": index.text,
        "stage": _stage_matrix(index),
    }
    blocks = [CONTENT_PARTS[name] * sparse.csr_matrix(matrix) for name, matrix in parts.items()]
    return normalise_rows(sparse.hstack(blocks, format="csr"))
