"""The one phrase lookup every lexicon uses, and the word lists read through it."""

from __future__ import annotations

from importlib import resources

from eventwire.code_phrases import (
    MAX_COUNTRY_TOKENS,
    country_phrases,
    group_phrases,
    role_phrases,
    surface,
)
from eventwire.codes import country_of
from eventwire.events import cameo_codes, modes, plover_types
from eventwire.events.lexicon import code_table, triggers
from eventwire.lexicons import PhraseLookup, read_table, word_map, word_set
from eventwire.parse.nlp import load_nlp


def test_longest_title_wins_over_the_shorter_one_inside_it() -> None:
    match = role_phrases().longest_in(["the", "army", "chief", "of", "staff", "said"])
    assert match is not None
    assert (match.start, match.end, match.value.sector) == (1, 5, "MIL")


def test_a_refused_phrase_falls_back_to_the_shorter_one() -> None:
    table = {("riot", "police"): "long", ("riot",): "short"}
    lookup = PhraseLookup(lambda words: table.get(tuple(words)), longest=3)
    words = ["riot", "police", "arrived"]
    assert lookup.at(words, 0).value == "long"
    refused = lookup.at(words, 0, accept=lambda m: len(m) == 1)
    assert refused is not None and refused.value == "short"
    assert lookup.first(["the", "riot", "police"]).start == 1


def test_collective_nouns_have_sectors() -> None:
    match = group_phrases().first(["sent", "more", "riot", "police"])
    assert match is not None and match.value == "COP"


def test_word_lists_are_read_from_the_lexicon_file() -> None:
    assert word_map("pronoun_gender")["she"] == "f"
    assert "it" in word_set("not_speaker")


def test_country_names_are_found_wherever_the_full_lookup_finds_them() -> None:
    text = (
        "The Democratic People's Republic of Korea's envoy met U.S. and South Korean aides; "
        "Russia’s and\n Belarus's troops, Americans and the Britons, not Russ or Koreas."
    )
    doc = load_nlp().make_doc(text)
    every_length = PhraseLookup(lambda tokens: country_of(surface(tokens)), MAX_COUNTRY_TOKENS)
    found = [country_phrases().at(doc, i) for i in range(len(doc))]
    assert found == [every_length.at(doc, i) for i in range(len(doc))]
    names = {doc[m.start : m.end].text: m.value.iso3 for m in found if m is not None}
    assert names["Democratic People's Republic of Korea"] == "PRK"
    assert names["Russia’s"] == "RUS" and names["South Korean"] == "KOR"
    assert names["\n Belarus's"] == "BLR", "from the line break before the name too"


def test_every_lexicon_row_is_defined_once() -> None:
    tables = [p.name for p in resources.files("eventwire.lexicons").iterdir()]
    for name in (t for t in tables if t.endswith(".tsv")):
        rows = read_table(name)
        assert len(set(rows)) == len(rows), name


def test_every_mode_a_rule_names_is_one_the_trigger_lexicon_gives() -> None:
    given = {t.code.mode for rows in triggers().values() for t in rows}
    named = {v for k, v in vars(modes).items() if k.isupper()}
    assert named and named <= given


def test_the_plover_types_rules_name_are_the_ones_the_code_table_gives() -> None:
    given = {code.type for code in code_table().values()}
    named = {v for k, v in vars(plover_types).items() if k.isupper()}
    assert named == given


def test_each_cameo_code_rules_name_is_in_the_code_table_under_one_name() -> None:
    named = [v for k, v in vars(cameo_codes).items() if k.isupper()]
    assert len(named) == len(set(named))
    assert set(named) <= set(code_table())
