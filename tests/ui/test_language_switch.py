"""Issue 11: the language switches at runtime — after Settings ▸ Language every visible string of every
view is in the new language, without a restart.

A visible string "has not changed" when it is still an English source text (a Qt ``.ts`` source or a
core gettext message) whose translation differs; sources with ``%1``/``%n`` match any filling.
"""

from __future__ import annotations

import gettext
import re
import threading
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
)

from matchmaker.i18n import LOCALE_DIR
from matchmaker.paths import resource_path
from matchmaker.ui.canvas import NetworkCanvas
from matchmaker.ui.insights_charts import _Chart
from matchmaker.ui.main_window import VIEW_KEYS
from matchmaker.ui.tasks import Task

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
_PLACEHOLDER = re.compile(r"%(?:n|\d)")


def english_sources(language: str) -> list[re.Pattern]:
    """Patterns of the English texts that ``language`` translates differently (Qt's and the core's)."""
    pairs = []
    for context in ET.parse(resource_path("translations", f"matchmaker_{language}.ts")).getroot():
        for message in context.findall("message"):
            translation = message.find("translation")
            forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
            pairs.append((message.find("source").text, forms))
    core = gettext.translation("matchmaker", localedir=LOCALE_DIR, languages=[language])
    pairs += [
        (msgid, [msgstr]) for msgid, msgstr in core._catalog.items() if isinstance(msgid, str) and msgid
    ]
    patterns = []
    for source, forms in pairs:
        if source in forms or len(re.sub(r"[^A-Za-z]", "", _PLACEHOLDER.sub("", source))) < 3:
            continue  # the same in both languages, or no words to tell
        text = re.escape(source.replace("&", ""))
        patterns.append(re.compile(_PLACEHOLDER.sub(".+", text.replace(r"%", "%")) + r"\Z", re.S))
    return patterns


def visible_strings(window) -> list[str]:
    """Every string a user sees in the window: titles, labels, buttons, entries, lists, headers, charts."""
    texts = [window.windowTitle(), *(a.text() for a in window.menuBar().actions())]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts.append(widget.currentText())
        elif isinstance(widget, QLineEdit) and not widget.text():
            texts.append(widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QListWidget):
            texts += [widget.item(r).text() for r in range(widget.count())]
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            texts += [str(widget.model().headerData(c, widget.orientation())) for c in range(widget.count())]
        elif isinstance(widget, _Chart):
            texts += widget.shown_text()
        elif isinstance(widget, NetworkCanvas):
            title, entries = widget.legend()
            texts += [title, *(text for text, _colour in entries)]
    return [t.replace("&", "").strip() for t in texts if t and t.strip()]


def untranslated(window, patterns: list[re.Pattern]) -> dict[str, list[str]]:
    """View → the strings it shows that are still English."""
    found = {}
    for key in VIEW_KEYS:
        window.show_view(key)
        english = [t for t in visible_strings(window) if any(p.match(t) for p in patterns)]
        if english:
            found[key] = sorted(set(english))
    return found


@pytest.mark.parametrize("language", ["et", "uk"])
def test_switching_the_language_changes_every_visible_string(qtbot, qapp, sample_window, language):
    window = sample_window
    patterns = english_sources(language)
    window.open_profile("ua-kyiv-health")
    window.show_view("network")
    window.show_view("teams")
    qtbot.waitUntil(lambda: window.embedded["network"].graph is not None, timeout=60_000)
    qtbot.waitUntil(lambda: window.embedded["teams"].pool is not None, timeout=60_000)
    window.show_view("insights")
    qtbot.waitUntil(
        lambda: all(window.insights.chart_sizes().values()) or window.insights._data, timeout=60_000
    )
    english = untranslated(window, patterns)
    assert set(english) == set(VIEW_KEYS), english  # every view speaks English first: the test can fail

    window.open_settings()  # Settings ▸ Language, as a user switches
    dialog = window.settings_dialog
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    dialog.accept()

    def everything_translated():
        left = untranslated(window, patterns)
        assert not left, left  # on a timeout the message names what stayed English

    qtbot.waitUntil(everything_translated, timeout=60_000)  # generous: CI machines are loaded
    assert window.session.language == language
    window.open_profile("ua-kyiv-health")
    assert window.profile.offers.chip_labels() != ["drone mapping", "mobile UX design"]  # skill labels too
    window.set_language("en")


def test_what_a_view_says_while_it_waits_follows_a_language_switch(
    qtbot, monkeypatch, request, sample_window
):
    """On a busy laptop the recommender's fit and the brokers take a while; switching the language
    meanwhile must not leave "Counting…", "Finding brokers…", "Ranking every actor…" or the
    status bar's "Exporting…" in English until they end."""
    window = sample_window
    compute = window.session.compute
    pending = []

    def held(key, on_done, on_failure=None, arg=None):
        if key not in ("recommender", "brokers"):
            return compute(key, on_done, on_failure, arg)
        pending.append(Task(lambda _progress, _cancelled: None))  # never run: still working, for the view
        return pending[-1]

    monkeypatch.setattr(window.session, "compute", held)
    release = threading.Event()  # a File-menu job still running: the status bar's strip shows it
    request.addfinalizer(release.set)  # never left waiting, even when an assertion fails
    files = window.files
    job = files._run(lambda: files.tr("Exporting…"), lambda _p, _c: release.wait(60), lambda _r: None)
    assert window.progress.label.text() == "Exporting…"
    best_pairs = window.show_view("matches").best_pairs
    best_pairs.start()  # "Find the best pairs", waiting for the recommender
    assert best_pairs.status.text() == "Ranking every actor…"
    insights = window.show_view("insights")
    assert insights.pipeline_note.text() == "Counting what the recommender learned from…"
    assert insights.brokers_strip.isVisible() and insights.brokers_strip.label.text() == "Finding brokers…"

    window.set_language("et")  # the widgets hear of it from Qt's event queue
    qtbot.waitUntil(
        lambda: insights.pipeline_note.text() == "Loendan, millest soovitaja õppis…", timeout=30_000
    )
    assert insights.brokers_strip.label.text() == "Vahendajate otsimine…"
    assert best_pairs.status.text() == "Järjestan kõiki osalejaid…"
    assert window.progress.label.text() == "Ekspordin…"
    release.set()
    qtbot.waitUntil(lambda: job.done.is_set() and window.progress.isHidden(), timeout=30_000)
    insights.brokers_strip.cancel.click()  # the stopping task's words follow the language too
    assert insights.brokers_strip.label.text() == "Peatamine…"
    window.set_language("en")
    qtbot.waitUntil(lambda: insights.brokers_strip.label.text() == "Stopping…", timeout=30_000)
    assert insights.pipeline_note.text() == "Counting what the recommender learned from…"
