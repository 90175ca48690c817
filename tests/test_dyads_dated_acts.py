"""News style sets a date right after the act it dates ("the raids Aug. 20 on Sudan"); the
parser hangs the act's next phrases on the date, which still name the act's target."""

from __future__ import annotations

from eventwire.events.phrase_links import dated, pobjs
from eventwire.parse.nlp import load_nlp

from .conftest import event_at, run_texts


def test_a_phrase_after_the_date_aims_the_act() -> None:
    (result,) = run_texts("The raids Aug. 20 on Sudan drew protests.", date="1998-08-25")
    assert [r.country for r in event_at(result, "raids").recipients] == ["SDN"]


def test_only_a_date_is_looked_through() -> None:
    doc = load_nlp()("The raids Aug. 20 on Sudan drew protests.")
    raids = doc[1]
    assert [t.text for t in dated(raids)] == ["Aug."]
    assert [t.text for t in pobjs(raids, {"on"})] == ["Sudan"]
    assert dated(doc[6]) == []  # a verb is no dated act
