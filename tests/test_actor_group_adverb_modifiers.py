"""An adverb that qualifies a group's adjective ("heavily armed men", "less partisan
committees") belongs to the group's words, so the mention spans the whole phrase a reader
names it by."""

from __future__ import annotations

from tests.conftest import mention_texts, run_texts


def test_an_adverb_on_a_group_adjective_is_in_the_mention() -> None:
    texts = mention_texts("Heavily armed gunmen stormed the police station.", "2016-05-02")
    assert "Heavily armed gunmen" in texts


def test_a_count_and_an_adverb_before_a_group_are_in_the_mention() -> None:
    text = "The report was reviewed by three less partisan congressional committees."
    assert "three less partisan congressional committees" in mention_texts(text, "2016-05-02")


def test_a_degree_adverb_does_not_split_a_group() -> None:
    (result,) = run_texts(
        "Police officers lined the route. Marchers said seeing so many police officers helped.",
        date="2016-05-02",
    )
    assert sum("police officers" in actor.name.lower() for actor in result.actors) == 1
