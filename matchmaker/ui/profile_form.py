"""The profile's details form, made from the actor fields' declaration (:mod:`matchmaker.actor_fields`).

One editor per editable field, chosen by its kind of value: a combo box for a closed vocabulary,
the country list for a country (:class:`~matchmaker.ui.profile_country.CountryBox`), a multi-line
box for long text, a line for everything else (lists comma-separated). The form calls
``on_commit(field, value)`` when an entry loses focus or Enter is pressed; it never writes.

Every entry is checked as it is typed by the same rule a save applies
(:func:`matchmaker.editing.clean_value`, pure and fast): what is wrong is said in a line right
under the field, in red, and the field is framed red, before anything is written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from matchmaker.actor_fields import ActorField, editable_fields
from matchmaker.records import ActorRecord
from matchmaker.ui.field_labels import choice_label, field_label
from matchmaker.ui.profile_country import CountryBox

__all__ = ["ProfileForm", "MULTI_LINE_CHARS"]

#: Fields that may hold more than this many characters get a multi-line editor.
MULTI_LINE_CHARS = 2_000
#: Shown first (a profile starts with who it is); the others follow in declaration order.
FIRST_FIELDS = ("name", "native_name")


class _MultiLineEdit(QPlainTextEdit):
    editingFinished = Signal()

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().focusOutEvent(event)
        self.editingFinished.emit()


class ProfileForm(QFormLayout):
    """The editors of one actor's fields; ``editors[name]`` is the widget of that field."""

    def __init__(self, parent: QWidget, on_commit):
        super().__init__()
        self._parent = parent
        declared = {f.name: f for f in editable_fields()}
        order = [n for n in FIRST_FIELDS if n in declared] + [n for n in declared if n not in FIRST_FIELDS]
        self.fields: dict[str, ActorField] = {name: declared[name] for name in order}
        self.editors: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.messages: dict[str, QLabel] = {}  # what is wrong with the entry, under it
        for spec in self.fields.values():
            editor = self._editor(spec, on_commit)
            editor.setObjectName(f"edit_{spec.name}")
            self.editors[spec.name] = editor
            self.labels[spec.name] = QLabel(parent)
            message = QLabel(parent)
            message.setObjectName(f"message_{spec.name}")
            message.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
            message.setWordWrap(True)
            message.setStyleSheet("color: #c62828;")
            message.hide()
            self.messages[spec.name] = message
            cell = QVBoxLayout()
            cell.setSpacing(1)
            cell.addWidget(editor)
            cell.addWidget(message)
            self.addRow(self.labels[spec.name], cell)
            if isinstance(editor, QLineEdit):
                editor.textEdited.connect(lambda text, n=spec.name: self.check(n, text))
        self.retranslate()

    # -- messages beside the fields ------------------------------------------------------------------
    def check(self, name: str, value) -> bool:
        """Check ``value`` for field ``name`` by the rule a save applies; show or clear the message."""
        from matchmaker.editing import ActorEditError, clean_value

        try:
            clean_value(name, value)
        except ActorEditError as error:
            self.show_message(name, error.message)
            return False
        self.clear_message(name)
        return True

    def show_message(self, name: str, message: str) -> None:
        """Say under field ``name`` what is wrong with its entry (``message`` follows the field's name)."""
        label = self.messages[name]
        label.setText(f"{field_label(name)} {message}")
        label.show()
        self.editors[name].setStyleSheet(
            f"{type(self.editors[name]).__name__}#edit_{name} {{ border: 1px solid #c62828; }}"
        )

    def clear_message(self, name: str) -> None:
        self.messages[name].clear()
        self.messages[name].hide()
        self.editors[name].setStyleSheet("")

    def clear_messages(self) -> None:
        for name in self.messages:
            self.clear_message(name)

    def message(self, name: str) -> str:
        """The message shown under field ``name`` ("" when none)."""
        return self.messages[name].text() if not self.messages[name].isHidden() else ""

    def _editor(self, spec: ActorField, on_commit) -> QWidget:
        parent, name = self._parent, spec.name
        if spec.value == "country":
            box = CountryBox(parent)
            box.chosen.connect(lambda code: on_commit(name, code))
            box.refused.connect(lambda text: self._country_refused(name, text, on_commit))
            return box
        if spec.choices:
            box = QComboBox(parent)
            if not spec.required:
                box.addItem("", None)
            for value in spec.choices:
                box.addItem(value, value)
            box.activated.connect(lambda _i, b=box: on_commit(name, b.currentData()))
            return box
        if spec.limit.chars > MULTI_LINE_CHARS:
            text = _MultiLineEdit(parent)
            text.setMaximumHeight(120)
            text.editingFinished.connect(lambda t=text: on_commit(name, t.toPlainText()))
            return text
        line = QLineEdit(parent)
        line.editingFinished.connect(lambda e=line: on_commit(name, e.text()))
        return line

    def _country_refused(self, name: str, text: str, on_commit) -> None:
        if not text:
            on_commit(name, "")  # the save's own rule says it cannot be empty
            return
        self.show_message(
            name,
            QCoreApplication.translate(
                "ProfileView", "names no country: “%1”; pick one from the list"
            ).replace("%1", text),
        )

    def set_language(self, language: str) -> None:
        """Name the countries in ``language``."""
        for editor in self.editors.values():
            if isinstance(editor, CountryBox):
                editor.set_language(language)

    def retranslate(self) -> None:
        for name, spec in self.fields.items():
            self.labels[name].setText(field_label(name))
            editor = self.editors[name]
            if isinstance(editor, CountryBox):
                editor.lineEdit().setPlaceholderText(
                    QCoreApplication.translate("ProfileView", "Type a country's name and pick it")
                )
            elif isinstance(editor, QComboBox):
                for row in range(editor.count()):
                    value = editor.itemData(row)
                    editor.setItemText(row, choice_label(name, value) if value else "–")
            elif spec.is_list:
                editor.setPlaceholderText(QCoreApplication.translate("ProfileView", "comma-separated"))
            elif isinstance(editor, QPlainTextEdit) and name == "description":
                editor.setPlaceholderText(
                    QCoreApplication.translate("ProfileView", "What the actor does, in its own words")
                )

    def show_actor(self, actor: ActorRecord) -> None:
        """Put the actor's values in the editors (a multi-line box keeps its cursor if unchanged).

        An entry whose message is up keeps what was typed, so it can be corrected rather than retyped.
        """
        for name, editor in self.editors.items():
            if self.message(name):
                continue
            value = getattr(actor, name)
            if isinstance(editor, CountryBox):
                editor.set_code(value)
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value)))
            elif isinstance(editor, QPlainTextEdit):
                if editor.toPlainText() != (value or ""):
                    editor.setPlainText(value or "")
            else:
                editor.setText(", ".join(value) if isinstance(value, tuple) else (value or ""))
                editor.setCursorPosition(0)
