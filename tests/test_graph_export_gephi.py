"""GEXF that opens well in Gephi: community colours, sizes by degree, saved positions, and skill
labels in the chosen language (issue 14)."""

from __future__ import annotations

import networkx as nx

from matchmaker.cli import main
from matchmaker.graph.palette import community_hex, rgb
from tests.sample_network import write_sample


def _export(tmp_path, capsys, *options):
    db = str(tmp_path / "n.sqlite")
    assert main(["--db", db, "import", str(write_sample(tmp_path))]) == 0
    out = tmp_path / "n.gexf"
    assert (
        main(["--db", db, *options, "export", "--format", "gexf", "-o", str(out), "--include", "council"])
        == 0
    )
    capsys.readouterr()
    return nx.read_gexf(out)


def test_nodes_carry_community_colour_size_and_attributes(tmp_path, capsys):
    H = _export(tmp_path, capsys)
    kadri, ria = H.nodes["ee-kadri"], H.nodes["ee-ria"]
    assert kadri["country"] == "EE" and kadri["kind"] == "person"
    colour = kadri["viz"]["color"]
    assert (colour["r"], colour["g"], colour["b"]) == rgb(community_hex(kadri["community"]))
    assert kadri["community_label"]
    # ee-kadri has two ties, ee-ria one: the better connected is drawn larger
    assert kadri["viz"]["size"] > ria["viz"]["size"]
    assert {"x", "y"} <= set(kadri["viz"]["position"])


def test_skill_labels_are_in_the_chosen_language(tmp_path, capsys):
    from matchmaker.i18n import set_language

    english = _export(tmp_path, capsys).nodes["ee-ria"]["offers"]
    assert "X-Road data exchange" in english.split(";") and "egov:" not in english
    (tmp_path / "uk").mkdir()
    try:
        ukrainian = _export(tmp_path / "uk", capsys, "--lang", "uk")
    finally:
        set_language(None)
    assert "Обмін даними X-Road" in ukrainian.nodes["ee-ria"]["offers"].split(";")
