"""Sides read through a relative pronoun: "who", "whom", "which" stand for the noun their
clause is about, the name a description beside it describes, and the owner of a thing."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from eventwire.events.relative_clauses import stood_for
from tests.conftest import event_dyads, event_sides


def test_a_person_fired_in_a_relative_clause_is_the_target() -> None:
    for text in (
        "The lawsuit was filed by Mark Jones, whom Senator Tom Harkin fired in March.",
        "The lawsuit was filed by Mark Jones, an Army major who Senator Tom Harkin fired in March.",
    ):
        assert ("SANCTION", "Tom Harkin", "Mark Jones") in event_sides(text)


def test_a_person_harmed_in_a_passive_relative_clause_is_the_described_name() -> None:
    sides = event_sides(
        "Mark Jones, an Army major who was shot by a police officer in Ohio, died on Friday."
    )
    assert [target for type_, _, target in sides if type_ == "ASSAULT"] == ["Mark Jones"]


def test_who_hung_on_a_thing_stands_for_the_name_before_it() -> None:
    sides = event_sides(
        "Based on the memo, some persuading was needed on behalf of Harkin who has spoken "
        "to Governor Rick Scott twice."
    )
    assert [source for type_, source, _ in sides if type_ == "CONSULT"] == ["Harkin"]


def test_who_hung_on_a_place_stands_for_the_person_from_there() -> None:
    sides = event_sides(
        "Alan Berger, a doctor from Trenton, New Jersey, who admired the governor, later "
        "criticized Senator Tom Harkin."
    )
    assert ("ACCUSE", "Alan Berger", "Tom Harkin") in sides


def test_a_thing_owned_by_a_party_in_a_relative_clause_aims_at_its_owner() -> None:
    convoy = event_sides(
        "Governor Ellen Shaw's convoy, which rebels attacked near Kandahar on Monday, was hit."
    )
    assert any(t == "ASSAULT" and "Ellen Shaw" in target.split(",") for t, _, target in convoy)
    proposal = event_sides(
        "Senator Tom Harkin's proposal, which Iran accepted on Monday, ends the dispute."
    )
    assert ("AGREE", "Iran", "Tom Harkin") in proposal


def test_an_unowned_thing_in_a_relative_clause_names_no_target() -> None:
    sides = event_sides("The treaty, which Iran accepted on Monday, ends the dispute.")
    assert ("AGREE", "Iran", "") in sides


def test_a_subject_relative_is_not_also_the_target() -> None:
    sides = event_sides("Governor Rick Scott, who accused Mayor Bill de Blasio of lying, spoke.")
    assert ("ACCUSE", "Rick Scott", "Bill de Blasio") in sides


def test_a_group_whose_owner_is_named_takes_the_owner_country() -> None:
    dyads = event_dyads(
        "Israeli officials said the accord rewards Iran, whose leaders have demanded that "
        "Israel withdraw from the Golan Heights."
    )
    assert ("REQUEST", ["IRN"], ["ISR"]) in dyads


def test_a_main_verb_the_parse_hangs_inside_a_relative_clause_keeps_its_subject() -> None:
    lined = event_sides(
        "A number of Republicans in Congress who serve as superdelegates lined up behind "
        "Kasich, giving him an early lead."
    )
    assert ("SUPPORT", "Republicans in Congress", "John Kasich") in lined
    called = event_sides(
        "In 1996, when Mr. Dalton, who had failed to win his party's endorsement, called for "
        "a boycott against the unions."
    )
    assert [source for type_, source, _ in called if type_ == "REQUEST"] == ["Dalton"]


def test_a_thing_whose_owner_is_named_aims_the_act_at_the_owner() -> None:
    sides = event_dyads("Peru, whose mining plan Chile condemned on Monday, defended it.")
    assert ("ACCUSE", ["CHL"], ["PER"]) in sides


def test_whose_on_a_person_does_not_make_the_owner_the_doer() -> None:
    sides = event_sides("Senator Jane Doe, whose husband signed the bill into law, spoke today.")
    assert all("Jane Doe" not in source.split(", ") for _, source, _ in sides)  # her husband


def test_who_at_the_documents_start_takes_no_name_from_its_end() -> None:
    # "who spoke Ohio Smith", parsed by hand: no name stands before "who", so the word the
    # clause hangs on is all it can stand for, not the document's last word read as "before".
    words = ["who", "spoke", "Ohio", "Smith"]
    doc = Doc(
        English().vocab,  # its lexical attributes: "who".lower_
        words=words,
        heads=[1, 2, 2, 2],
        deps=["nsubj", "relcl", "ROOT", "npadvmod"],
        tags=["WP", "VBD", "NNP", "NNP"],
        pos=["PRON", "VERB", "PROPN", "PROPN"],
        ents=["O", "O", "B-GPE", "O"],
    )
    assert stood_for(doc[1], doc[0]).text == "Ohio"


def test_a_clause_with_no_relative_word_is_done_to_the_noun_it_modifies() -> None:
    assert ("COERCE", ["ISR"], ["PSE"]) in event_dyads(
        "The Palestinians Israel arrested on Friday were released."
    )
    sides = event_sides("Reporters met the rebels the army attacked near Goma on Monday.")
    assert any(t == "ASSAULT" and target.startswith("the rebels") for t, _, target in sides)


def test_a_clause_with_its_own_object_keeps_that_object() -> None:
    sides = event_sides("The day the army attacked the rebels, the minister resigned.")
    assert ("ASSAULT", "the army", "the rebels") in sides


def test_a_whose_clause_is_not_done_to_the_owner() -> None:
    sides = event_sides(
        "Aid reached Sudan, whose leaders have called for the dissolution of the council."
    )
    assert not any(t == "REQUEST" and "Sudan" in target for t, _, target in sides)
