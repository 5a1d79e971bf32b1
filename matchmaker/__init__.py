"""Sandbox Matchmaker: the Estonia–Ukraine Digital Society Sandbox network, offline.

The package root holds the Qt-free core (models, store, interchange, matching, teams);
``matchmaker.graph`` the network analytics and ``matchmaker.ui`` everything Qt.
"""

__version__ = "0.1.0"
