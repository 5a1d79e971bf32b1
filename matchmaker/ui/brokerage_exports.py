"""The brokerage's printouts from the view: agendas (PDF), the table plan (PDF), the venue sheet (CSV/XLSX).

Each is written by the core (``matchmaker.meetings.agendas``, ``venue_sheet``: a temporary file
beside the target, fsynced and renamed) off the UI thread. The file dialog proposes a name
made from the event's name (``tallinn-forum-agendas.pdf``); a file that is the database or its
journal is refused (by path and ``stat`` only) before anything is written.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["EXPORTS", "proposed_name", "export_write"]

# key -> (file name ending, default suffix)
EXPORTS = {
    "agendas": ("agendas", "pdf"),
    "plan": ("table-plan", "pdf"),
    "venue": ("venue", "xlsx"),
}


def proposed_name(event_name: str, key: str) -> str:
    """``Tallinn Forum 2026`` -> ``tallinn-forum-2026-agendas.pdf`` (ASCII, for every file system).

    >>> proposed_name("Форум Київ: 2026", "venue")
    'forum-kyiv-2026-venue.xlsx'
    """
    from matchmaker.textnorm import fold

    ending, suffix = EXPORTS[key]
    folded = unicodedata.normalize("NFKD", fold(event_name)).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:60] or "brokerage"
    return f"{stem}-{ending}.{suffix}"


def export_write(store, key: str, path: str, data, meetings, rules, start, minutes):
    """A task function writing one printout of ``data`` (a ``ForumData``) and ``meetings`` to ``path``."""

    def run(_progress, _cancelled):
        from matchmaker.meetings.agendas import Programme, write_agendas, write_table_plan
        from matchmaker.meetings.venue_sheet import venue_rows, write_venue_sheet

        store.refuse_database_files([path])
        if key == "venue":
            outcomes = data.plan.outcomes if data.plan else {}
            rows = venue_rows(meetings, data.people, start=start, slot_minutes=minutes, outcomes=outcomes)
            return write_venue_sheet(path, rows)
        programme = Programme(
            data.event,
            data.people,
            meetings,
            rules.slots,
            start,
            minutes,
            {a: data.forum.present(a, rules) for a in data.forum.availability},
            data.forum.delegations,
        )
        return (write_agendas if key == "agendas" else write_table_plan)(path, programme)

    return run
