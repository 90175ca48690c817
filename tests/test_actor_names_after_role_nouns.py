"""A foreign name NER misreads (as a place, a body) or leaves untagged is a person's when a
lower-case role noun stands right before it; the demonym before the role gives the country."""

from __future__ import annotations

from tests.conftest import run_texts


def _codes(text: str, name: str) -> tuple[str | None, str | None] | None:
    (result,) = run_texts(text, date="1998-03-01")
    actor = next((a for a in result.actors if a.name == name), None)
    if actor is None:
        return None
    return actor.type.value, actor.country.value if actor.country else None


def test_name_after_interpreter_is_a_person_of_the_demonyms_country() -> None:
    text = (
        "Morris had been working for the Halo Trust when he was abducted with his Cambodian "
        "interpreter Houn Hourth in May 1997."
    )
    assert _codes(text, "Houn Hourth") == ("person", "KHM")


def test_name_after_a_title_word_is_a_person() -> None:
    text = "Police in Nairobi arrested Kenyan activist Otieno Wafula on Monday."
    assert _codes(text, "Otieno Wafula") == ("person", "KEN")


def test_place_after_a_role_noun_stays_a_place() -> None:
    (result,) = run_texts("The driver Phnom Penh hired fled on Monday.", date="1998-03-01")
    assert all(a.type.value != "person" or a.name != "Phnom Penh" for a in result.actors)


def test_demonym_before_a_noun_is_no_persons_name() -> None:
    text = "WASHINGTON (AP) -- A knife-wielding Belgian Islamist killed a police officer."
    (result,) = run_texts(text, date="2016-06-17")
    killing = next(e for e in result.events if e.type == "ASSAULT")
    actors = {a.id: a for a in result.actors}
    assert [actors[p.actor_id].country.value for p in killing.actors] == ["BEL"]


def test_name_after_a_wealth_noun_is_a_person() -> None:
    text = "Kazakh tycoon Nurlan Bekov funded the campaign, the report said."
    assert _codes(text, "Nurlan Bekov") == ("person", "KAZ")
