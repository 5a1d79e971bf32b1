"""The Matches view's "Best pairs" tab: the whole network's best cross-border pairs.

Every actor is ranked (:func:`matchmaker.match.all_pairs.best_cross_border_pairs`) on a worker,
with progress and Cancel: on 100,000 actors that is minutes, and it is asked for, never started
on its own. The ranking uses the machine's cores through spawned processes that open the model
kept beside the database (:mod:`matchmaker.match.spawned_pairs`; this process, running Qt, is
never forked), when one is kept for this very network; otherwise it runs in one process. The
list found is kept beside the database (:mod:`matchmaker.match.kept_pairs`) and shown again,
with when it was found, whenever the network is opened unchanged; a list shown for a network
that has changed since says so. While the ranking runs, the best pairs among the actors ranked
so far are shown as they change, without reasons (the actors of the list shown before, or of
the list kept last for this database, are ranked first: after an edit the list is nearly whole
at once); Cancel brings back the list shown before. Each pair shows both ends with their
countries, the band and the first reason; a double-click opens the first actor's profile, and
the buttons open either actor's profile or the Matches for the first one.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from matchmaker.countries import country_name
from matchmaker.locale_format import datetime_text, number
from matchmaker.ui.changes import Changes
from matchmaker.ui.plain_tooltip import plain_tooltip
from matchmaker.ui.session import Session
from matchmaker.ui.status_line import StatusLine
from matchmaker.ui.tasks import run_task
from matchmaker.ui.time_left_label import TimeLeftLabel

__all__ = ["BestPairsPanel"]

LIMIT = 100
RANKED_ON = Changes.ACTORS | Changes.TIES | Changes.DECISIONS  # what the recommender learns from


NAME_COLUMNS = (0, 2)  # actor and partner: elided at NAME_WIDTH pixels, full name in the tooltip
NAME_WIDTH = 220


class BestPairsPanel(QWidget):
    """Find, show and open the network's best cross-border pairs."""

    openProfile = Signal(str)
    showMatches = Signal(str)

    def __init__(self, session: Session, band_text, parent=None):
        super().__init__(parent)
        self.session = session
        self.band_text = band_text  # the Matches view's words for strong / good / possible
        self.pairs: list = []
        self._before: list = []  # the list shown when a ranking started: back on Cancel
        self._interim = _Latest()  # the best pairs so far, told by the ranking's thread
        self._task = None
        self._request = 0
        self.find = QPushButton(self)
        self.find.setObjectName("find_best_pairs")
        self.cancel = QPushButton(self)
        self.cancel.setObjectName("cancel_best_pairs")
        self.cancel.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.time_left = TimeLeftLabel(self)  # ranking 100,000 actors takes minutes: say how many
        self.status = StatusLine(self)
        self.table = QTableWidget(0, 6, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in NAME_COLUMNS:  # one long name must not push the reasons out of sight
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, NAME_WIDTH)
        header.setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.cellDoubleClicked.connect(lambda row, column: self._open(row, column >= 2))
        self.open_first = QPushButton(self)
        self.open_second = QPushButton(self)
        self.matches_for = QPushButton(self)
        for button in (self.open_first, self.open_second, self.matches_for):
            button.setEnabled(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.open_first.clicked.connect(lambda: self._open(self._row(), False))
        self.open_second.clicked.connect(lambda: self._open(self._row(), True))
        self.matches_for.clicked.connect(self._show_matches)
        self.find.clicked.connect(self.start)
        self.cancel.clicked.connect(self.stop)
        top = QHBoxLayout()
        top.addWidget(self.find)
        top.addWidget(self.cancel)
        top.addWidget(self.progress, 3)
        top.addWidget(self.time_left)
        top.addStretch(1)  # the buttons keep their size while no progress is shown
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.open_first)
        bottom.addWidget(self.open_second)
        bottom.addWidget(self.matches_for)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.retranslateUi()
        self.status.say(
            lambda: self.tr(
                "The best pairs of actors from different countries in the whole network: every actor is ranked, which takes a while on a large network."
            )
        )
        session.changed.connect(self._network_changed)
        if session.net is not None:
            self._network_changed(Changes.NETWORK, frozenset())

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's name
        self.find.setText(self.tr("Find the best pairs"))
        self.cancel.setText(self.tr("Cancel"))
        self.open_first.setText(self.tr("Profile of the first"))
        self.open_second.setText(self.tr("Profile of the second"))
        self.matches_for.setText(self.tr("Matches for the first"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Actor"),
                self.tr("Country"),
                self.tr("Partner"),
                self.tr("Country"),
                self.tr("Band"),
                self.tr("Why"),
            ]
        )
        self._fill()

    # -- running ----------------------------------------------------------------------------------
    def start(self) -> None:
        self._request += 1
        request = self._request
        self.find.setEnabled(False)
        self.cancel.setEnabled(True)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.time_left.reset()
        self._before = self.pairs
        self._interim = _Latest()
        self.status.say(lambda: self.tr("Ranking every actor…"))
        self.session.compute("recommender", lambda model: self._run(model, request), on_failure=self._failed)

    def _run(self, model, request: int) -> None:
        if request != self._request:
            return
        language, db_file = self.session.language, self._database_file()
        version = self.session.version
        shown_before = [actor for pair in self.pairs for actor in (pair.actor, pair.partner)]
        interim = self._interim

        def rank(progress, cancelled):
            from matchmaker.match.all_pairs import best_cross_border_pairs
            from matchmaker.match.kept_pairs import earlier_pair_actors, keep_best_pairs
            from matchmaker.match.spawned_pairs import kept_model_file

            # never forked from this process (Qt's threads): spawned workers open the kept model
            # file, when there is one for this very network; else one process ranks every actor
            source = kept_model_file(model, db_file)
            pairs = best_cross_border_pairs(
                model,
                limit=LIMIT,
                language=language,
                processes=(os.cpu_count() or 1) if source is not None else 1,
                spawn_from=source,
                progress=progress,
                cancelled=cancelled,
                first=shown_before or earlier_pair_actors(db_file),
                interim=interim.tell,
            )
            if pairs is not None:
                keep_best_pairs(model, db_file, language, pairs, limit=LIMIT)
            return pairs

        self._task = run_task(
            self,
            rank,
            on_success=lambda pairs: self._done(pairs, request, version),
            on_failure=self._failed,
            on_progress=self._progressed,
        )

    def _database_file(self):
        store = self.session.store
        return None if store is None else store.database_file

    # -- the list kept from an earlier ranking -----------------------------------------------------
    def _network_changed(self, changes: Changes, _actor_ids) -> None:
        """Say that the pairs shown are older than the network; show the list kept for a network
        just loaded."""
        if self._task is not None or not changes.touches(RANKED_ON):
            return  # a ranking runs: its list is for this network, or is dropped
        if self.pairs:
            self._say_changed()
        if Changes.NETWORK in changes:
            self._show_kept()

    def _say_changed(self) -> None:
        self.status.say(
            lambda: self.tr(
                "The network has changed since these pairs were found: find them again to update."
            )
        )

    def _show_kept(self) -> None:
        from matchmaker.generation import generation_read_at

        request, version = self._request, self.session.version
        db_file, generation = self._database_file(), generation_read_at(self.session.net)
        language = self.session.language
        if db_file is None or generation is None:
            return

        def read(_progress, _cancelled):
            from matchmaker.match.kept_pairs import kept_best_pairs
            from matchmaker.ui.derived import app_recommender

            return kept_best_pairs(db_file, generation, language, app_recommender(language), limit=LIMIT)

        run_task(self, read, on_success=lambda kept: self._kept_found(kept, request, version))

    def _kept_found(self, kept, request: int, version: int) -> None:
        if kept is None or request != self._request or version != self.session.version or self._task:
            return  # nothing kept, or the user asked for a ranking or the network moved on meanwhile
        self.pairs = kept.pairs
        found_at = datetime_text(kept.found_at)
        self.status.say(
            lambda: self.tr(
                "%n best pair(s) across borders, found %1 for this very network; find them again to re-rank.",
                "",
                len(kept.pairs),
            ).replace("%1", found_at)
        )
        self._fill()

    def stop(self) -> None:
        """Cancel the ranking (the pairs shown before stay)."""
        self._request += 1
        if self._task is not None:
            self._task.cancel()
        self._finish()
        self._show_before()
        self.status.say(lambda: self.tr("Cancelled."))

    def _show_before(self) -> None:
        """The list shown before the ranking began, in place of the pairs it had found so far."""
        if self.pairs is not self._before:
            self.pairs = self._before
            self._fill()

    def closing(self) -> None:
        """The window closes: stop a ranking under way (its worker processes with it), show nothing more."""
        if self._task is not None:
            self._request += 1
            self._task.cancel()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.time_left.report(done, total)
        so_far = self._interim.take()
        if so_far is not None and done < total:
            self.pairs, ranked, of = so_far
            self.status.say(
                lambda: (
                    self.tr(
                        "The best pairs among the %1 of %2 actors ranked so far; the reasons come when every actor is ranked."
                    )
                    .replace("%1", number(ranked))
                    .replace("%2", number(of))
                )
            )
            self._fill()

    def _done(self, pairs, request: int, version: int) -> None:
        if request != self._request or pairs is None:
            return
        self._finish()
        self.pairs = pairs
        if version == self.session.version:
            self.status.say(lambda: self.tr("%n best pair(s) across borders, best first", "", len(pairs)))
        else:  # edited while every actor was ranked
            self._say_changed()
        self._fill()

    def _failed(self, error: BaseException) -> None:
        self._finish()
        self._show_before()
        self.status.say(lambda: self.tr("Could not rank the network: %1").replace("%1", str(error)))

    def _finish(self) -> None:
        self._task = None
        self.find.setEnabled(True)
        self.cancel.setEnabled(False)
        self.progress.setVisible(False)
        self.time_left.reset()

    # -- showing and opening --------------------------------------------------------------------
    def _fill(self) -> None:
        language = self.session.language
        self.table.setRowCount(len(self.pairs))
        for row, pair in enumerate(self.pairs):
            cells = (
                pair.actor_name,
                country_name(pair.actor_country, language),
                pair.partner_name,
                country_name(pair.partner_country, language),
                f"{self.band_text(pair.band)} · {number(pair.score, 2)}",
                pair.reason,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)  # plain text: a name is never read as markup
                item.setToolTip(plain_tooltip(text))
                self.table.setItem(row, column, item)

    def _row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _selection_changed(self) -> None:
        chosen = self._row() >= 0
        for button in (self.open_first, self.open_second, self.matches_for):
            button.setEnabled(chosen)

    def _open(self, row: int, second: bool) -> None:
        if 0 <= row < len(self.pairs):
            pair = self.pairs[row]
            self.openProfile.emit(pair.partner if second else pair.actor)

    def _show_matches(self) -> None:
        row = self._row()
        if 0 <= row < len(self.pairs):
            self.showMatches.emit(self.pairs[row].actor)


class _Latest:
    """The latest of the lists a ranking's thread tells, with how many actors it was found
    among, taken once by the GUI thread (one attribute replaced whole: never half of one)."""

    def __init__(self):
        self._told = None

    def tell(self, pairs: list, ranked: int, total: int) -> None:
        self._told = (pairs, ranked, total)

    def take(self) -> tuple[list, int, int] | None:
        told, self._told = self._told, None
        return told
