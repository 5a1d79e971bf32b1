"""What the map does for the side panel and the right-click menu: focus, paths, suggestions.

A mixin of :class:`~matchmaker.ui.network_view.NetworkView` (listed before its Qt base): it wires
the :class:`~matchmaker.ui.map_panel.MapPanel`'s signals to the canvas and offers the actions
the actor menu (:mod:`~matchmaker.ui.map_menu`), the Directory and the main window call.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from matchmaker.ui.map_menu import ActorMenuActions, actor_menu

__all__ = ["MapActions"]


class MapActions:
    """Panel and menu actions of the network view (``self.canvas``, ``self.panel`` are its)."""

    def _connect_panel(self) -> None:
        details, intro = self.panel.details, self.panel.intro
        details.actorChosen.connect(self.select_actor)
        details.openProfile.connect(self.profileRequested)
        details.findPathFrom.connect(self.path_from)
        details.showSuggestions.connect(self.show_suggestions)
        details.focusActor.connect(self.focus_on)
        intro.pathsFound.connect(lambda chains: self.canvas.highlight_paths(chains))
        intro.chainChosen.connect(self._chain_chosen)
        intro.actorChosen.connect(self.select_actor)

    def _chain_chosen(self, row: int) -> None:
        """Draw the chosen chain bold (the others dashed) and bring it into view, large enough to read."""
        chains = self.panel.intro.found_chains()
        self.canvas.highlight_paths(chains, row)
        if 0 <= row < len(chains):
            if self.focus_button.isChecked():
                self.focus_button.setChecked(False)  # a focused neighbourhood would hide the chain
            self.canvas.fit_to(chains[row])

    def _actor_menu(self, actor_id: str, where: QPoint) -> None:
        if not actor_id:
            return
        actions = ActorMenuActions(
            focus=self.focus_on,
            path_from=self.path_from,
            path_to=self.path_to,
            suggestions=self.suggest_for,
            profile=self.profileRequested.emit,
        )
        self.menu = actor_menu(self, actor_id, self.session.name(actor_id), actions)
        self._popup(self.menu, where)

    def _popup(self, menu, where: QPoint) -> None:
        menu.popup(where)

    def focus_on(self, actor_id: str) -> None:
        """Select ``actor_id`` and show only its neighbourhood (the Focus button stays in step)."""
        self.select_actor(actor_id)
        if self.focus_button.isChecked():
            self.canvas.focus(actor_id)
        else:
            self.focus_button.setEnabled(True)
            self.focus_button.setChecked(True)

    def path_from(self, actor_id: str) -> None:
        """Start a warm introduction from ``actor_id``: the panel asks whom to reach."""
        self.panel.intro.set_source(actor_id)
        self.panel.show_intro()

    def path_to(self, actor_id: str) -> None:
        """Look for chains to ``actor_id`` from the chosen start (or from the actor selected before)."""
        intro = self.panel.intro
        if not intro.source.actor_id() and self._previous and self._previous != actor_id:
            intro.source.set_actor(self._previous)
        intro.set_target(actor_id)
        self.panel.show_intro()

    def find_path(self, source: str, target: str) -> None:
        """Find the warmest chains from ``source`` to ``target`` and draw them (the Directory's way in)."""
        self.panel.intro.source.set_actor(source)
        self.panel.intro.set_target(target)
        self.panel.show_intro()

    def suggest_for(self, actor_id: str) -> None:
        """Draw ``actor_id``'s suggested partners (the session's recommender) as dashed links."""
        self.select_actor(actor_id)
        self.panel.show_details()
        details = self.panel.details
        if details.suggested_ids():
            self.show_suggestions(actor_id, details.suggested_ids())
        else:  # still ranking: draw them as soon as they come
            details.suggestionsReady.connect(
                self._suggestions_arrived, Qt.ConnectionType.SingleShotConnection
            )

    def _suggestions_arrived(self, actor_id: str, ids: list) -> None:
        if self.canvas.selected_actor() == actor_id:
            self.show_suggestions(actor_id, ids)
