"""``meetings``, ``meeting-suggestions``, ``meeting-cancel``, ``meeting-outcomes``: forum brokerage.

``meetings EVENT --slots N --tables T`` plans (and saves) the one-to-one meetings; without
``--slots``/``--tables`` it shows the saved plan. Every variant can write the agendas and the
table plan (PDF) and the venue sheet (CSV or XLSX).
"""

from __future__ import annotations

import argparse

from matchmaker.cli.output import emit_json, out, say, table
from matchmaker.cli.store_arg import store_from_args
from matchmaker.errors import MatchmakerError
from matchmaker.i18n import _
from matchmaker.locale_format import percent

__all__ = ["register", "schedule_document"]


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(
            _("expected a whole number of at least 1, got {text!r}").format(text=text)
        )
    return int(text)


def _add_outputs(p) -> None:
    p.add_argument("--agendas", metavar="PDF", help=_("write one agenda page per participant"))
    p.add_argument("--plan", metavar="PDF", help=_("write the table plan, a page per slot"))
    p.add_argument("--venue", metavar="CSV|XLSX", help=_("write the list of meetings for the venue"))
    p.add_argument("--json", action="store_true", help=_("print the schedule as JSON"))


def register(subparsers) -> None:
    p = subparsers.add_parser("meetings", help=_("plan a forum's one-to-one meetings from the picks"))
    p.add_argument("event", metavar="EVENT", help=_("event id or exact name"))
    p.add_argument("--slots", type=_positive, metavar="N", help=_("number of time slots"))
    p.add_argument("--tables", type=_positive, metavar="T", help=_("meetings at once (tables)"))
    p.add_argument("--max-per-person", type=_positive, metavar="M", help=_("most meetings for one person"))
    p.add_argument("--picks", metavar="FILE", help=_("CSV or XLSX: participant, wants_to_meet, pick"))
    p.add_argument("--availability", metavar="FILE", help=_("CSV or XLSX: participant, slots (e.g. 1-4, 7)"))
    p.add_argument("--start", metavar="HH:MM", help=_("clock time of slot 1 (for agendas)"))
    p.add_argument(
        "--minutes", type=_positive, default=20, metavar="MIN", help=_("length of a slot (default 20)")
    )
    p.add_argument("--fast", action="store_true", help=_("heuristic only, no exact search"))
    p.add_argument(
        "--time-limit",
        type=float,
        default=20.0,
        metavar="S",
        help=_("seconds for the exact search (default 20)"),
    )
    _add_outputs(p)
    p.set_defaults(func=run_meetings)

    s = subparsers.add_parser("meeting-suggestions", help=_("whom each forum participant could meet"))
    s.add_argument("event", metavar="EVENT", help=_("event id or exact name"))
    s.add_argument("--top", type=_positive, default=10, metavar="K", help=_("suggestions per participant"))
    s.add_argument("--any-country", action="store_true", help=_("also suggest people from the same country"))
    s.add_argument("-o", "--output", metavar="CSV|XLSX", help=_("write a picks sheet to fill in"))
    s.add_argument("--json", action="store_true", help=_("print the suggestions as JSON"))
    s.set_defaults(func=run_suggestions)

    c = subparsers.add_parser("meeting-cancel", help=_("someone cannot come: repair the saved schedule"))
    c.add_argument("event", metavar="EVENT", help=_("event id or exact name"))
    c.add_argument("actors", nargs="+", metavar="ACTOR", help=_("who cancels (id or name)"))
    c.add_argument(
        "--from-slot", type=_positive, default=1, metavar="S", help=_("absent from this slot on (default 1)")
    )
    _add_outputs(c)
    c.set_defaults(func=run_cancel)

    o = subparsers.add_parser("meeting-outcomes", help=_("record what came of the meetings"))
    o.add_argument("event", metavar="EVENT", help=_("event id or exact name"))
    o.add_argument(
        "file",
        metavar="FILE",
        help=_("CSV or XLSX with a, b, outcome (met, agreement, no-follow-up, no-show)"),
    )
    o.add_argument("--json", action="store_true", help=_("print the counts as JSON"))
    o.set_defaults(func=run_outcomes)


def schedule_document(schedule) -> dict:
    return {
        "meetings": [
            {"slot": m.slot, "table": m.table, "a": m.a, "b": m.b, "kind": m.kind} for m in schedule.meetings
        ],
        "unscheduled": [{"a": u.a, "b": u.b, "kind": u.kind, "why": u.why} for u in schedule.unscheduled],
        "objective": schedule.objective,
        "bound": schedule.bound,
        "gap": None if schedule.gap is None else round(schedule.gap, 6),
        "optimal": schedule.optimal,
        "method": schedule.method,
    }


def _print_schedule(schedule, data, plan_start, minutes) -> None:
    from matchmaker.meetings import KIND_LABELS, why_text
    from matchmaker.meetings.timing import slot_time

    def name(actor):
        person = data.people.get(actor)
        return f"{person.name} ({person.country})" if person else actor

    rows = [
        (
            m.slot,
            slot_time(plan_start, minutes, m.slot),
            m.table,
            name(m.a),
            name(m.b),
            _(KIND_LABELS[m.kind]),
        )
        for m in schedule.meetings
    ]
    out(table(rows, (_("slot"), _("time"), _("table"), _("participant"), _("participant"), _("why"))))
    bound = "?" if schedule.bound is None else schedule.bound
    gap = (
        ""
        if schedule.gap is None
        else _(", at most {gap} below the optimum").format(gap=percent(schedule.gap, 1))
    )
    out(
        _("{n} meetings, value {value} of at most {bound}{gap} ({method})").format(
            n=len(schedule.meetings), value=schedule.objective, bound=bound, gap=gap, method=schedule.method
        )
    )
    for u in schedule.unscheduled:
        if u.kind in ("mutual-must", "must-would"):
            say(
                _("not scheduled: {a} and {b} ({kind}): {why}").format(
                    a=name(u.a), b=name(u.b), kind=_(KIND_LABELS[u.kind]), why=why_text(u.why)
                )
            )
    others = sum(u.kind not in ("mutual-must", "must-would") for u in schedule.unscheduled)
    if others:
        say(_("{n} other requested pairs not scheduled (see --json)").format(n=others))


def _export(args, store, data, schedule, plan_start, minutes, rules) -> None:
    from matchmaker.meetings.agendas import Programme, write_agendas, write_table_plan
    from matchmaker.meetings.storage import refuse_database_path
    from matchmaker.meetings.venue_sheet import venue_rows, write_venue_sheet

    for path in (args.agendas, args.plan, args.venue):
        if path:
            refuse_database_path(store, path)
    programme = Programme(
        data.event,
        data.people,
        schedule.meetings,
        rules.slots,
        plan_start,
        minutes,
        {a: data.forum.present(a, rules) for a in data.forum.availability},
        data.forum.delegations,
    )
    if args.agendas:
        say(_("agendas written to {path}").format(path=write_agendas(args.agendas, programme)))
    if args.plan:
        say(_("table plan written to {path}").format(path=write_table_plan(args.plan, programme)))
    if args.venue:
        outcomes = data.plan.outcomes if data.plan else {}
        rows = venue_rows(
            schedule.meetings, data.people, start=plan_start, slot_minutes=minutes, outcomes=outcomes
        )
        say(_("venue sheet written to {path}").format(path=write_venue_sheet(args.venue, rows)))


def _show(args, store, data, schedule, rules, start, minutes) -> int:
    _export(args, store, data, schedule, start, minutes, rules)
    if args.json:
        emit_json({"event": data.event.id, **schedule_document(schedule)})
    else:
        _print_schedule(schedule, data, start, minutes)
    return 0


def _read_inputs(args, store, data):
    from matchmaker.meetings.availability_file import read_availability
    from matchmaker.meetings.directory import ParticipantDirectory
    from matchmaker.meetings.picks_file import read_picks
    from matchmaker.meetings.storage import load_forum, refuse_database_path, save_availability, save_picks

    directory = ParticipantDirectory(data.people.values())
    if args.picks:
        refuse_database_path(store, args.picks)
        picks = read_picks(args.picks, directory)
        say(
            _("{n} picks read from {path}").format(n=save_picks(store, data.event.id, picks), path=args.picks)
        )
    if args.availability:
        refuse_database_path(store, args.availability)
        slots = args.slots or (data.plan.rules.slots if data.plan else None)
        if slots is None:
            raise MatchmakerError(_("--availability needs --slots"))
        save_availability(store, data.event.id, read_availability(args.availability, directory, slots))
    return load_forum(store, data.event.id) if args.picks or args.availability else data


def run_meetings(args: argparse.Namespace) -> int:
    from matchmaker.meetings import ForumRules, plan_meetings
    from matchmaker.meetings.schedule import describe_schedule
    from matchmaker.meetings.storage import load_forum, save_plan
    from matchmaker.meetings.timing import parse_start

    store = store_from_args(args)
    data = _read_inputs(args, store, load_forum(store, args.event))
    start = parse_start(args.start) if args.start else None
    if args.slots is None and args.tables is None:
        if data.plan is None:
            raise MatchmakerError(
                _("no schedule is saved for {event}; give --slots and --tables").format(event=data.event.name)
            )
        plan = data.plan
        schedule = describe_schedule(
            data.forum, plan.rules, plan.meetings, bound=plan.bound, method=plan.method
        )
        return _show(args, store, data, schedule, plan.rules, start or plan.start, plan.slot_minutes)
    if args.slots is None or args.tables is None:
        raise MatchmakerError(_("give both --slots and --tables"))
    if not data.forum.picks:
        raise MatchmakerError(
            _(
                "no picks for {event} yet: write a sheet with `matchmaker meeting-suggestions EVENT -o picks.xlsx`, fill in its pick column and pass it with --picks"
            ).format(event=data.event.name)
        )
    rules = ForumRules(args.slots, args.tables, args.max_per_person)
    schedule = plan_meetings(data.forum, rules, exact=not args.fast, time_limit=args.time_limit)
    save_plan(store, data.event.id, rules, schedule, start=start, slot_minutes=args.minutes)
    data = load_forum(store, data.event.id)
    return _show(args, store, data, schedule, rules, start, args.minutes)


def run_cancel(args: argparse.Namespace) -> int:
    from matchmaker.meetings import reschedule
    from matchmaker.meetings.directory import ParticipantDirectory
    from matchmaker.meetings.storage import load_forum, save_availability, save_plan

    store = store_from_args(args)
    data = load_forum(store, args.event)
    if data.plan is None:
        raise MatchmakerError(
            _("no schedule is saved for {event}; plan one with `matchmaker meetings`").format(
                event=data.event.name
            )
        )
    plan, directory = data.plan, ParticipantDirectory(data.people.values())
    absent = {}
    for key in args.actors:
        try:
            actor = directory.resolve(key)
        except LookupError as error:
            raise MatchmakerError(str(error)) from None
        absent[actor] = frozenset(s for s in data.forum.present(actor, plan.rules) if s < args.from_slot)
    save_availability(store, data.event.id, absent)
    data = load_forum(store, data.event.id)
    schedule = reschedule(
        data.forum, plan.rules, plan.meetings, from_slot=args.from_slot, previous_bound=plan.bound
    )
    save_plan(store, data.event.id, plan.rules, schedule, start=plan.start, slot_minutes=plan.slot_minutes)
    before = {(m.slot, m.a, m.b) for m in plan.meetings}
    after = {(m.slot, m.a, m.b) for m in schedule.meetings}
    if args.json:
        _export(args, store, data, schedule, plan.start, plan.slot_minutes, plan.rules)
        emit_json(
            {
                "event": data.event.id,
                **schedule_document(schedule),
                "dropped": [{"slot": s, "a": a, "b": b} for s, a, b in sorted(before - after)],
                "added": [{"slot": s, "a": a, "b": b} for s, a, b in sorted(after - before)],
            }
        )
        return 0
    say(
        _("{dropped} meetings dropped, {added} added; every other meeting stays where it was").format(
            dropped=len(before - after), added=len(after - before)
        )
    )
    return _show(args, store, data, schedule, plan.rules, plan.start, plan.slot_minutes)


def run_suggestions(args: argparse.Namespace) -> int:
    from matchmaker.meetings.picks_file import write_picks_template
    from matchmaker.meetings.storage import load_forum, refuse_database_path
    from matchmaker.meetings.suggestions import suggest_meetings

    store = store_from_args(args)
    data = load_forum(store, args.event)
    if args.output:
        refuse_database_path(store, args.output)
    found = suggest_meetings(
        store.load_network(), data.forum, per_person=args.top, any_country=args.any_country
    )
    rows = [
        (actor, data.people[actor].name, s.id, s.name, s.country, s.band, "; ".join(s.reasons[:2]))
        for actor, suggestions in found.items()
        for s in suggestions
    ]
    if args.output:
        say(_("picks sheet written to {path}").format(path=write_picks_template(args.output, rows)))
    if args.json:
        emit_json(
            {
                a: [
                    {"id": s.id, "name": s.name, "country": s.country, "band": s.band, "score": s.score}
                    for s in v
                ]
                for a, v in found.items()
            }
        )
    elif not args.output:
        out(
            table(
                [r[1:6] for r in rows],
                (_("participant"), _("could meet"), _("name"), _("country"), _("band")),
            )
        )
    return 0


def run_outcomes(args: argparse.Namespace) -> int:
    from matchmaker.meetings.directory import ParticipantDirectory
    from matchmaker.meetings.outcomes import decisions_from_outcomes, read_outcomes
    from matchmaker.meetings.storage import load_forum, record_outcomes, refuse_database_path

    store = store_from_args(args)
    data = load_forum(store, args.event)
    if data.plan is None:
        raise MatchmakerError(_("no schedule is saved for {event}").format(event=data.event.name))
    refuse_database_path(store, args.file)
    outcomes = read_outcomes(args.file, ParticipantDirectory(data.people.values()), data.plan.meetings)
    note = _("one-to-one meeting at {event}").format(event=data.event.name)
    decisions = decisions_from_outcomes(outcomes, data.forum.picks, note)
    record_outcomes(store, data.event.id, outcomes, decisions)
    counts = {o: sum(v == o for v in outcomes.values()) for o in sorted(set(outcomes.values()))}
    if args.json:
        emit_json({"event": data.event.id, "outcomes": counts, "decisions": len(decisions)})
    else:
        say(
            _("{n} outcomes recorded ({counts}); {d} decisions for the recommender").format(
                n=len(outcomes),
                counts=", ".join(f"{k} {v}" for k, v in counts.items()) or "-",
                d=len(decisions),
            )
        )
    return 0
