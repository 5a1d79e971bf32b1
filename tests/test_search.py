"""Finding actors across scripts and spellings: ranking, typos, unique resolution, the find command."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from matchmaker.cli import main
from matchmaker.errors import AmbiguousActorError, UnknownActorError
from matchmaker.interchange import import_document, read_files
from matchmaker.records import ActorRecord, SkillRecord
from matchmaker.search import TYPO_MIN_LENGTH, ActorSearch, SearchEntry, directory_key, directory_query
from matchmaker.taxonomy import bundled_skills
from matchmaker.textnorm import loose_key, within_one_edit
from tests.sample_network import write_sample

SKILLS = {s.id: s for s in bundled_skills()}
ACTORS = [
    SearchEntry(
        "ua-data-centre",
        "public_body",
        "UA",
        "State Data Exchange Centre",
        "Центр обміну державними даними",
        "Київ",
        ("egov:x-road",),
    ),
    SearchEntry("ua-kyivdigital", "company", "UA", "Kyiv Digital", "Київ Діджитал", "Lviv"),
    SearchEntry("ee-tartu-uni", "university", "EE", "Tartu Data Science College", None, "Tartu"),
    SearchEntry("ee-tartu-city", "public_body", "EE", "Tartu City Digital Office", None, "Tartu"),
    SearchEntry("ee-kadri", "person", "EE", "Kadri Tamm", None, "Tartu", ("egov:e-health-records",)),
    SearchEntry("ua-andrii", "person", "UA", "Andrii Zghurskyi", "Андрій Згурський", "Kharkiv"),
    SearchEntry("ee-parnu", "startup", "EE", "Laine Works", None, "Pärnu", ("egov:x-road",)),
    SearchEntry("ua-zp", "startup", "UA", "Dniprohub", "Дніпрохаб", "Запоріжжя"),
]


@pytest.fixture(scope="module")
def search():
    return ActorSearch(ACTORS, SKILLS)


def found(search, text, **kw):
    return [(h.id, h.field) for h in search.search(text, **kw)]


def test_kyiv_kiev_cyrillic_and_capitals_find_the_same_actors_in_the_same_order(search):
    expected = [("ua-kyivdigital", "name"), ("ua-data-centre", "city")]
    for spelling in ("kyiv", "Kiev", "Київ", "KYIV", "Киев", "київ"):
        assert found(search, spelling) == expected, spelling


def test_ranking_puts_whole_name_then_name_words_then_native_name_then_city_then_skill(search):
    # "data" is in two names and in the label of a skill a third actor has
    assert found(search, "data") == [
        ("ua-data-centre", "name"),
        ("ee-tartu-uni", "name"),
        ("ee-parnu", "skill"),  # X-Road data exchange
    ]
    assert found(search, "обміну") == [
        ("ua-data-centre", "native_name"),
        ("ee-parnu", "skill"),
    ]  # a typo of обмін
    assert found(search, "Tartu") == [
        ("ee-tartu-city", "name"),  # both names start with Tartu: by name
        ("ee-tartu-uni", "name"),
        ("ee-kadri", "city"),
    ]
    # a skill label in Estonian finds both actors with X-Road, after nothing better
    assert found(search, "X-tee andmevahetus") == [("ee-parnu", "skill"), ("ua-data-centre", "skill")]


def test_the_match_reports_the_text_that_matched(search):
    hit = search.search("Трембіта")[0]  # an alternative label of the X-Road skill, in Cyrillic
    assert (hit.field, hit.matched) == ("skill", "Trembita")
    hit = search.search("центр обміну")[0]
    assert (hit.field, hit.matched) == ("native_name", "Центр обміну державними даними")


def test_old_spellings_transliterations_and_estonian_letters(search):
    assert found(search, "Zaporozhye") == [("ua-zp", "city")]
    assert found(search, "Kharkov") == [("ua-andrii", "city")]
    assert found(search, "parnu") == [("ee-parnu", "city")]
    assert found(search, "Andriy Zgurskiy") == [("ua-andrii", "name")]  # older transliteration habits


def test_one_typo_is_forgiven_from_five_letters_on_and_ranks_after_exact_matches(search):
    assert found(search, "Zghurksyi") == [("ua-andrii", "name")]  # two letters swapped
    assert found(search, "Exchnge") == [
        ("ua-data-centre", "name"),
        ("ee-parnu", "skill"),
    ]  # one letter missing
    assert found(search, "Tamn") == []  # four letters: no typo allowed
    hits = search.search("Tartu")
    assert [h.quality for h in hits] == sorted((h.quality for h in hits), reverse=True)


def test_words_from_several_fields_match_together(search):
    assert found(search, "Kadri Tartu") == [("ee-kadri", "several")]
    assert found(search, "kadri health") == [("ee-kadri", "several")]  # name + a skill


def test_kind_filter(search):
    assert found(search, "Tartu", kind="person") == [("ee-kadri", "city")]


def test_resolve_accepts_an_id_a_whole_name_or_a_unique_match(search):
    assert search.resolve("ee-kadri") == "ee-kadri"
    assert search.resolve("kyiv digital") == "ua-kyivdigital"
    assert search.resolve("київ діджитал") == "ua-kyivdigital"
    assert search.resolve("андрій") == "ua-andrii"
    assert search.resolve("Kiev Digital") == "ua-kyivdigital"
    with pytest.raises(AmbiguousActorError):  # a name and a city: not unique
        search.resolve("Kiev")
    with pytest.raises(UnknownActorError, match="no actor has the id or name 'nobody'"):
        search.resolve("nobody")


def test_an_ambiguous_name_lists_the_best_candidates_on_one_line(search):
    with pytest.raises(AmbiguousActorError) as caught:
        search.resolve("Tartu")
    message = str(caught.value)
    assert message.startswith(
        "ambiguous: 'Tartu' matches 3 actors: Tartu City Digital Office (ee-tartu-city),"
    )
    assert "\n" not in message


# -- the store and the CLI -------------------------------------------------------------------------
@pytest.fixture
def loaded(store, tmp_path):
    import_document(store.engine, read_files([write_sample(tmp_path)], store.resolver()))
    return store


def test_store_find_actor_takes_what_find_matches_uniquely(loaded):
    assert loaded.find_actor("здоров'я онлайн").id == "ua-kyiv-health"  # lower-case Cyrillic
    assert loaded.find_actor("Zdorovia Online").id == "ua-kyiv-health"
    assert loaded.find_actor("olena kovalenko").id == "ua-olena"
    assert loaded.find_actor("Олена").id == "ua-olena"
    assert loaded.find_actor("Kovalneko").id == "ua-olena"  # one typo
    assert loaded.find_actor("Riigi Infosusteemide").id == "ee-ria"  # Estonian letters folded
    with pytest.raises(UnknownActorError):
        loaded.find_actor("Narva")


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_find_command_lists_matches_best_first_with_the_field(tmp_path, capsys):
    db = str(tmp_path / "n.sqlite")
    run(capsys, "--db", db, "import", str(write_sample(tmp_path)))
    documents = [
        json.loads(run(capsys, "--db", db, "find", spelling, "--json")[1])
        for spelling in ("kyiv", "Kiev", "Київ", "KYIV")
    ]
    assert {json.dumps(d["matches"]) for d in documents} == {json.dumps(documents[0]["matches"])}
    assert [(m["id"], m["field"], m["matched"]) for m in documents[0]["matches"]] == [
        ("ua-kyiv-health", "city", "Київ")
    ]
    code, out, err = run(capsys, "--db", db, "find", "mobile ux", "--kind", "startup")
    assert code == 0 and "ua-kyiv-health" in out and "ee-ria" not in out
    code, out, err = run(capsys, "--db", db, "find", "nothing like this")
    assert code == 0 and out == "" and "no actor matches 'nothing like this'" in err


def test_commands_taking_an_actor_accept_a_transliteration_and_report_ambiguity(tmp_path, capsys):
    db = str(tmp_path / "n.sqlite")
    run(capsys, "--db", db, "import", str(write_sample(tmp_path)))
    code, out, _ = run(capsys, "--db", db, "path", "kadri tamm", "олена коваленко", "--json")
    assert code == 0
    code, out, err = run(capsys, "--db", db, "path", "kadri", "e")  # "e" starts several names
    assert code == 2 and err.startswith("error: ambiguous: 'e' matches") and err.count("\n") == 1


# -- the Directory agrees with find ---------------------------------------------------------------
def test_the_directory_filter_finds_what_find_finds_by_name_or_city(search):
    records = [
        ActorRecord(e.id, e.kind, e.name, e.country, native_name=e.native_name, city=e.city) for e in ACTORS
    ]
    keys = {r.id: directory_key(r) for r in records}
    for query in (
        "kyiv",
        "Kiev",
        "Київ",
        "KYIV",
        "Kharkov",
        "Pärnu",
        "parnu",
        "tartu",
        "обміну",
        "zaporozhye",
    ):
        words = directory_query(query)
        shown = {i for i, key in keys.items() if all(" " + w in key for w in words)}
        strong = {h.id for h in search.search(query) if h.quality >= 0.9 and h.field != "skill"}
        assert shown == strong, query


def test_unused_skill_labels_are_not_searched():
    only = ActorSearch([SearchEntry("x", "startup", "EE", "X", skills=())], SKILLS)
    assert only.search("X-tee") == []
    assert len(only) == 1
    assert isinstance(SKILLS["egov:x-road"], SkillRecord)


@given(
    words=st.lists(st.text(alphabet="abcč", min_size=3, max_size=8), min_size=1, max_size=40),
    token=st.text(alphabet="abcč", min_size=TYPO_MIN_LENGTH, max_size=8),
)
def test_every_word_one_typo_away_is_found_though_only_near_words_are_compared(words, token):
    """The typo search compares a query word only with words sharing its first or last two letters
    (the index at 100,000 actors holds 100,000 words); that must never miss a word one edit away."""
    from matchmaker.search import TYPO, _Vocabulary

    vocabulary = _Vocabulary(words)
    found = vocabulary.matches(token)
    for word in set(words):
        if within_one_edit(token, word) or within_one_edit(loose_key(token), loose_key(word)):
            assert found.get(word, 0) >= TYPO, word
