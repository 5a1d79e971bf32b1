"""The challenge editor: a host writes the event's challenges in the app — a name and the skills
each needs, picked with the profile's completer (labels in English, Estonian and Ukrainian).

The challenges can be opened from and saved to the challenges file the command line reads
(``matchmaker teams EVENT --challenges FILE``: :func:`matchmaker.teams.read_challenges`,
:func:`matchmaker.teams.write_challenges`); the format is shown in the dialog. The dialog edits
a copy: OK hands the list to the Teams view, Cancel leaves its challenges as they were.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from matchmaker.teams.problem import Challenge
from matchmaker.ui.profile_chips import SkillChipBox, skill_completer_labels
from matchmaker.ui.session import Session
from matchmaker.ui.theme import accent_colors

__all__ = ["ChallengeEditor"]


class ChallengeEditor(QDialog):
    """Edit ``challenges`` (a tuple of :class:`Challenge`); ``accepted_challenges`` on OK."""

    acceptedChallenges = Signal(tuple)  # noqa: N815 - Qt signal naming

    def __init__(self, session: Session, challenges: tuple[Challenge, ...], parent=None):
        super().__init__(parent)
        self.session = session
        self.items: list[list] = [[c.name, list(c.skills)] for c in challenges]  # name, skill ids
        self.file_dialog = None  # the file dialog last opened (tests answer it)
        self.setMinimumSize(720, 440)
        self.list = QListWidget(self)
        self.list.currentRowChanged.connect(self._show_current)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(lambda: self.add_challenge())
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self._remove_current)
        self.name = QLineEdit(self)
        self.name.setObjectName("challenge_name")
        self.name.textEdited.connect(self._renamed)
        self.skills = SkillChipBox("chip_need", self)
        self.skills.set_labels(skill_completer_labels(session.net.skills) if session.net else [])
        self.skills.addRequested.connect(self.add_skill)
        self.skills.removeRequested.connect(self._remove_skill)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self._choose_open)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self._choose_save)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        left.addLayout(row)
        self.details = QWidget(self)
        form = QFormLayout(self.details)
        self.name_label = QLabel(self)
        form.addRow(self.name_label, self.name)
        form.addRow(self.skills)
        form.addRow(self.message)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(self.details, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.save_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.hint)
        layout.addLayout(bottom)
        self.retranslateUi()
        self._fill()

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's name
        from matchmaker.teams.challenges import CHALLENGES_FORMAT

        self.setWindowTitle(self.tr("Challenges"))
        self.add_button.setText(self.tr("Add challenge"))
        self.remove_button.setText(self.tr("Remove"))
        self.name_label.setText(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("What the team builds, e.g. Registry API"))
        self.skills.set_title(self.tr("Skills the team needs"))
        self.open_button.setText(self.tr("Open…"))
        self.save_button.setText(self.tr("Save as…"))
        self.hint.setText(
            self.tr(
                "Each team gets a challenge in turn; its score counts the challenge's skills it covers. "
                "Saved as a JSON file the command line reads too (matchmaker teams EVENT --challenges FILE): %1"
            ).replace("%1", CHALLENGES_FORMAT)
        )

    # -- the list -----------------------------------------------------------------------------------
    def challenges(self) -> tuple[Challenge, ...]:
        """The challenges as they stand (those without a name are left out)."""
        return tuple(Challenge(name.strip(), tuple(skills)) for name, skills in self.items if name.strip())

    def _fill(self, row: int = 0) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for name, skills in self.items:
            self.list.addItem(self._item_text(name, skills))
        self.list.blockSignals(False)
        self.list.setCurrentRow(min(row, len(self.items) - 1))
        self._show_current(self.list.currentRow())

    def _item_text(self, name: str, skills: list[str]) -> str:
        return self.tr("%1 (%n skill(s))", "", len(skills)).replace("%1", name or self.tr("(no name)"))

    def _show_current(self, row: int) -> None:
        has = 0 <= row < len(self.items)
        self.details.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.message.clear()
        name, skills = self.items[row] if has else ("", [])
        self.name.setText(name)
        colors = accent_colors()
        self.skills.set_chips([(s, self.session.skill_label(s), s) for s in skills], colors["chip_need"])

    def add_challenge(self, name: str = "") -> None:
        self.items.append([name, []])
        self._fill(len(self.items) - 1)
        self.name.setFocus()

    def _remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.items):
            del self.items[row]
            self._fill(row)

    def _renamed(self, text: str) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.items):
            self.items[row][0] = text
            self.list.item(row).setText(self._item_text(text, self.items[row][1]))

    def add_skill(self, text: str) -> None:
        """Add the skill ``text`` names (any label, any of the three languages) to the current challenge."""
        row = self.list.currentRow()
        if not 0 <= row < len(self.items):
            return
        found = self.session.resolver().resolve(text)
        if found is None:
            self.message.setText(self.tr("“%1” names no skill of the taxonomy.").replace("%1", text))
            return
        if found not in self.items[row][1]:
            self.items[row][1].append(found)
        self._fill(row)

    def _remove_skill(self, skill_id: str) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.items) and skill_id in self.items[row][1]:
            self.items[row][1].remove(skill_id)
            self._fill(row)

    # -- files --------------------------------------------------------------------------------------
    def _choose_open(self) -> None:
        from matchmaker.ui.file_dialogs import ask_open_file

        self.file_dialog = ask_open_file(
            self, self.tr("Open challenges"), self.tr("Challenges (*.json *.csv)"), self.open_file
        )

    def open_file(self, path: str) -> bool:
        from matchmaker.errors import MatchmakerError
        from matchmaker.teams import read_challenges

        try:
            self.session.store.refuse_database_files([path])  # reading it here would drop SQLite's locks
            challenges = read_challenges(path, self.session.resolver())
        except MatchmakerError as error:
            self.message.setText(str(error))
            return False
        self.items = [[c.name, list(c.skills)] for c in challenges]
        self._fill()
        return True

    def _choose_save(self) -> None:
        from matchmaker.ui.file_dialogs import ask_save_file

        self.file_dialog = ask_save_file(
            self,
            self.tr("Save challenges"),
            self.tr("Challenges (*.json)"),
            self.save_file,
            default_name=self.tr("challenges.json"),
            default_suffix="json",
        )

    def save_file(self, path: str) -> bool:
        from matchmaker.errors import MatchmakerError
        from matchmaker.teams import write_challenges

        path = path if path.lower().endswith(".json") else path + ".json"
        try:
            self.session.store.refuse_database_files([path])  # writing it would destroy the database
            write_challenges(path, list(self.challenges()), self.session.resolver())
        except (MatchmakerError, OSError) as error:
            self.message.setText(str(error))
            return False
        self.message.clear()
        return True

    def accept(self) -> None:
        self.acceptedChallenges.emit(self.challenges())
        super().accept()
