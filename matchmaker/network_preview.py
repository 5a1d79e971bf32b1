"""What the app shows first when it opens a big network: the directory's columns and the map's ties.

Reading 100,000 actors and a million ties as records takes seconds even from the copy kept beside
the database (:mod:`matchmaker.kept`), and building the tie graph takes longer. The directory needs
only a few strings per actor and the map only the ties as index pairs and the saved positions, so
those are kept too, as columns (lists and arrays, no object per actor or tie), under the same
network generation. The app reads this *preview* first — a fraction of a second — and shows the
directory and the map from it while the records and the graph load behind them.

:class:`DirectoryColumns` is also what the directory's table model reads when the records are in
(made once per load on the worker, updated in place by edits).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from matchmaker.records import ActorRecord, NetworkData
from matchmaker.search import directory_key
from matchmaker.textnorm import fold

if TYPE_CHECKING:  # numpy is imported where the ties are made, off the app's start-up path
    import numpy as np

__all__ = [
    "DirectoryColumns",
    "MapTies",
    "NetworkPreview",
    "keep_preview",
    "kept_preview",
    "map_ties",
    "placed_preview",
    "placed_with",
]

PREVIEW_FORMAT = "network-preview/1"


@dataclass
class DirectoryColumns:
    """One list per field the directory shows, aligned: entry ``i`` of each is actor ``ids[i]``.

    ``search_keys`` are :func:`matchmaker.search.directory_key` (what a search matches),
    ``name_keys`` the folded names (Õ sorts with O, Київ with Kyiv). The lists are shared by the
    session and the directory's model; an edit replaces an actor's entries with :meth:`put`.
    """

    ids: list[str]
    names: list[str]
    native_names: list[str | None]
    kinds: list[str]
    countries: list[str]
    cities: list[str | None]
    sectors: list[tuple[str, ...]]
    visibility: list[str]
    search_keys: list[str]
    name_keys: list[str]
    generation: object = None
    position: dict[str, int] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if not self.position:
            self.position = {actor_id: i for i, actor_id in enumerate(self.ids)}

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def of(cls, actors: list[ActorRecord], generation: object = None) -> DirectoryColumns:
        """The columns of ``actors`` (in their order)."""
        return cls(
            [a.id for a in actors],
            [a.name for a in actors],
            [a.native_name for a in actors],
            [a.kind for a in actors],
            [a.country for a in actors],
            [a.city for a in actors],
            [tuple(a.sectors) for a in actors],
            [a.visibility for a in actors],
            [directory_key(a) for a in actors],
            [fold(a.name) for a in actors],
            generation,
        )

    def put(self, actor: ActorRecord) -> int | None:
        """Replace the entries of an edited actor; its position, or None when it is not listed."""
        i = self.position.get(actor.id)
        if i is None:
            return None
        self.names[i], self.native_names[i], self.kinds[i] = actor.name, actor.native_name, actor.kind
        self.countries[i], self.cities[i], self.sectors[i] = actor.country, actor.city, tuple(actor.sectors)
        self.visibility[i] = actor.visibility
        self.search_keys[i], self.name_keys[i] = directory_key(actor), fold(actor.name)
        return i

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        del state["position"]  # made again on loading: half the file otherwise
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.position = {actor_id: i for i, actor_id in enumerate(self.ids)}


@dataclass
class MapTies:
    """The tie graph as the canvas draws it: one entry per pair of tied actors (weights summed),
    ``sources[k]``–``targets[k]`` indices into the directory's ``ids``, strongest first (the order
    the canvas draws them in: the first drawing does not sort a million weights)."""

    sources: np.ndarray
    targets: np.ndarray
    weights: np.ndarray

    def __len__(self) -> int:
        return len(self.sources)


def map_ties(net: NetworkData) -> MapTies:
    """The pairs :func:`~matchmaker.graph.build.build_graph` makes edges of, as arrays: ties between
    known actors, no self-ties, one entry per pair with the weights summed (numpy, no graph).

    Examples
    --------
    >>> from matchmaker.records import TieRecord
    >>> net = NetworkData(actors=[ActorRecord(x, "person", x, "EE") for x in "abc"],
    ...     ties=[TieRecord("a", "b", "knows"), TieRecord("b", "a", "partner", weight=2.0),
    ...           TieRecord("c", "c", "knows"), TieRecord("c", "zz", "knows")])
    >>> ties = map_ties(net)
    >>> ties.sources.tolist(), ties.targets.tolist(), ties.weights.tolist()
    ([0], [1], [3.0])
    >>> net.ties.append(TieRecord("c", "a", "partner", weight=5.0))
    >>> ties = map_ties(net)
    >>> ties.sources.tolist(), ties.targets.tolist(), ties.weights.tolist()
    ([0, 0], [2, 1], [5.0, 3.0])
    """
    import numpy as np

    index = {a.id: i for i, a in enumerate(net.actors)}
    n, get = len(index), index.get
    count = len(net.ties)
    ends = np.fromiter(
        (-1 if i is None else i for t in net.ties for i in (get(t[0]), get(t[1]))), np.int64, 2 * count
    ).reshape(-1, 2)
    weights = np.fromiter((t[4] for t in net.ties), float, count)
    keep = (ends[:, 0] >= 0) & (ends[:, 1] >= 0) & (ends[:, 0] != ends[:, 1])
    ends, weights = ends[keep], weights[keep]
    low, high = ends.min(axis=1), ends.max(axis=1)
    pairs, where = np.unique(low * max(n, 1) + high, return_inverse=True)
    summed = np.bincount(where.ravel(), weights=weights, minlength=len(pairs)).astype(np.float32)
    order = np.argsort(-summed, kind="stable")
    pairs, summed = pairs[order], summed[order]
    return MapTies((pairs // max(n, 1)).astype(np.int32), (pairs % max(n, 1)).astype(np.int32), summed)


@dataclass
class NetworkPreview:
    """What is shown before the records are in: the directory, and (when kept) the map's ties and
    the saved positions (``{actor id: (x, y)}``, read from the database after the rest: :meth:`place`)."""

    directory: DirectoryColumns
    ties: MapTies | None
    positions: dict[str, tuple[float, float]]
    xy: np.ndarray | None = None  # the same positions in the directory's order (NaN: none), for the canvas

    def place(self, positions: dict[str, tuple[float, float]]) -> None:
        """Take the saved ``positions``, also as an array in the directory's order (made on the worker
        that read them, so the GUI thread does no per-actor work to draw them)."""
        import numpy as np

        ids = self.directory.ids
        found = list(map(positions.get, ids))
        have = np.fromiter((p is not None for p in found), dtype=bool, count=len(ids))
        xy = np.full((len(ids), 2), np.nan)
        if have.any():
            xy[have] = np.array([p for p in found if p is not None], dtype=float).reshape(-1, 2)
        self.positions, self.xy = positions, xy


def kept_preview(store) -> NetworkPreview | None:
    """The preview kept for the network's current generation (positions still to be read: the
    directory shows without them); None when nothing is kept (a small network, a changed one,
    PostgreSQL)."""
    from matchmaker.kept import kept_value

    found = kept_value(store.engine, store.database_file, "preview", depends_on=PREVIEW_FORMAT)
    if found is None:
        return None
    directory, ties = found
    return NetworkPreview(directory, ties, {})


def placed_preview(store, preview: NetworkPreview | None) -> NetworkPreview | None:
    """A copy of ``preview`` with the saved positions read from ``store`` (:meth:`NetworkPreview.place`),
    or None when there is nothing to draw: no preview, no kept ties, or no layout saved yet."""
    if preview is None or preview.ties is None:
        return None
    return placed_with(preview, store.load_positions())


def placed_with(preview: NetworkPreview, positions: dict[str, tuple[float, float]]) -> NetworkPreview | None:
    """A copy of ``preview`` placed at ``positions`` (:meth:`NetworkPreview.place`); None without any."""
    if not positions:
        return None
    placed = NetworkPreview(preview.directory, preview.ties, {})
    placed.place(positions)
    return placed


def keep_preview(store, net: NetworkData, generation) -> DirectoryColumns:
    """The directory columns of ``net`` (read at ``generation``), kept with its map ties for the next
    opening when the network is big enough and still at that generation."""
    from matchmaker.kept import KEEP_FROM_ACTORS, keep_value

    columns = DirectoryColumns.of(net.actors, generation)
    if generation is not None and len(columns) >= KEEP_FROM_ACTORS:
        keep_value(
            store.engine,
            store.database_file,
            "preview",
            generation,
            (columns, map_ties(net)),
            depends_on=PREVIEW_FORMAT,
        )
    return columns
