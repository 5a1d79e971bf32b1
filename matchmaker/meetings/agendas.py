"""Printed outputs: one agenda page per participant, and the table plan posted at the door.

An agenda lists every slot: whom the person meets, where and why (the kind of pick), or that
a colleague of their delegation meets someone then (they may join), or that the slot is free
or that they are not there. The table plan has a page per slot listing each table's pair.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from matchmaker.i18n import _, ngettext
from matchmaker.meetings.kinds import KIND_LABELS
from matchmaker.meetings.pdf_writer import Page, PdfDocument
from matchmaker.meetings.problem import Meeting
from matchmaker.meetings.timing import slot_time
from matchmaker.records import ActorRecord, EventRecord

__all__ = ["Programme", "agenda_rows", "write_agendas", "write_table_plan"]

MARGIN = 48.0


@dataclass
class Programme:
    """What the printouts need, as plain data."""

    event: EventRecord
    people: Mapping[str, ActorRecord]
    meetings: list[Meeting]
    slots: int
    start: str | None = None
    slot_minutes: int = 20
    present: Mapping[str, frozenset[int]] = field(default_factory=dict)  # missing: throughout
    delegations: tuple[frozenset[str], ...] = ()

    def name(self, actor: str) -> str:
        person = self.people.get(actor)
        return person.name if person else actor

    def label(self, actor: str) -> str:
        person = self.people.get(actor)
        return f"{person.name} ({person.country})" if person else actor

    def event_line(self) -> str:
        when = self.event.start.isoformat() if self.event.start else ""
        return " · ".join(part for part in (when, self.event.city or "") if part)


def _header(page: Page, programme: Programme, title: str) -> float:
    page.box(0, 0, page.width, 64, gray=0.16)
    page.text(
        MARGIN,
        30,
        page.fit(programme.event.name, 16, page.width - 2 * MARGIN, bold=True),
        16,
        bold=True,
        gray=1.0,
    )
    page.text(
        MARGIN,
        50,
        page.fit(f"{title} · {programme.event_line()}".strip(" ·"), 10, page.width - 2 * MARGIN),
        10,
        gray=0.85,
    )
    return 96.0


def _footer(page: Page, text: str) -> None:
    page.rule(MARGIN, page.height - 40, page.width - MARGIN, gray=0.75)
    page.text(MARGIN, page.height - 26, text, 8, gray=0.45)


def agenda_rows(programme: Programme, actor: str) -> list[tuple[str, str, str, str, str, bool]]:
    """(slot, time, table, with whom, why, is a meeting) for each slot."""
    mine = {m.slot: m for m in programme.meetings if m.involves(actor)}
    colleagues = set().union(*(g for g in programme.delegations if actor in g)) - {actor}
    theirs = {
        m.slot: m
        for m in programme.meetings
        if (m.a in colleagues or m.b in colleagues) and not m.involves(actor)
    }
    present = programme.present.get(actor)
    rows = []
    for slot in range(1, programme.slots + 1):
        time = slot_time(programme.start, programme.slot_minutes, slot)
        if slot in mine:
            m = mine[slot]
            rows.append(
                (str(slot), time, str(m.table), programme.label(m.other(actor)), _(KIND_LABELS[m.kind]), True)
            )
        elif slot in theirs:
            m = theirs[slot]
            colleague = m.a if m.a in colleagues else m.b
            text = _("{colleague} meets {other}; you may join").format(
                colleague=programme.name(colleague), other=programme.label(m.other(colleague))
            )
            rows.append((str(slot), time, str(m.table), text, _("your delegation"), False))
        elif present is not None and slot not in present:
            rows.append((str(slot), time, "", _("not present"), "", False))
        else:
            rows.append((str(slot), time, "", _("free"), "", False))
    return rows


def _agenda_page(document: PdfDocument, programme: Programme, actor: str) -> None:
    page = document.new_page()
    y = _header(page, programme, _("Brokerage agenda"))
    person = programme.people.get(actor)
    page.text(
        MARGIN, y, page.fit(programme.name(actor), 20, page.width - 2 * MARGIN, bold=True), 20, bold=True
    )
    y += 18
    if person and person.native_name and person.native_name != person.name:
        page.text(MARGIN, y, page.fit(person.native_name, 12, page.width - 2 * MARGIN), 12, gray=0.3)
        y += 16
    count = sum(m.involves(actor) for m in programme.meetings)
    page.text(
        MARGIN,
        y,
        ngettext("{n} meeting · {country}", "{n} meetings · {country}", count).format(
            n=count, country=person.country if person else ""
        ),
        10,
        gray=0.35,
    )
    y += 28
    why_width = 128
    with_width = page.width - 2 * MARGIN - 138 - why_width
    columns = [
        (MARGIN, 30, _("Slot")),
        (MARGIN + 30, 72, _("Time")),
        (MARGIN + 102, 36, _("Table")),
        (MARGIN + 138, with_width, _("Meeting with")),
        (MARGIN + 138 + with_width, why_width, _("Why")),
    ]
    for x, _w, title in columns:
        page.text(x, y, title, 9, bold=True, gray=0.35)
    y += 6
    page.rule(MARGIN, y, page.width - MARGIN, width=0.8, gray=0.2)
    row_height = min(26.0, (page.height - 70 - y) / max(1, programme.slots))
    for row in agenda_rows(programme, actor):
        *cells, meeting = row
        if meeting:
            page.box(MARGIN - 4, y + 2, page.width - 2 * MARGIN + 8, row_height - 2, gray=0.93)
        baseline = y + row_height / 2 + 5
        for column, ((x, width, _title), cell) in enumerate(zip(columns, cells, strict=True)):
            bold = meeting and column in (2, 3)  # the table and the person are what one looks for
            size = 10 if meeting or column != 3 else 9
            page.text(
                x,
                baseline,
                page.fit(cell, size, width - 6, bold=bold),
                size,
                bold=bold,
                gray=0.0 if meeting else 0.45,
            )
        y += row_height
        page.rule(MARGIN, y, page.width - MARGIN, width=0.3, gray=0.8)
    _footer(page, _("Sandbox Matchmaker · one-to-one meetings · please be at your table on time"))


def write_agendas(path: str | Path, programme: Programme, actors: list[str] | None = None) -> Path:
    """One page per participant (``actors``, default: everyone, by name), written atomically."""
    document = PdfDocument(title=_("Brokerage agendas: {event}").format(event=programme.event.name))
    chosen = (
        actors
        if actors is not None
        else sorted(programme.people, key=lambda a: (programme.name(a).lower(), a))
    )
    for actor in chosen:
        _agenda_page(document, programme, actor)
    return document.save(path)


def write_table_plan(path: str | Path, programme: Programme) -> Path:
    """A page (or more) per slot: table, the two people, the kind; written atomically."""
    document = PdfDocument(title=_("Table plan: {event}").format(event=programme.event.name))
    by_slot: dict[int, list[Meeting]] = {}
    for m in programme.meetings:
        by_slot.setdefault(m.slot, []).append(m)
    for slot in range(1, programme.slots + 1):
        page, y = None, 0.0
        meetings = sorted(by_slot.get(slot, []), key=lambda m: m.table)
        for i, m in enumerate(meetings or [None]):
            if page is None or y > page.height - 64:
                page = document.new_page()
                y = _header(page, programme, _("Table plan"))
                time = slot_time(programme.start, programme.slot_minutes, slot)
                title = _("Slot {slot}").format(slot=slot) + (f" · {time}" if time else "")
                page.text(MARGIN, y, title + ("" if i == 0 else " " + _("(continued)")), 18, bold=True)
                y += 24
                for x, title in (
                    (MARGIN, _("Table")),
                    (MARGIN + 40, _("Participant")),
                    (MARGIN + 40 + (page.width - 2 * MARGIN - 150) / 2, _("Participant")),
                    (page.width - MARGIN - 110, _("Why")),
                ):
                    page.text(x, y, title, 8, bold=True, gray=0.35)
                y += 5
                page.rule(MARGIN, y, page.width - MARGIN, width=0.8, gray=0.2)
                y += 14
                _footer(page, _("{n} meetings in this slot").format(n=len(meetings)))
            if m is None:
                page.text(MARGIN, y, _("no meetings"), 11, gray=0.45)
                break
            if i % 2 == 0:
                page.box(MARGIN - 4, y - 11, page.width - 2 * MARGIN + 8, 15, gray=0.94)
            page.text(MARGIN, y, str(m.table), 10, bold=True)
            half = (page.width - 2 * MARGIN - 40 - 110) / 2
            page.text(MARGIN + 40, y, page.fit(programme.label(m.a), 10, half - 8), 10)
            page.text(MARGIN + 40 + half, y, page.fit(programme.label(m.b), 10, half - 8), 10)
            page.text(page.width - MARGIN - 110, y, page.fit(_(KIND_LABELS[m.kind]), 8, 110), 8, gray=0.4)
            y += 15
    return document.save(path)
