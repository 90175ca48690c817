"""A headline verb the tagger reads as a noun keeps headline grammar: the name before it does the
act to the name after it ("Merkel Slams Erdogan Over Press Crackdown": Erdogan is the target)."""

from __future__ import annotations

from .conftest import run_texts

ARTICLE = (
    "Merkel Slams Erdogan Over Press Crackdown.\n\n"
    "German Chancellor Angela Merkel criticised Turkish President Recep Tayyip Erdogan on Tuesday."
)


def test_headline_verb_read_as_noun_has_its_target() -> None:
    (result,) = run_texts(ARTICLE, date="2018-05-02")
    (event,) = [e for e in result.events if e.trigger.text == "Slams"]
    assert [p.country for p in event.recipients] == ["TUR"]
