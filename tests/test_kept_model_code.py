"""Which code a kept model depends on: an upgrade that changes only how every actor is ranked for
the best pairs keeps a big network's model (no refit for minutes) but never shows a list that
other ranking code found."""

from __future__ import annotations

import pickle
import pickletools
import subprocess
import sys

import pytest

from matchmaker import kept
from matchmaker.generation import generation_read_at
from matchmaker.match import PartnerRecommender, kept_check
from matchmaker.match import model as model_module
from matchmaker.match.all_pairs import best_cross_border_pairs
from matchmaker.match.kept_pairs import keep_best_pairs, kept_best_pairs
from matchmaker.match.service import KEPT_MODEL_NAME
from tests.test_running_best import NET

RANKING_MODULES = sorted(f"matchmaker.match.{name.removesuffix('.py')}" for name in model_module.RANKING_ONLY)


def test_fitting_and_recommending_never_import_the_ranking_only_code():
    script = (
        "import sys\n"
        "from matchmaker.match import PartnerRecommender\n"
        "from tests.match_networks import UX, VOTING, actor, filler, network\n"
        "NET = network(actors=[actor('ee', 'EE', [UX], [VOTING]), actor('ua', 'UA', [VOTING], [UX]), *filler()],\n"
        "              ties=[('ee', 'filler-0', 'partner'), ('ua', 'filler-1', 'partner')])\n"
        "model = PartnerRecommender().fit_everything(NET)\n"
        "model.recommend(NET.actors[0].id)\n"
        f"print([m for m in {RANKING_MODULES!r} if m in sys.modules])\n"
    )
    found = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "[]"


def test_a_kept_model_holds_nothing_of_the_ranking_only_code():
    kept_bytes = pickle.dumps(PartnerRecommender().fit_everything(NET))
    modules = {arg.split(" ")[0] for op, arg, _ in pickletools.genops(kept_bytes) if op.name == "GLOBAL"}
    modules |= {
        arg for op, arg, _ in pickletools.genops(kept_bytes) if op.name in ("SHORT_BINUNICODE", "BINUNICODE")
    }
    assert modules.isdisjoint(RANKING_MODULES)


REAL_SOURCES = model_module._package_sources()


def _sources_with(tmp_path, changed: str):
    """A copy of the package's sources with ``changed`` edited, as an upgrade would."""
    copies = []
    for source in REAL_SOURCES:
        copy = tmp_path / source.name
        copy.write_bytes(source.read_bytes() + (b"\n# changed\n" if source.name == changed else b""))
        copies.append(copy)
    return copies


def test_an_upgrade_of_the_ranking_code_keeps_the_model_but_drops_the_pairs_it_found(
    kept_demo_store, monkeypatch, tmp_path
):
    monkeypatch.setattr(kept, "KEEP_FROM_ACTORS", 1)
    store = kept_demo_store
    model = kept_check.kept_model_for(store, PartnerRecommender(), store.load_network())
    generation = generation_read_at(model.net_)
    assert keep_best_pairs(model, store.database_file, "en", best_cross_border_pairs(model, limit=5), limit=5)

    def model_kept() -> bool:
        key = PartnerRecommender().kept_key()
        return kept.kept_file_fits(store.database_file, KEPT_MODEL_NAME, generation, depends_on=key)

    def pairs_kept() -> bool:
        return (
            kept_best_pairs(store.database_file, generation, "en", PartnerRecommender(), limit=5) is not None
        )

    assert model_kept() and pairs_kept()
    for ranking_only in sorted(model_module.RANKING_ONLY):
        monkeypatch.setattr(
            model_module, "_package_sources", lambda r=ranking_only: _sources_with(tmp_path, r)
        )
        assert model_kept(), ranking_only
        assert not pairs_kept(), ranking_only
    monkeypatch.setattr(model_module, "_package_sources", lambda: _sources_with(tmp_path, "features.py"))
    assert not model_kept() and not pairs_kept()


@pytest.mark.parametrize("name", sorted(model_module.RANKING_ONLY))
def test_every_ranking_only_module_is_in_the_package(name):
    assert name in {p.name for p in model_module._package_sources()}
