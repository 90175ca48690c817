"""The commonest event classes told in words the lexicon lacked (recall29): criticism and
complaint verbs, hostile and legal nouns, restrictions, concessions,
rejections of a ruling or a claim, and an attack noun its modifier tells is made in words;
each sense gate keeps the word's plain or physical use out."""

from __future__ import annotations

from functools import cache

import pytest

from tests.conftest import triggered_types

CODED = [
    ("Senator Ward rubbished the governor's claim to understand farmers.", "rubbished", "ACCUSE"),
    ("The senator rapped the administration over its handling of the flood.", "rapped", "ACCUSE"),
    ("A voter confronted Senator Ward over her votes on trade.", "confronted", "ACCUSE"),
    ("The mayor bemoaned the council's refusal to act.", "bemoaned", "ACCUSE"),
    ("The two candidates traded barbs over farm policy on Tuesday.", "barbs", "ACCUSE"),
    ("Governor Hale's latest jab at Senator Ward drew laughter.", "jab", "ACCUSE"),
    ("Republicans stepped up their personal attacks on the governor.", "attacks", "ACCUSE"),
    ("The government imposed restrictions on foreign media.", "imposed", "COERCE"),
    ("The junta silenced the opposition press.", "silenced", "COERCE"),
    ("The minister owned up to the mistake on Monday.", "owned up", "CONCEDE"),
    ("The president commuted the sentence of the activist.", "commuted", "CONCEDE"),
    ("The union abandoned its demand for a pay rise.", "abandoned", "CONCEDE"),
    ("The party contested the ruling in the Supreme Court.", "contested", "REJECT"),
]

PLAIN = [
    "He rapped on the door twice.",  # no one rapped
    "Troops confronted the rebels near the border.",  # no person or title confronted
    "The archaeologists started a dig at the site.",  # a dig at no one
    "The band silenced the crowd with a ballad.",  # no press or critics silenced
    "Three candidates contested the election.",  # running in it, no ruling rejected
    "The rebels launched a political attack on the capital, killing twelve soldiers.",
    "The government suspended its trade with the neighbouring state.",  # no candidate's exit
]


@cache
@pytest.mark.parametrize("text,trigger,type_", CODED)
def test_the_words_tell_their_class(text: str, trigger: str, type_: str) -> None:
    assert (trigger, type_) in triggered_types(text)


@pytest.mark.parametrize("text", PLAIN)
def test_the_plain_or_physical_sense_stays_out(text: str) -> None:
    types = {
        t for _, t in triggered_types(text)
    }  # "suspended its trade" sanctions, "killing" assaults
    assert not types & {"ACCUSE", "COERCE", "CONCEDE", "REJECT"}
