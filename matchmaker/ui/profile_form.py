"""The profile's details form, made from the actor fields' declaration (:mod:`matchmaker.actor_fields`).

One editor per editable field, chosen by its kind of value: a combo box for a closed vocabulary,
a multi-line box for long text, a line for everything else (lists comma-separated). The form
emits ``committed(field, value)`` when an entry loses focus or Enter is pressed; it never writes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from matchmaker.actor_fields import ActorField, editable_fields
from matchmaker.records import ActorRecord
from matchmaker.ui.field_labels import choice_label, field_label

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
        for spec in self.fields.values():
            editor = self._editor(spec, on_commit)
            editor.setObjectName(f"edit_{spec.name}")
            self.editors[spec.name] = editor
            self.labels[spec.name] = QLabel(parent)
            self.addRow(self.labels[spec.name], editor)
        self.retranslate()

    def _editor(self, spec: ActorField, on_commit) -> QWidget:
        parent, name = self._parent, spec.name
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
        if spec.value == "country":
            line.setMaxLength(2)
        line.editingFinished.connect(lambda e=line: on_commit(name, e.text()))
        return line

    def retranslate(self) -> None:
        for name, spec in self.fields.items():
            self.labels[name].setText(field_label(name))
            editor = self.editors[name]
            if isinstance(editor, QComboBox):
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
        """Put the actor's values in the editors (a multi-line box keeps its cursor if unchanged)."""
        for name, editor in self.editors.items():
            value = getattr(actor, name)
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value)))
            elif isinstance(editor, QPlainTextEdit):
                if editor.toPlainText() != (value or ""):
                    editor.setPlainText(value or "")
            else:
                editor.setText(", ".join(value) if isinstance(value, tuple) else (value or ""))
                editor.setCursorPosition(0)
