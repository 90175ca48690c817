"""Accusation and support as campaign news tells them (recall round 8): attack words aimed at a
person in their speech sense, praise and defence in other words, a charge laughed off, and
headline verbs behind a participle; the same words aimed at things or told with force stay
what they were."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text,type_",
    [
        ("A Republican group has been hitting Hillary Clinton with ads in Iowa.", "ACCUSE"),
        ("A conservative group whacks Clinton in a Christmas ad.", "ACCUSE"),
        ("Senator Cruz hit back at Donald Trump on Sunday.", "ACCUSE"),
        ("Super PAC ad hits Trump on the violence at his rallies.", "ACCUSE"),
        ("The former judge spoke highly of the governor on Monday.", "SUPPORT"),
        ("The governor came to Trump's defense on Friday.", "SUPPORT"),
        ("On Sunday Clinton laughed off the charges.", "REJECT"),
        ("Last month the mayor called for Trump to quit the race.", "REQUEST"),
        ("It is telling that some conservatives denounced her for the speech.", "ACCUSE"),
        ("For weeks the governor has tried to tie Senator Cruz to the bank bailout.", "ACCUSE"),
        ("The senator skipped the hearing on Tuesday.", "REJECT"),
        ("The governor will skip the party's convention in Denver.", "REJECT"),
        ("Three bishops skipped the president's speech on Monday.", "REJECT"),
    ],
)
def test_speech_acts_told_in_campaign_words(text: str, type_: str) -> None:
    assert event_types(text) == [type_]


@pytest.mark.parametrize(
    "text",
    [
        "The hurricane hit Florida on Tuesday.",  # a place, not a person
        "A stray bullet hit the soldier in the leg.",  # force, at an armed title
        "A police officer hit the reporter with a baton.",  # force, at no political title
        "He hit a home run in the ninth inning.",  # a thing
        "The defense of Kuwait cost billions of dollars.",  # a country defended by arms
        "The new law ties the grants to school reforms.",  # things tied, no one blamed
        "He skipped breakfast before the speech.",  # no meeting snubbed
    ],
)
def test_attack_words_not_aimed_at_a_person_are_no_criticism(text: str) -> None:
    assert "ACCUSE" not in event_types(text) and "SUPPORT" not in event_types(text)


def test_headline_verb_beside_a_participle_is_coded() -> None:
    assert "ACCUSE" in event_types("Flanked by veterans, Obama pillories Trump over the wall.")


def test_a_plural_name_word_beside_a_finite_auxiliary_is_no_headline_verb() -> None:
    text = "The Liberty Partners Action Fund is running a TV spot in Ohio."
    assert "COOPERATE" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Clinton says Senator Bernie Sanders' attack is designed to raise questions.",
        "Governor Jane Smith's attacks were echoed by her campaign.",
    ],
)
def test_a_politicians_attack_with_no_violence_told_is_criticism(text: str) -> None:
    assert "ACCUSE" in event_types(text) and "ASSAULT" not in event_types(text)


def test_an_armed_groups_attack_stays_an_assault() -> None:
    assert "ASSAULT" in event_types("Al Qaeda's attack on the embassy killed four Americans.")


@pytest.mark.parametrize(
    "text",
    [
        "Mitt Romney spoke in Utah. The Romney attack hit Trump differently from those before"
        " it, and he responded as if he had been deeply hurt.",
        "Mr. Trump was endangering American troops overseas with his caustic attacks on Islam,"
        " the general said.",
        "Sanders has denounced supporters that level sexist attacks.",
    ],
)
def test_an_attack_its_own_words_mark_as_speech_is_criticism(text: str) -> None:
    """A politician named as an attack's maker or a modifier of speech makes it words, though
    the rest of the sentence tells of hurt or troops."""
    assert "ACCUSE" in event_types(text) and "ASSAULT" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bush's attack on Saddam Hussein's regime killed thousands of civilians.",
        "Obama's drone attack on the camp killed ten militants.",
        "George Bush spoke. The Bush attack on Iraq began in March with air strikes on Baghdad.",
        "A gunman named Johnson opened fire at a mall; the Johnson attack left four dead.",
        "Police said the Lee attack on the store was carried out by two men with knives.",
    ],
)
def test_a_politicians_attack_told_with_killing_stays_armed(text: str) -> None:
    """A politician's attack on a country, or one by a gunman sharing a politician's surname
    (no forename of the politician in the story), is no speech."""
    assert "ASSAULT" in event_types(text) and "ACCUSE" not in event_types(text)


# recall round 9: criticism nouns and idioms, booing, a judgement called into question, and
# charges said of someone with a plain saying verb; the same words said of no one stay no event
@pytest.mark.parametrize(
    "text",
    [
        "On Monday Senator Warren had harsh words for the governor.",
        "The mayor was booed by the crowd at the convention on Tuesday.",
        "President Obama took a whack at Donald Trump on Wednesday.",
        "The senator pounded Hillary Clinton on trade in the debate.",
        "The minister's judgment has been called into question by the committee.",
        "The opposition leader said the prime minister was deceitful.",
        "The director stated that the secretary was extremely careless with the records.",
    ],
)
def test_accusations_told_in_other_words(text: str) -> None:
    assert "ACCUSE" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Israeli artillery pounded the town overnight.",  # force, at a place
        "The spokesman said the weather was careless of the harvest.",  # said of no one
    ],
)
def test_the_same_words_in_other_senses_accuse_no_one(text: str) -> None:
    assert "ACCUSE" not in event_types(text)


@pytest.mark.parametrize(
    "text,type_",
    [
        ("Her supporters have been waging crude attacks on the mayor.", "ACCUSE"),
        ("His backers launched nasty attacks on the governor's wife.", "ACCUSE"),
        ("The militants have been waging attacks on army checkpoints.", "ASSAULT"),
    ],
)
def test_attacks_by_people_named_by_their_side_are_words(text: str, type_: str) -> None:
    """Supporters and backers argue: an attack they wage or launch in a sentence that tells no
    violence is criticism, as one by the person they back would be."""
    assert event_types(text) == [type_]


@pytest.mark.parametrize(
    "text",
    [
        "He said he would leave the attacks and the insults to his rivals.",
        "The senator's staff faced a wave of vicious trolling and attack online.",
    ],
)
def test_attacks_among_insults_are_no_armed_attack(text: str) -> None:
    """An attack noun joined to a noun of abusive speech, in a sentence that tells no violence,
    is made in words."""
    assert "ASSAULT" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen answered the taunts and insults with an attack on the border post.",
        "Rebels kept up rocket fire and attacks and insults on the garrison, killing two.",
        "The mosque has suffered vandalism, slurs and attacks in recent months.",
    ],
)
def test_attacks_in_sentences_of_arms_stay_armed(text: str) -> None:
    assert "ASSAULT" in event_types(text)
