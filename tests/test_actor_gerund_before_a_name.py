"""A gerund that opens a sentence and that NER took into a person's name ("Entrusting Ana Ruiz
with …" tagged as one PERSON) is the sentence's verb: the name is read without it; a name whose
first word the tagger reads as a noun of the name stays whole."""

from __future__ import annotations

from eventwire.actors.name_checks import strip_leading_title
from eventwire.parse.nlp import load_nlp


def test_an_opening_gerund_is_no_part_of_the_name() -> None:
    doc = load_nlp()("Entrusting Maria Lopez with the city budget would be a mistake.")
    assert strip_leading_title(doc[0:3]).text == "Maria Lopez"


def test_a_first_name_stays_in_the_name() -> None:
    doc = load_nlp()("Sterling Brown said the police attacked him.")
    assert strip_leading_title(doc[0:2]).text == "Sterling Brown"
