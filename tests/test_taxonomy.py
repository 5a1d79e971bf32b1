"""The bundled taxonomy: it loads, speaks three languages, and rebuilds identically.

A user in Kyiv types Ukrainian (or its Latin spelling), a user in Tartu types Estonian; the
matcher only works if both land on the same skill id as the English label.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from matchmaker.taxonomy import SkillResolver, bundled_skills
from matchmaker.textnorm import transliterate_uk

REPO = Path(__file__).resolve().parent.parent
SKILLS_CSV = REPO / "resources" / "taxonomy" / "skills.csv"


@pytest.fixture(scope="module")
def resolver() -> SkillResolver:
    return SkillResolver(bundled_skills())


def test_bundled_taxonomy_has_egov_and_all_esco_digital_skills():
    skills = bundled_skills()
    sources = [s.source for s in skills]
    assert sources.count("esco") == 1284
    assert 60 <= sources.count("egov") <= 100
    assert sources.index("esco") > max(i for i, s in enumerate(sources) if s == "egov"), "egov comes first"
    assert len({s.id for s in skills}) == len(skills)


def test_every_egov_concept_has_all_three_languages():
    for skill in bundled_skills():
        if skill.source == "egov":
            assert skill.label_en and skill.label_et and skill.label_uk, skill.id


def _demo_skill_ids() -> set[str]:
    import json

    network = json.loads((REPO / "resources" / "demo" / "network.json").read_text(encoding="utf-8"))
    return {
        entry["skill"] if isinstance(entry, dict) else entry
        for actor in network["actors"]
        for side in ("offers", "needs")
        for entry in actor[side]
    }


def test_every_skill_the_demo_uses_has_an_estonian_and_a_ukrainian_label():
    skills = {s.id: s for s in bundled_skills()}
    used = _demo_skill_ids()
    assert len(used) > 100
    missing = sorted(i for i in used if not (skills[i].label_et and skills[i].label_uk))
    assert missing == []


def test_every_skill_the_profile_completer_offers_has_all_three_labels():
    # the completer lists every taxonomy skill (ui.profile_chips.skill_completer_labels): a user
    # typing Estonian or Ukrainian must find each of them in their language
    missing = [s.id for s in bundled_skills() if s.source != "tag" and not (s.label_et and s.label_uk)]
    assert missing == []


def test_the_partnership_resources_are_in_the_taxonomy_in_three_languages(resolver):
    assert resolver.resolve("Seed investment") == "egov:investment-seed"
    assert resolver.resolve("Külvirahastus (seed)") == "egov:investment-seed"
    assert resolver.resolve("пілотний майданчик") == "egov:pilot-site"
    assert resolver.resolve("Доступ до державних даних і реєстрів") == "egov:registry-data-access"
    assert resolver.resolve("Sisenemine Ukraina turule (EE→UA)") == "egov:market-entry-ukraine"
    resources = [s for s in bundled_skills() if s.broader == "partnership resources"]
    assert len(resources) >= 12 and all(s.label_et and s.label_uk for s in resources)


def test_esco_concept_keeps_uri_alt_labels_and_broader():
    haskell = next(s for s in bundled_skills() if s.label_en == "Haskell")
    assert haskell.id == "esco:000f1d3d-220f-4789-9c0a-cc742521fb02"
    assert haskell.uri == "http://data.europa.eu/esco/skill/000f1d3d-220f-4789-9c0a-cc742521fb02"
    assert haskell.alt_labels == ("Haskell techniques",)
    assert haskell.broader == "computer programming"


@pytest.mark.parametrize(
    ("english", "estonian", "ukrainian"),
    [
        ("X-Road data exchange", "X-tee andmevahetus", "Обмін даними X-Road"),
        ("E-prescription", "Digiretsept", "Електронний рецепт"),
        ("cloud technologies", "Pilvetehnoloogiad", "Хмарні технології"),
        ("ICT security legislation", "IKT-turbe õigusaktid", "Законодавство у сфері безпеки ІКТ"),
        ("design user interface", "Kasutajaliidese kujundamine", "Дизайн інтерфейсу користувача"),
    ],
)
def test_estonian_ukrainian_and_transliterated_labels_meet_the_english_one(
    resolver, english, estonian, ukrainian
):
    skill_id = resolver.resolve(english)
    assert skill_id is not None
    assert resolver.resolve(estonian) == skill_id
    assert resolver.resolve(ukrainian) == skill_id
    latin = transliterate_uk(ukrainian)
    assert latin != ukrainian and latin.isascii()
    assert resolver.resolve(latin) == skill_id
    assert resolver.resolve(estonian.upper()) == skill_id


def test_diia_and_trembita_resolve_to_their_concepts(resolver):
    assert resolver.resolve("Дія") == "egov:mobile-public-services"
    assert resolver.resolve("Diia") == "egov:mobile-public-services"
    assert resolver.resolve("Трембіта") == "egov:x-road"
    assert resolver.resolve("x-tee") == "egov:x-road"
    assert resolver.resolve("ProZorro") == "egov:public-e-procurement"


def test_esco_and_egov_labels_do_not_shadow_each_other(resolver):
    # "e-procurement" is ESCO's concept; ours is "Public e-procurement" — both stay reachable.
    esco = resolver.resolve("e-procurement")
    assert esco is not None and esco.startswith("esco:")
    assert resolver.resolve("Public e-procurement") == "egov:public-e-procurement"


def test_unknown_text_becomes_a_tag(resolver):
    local = SkillResolver(bundled_skills())
    skill_id, record = local.resolve_or_tag("Underwater drone mapping")
    assert skill_id == "tag:underwater drone mapping"
    assert record is not None and record.source == "tag"
    assert resolver.resolve("Underwater drone mapping") is None


def test_build_taxonomy_is_stable(tmp_path):
    out = tmp_path / "skills.csv"
    subprocess.run(
        [sys.executable, str(REPO / "scripts" / "build_taxonomy.py"), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == SKILLS_CSV.read_bytes(), (
        "skills.csv is stale: re-run scripts/build_taxonomy.py"
    )
