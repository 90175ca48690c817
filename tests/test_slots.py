"""An event's place: the one its sentence names, else the dateline's, else none (and why)."""

from __future__ import annotations

from eventwire.events.slots import NO_PLACE, event_place
from eventwire.model import Article, Attribute, Evidence, Place

TEXT = (
    "Governors met in Ohio last year. "
    "The president condemned the attack on Tuesday. "
    "Protesters marched in Paris."
)


def _place(pid: str, word: str, country: str) -> Place:
    start = TEXT.index(word)
    return Place(
        id=pid, evidence=Evidence.of(TEXT, start, start + len(word)), name=word, country=country
    )


PLACES = [_place("p1", "Ohio", "USA"), _place("p2", "Paris", "FRA")]


def _sentence(words: str) -> Evidence:
    start = TEXT.index(words)
    return Evidence.of(TEXT, start, TEXT.index(".", start) + 1)


def test_an_event_takes_the_place_its_sentence_names() -> None:
    slot = event_place(_sentence("Protesters"), Article(id="a", text=TEXT), PLACES)
    assert (slot.name, slot.defaulted, slot.why) == ("Paris", False, "sentence")


def test_without_place_or_dateline_the_place_is_empty_not_the_first_named() -> None:
    slot = event_place(_sentence("The president"), Article(id="a", text=TEXT), PLACES)
    assert (slot.name, slot.country, slot.defaulted, slot.why) == (None, None, True, NO_PLACE)


def test_without_a_place_in_the_sentence_the_dateline_place_is_taken() -> None:
    text = "PARIS (AP) _ " + TEXT
    paris = Place(id="p0", evidence=Evidence.of(text, 0, 5), name="Paris", country="FRA")
    dateline = Attribute(value="Paris", method="dateline", evidence=paris.evidence)
    article = Article(id="a", text=text, dateline_place=dateline)
    start = text.index("The president")
    sentence = Evidence.of(text, start, text.index(".", start) + 1)
    slot = event_place(sentence, article, [paris])
    assert (slot.name, slot.defaulted, slot.why) == ("Paris", True, "dateline")
