"""A claim, an assertion or a suggestion whose "that" clause tells what another party is or did
accuses that party; one about its owner, a thing or what should be done accuses no one."""

from __future__ import annotations

from tests.conftest import trigger_sides


def _claim_accusations(text: str) -> list[tuple[str, list[str], list[str]]]:
    nouns = {"claim", "claims", "assertion", "suggestion", "contention"}
    return [side for side in trigger_sides(text, "ACCUSE") if side[0] in nouns]


def test_a_claim_that_another_party_did_wrong_accuses_that_party() -> None:
    text = "Donald Trump reiterated his claim that Hillary Clinton had bullied the women."
    assert _claim_accusations(text) == [("claim", ["Donald Trump"], ["Hillary Clinton"])]


def test_a_named_owner_claim_about_a_rival_accuses_the_rival() -> None:
    text = "A Cruz aide said that Rubio's claim that Cruz is in favor of amnesty is not true."
    assert _claim_accusations(text) == [("claim", ["Marco Rubio"], ["Ted Cruz"])]


def test_a_claim_about_its_owner_accuses_no_one() -> None:
    assert _claim_accusations("Carson repeated his claim that he had been offered a place.") == []


def test_a_claim_about_a_thing_accuses_no_one() -> None:
    text = "Despite Mr. Trump's claims that his net worth exceeds $10 billion, few believe it."
    assert _claim_accusations(text) == []


def test_a_claim_the_clause_answers_is_no_accusation_of_the_answerer() -> None:
    text = "Podliska says he was fired, a claim that Gowdy's office strongly disputes."
    assert _claim_accusations(text) == []


def test_a_suggestion_of_what_someone_should_do_accuses_no_one() -> None:
    text = "Democrats seized on Mr. Trump's suggestion that Russia should hack her emails."
    assert _claim_accusations(text) == []


def test_a_claim_of_what_someone_will_do_accuses_no_one() -> None:
    text = "Reporters laughed at Donald Trump's claim that Mexico will pay for the wall."
    assert _claim_accusations(text) == []


def test_a_claim_that_speaks_well_of_another_accuses_no_one() -> None:
    text = "Sanders repeated his assertion that Clinton is the most qualified candidate."
    assert _claim_accusations(text) == []
    assert _claim_accusations("The suggestion that Hillary Clinton won the debate spread.") == []


def test_a_claim_that_denies_another_praise_accuses_them() -> None:
    text = "Donald Trump repeated his claim that Hillary Clinton is not qualified to be president."
    assert _claim_accusations(text) == [("claim", ["Donald Trump"], ["Hillary Clinton"])]


def test_a_claim_of_how_someone_feels_accuses_no_one() -> None:
    text = "The relatives made unsubstantiated claims that Elian is afraid to see his father."
    assert _claim_accusations(text) == []
