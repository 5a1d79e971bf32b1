"""Actor profiles as sparse vectors: what each actor offers, declares it needs, and writes about itself.

Skills are weighted TF-IDF style (a skill every actor offers says little about a pair), each
row L2-normalised so a dot product is a cosine. Skill ids are shared by the en/et/uk labels,
so an Estonian need and a Ukrainian offer of one concept land in the same column.
Descriptions are folded (:func:`matchmaker.textnorm.fold`: case, diacritics, Cyrillic to
Latin) before TF-IDF, so ``Київ`` and ``Kyiv`` are one word.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse

from matchmaker.records import ActorRecord, NetworkData
from matchmaker.textnorm import fold
from matchmaker.vocab import STAGES

__all__ = ["ProfileIndex", "build_profiles", "normalise_rows", "keep_top_per_row"]


def normalise_rows(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    """Rows scaled to unit L2 norm (empty rows stay empty)."""
    matrix = sparse.csr_matrix(matrix, dtype=np.float64)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix)


def keep_top_per_row(matrix: sparse.csr_matrix, k: int, relative: float = 0.0) -> sparse.csr_matrix:
    """The ``k`` largest entries of each row, and only those at least ``relative`` x the row's largest.

    The relative cut is one pass with no sort, so it goes first and leaves the sort little to do.
    """
    matrix = sparse.csr_matrix(matrix)
    counts = np.diff(matrix.indptr)
    if relative > 0 and matrix.nnz:
        rows = np.repeat(np.arange(matrix.shape[0]), counts)
        row_max = np.zeros(matrix.shape[0])
        row_max[counts > 0] = np.maximum.reduceat(matrix.data, matrix.indptr[:-1][counts > 0])
        keep = matrix.data >= relative * row_max[rows]
        matrix = sparse.csr_matrix(
            (matrix.data[keep], (rows[keep], matrix.indices[keep])), shape=matrix.shape
        )
        counts = np.diff(matrix.indptr)
    if counts.size == 0 or counts.max() <= k:
        return matrix
    rows = np.repeat(np.arange(matrix.shape[0]), counts)
    # one float key orders by row, then by value descending within the row (cheaper than lexsort)
    row_max = np.zeros(matrix.shape[0])
    row_max[counts > 0] = np.maximum.reduceat(np.abs(matrix.data), matrix.indptr[:-1][counts > 0])
    row_max[row_max == 0] = 1.0
    order = np.argsort(rows - 0.5 * matrix.data / row_max[rows])
    rank = np.empty_like(order)
    rank[order] = np.arange(order.size) - matrix.indptr[rows[order]]
    keep = rank < k
    pruned = sparse.csr_matrix((matrix.data[keep], (rows[keep], matrix.indices[keep])), shape=matrix.shape)
    pruned.sort_indices()
    return pruned


@dataclass
class ProfileIndex:
    """Content of every actor, row ``i`` for ``actors[i]``; independent of the ties."""

    actors: list[ActorRecord]
    position: dict[str, int]
    skill_ids: list[str]
    idf: np.ndarray
    offers: sparse.csr_matrix  # n x skills, tf-idf, unit rows
    declared_needs: sparse.csr_matrix  # n x skills, tf-idf, unit rows
    text: sparse.csr_matrix  # n x words, tf-idf of folded descriptions, unit rows
    words: np.ndarray  # column names of ``text``
    country: np.ndarray  # int code per actor
    countries: list[str]
    kind: np.ndarray  # int code per actor
    kinds: list[str]
    sectors: (
        sparse.csr_matrix
    )  # n x sectors, 0/1 float (each sector once per actor): used as is, never re-binarised
    sector_bits: np.ndarray  # uint64 per actor: bit (sector index mod 64) set for each sector
    sector_names: list[str]
    stage: np.ndarray  # index into STAGES, -1 when unknown

    @property
    def n(self) -> int:
        return len(self.actors)


def _codes(values: list[str]) -> tuple[np.ndarray, list[str]]:
    names = sorted(set(values))
    lookup = {v: i for i, v in enumerate(names)}
    return np.fromiter((lookup[v] for v in values), dtype=np.int64, count=len(values)), names


def _skill_matrix(actors: list[ActorRecord], side: str, skill_pos: dict[str, int], idf: np.ndarray):
    rows, cols, vals = [], [], []
    for i, actor in enumerate(actors):
        for skill, weight in getattr(actor, side).items():
            rows.append(i)
            cols.append(skill_pos[skill])
            vals.append(float(weight) if weight else 1.0)
    matrix = sparse.csr_matrix((vals, (rows, cols)), shape=(len(actors), len(skill_pos)))
    return normalise_rows(matrix @ sparse.diags(idf))


def _text_matrix(actors: list[ActorRecord], max_df: float):
    from sklearn.feature_extraction.text import TfidfVectorizer

    docs = [a.description or "" for a in actors]
    if not any(d.strip() for d in docs):
        return sparse.csr_matrix((len(actors), 0)), np.array([], dtype=object)
    vectorizer = TfidfVectorizer(
        preprocessor=fold,
        token_pattern=r"(?u)\b[a-z0-9][a-z0-9]+\b",
        sublinear_tf=True,
        max_df=max_df if len(docs) > 20 else 1.0,
        dtype=np.float64,
    )
    try:
        matrix = vectorizer.fit_transform(docs)
    except ValueError:  # every word too common or too short: no usable text
        return sparse.csr_matrix((len(actors), 0)), np.array([], dtype=object)
    return sparse.csr_matrix(matrix), vectorizer.get_feature_names_out()


def _sector_bits(sectors: sparse.csr_matrix) -> np.ndarray:
    """Sector sets as bit masks, so "shares a sector" is one AND per pair (bits may collide past 64 sectors)."""
    coo = sectors.tocoo()
    bits = np.zeros(sectors.shape[0], dtype=np.uint64)
    np.bitwise_or.at(bits, coo.row, np.left_shift(np.uint64(1), (coo.col % 64).astype(np.uint64)))
    return bits


def build_profiles(net: NetworkData, *, text_max_df: float = 0.3) -> ProfileIndex:
    """Index the actors of ``net``: skills as TF-IDF vectors, descriptions as folded-text TF-IDF."""
    actors = list(net.actors)
    n = len(actors)
    skill_ids = sorted({s for a in actors for s in (*a.offers, *a.needs)})
    skill_pos = {s: i for i, s in enumerate(skill_ids)}
    df = np.zeros(len(skill_ids))
    for a in actors:
        for s in set(a.offers) | set(a.needs):
            df[skill_pos[s]] += 1
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    text, words = _text_matrix(actors, text_max_df)
    country, countries = _codes([a.country or "" for a in actors])
    kind, kinds = _codes([a.kind for a in actors])
    sector_names = sorted({s for a in actors for s in a.sectors})
    sector_pos = {s: i for i, s in enumerate(sector_names)}
    pairs = [(i, sector_pos[s]) for i, a in enumerate(actors) for s in set(a.sectors)]
    sectors = sparse.csr_matrix(
        (np.ones(len(pairs)), ([p[0] for p in pairs], [p[1] for p in pairs])), shape=(n, len(sector_names))
    )
    stage_pos = {s: i for i, s in enumerate(STAGES)}
    return ProfileIndex(
        actors=actors,
        position={a.id: i for i, a in enumerate(actors)},
        skill_ids=skill_ids,
        idf=idf,
        offers=_skill_matrix(actors, "offers", skill_pos, idf),
        declared_needs=_skill_matrix(actors, "needs", skill_pos, idf),
        text=normalise_rows(text),
        words=words,
        country=country,
        countries=countries,
        kind=kind,
        kinds=kinds,
        sectors=sectors,
        sector_names=sector_names,
        sector_bits=_sector_bits(sectors),
        stage=np.array([stage_pos.get(a.stage, -1) for a in actors], dtype=np.int64),
    )
