"""Sides an event's own clause leaves unsaid: pronouns, measures, premises, own people."""

from __future__ import annotations

from tests.conftest import countries_of, event_at, run_texts


def test_an_acts_possessive_pronoun_is_its_doer_but_a_persons_is_not() -> None:
    (r,) = run_texts(
        "President Obama spoke on Monday. Russia rejected his criticism of its policy. "
        "Senator Ted Cruz spoke on Tuesday. He said his criticism of Iran was fair. "
        "His critics accused Iran of lying."
    )
    assert countries_of(event_at(r, "rejected").recipients) == {"USA"}, "his criticism: Obama's"
    assert countries_of(event_at(r, "criticism").actors) == {"USA"}
    doers = {p.name for p in event_at(r, "accused").actors}
    assert "Ted Cruz" not in doers, "his critics are not Cruz"


def test_a_measure_lifted_is_about_the_country_its_phrases_name() -> None:
    lifted, condemned = run_texts(
        "The State Department lifted a warning against travel to Kenya on Friday.",
        "The French government condemned the bombing of the U.S. embassy on Friday.",
    )
    assert countries_of(event_at(lifted, "lifted").recipients) == {"KEN"}
    assert event_at(condemned, "condemned").recipients == [], "blame aims at the unknown bombers"


def test_a_measure_named_by_a_noun_is_about_the_country_of_its_topic() -> None:
    (embargo,) = run_texts("The U.N. Security Council ordered a global embargo on trade with Iraq.")
    assert countries_of(event_at(embargo, "embargo").recipients) == {"IRQ"}


def test_an_attack_at_an_institutions_premises_is_aimed_at_it() -> None:
    verb, noun, arrest = run_texts(
        "Six people were killed in a car bomb attack outside the U.S. embassy in Dar es Salaam.",
        "The bombing at the British consulate in Istanbul shocked the city.",
        "A man was arrested in connection with the bombings at the U.S. embassy in Nairobi.",
    )
    assert countries_of(event_at(verb, "killed").recipients) == {"USA"}
    assert countries_of(event_at(noun, "bombing").recipients) == {"GBR"}
    arrested = [e for e in arrest.events if e.trigger.text == "arrested"]
    assert all(not countries_of(e.recipients) for e in arrested), "an arrest names its own victim"


def test_forces_that_attack_no_one_named_hit_their_own_people() -> None:
    (r,) = run_texts(
        "Comoran police raided two homes on Sunday. "
        "Senator Bernie Sanders launched a fierce attack on Monday."
    )
    assert countries_of(event_at(r, "raided").recipients) == {"COM"}
    attack = [e for e in r.events if e.trigger.text == "attack"]
    assert all(e.recipients == [] for e in attack), "a politician's attack hits no people"


def test_the_one_a_welcome_is_for_is_its_target() -> None:
    (r,) = run_texts(
        "President Emmanuel Macron rolled out the red carpet for prime minister Rishi Sunak, "
        "welcoming him as a close ally."
    )
    rolled = next(e for e in r.events if e.trigger.text.startswith("rolled"))
    assert [p.name for p in rolled.recipients] == ["Rishi Sunak"]


def test_an_imperative_asks_the_reader_and_benefits_no_one_named() -> None:
    (r,) = run_texts(
        "Senator Ted Cruz campaigned for Donald Trump in Ohio on Monday. "
        "SIGN UP FOR OUR NEWSLETTER — Donald J. Trump (@realDonaldTrump) June 29, 2016"
    )
    assert [p.name for p in event_at(r, "campaigned").recipients] == ["Donald J. Trump"]
    signed = [e for e in r.events if e.trigger.text == "SIGN"]  # if coded at all
    assert all(e.actors == e.recipients == [] for e in signed), "boilerplate names no side"


def test_a_fronted_participle_phrase_leaves_the_state_as_the_subject() -> None:
    (r,) = run_texts(
        "At least 51 people were reported killed in clashes in the region in recent days. "
        "Turkey, worried about civil war in Kosovo spilling to the whole Balkans, urged all "
        "Balkan states to sign a joint declaration."
    )
    assert countries_of(event_at(r, "urged").actors) == {"TUR"}


def test_a_demonstrative_statement_noun_answers_the_speaker_of_the_statement_before() -> None:
    quoted, reported = run_texts(
        "Greek farmers have complained that the subsidies came too late. "
        "But the German government disputed that claim on Monday.",
        "Senator Ted Cruz had told police officers that he did not want the escort, "
        "but the Houston police overruled that request.",
    )
    assert countries_of(event_at(quoted, "disputed").recipients) == {"GRC"}
    assert [p.name for p in event_at(reported, "overruled").recipients] == ["Ted Cruz"]
