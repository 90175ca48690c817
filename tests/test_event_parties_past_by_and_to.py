"""A party that hangs on a passive's "by" or a dative's "to" is the verb's own: a pronoun there
is not the verb's other party, and a name set off after a "by" object is that doer's name."""

from __future__ import annotations

from .conftest import named_sides, run_texts

MEETING = "Senator Paul Hale spoke after meeting Mayor Dan Kerr. "


def test_a_pronoun_after_to_is_not_the_doer_of_its_verb() -> None:
    text = MEETING + '"Governor Tom Reed sent threats to him last week," Hale said.'
    assert named_sides(text, "THREATEN") == (["Tom Reed"], ["Dan Kerr"])


def test_a_pronoun_after_by_is_not_the_subject_of_its_passive() -> None:
    text = MEETING + '"Governor Tom Reed was criticized by him for weeks," Hale said.'
    assert named_sides(text, "ACCUSE") == (["Dan Kerr"], ["Tom Reed"])


def test_a_name_set_off_after_a_by_object_names_the_doer() -> None:
    text = (
        "\"Even the director's laptop had been hacked by a foreign government, likely the "
        'Russians," the audit said.'
    )
    (result,) = run_texts(text)
    (event,) = [e for e in result.events if e.trigger.text == "hacked"]
    assert "RUS" in {p.country for p in event.actors}
