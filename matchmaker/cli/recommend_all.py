"""``matchmaker recommend --all -o FILE``: every actor's suggestions in one CSV or JSON file.

The model comes from the copy kept beside the database while the network is unchanged
(:func:`matchmaker.match.fitted_recommender`); the ranking is shared out over the machine's
cores (:mod:`matchmaker.match.all_pairs`), with a progress line on stderr. The file is written
whole or not at all; names in the CSV are guarded against spreadsheet formulas and it carries a
byte order mark, like every CSV this app writes.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
from pathlib import Path

from matchmaker.cli.output import emit_json, say
from matchmaker.cli.progress import StderrProgress
from matchmaker.cli.store_arg import store_from_args
from matchmaker.i18n import _

__all__ = ["run_recommend_all"]

CSV_HEADER = (
    "actor",
    "actor_name",
    "rank",
    "candidate",
    "candidate_name",
    "candidate_country",
    "score",
    "band",
    "relation",
)


def run_recommend_all(args: argparse.Namespace) -> int:
    from matchmaker.exports import refuse_database_target
    from matchmaker.match import PartnerRecommender, fitted_recommender
    from matchmaker.match.all_pairs import all_top_pairs

    if not (args.all and args.output):
        say(_("--all needs -o FILE (a .csv or .json file), and -o is only for --all"))
        return 2
    if args.actors:
        say(_("--all suggests for every actor; leave out the actor names"))
        return 2
    out = Path(args.output)
    store = store_from_args(args)
    refuse_database_target(store, out)
    say(_("loading the network and the model"))
    learning = StderrProgress(_("learning from the network's history"))
    model = fitted_recommender(
        store,
        PartnerRecommender(language=args.lang or "en", audience=args.audience),
        learning,
        processes=os.cpu_count() or 1,
    )
    learning.close()
    progress = StderrProgress(_("ranking"))
    asking = model.askers()
    rows = list(
        all_top_pairs(
            model,
            asking,
            top=args.top,
            progress=progress,
            kinds=args.kind,
            countries=args.country,
            sectors=args.sector,
            any_country=args.any_country,
        )
    )
    progress.close()
    actors = {a.id: a for a in model.index_.actors}
    _write(out, rows, actors)
    say(
        _("{n:,} suggestions for {m:,} actors written to {path}").format(n=len(rows), m=len(actors), path=out)
    )
    if args.json:
        emit_json({"written": str(out), "actors": len(actors), "suggestions": len(rows)})
    return 0


def _write(out: Path, rows, actors) -> None:
    from matchmaker.atomic import atomic_file
    from matchmaker.interchange.formula_cells import escape_formula

    with atomic_file(out) as temporary:
        if out.suffix.lower() == ".json":
            document: dict[str, list] = {}
            for r in rows:
                document.setdefault(r.actor, []).append(
                    {"id": r.candidate, "score": r.score, "band": r.band, "relation": r.relation}
                )
            temporary.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
            return
        with open(temporary, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(CSV_HEADER)
            for r in rows:
                a, c = actors[r.actor], actors[r.candidate]
                writer.writerow(
                    (
                        escape_formula(r.actor),
                        escape_formula(a.name),
                        r.rank,
                        escape_formula(r.candidate),
                        escape_formula(c.name),
                        c.country,
                        f"{r.score:.6g}",
                        r.band,
                        r.relation,
                    )
                )
