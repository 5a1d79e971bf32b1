"""File ▸ Network briefing… and the profile's Briefing…: a PDF brief drawn with Qt's PDF writer.

The content is gathered off the UI thread (:mod:`matchmaker.briefings`: communities, brokers, the
neighbourhood layout; an actor's suggestions come from the session's fitted recommender), then
drawn on the GUI thread, which takes a fraction of a second. A small dialog first asks whom the
brief is for: public actors only, or council-only ones too, and whether contact details go in.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from matchmaker.errors import MatchmakerError
from matchmaker.ui.file_dialogs import ask_save_file
from matchmaker.ui.tasks import run_task, while_alive

__all__ = ["BriefingActions", "BriefingOptions"]


class BriefingOptions(QDialog):
    """Who the printed brief is for; by default the public, without contacts."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Briefing"))
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("A brief leaves the app: choose what it may show."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.council = QCheckBox(self.tr("Include council-only actors"))
        self.contacts = QCheckBox(self.tr("Include contact details (e-mail)"))
        layout.addWidget(self.council)
        layout.addWidget(self.contacts)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def audience(self):
        from matchmaker.visibility import COUNCIL, PUBLIC

        return COUNCIL if self.council.isChecked() else PUBLIC


class BriefingActions(QObject):
    def __init__(self, window, files) -> None:
        super().__init__(window)
        self.window, self.files = window, files
        self.dialog = None  # the dialog last opened (tests answer it)
        self.last_written = None

    @property
    def session(self):
        return self.window.session

    def ask_network(self) -> None:
        self._ask(None)

    def ask_actor(self, actor_id: str | None = None) -> None:
        actor_id = actor_id or self.session.current_id
        if actor_id:
            self._ask(actor_id)

    def _ask(self, actor_id: str | None) -> None:
        options = BriefingOptions(self.window)
        options.finished.connect(options.deleteLater)
        options.accepted.connect(
            lambda: self._ask_file(actor_id, options.audience(), options.contacts.isChecked())
        )
        self.dialog = options
        options.open()

    def _ask_file(self, actor_id, audience, with_contacts) -> None:
        name = "network-briefing.pdf" if actor_id is None else f"briefing-{actor_id}.pdf"
        self.dialog = ask_save_file(
            self.window,
            self.tr("Save briefing"),
            self.tr("PDF document (*.pdf)"),
            lambda out: self.write(out, actor_id, audience, with_contacts),
            default_name=name,
            default_suffix="pdf",
        )

    def write(self, out: str, actor_id: str | None, audience, with_contacts: bool = False) -> None:
        """Gather on a worker, draw here; for an actor, with the session's recommender."""
        net = self.session.net
        if net is None:
            return
        self.session.store.refuse_database_files([out])
        language = self.session.language
        text = self.tr("Preparing the briefing…")

        def failed(error: BaseException) -> None:
            self.files.panel.finish()
            self.files.show_error(text, error)

        def gather(model):
            from matchmaker.briefings.actor_brief import actor_brief
            from matchmaker.briefings.network_brief import network_brief

            def work(_progress, _cancelled):
                if actor_id is None:
                    return network_brief(net, audience=audience)
                return actor_brief(
                    net,
                    actor_id,
                    audience=audience,
                    with_contacts=with_contacts,
                    language=language,
                    model=model,
                )

            task = run_task(
                self,
                work,
                on_success=while_alive(self, lambda brief: self._draw(brief, out, actor_id)),
                on_failure=while_alive(self, failed),
            )
            self.files.panel.start(text, task)

        if actor_id is None:
            gather(None)
        else:
            from matchmaker.briefings.actor_brief import check_visible

            try:
                check_visible(net, actor_id, audience)
            except MatchmakerError as error:  # said in one line
                failed(error)
                return
            self.session.compute(
                "recommender", while_alive(self, gather), on_failure=while_alive(self, failed)
            )

    def _draw(self, brief, out: str, actor_id) -> None:
        from matchmaker.ui.briefing_pdf import write_actor_brief, write_network_brief

        self.files.panel.finish()
        try:
            written = (write_network_brief if actor_id is None else write_actor_brief)(brief, out)
        except Exception as error:  # WriteError: the folder is not writable
            self.files.show_error(self.tr("Save briefing"), error)
            return
        self.last_written = written
        self.files.message.emit(self.tr("Briefing saved: %1").replace("%1", str(written)))
