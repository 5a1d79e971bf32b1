"""Warm introductions in the app: pick two actors, see the warmest chains and whom to ask.

The chains come from the core (:func:`matchmaker.graph.paths.warm_intro_paths`, the same
search as ``matchmaker path``) on the session's one tie graph, run off the UI thread through
:func:`~matchmaker.ui.tasks.run_task`. Each chain is listed with who to ask first and the ties
it walks; ``pathsFound`` hands the chains to the map, which draws the chosen one bold and the
others dashed, and ``chainChosen`` follows the selection in the list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from matchmaker.ui.actor_picker import ActorPicker
from matchmaker.ui.actor_table_model import vocab_label
from matchmaker.ui.session import Session
from matchmaker.ui.status_line import StatusLine
from matchmaker.ui.tasks import Task, run_task

__all__ = ["IntroPanel", "TOP_CHAINS"]

TOP_CHAINS = 3


def _find_chains(G, source: str, target: str) -> tuple[list, list]:
    """On a worker: the warmest chains and the ties each walks."""
    from matchmaker.graph.paths import chain_steps, warm_intro_paths

    chains = warm_intro_paths(G, source, target, top=TOP_CHAINS)
    return chains, [chain_steps(G, chain.actors) for chain in chains]


class IntroPanel(QWidget):
    """From / To pickers, Find, and the chains found (best first)."""

    pathsFound = Signal(object)  # list of chains (lists of actor ids), best first; [] clears the map
    chainChosen = Signal(int)
    actorChosen = Signal(str)  # double click on a chain: its first introducer

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.source = ActorPicker(self)
        self.target = ActorPicker(self)
        self.swap_button = QToolButton(self)
        self.swap_button.setText("⇅")
        self.find_button = QPushButton(self)
        self.clear_button = QPushButton(self)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.status = StatusLine(self)
        self.chains = QListWidget(self)
        self.chains.setWordWrap(True)
        self.chains.setAlternatingRowColors(True)
        self.chains.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._found: list[list[str]] = []
        self._task: Task | None = None
        self._request = 0

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        self.source_label, self.target_label = QLabel(self), QLabel(self)
        self.source_label.setBuddy(self.source)
        self.target_label.setBuddy(self.target)
        form.addRow(self.source_label, self.source)
        form.addRow(self.target_label, self.target)
        buttons = QHBoxLayout()
        buttons.addWidget(self.find_button)
        buttons.addWidget(self.swap_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.chains, 1)

        self.find_button.clicked.connect(self.find)
        self.swap_button.clicked.connect(self.swap)
        self.clear_button.clicked.connect(self.clear)
        self.source.actorChosen.connect(lambda _a: self._maybe_find())
        self.target.actorChosen.connect(lambda _a: self._maybe_find())
        self.chains.currentRowChanged.connect(lambda row: row >= 0 and self.chainChosen.emit(row))
        self.chains.itemDoubleClicked.connect(self._chain_activated)
        self.retranslateUi()

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's name
        self.heading.setText(
            self.tr(
                "<b>Warm introduction</b><br>Who can introduce one actor to another, warmest chain first."
            )
        )
        self.source_label.setText(self.tr("&From:"))
        self.target_label.setText(self.tr("&To:"))
        self.source.setPlaceholderText(self.tr("Who asks (type a name)"))
        self.target.setPlaceholderText(self.tr("Whom to reach (type a name)"))
        self.find_button.setText(self.tr("Find chains"))
        self.swap_button.setToolTip(self.tr("Swap From and To"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Forget the chains and clear them from the map"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def set_actors(self, actors) -> None:
        self.source.set_actors(actors)
        self.target.set_actors(actors)

    # -- choosing the ends ----------------------------------------------------------------------
    def set_source(self, actor_id: str) -> None:
        self.source.set_actor(actor_id)
        self._maybe_find()

    def set_target(self, actor_id: str) -> None:
        self.target.set_actor(actor_id)
        self._maybe_find()

    def swap(self) -> None:
        source, target = self.source.actor_id(), self.target.actor_id()
        self.source.set_actor(target)
        self.target.set_actor(source)
        self._maybe_find()

    def _maybe_find(self) -> None:
        if self.source.actor_id() and self.target.actor_id():
            self.find()
        elif self.source.actor_id():
            self.status.say(
                lambda: self.tr("Now choose whom to reach: type a name, or right-click an actor on the map.")
            )
            self.target.setFocus()

    # -- finding ----------------------------------------------------------------------------------
    def find(self) -> None:
        """Search the warmest chains between the two chosen actors, off the UI thread."""
        source, target = self.source.actor_id(), self.target.actor_id()
        if not source or not target:
            self.status.say(lambda: self.tr("Choose both actors first."))
            return
        if source == target:
            self.status.say(lambda: self.tr("Choose two different actors."))
            return
        self._request += 1
        request = self._request
        if self._task is not None:
            self._task.cancel()
        self.status.say(lambda: self.tr("Looking for chains…"))
        self.chains.clear()

        def with_graph(G) -> None:
            if request == self._request:
                self._task = run_task(
                    self,
                    lambda _p, _c: _find_chains(G, source, target),
                    on_success=lambda found: self._found_chains(request, found),
                    on_failure=self._failed,
                )

        self.session.compute("graph", with_graph, on_failure=self._failed)

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self.status.say(lambda: self.tr("Could not search: %1").replace("%1", str(error)))

    def _found_chains(self, request: int, found) -> None:
        if request != self._request:
            return
        self._task = None
        chains, steps = found
        self._found = [c.actors for c in chains]
        self.chains.clear()
        if not chains:
            ends = self.session.name(self.source.actor_id()), self.session.name(self.target.actor_id())
            self.status.say(
                lambda: (
                    self.tr("No chain of at most five introductions links %1 and %2.")
                    .replace("%1", ends[0])
                    .replace("%2", ends[1])
                )
            )
        else:
            self._show_found_status(len(chains))
        for rank, (chain, walked) in enumerate(zip(chains, steps, strict=True), 1):
            item = QListWidgetItem(self._describe(rank, chain.actors, walked))
            item.setData(Qt.ItemDataRole.UserRole, chain.actors)
            self.chains.addItem(item)
        self.pathsFound.emit(list(self._found))
        if chains:
            self.chains.setCurrentRow(0)

    def _show_found_status(self, count: int) -> None:
        self.status.say(
            lambda: self.tr("%n chain(s), warmest first: strong, recent ties make a chain warm.", "", count)
        )

    def _describe(self, rank: int, chain: list[str], walked) -> str:
        """The chain as a reader wants it: names, whom to ask, and the ties it walks."""
        name = self.session.name
        lines = [f"{rank}. " + " → ".join(name(a) for a in chain)]
        if len(chain) == 2:
            lines.append(self.tr("They already know each other: contact them directly."))
        else:
            lines.append(
                self.tr("Ask %1 to introduce %2 to %3.")
                .replace("%1", name(chain[1]))
                .replace("%2", name(chain[0]))
                .replace("%3", name(chain[2]))
            )
            for k in range(3, len(chain)):
                lines.append(
                    self.tr("Then %1 introduces %2 to %3.")
                    .replace("%1", name(chain[k - 1]))
                    .replace("%2", name(chain[0]))
                    .replace("%3", name(chain[k]))
                )
        for step in walked:
            kinds = ", ".join(vocab_label(k) for k in step.kinds) or self.tr("tie")
            since = f" ({step.since.year})" if step.since else ""
            lines.append(f"   {name(step.a)} — {name(step.b)}: {kinds}{since}")
        return "\n".join(lines)

    def _chain_activated(self, item: QListWidgetItem) -> None:
        chain = item.data(Qt.ItemDataRole.UserRole) or []
        if len(chain) > 2:
            self.actorChosen.emit(chain[1])

    def clear(self) -> None:
        self._request += 1
        self._found = []
        self.chains.clear()
        self.status.clear()
        self.pathsFound.emit([])

    def found_chains(self) -> list[list[str]]:
        """The chains listed now, best first (actor ids)."""
        return [list(c) for c in self._found]

    def chain_texts(self) -> list[str]:
        return [self.chains.item(row).text() for row in range(self.chains.count())]
