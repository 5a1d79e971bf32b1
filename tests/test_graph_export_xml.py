"""GEXF and GraphML stay valid XML whatever the names hold: every C0 control, lone surrogates,
U+FFFE/U+FFFF. Gephi refuses a whole file for one such character, so each is written as U+FFFD."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from sqlalchemy import update

from matchmaker.errors import MatchmakerError
from matchmaker.graph.export import export_graph, flat_graph, xml_text
from matchmaker.models import Actor
from tests.graph_networks import bridge_world, load_into

EVERY_C0 = "".join(chr(c) for c in range(32))
HOSTILE = f"Kood{EVERY_C0}OÜ \ud800 \udfff \ufffe\uffff <b>&amp;</b> \x7f\x9b end"


def _blanked(text: str) -> str:
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _allowed_in_xml(ch: str) -> bool:
    c = ord(ch)
    return c in (0x9, 0xA, 0xD) or 0x20 <= c <= 0xD7FF or 0xE000 <= c <= 0xFFFD or c >= 0x10000


def test_xml_text_keeps_what_xml_allows_and_replaces_the_rest():
    cleaned = xml_text(HOSTILE)
    assert len(cleaned) == len(HOSTILE) and all(_allowed_in_xml(ch) for ch in cleaned)
    assert cleaned.startswith("Kood" + "\ufffd" * 9 + "\t\n\ufffd\ufffd\r")
    assert "<b>&amp;</b> \x7f\x9b end" in cleaned  # markup is text to XML writers; C1 is legal XML


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_every_control_character_in_a_stored_name_gives_valid_xml(sqlite_store, tmp_path, fmt):
    load_into(sqlite_store, bridge_world(), tmp_path)
    name = f"Broker{EVERY_C0}Birgit"
    with sqlite_store.engine.begin() as connection:
        connection.execute(
            update(Actor).where(Actor.id == "b").values(name=name, city=EVERY_C0, sectors=[EVERY_C0, "ok"])
        )
    (path,) = export_graph(sqlite_store, fmt, tmp_path / f"net.{fmt}")
    ET.parse(path)  # expat: any forbidden character is a syntax error
    G = nx.read_gexf(path) if fmt == "gexf" else nx.read_graphml(path)
    # XML readers may normalise tab, newline and carriage return in attributes: compare the rest
    assert _blanked(G.nodes["b"]["label"]) == _blanked(xml_text(name))
    assert G.number_of_nodes() == 7 and G.number_of_edges() == 10


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_surrogates_and_controls_in_ids_and_attributes_write_readable_xml(tmp_path, fmt):
    """Lone surrogates cannot reach SQLite; this covers a network built in memory or by PostgreSQL."""
    G = nx.Graph()
    G.add_node(f"id{EVERY_C0}\ud800", name=HOSTILE, sectors=[HOSTILE, "ok"], city=None)
    G.add_node("plain", name="Plain")
    G.add_edge(f"id{EVERY_C0}\ud800", "plain", kinds=[HOSTILE])
    F = flat_graph(G, {n: (0.0, 1.0) for n in G}, fmt)
    path = tmp_path / f"g.{fmt}"
    (nx.write_gexf if fmt == "gexf" else nx.write_graphml)(F, path)
    ET.parse(path)
    H = nx.read_gexf(path) if fmt == "gexf" else nx.read_graphml(path)
    assert H.number_of_edges() == 1
    (odd,) = [n for n in H if n != "plain"]
    assert "\ud800" not in odd and odd.startswith("id")


def test_two_ids_that_differ_only_in_forbidden_characters_are_named_not_merged():
    G = nx.Graph()
    G.add_nodes_from(["a\x01", "a\x02"])
    with pytest.raises(MatchmakerError, match=r"actors 'a\\x01' and 'a\\x02' differ only in characters XML"):
        flat_graph(G, {"a\x01": (0, 0), "a\x02": (1, 1)}, "gexf")
