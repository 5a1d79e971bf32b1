"""Briefings drawn with Qt's own PDF writer (QPdfWriter + QPainter): one actor, or the network.

The content comes from the Qt-free :mod:`matchmaker.briefings` (filtered for the audience and in
the current language); this module only lays it out. The file is written beside the target and
renamed into place (:func:`matchmaker.atomic.atomic_file`), so a brief appears whole or not at all.
Needs a ``QGuiApplication`` (the CLI makes an offscreen one: :func:`ensure_gui_application`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor

from matchmaker.briefings.labels import brief_texts
from matchmaker.graph.palette import COUNTRY_HEX, NEUTRAL_HEX, community_hex
from matchmaker.ui.briefing_charts import draw_bars, draw_line, draw_neighbourhood
from matchmaker.ui.briefing_page import PageFlow

__all__ = ["ensure_gui_application", "write_actor_brief", "write_network_brief"]

MOST_REASONS = 4  # a suggestion's strongest reasons; the app shows them all


def ensure_gui_application():
    """The running QGuiApplication, or a new offscreen one (a command has no window to show)."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication(["matchmaker", "-platform", "offscreen"])
    return app


def _written(out: str | Path, draw) -> Path:
    from matchmaker.atomic import atomic_file

    out = Path(out)
    with atomic_file(out) as temporary:
        draw(str(temporary))
    return out


def _footer(flow: PageFlow, texts: dict, title: str) -> None:
    from PySide6.QtCore import QRectF, Qt

    flow.painter.setFont(flow.font(7.5))
    flow.painter.setPen(QColor("#8a94a0"))
    rect = QRectF(flow.left, flow.height - 30, flow.right - flow.left, 12)
    flow.painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft), texts["footer"].format(title=title))
    flow.painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight), texts["page"].format(n=flow.page))


class _FooterFlow(PageFlow):
    """A page flow that signs each page before turning it."""

    def __init__(self, path: str, title: str, texts: dict) -> None:
        super().__init__(path, title)
        self.texts, self.doc_title = texts, title

    def need(self, height: float) -> None:
        if self.y + height > self.height - 48:
            _footer(self, self.texts, self.doc_title)
        super().need(height)

    def finish(self) -> None:
        _footer(self, self.texts, self.doc_title)
        super().finish()


def write_actor_brief(brief, out: str | Path) -> Path:
    """Draw an :class:`~matchmaker.briefings.actor_brief.ActorBrief` into the PDF ``out``."""
    texts = brief_texts()

    def draw(path: str) -> None:
        flow = _FooterFlow(path, brief.title, texts)
        flow.title(brief.title, brief.subtitle)
        flow.heading(texts["profile"])
        flow.rows(brief.profile)
        if brief.description:
            flow.y += 4
            flow.paragraph(brief.description, size=9.5)
        flow.heading(texts["neighbourhood"])
        flow.paragraph(texts["neighbourhood_note"], size=8.5, color=QColor("#5b6673"))
        centre = brief.drawing.nodes[0][0]
        draw_neighbourhood(flow.painter, flow.box(250), brief.drawing, centre)
        if brief.drawing.left_out:
            flow.paragraph(texts["left_out"].format(n=brief.drawing.left_out), size=8.5)
        if brief.ties:
            flow.table(
                [texts["tie"], texts["actor"], texts["country"]],
                [list(row) for row in brief.ties],
                [0.25, 0.6, 0.15],
            )
        flow.heading(texts["suggestions"])
        if not brief.suggestions:
            flow.paragraph(texts["no_suggestions"])
        for rank, s in enumerate(brief.suggestions, 1):
            flow.need(70)
            flow.paragraph(f"{rank}. {s.name} ({s.country}) — {s.band}", size=11, bold=True)
            for reason in s.reasons[:MOST_REASONS]:
                flow.paragraph(f"• {reason}", size=9, indent=12)
            path_text = (
                texts["introduction"].format(path=" → ".join(s.introduction))
                if len(s.introduction) > 2
                else texts["no_introduction"]
            )
            flow.paragraph(path_text, size=9, color=QColor("#1f6fd1"), indent=12)
            flow.y += 6
        flow.finish()

    return _written(out, draw)


def write_network_brief(brief, out: str | Path) -> Path:
    """Draw a :class:`~matchmaker.briefings.network_brief.NetworkBrief` into the PDF ``out``."""
    texts = brief_texts()

    def draw(path: str) -> None:
        flow = _FooterFlow(path, brief.title, texts)
        flow.title(brief.title, brief.subtitle)
        flow.heading(texts["figures"])
        half = (len(brief.figures) + 1) // 2
        top = flow.y
        flow.rows(brief.figures[:half], label_width=150)
        bottom, flow.y = flow.y, top
        flow.left += (flow.right - flow.left) / 2
        flow.rows(brief.figures[half:], label_width=150)
        flow.left, flow.y = 48.0, max(bottom, flow.y)
        flow.heading(texts["share_over_time"])
        draw_line(
            flow.painter,
            flow.box(190),
            [
                (texts["share_year"], brief.share_by_year, QColor(COUNTRY_HEX["EE"])),
                (texts["share_cumulative"], brief.cumulative_share, QColor(COUNTRY_HEX["UA"])),
            ],
            texts["share_caption"],
        )
        flow.heading(texts["communities"])
        bars = [
            (label, members, str(members), QColor(community_hex(i)))
            for i, (label, members, _share) in enumerate(brief.communities)
        ]
        draw_bars(flow.painter, flow.box(20 + 18 * len(bars)), bars, texts["community_caption"])
        flow.table(
            [texts["community"], texts["members"], texts["cross_border"]],
            [[label, str(n), f"{share:.0%}"] for label, n, share in brief.communities],
            [0.66, 0.17, 0.17],
        )
        flow.heading(texts["brokers"])
        bars = [
            (f"{name} ({country})", score, f"{score:.2f}", QColor(COUNTRY_HEX.get(country, NEUTRAL_HEX)))
            for name, country, score in brief.brokers
        ]
        draw_bars(flow.painter, flow.box(20 + 18 * len(bars)), bars, texts["brokers_caption"])
        flow.heading(texts["kinds"])
        countries = sorted({c for _k, by in brief.kinds for c in by})
        flow.table(
            [texts["kind"], *countries],
            [[kind, *(str(by.get(c, 0)) for c in countries)] for kind, by in brief.kinds],
            [0.4, *([0.6 / max(len(countries), 1)] * len(countries))],
        )
        flow.finish()

    return _written(out, draw)
