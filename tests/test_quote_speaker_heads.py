"""The words that name a quote's speaker: the office or agent that spoke, not its owner; the
noun a relative word stands for."""

from __future__ import annotations

import pytest

from tests.conftest import contents_and_speakers, run_texts


def speaker_and_chain(text: str) -> tuple[str | None, str | None, list[str]]:
    """The one quote's speaker words, the actor they resolve to, and its chain's names."""
    (result,) = run_texts(text)
    (quote,) = result.quotes
    names = {actor.id: actor.name for actor in result.actors}
    mention = quote.speaker.mention.text if quote.speaker.mention else None
    return mention, names.get(quote.speaker.actor_id or ""), [s.name for s in quote.chain]


@pytest.mark.parametrize(
    ("text", "speaker", "owner"),
    [
        (
            "The mayor's office said the tunnel would close on Friday.",
            "The mayor's office",
            "The mayor",
        ),
        ("A lawyer for Ines Duarte said she would appeal the ruling.", "A lawyer", "Ines Duarte"),
    ],
)
def test_an_office_or_agent_speaks_and_its_owner_heads_the_chain(
    text: str, speaker: str, owner: str
) -> None:
    mention, actor, chain = speaker_and_chain(text)
    assert (mention, actor) == (speaker, None)
    assert chain[-2:] == [owner, speaker]


def test_a_named_persons_office_speaks_as_a_body_of_the_person() -> None:
    """ "Alves's office said": the office is an actor of its own, named with its owner, as
    "Alves's spokesman" is."""
    text = "Minister Pedro Alves's office said in a statement that the port would reopen."
    mention, actor, _ = speaker_and_chain(text)
    assert (mention, actor) == ("office", "Pedro Alves's office")


def test_a_named_spokesman_stays_the_speaker() -> None:
    text = "Alves's spokesman, Rui Mota, said the minister would not resign."
    assert contents_and_speakers(text) == [("the minister would not resign", "Rui Mota")]


def test_a_relative_word_speaks_for_the_person_it_stands_for() -> None:
    text = "Tomas Berg, who said the tariff was “a disgrace,” left the party on Monday."
    mention, actor, _ = speaker_and_chain(text)
    assert (mention, actor) == ("who", "Tomas Berg")


def test_what_an_owner_says_still_speaks_for_the_owner() -> None:
    text = "Senator Ines Duarte's letter says the mine must close."
    assert speaker_and_chain(text)[1] == "Ines Duarte"
