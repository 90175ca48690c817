"""The doer (source) of an act where the parse or the report hides it: a main clause's subject
stranded in the phrase before it, a state official reporting an unagented arrest or charge, a
headline charge with "be" dropped (whose subject is the one charged) and a participle on a
statement (its issuer's act); an unofficial reporter, or an accuser no one names, gives no
doer."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def _doers(text: str, trigger: str) -> list[str]:
    (result,) = run_texts(text)
    return [p.name for p in event_at(result, trigger).actors]


def test_a_subject_before_a_comma_aside_does_the_controlled_act() -> None:
    text = (
        "Ruth Vega is a senator. On March 2, 2012, Vega, who hadn't endorsed anyone during "
        "the primaries, decided to back Paul Grady."
    )
    assert _doers(text, "back") == ["Ruth Vega"]


def test_a_subject_read_into_the_phrase_before_its_verb_does_the_act() -> None:
    text = (
        "In a long interview with reporters at a hotel in Denver - Ruth Vega continued to "
        "insist that she never met Grady."
    )
    assert _doers(text, "insist") == ["Ruth Vega"]


def test_police_reporting_an_unagented_charge_bring_it() -> None:
    text = (
        "After being told that he would be charged, Denver police said, Mark Dunlow went to "
        "police headquarters."
    )
    (result,) = run_texts(text)
    assert [p.country for p in event_at(result, "charged").actors] == ["USA"]


def test_the_fbi_saying_someone_is_wanted_wants_him() -> None:
    assert _doers(
        "The FBI says Mark Dunlow is wanted as a material witness in the case.", "wanted as"
    ) == ["FBI"]


def test_an_unofficial_reporter_of_an_arrest_makes_no_arrester() -> None:
    (result,) = run_texts("Three men were arrested in Denver on Monday, a neighbour said.")
    assert all(not e.actors for e in result.events if e.trigger.text == "arrested")


def test_a_headline_charge_without_be_charges_its_subject() -> None:
    (result,) = run_texts(
        "Mayor Ruth Vega Accused Of Fraud In Land Deal.\n\nVega denied it on Monday."
    )
    event = event_at(result, "Accused")
    assert (event.actors, [p.name for p in event.recipients]) == ([], ["Ruth Vega"])


def test_a_participle_on_a_statement_is_the_issuers_act() -> None:
    text = "In a statement defending Ann Kohl, Senator Paul Grady said she had done nothing wrong."
    assert _doers(text, "defending") == ["Paul Grady"]


def test_harm_reported_by_police_keeps_its_unknown_doer() -> None:
    (result,) = run_texts("Kenyan police said the guard was shot dead in Nairobi on Monday.")
    assert not event_at(result, "shot").actors


def test_a_harm_by_someone_unnamed_takes_no_doer_told_elsewhere() -> None:
    text = (
        "Khmer Rouge guerrillas shot British aid worker Tom Reid in March. In June, Reid was "
        "shot by another man near the camp."
    )
    (result,) = run_texts(text)
    doers = [[a.name for a in e.actors] for e in result.events if e.trigger.text == "shot"]
    assert doers[0] != [] and all("Khmer" not in name for name in doers[1])
