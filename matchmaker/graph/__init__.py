"""Network building and analytics over the collaboration network (networkx model, no Qt).

One module per job: :mod:`~matchmaker.graph.build` turns :class:`~matchmaker.records.NetworkData`
into a ``networkx`` graph; the other modules are pure functions taking that graph first
(``neighbourhood``, ``paths``, ``communities``, ``centrality``, ``brokers``, ``layout``) or the
records (``stats``). Where igraph is much faster (Leiden, betweenness, Fruchterman–Reingold)
the graph is converted on the fly and the answer comes back keyed by actor id.
"""

# Import the submodules themselves (``from matchmaker.graph.paths import ...``): the package
# stays light to import, and igraph/scipy load only where they are used.
__all__: list[str] = []
