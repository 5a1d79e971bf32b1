"""Build ``resources/taxonomy/skills.csv``, the one taxonomy file the app reads.

The shipped file is generated rather than hand-edited so that its three sources stay
reviewable on their own: the ESCO digital-skills collection exactly as the European
Commission publishes it, our e-government vocabulary, and our Estonian/Ukrainian
translations of every ESCO skill. Output is deterministic
(e-government concepts first, then ESCO, each sorted by id) so a rebuild shows up in a
diff only when a source changed.

Run ``python scripts/build_taxonomy.py`` (or ``--out PATH`` to write elsewhere).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

TAXONOMY_DIR = Path(__file__).resolve().parent.parent / "resources" / "taxonomy"
ESCO_FILE = TAXONOMY_DIR / "esco_digital_skills_en.csv"
EGOV_FILE = TAXONOMY_DIR / "egov_skills.csv"
TRANSLATIONS_FILE = TAXONOMY_DIR / "esco_translations.csv"
OUT_FILE = TAXONOMY_DIR / "skills.csv"
COLUMNS = ("id", "source", "label_en", "label_et", "label_uk", "alt_labels", "broader", "uri")

# ESCO's bulk CSV separates alternative labels by newlines; the digital-skills collection
# export separates them (and the broader concepts) by " | ". Accept both.
_ESCO_LIST_SEPARATOR = re.compile(r"\s*\n\s*|\s+\|\s+")


class TaxonomySourceError(ValueError):
    """A source file breaks a rule the app relies on (unknown id, clashing label…)."""


def _split_list(text: str) -> list[str]:
    return [part.strip() for part in _ESCO_LIST_SEPARATOR.split(text or "") if part.strip()]


def read_esco(path: Path = ESCO_FILE) -> list[dict[str, str]]:
    """ESCO rows as taxonomy rows; the id is ``esco:`` plus the concept URI's last part."""
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            uri = row["conceptUri"].strip()
            broader = _split_list(row["broaderConceptPT"])
            rows.append(
                {
                    "id": "esco:" + uri.rsplit("/", 1)[-1],
                    "source": "esco",
                    "label_en": row["preferredLabel"].strip(),
                    "label_et": "",
                    "label_uk": "",
                    "alt_labels": _split_list(row["altLabels"]),
                    "broader": broader[0] if broader else "",
                    "uri": uri,
                }
            )
    return rows


def read_egov(path: Path = EGOV_FILE) -> list[dict[str, str]]:
    """Our e-government concepts; alt labels are ``|``-separated for easy hand-editing."""
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            if not row["id"].startswith("egov:"):
                raise TaxonomySourceError(f"{path.name}:{line}: id {row['id']!r} must start with 'egov:'")
            for column in ("label_en", "label_et", "label_uk"):
                if not row[column].strip():
                    raise TaxonomySourceError(f"{path.name}:{line}: {column} is empty for {row['id']}")
            rows.append(
                {
                    "id": row["id"].strip(),
                    "source": "egov",
                    "label_en": row["label_en"].strip(),
                    "label_et": row["label_et"].strip(),
                    "label_uk": row["label_uk"].strip(),
                    "alt_labels": [a.strip() for a in row["alt_labels"].split("|") if a.strip()],
                    "broader": row["broader"].strip(),
                    "uri": "",
                }
            )
    return rows


def apply_translations(esco: list[dict[str, str]], path: Path = TRANSLATIONS_FILE) -> None:
    """Fill ``label_et``/``label_uk`` of ESCO rows from our translation file."""
    by_id = {row["id"]: row for row in esco}
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            target = by_id.get(row["id"])
            if target is None:
                raise TaxonomySourceError(f"{path.name}:{line}: {row['id']} is not an ESCO skill we ship")
            target["label_et"] = row["label_et"].strip()
            target["label_uk"] = row["label_uk"].strip()


def check_label_clashes(egov: list[dict], esco: list[dict]) -> None:
    """Refuse labels that would make the resolver pick the wrong concept.

    The resolver gives a label to the first concept that claims it and egov comes first,
    so an e-government label equal to an ESCO one would silently hide the ESCO concept;
    a translation equal to another concept's label would do the same.
    """
    from matchmaker.textnorm import fold

    # ESCO's own English labels are taken as published, even where folding merges a few
    # (C, C# and C++ all fold to "c"); only the labels we add are checked.
    owner: dict[str, str] = {}
    for row in esco:
        owner.setdefault(fold(row["label_en"]), row["id"])
    clashes = []
    for row in egov + esco:
        ours = [row["label_et"], row["label_uk"]]
        if row["source"] == "egov":
            ours += [row["label_en"], *row["alt_labels"]]
        for label in filter(None, ours):
            key = fold(label)
            if row["source"] == "esco" and key == fold(row["label_en"]):
                continue  # "Python" in every language: nothing new to clash
            if owner.setdefault(key, row["id"]) != row["id"]:
                clashes.append(f"{label!r} names both {owner[key]} and {row['id']}")
    if clashes:
        raise TaxonomySourceError("label clashes:\n  " + "\n  ".join(clashes))


def build_rows() -> list[dict[str, str]]:
    egov = sorted(read_egov(), key=lambda r: r["id"])
    esco = read_esco()
    apply_translations(esco)
    esco.sort(key=lambda r: r["id"])
    ids = [r["id"] for r in egov + esco]
    if len(ids) != len(set(ids)):
        raise TaxonomySourceError("duplicate skill ids")
    check_label_clashes(egov, esco)
    return egov + esco


def write_skills(rows: list[dict], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "alt_labels": json.dumps(row["alt_labels"], ensure_ascii=False)})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_FILE, help="where to write skills.csv")
    args = parser.parse_args(argv)
    rows = build_rows()
    write_skills(rows, args.out)
    translated = sum(1 for r in rows if r["source"] == "esco" and r["label_et"])
    print(f"wrote {len(rows)} skills ({translated} ESCO skills translated) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
