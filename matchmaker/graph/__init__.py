"""Network building and analytics over the collaboration network (networkx model, no Qt).

One module per job: :mod:`~matchmaker.graph.build` turns :class:`~matchmaker.records.NetworkData`
into a (frozen) ``networkx`` graph; the other modules are pure functions taking that graph first
(``neighbourhood``, ``paths``, ``communities``, ``centrality``, ``brokers``, ``layout``) or the
records (``stats``: every number the Insights view shows). Where igraph is much faster (Leiden,
betweenness, PageRank) the graph is converted once and kept beside it (``cache``), and the
answer comes back keyed by actor id.

The map layout: ``structure_layout`` (the entry point; ``layout.force_layout`` is its
compatible wrapper) seeds from the communities (``seeding``), runs ForceAtlas2 (``forceatlas``)
with repulsion on a particle mesh (``mesh``), frames the result (``framing``) and puts actors
without ties in a labelled band (``bands``). ``community_labels`` names communities distinctly.
"""

# Import the submodules themselves (``from matchmaker.graph.paths import ...``): the package
# stays light to import, and igraph/scipy load only where they are used.
__all__: list[str] = []
