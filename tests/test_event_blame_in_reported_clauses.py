"""Blame told by what a reported or quoted clause says another party did ("said X had ignored
the law", "said X was undermining the peace process", "X has done nothing to stop them", "X
should be ashamed") is the speaker's ACCUSE of that party; the same shapes told of a thing, of
the speaker, of anyone ("you can wreck a career") or of a neutral act accuse no one. A bare "we
will not be bullied", a background "has broken with X before" and a record "the largest bounty
it has ever offered" are no events, and "what X called Y" names a thing without blaming anyone."""

from __future__ import annotations

import pytest

from .conftest import event_dyads, event_types


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Latvian president said Belarus had flouted the border treaty.", "LVA", "BLR"),
        ("The Peruvian minister said Bolivia had twisted the facts about the lake.", "PER", "BOL"),
        ("The Greek premier said Ankara had meddled in the Cyprus talks.", "GRC", "TUR"),
        ('"Sweden has done nothing to stop poachers," the Finnish minister said.', "FIN", "SWE"),
        ('"Austria is standing in the way of the deal," the Slovak minister said.', "SVK", "AUT"),
        ('"It is regrettable that Kyiv chose this path," the Russian envoy said.', "RUS", "UKR"),
        ('"The Polish government ought to be ashamed," the German spokesman said.', "DEU", "POL"),
        ("The Thai minister said Cambodia had turned a blind eye to the smuggling.", "THA", "KHM"),
        ("The Irish premier said Britain's tariffs would cost farmers their jobs.", "IRL", "GBR"),
        ("The Latvian president said Belarus was undermining the peace process.", "LVA", "BLR"),
        ("The French minister said Italy's budget rules would destroy the economy.", "FRA", "ITA"),
        ("The Dutch premier said Hungary wants to wreck the rule of law.", "NLD", "HUN"),
        (
            '"Hungary has shut its border to our buses, and it has done nothing to reopen it," '
            "the Romanian minister said.",
            "ROU",
            "HUN",
        ),
    ],
)
def test_a_wrong_told_in_the_clause_accuses_its_subject(
    text: str, source: str, target: str
) -> None:
    assert ("ACCUSE", [source], [target]) in event_dyads(text, date="2016-05-02")


@pytest.mark.parametrize(
    "text",
    [
        "The Latvian president said the Belarusian delegation had visited the port.",
        "The Peruvian minister said Bolivia's plan would create thousands of jobs.",
        '"We made errors and we should be ashamed," the Irish party leader said.',
        '"It is disappointing that the match was cancelled," the Chilean coach said.',
        "The Greek premier said the storm had broken the old dam.",
        "The Thai minister said Cambodia had done nothing wrong in the talks.",
        "The Irish premier said the new bridge would cost two billion euros.",
        '"You can wreck a career in a minute," the Danish minister said.',
        "The Norwegian minister said the floods had destroyed the economy of the coast.",
    ],
)
def test_neutral_self_or_thing_clauses_accuse_no_one(text: str) -> None:
    assert "ACCUSE" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        '"We will not be bullied," the Estonian defence minister told reporters.',
        "Senator Moss, a Republican, has broken with the White House on taxes before.",
        "Mayor Quinn has feuded with the city council over policing before.",
        "It was the largest bounty the ministry has ever offered for a fugitive.",
    ],
)
def test_resolve_and_background_are_no_events(text: str) -> None:
    assert event_types(text) == []


def test_a_hostile_act_said_to_break_the_law_is_blamed() -> None:
    text = "The Ghanaian labour minister said the port strikes violated the law."
    assert [t for t, _, _ in event_dyads(text, date="2016-05-02")].count("ACCUSE") == 1


def test_what_a_party_called_a_wrong_blames_no_one_new() -> None:
    text = "Latvia rejected what Minsk called the illegal arrest of a Belarusian pilot."
    assert "ACCUSE" not in event_types(text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Greek premier called the Turkish foreign minister duplicitous.", "GRC", "TUR"),
        ("The Peruvian minister said Bolivia had mishandled the border dispute.", "PER", "BOL"),
        ('"Denmark\'s response has been gutless," the Swedish minister said.', "SWE", "DNK"),
        ("The Thai minister said Cambodia had exaggerated the number of refugees.", "THA", "KHM"),
        ("The Irish premier said Britain had conspired with the smugglers.", "IRL", "GBR"),
        (
            '"The Chilean government is disingenuous about the water deal," the Argentine '
            "minister said.",
            "ARG",
            "CHL",
        ),
        ("The Dutch premier said Hungary's rulers were vindictive.", "NLD", "HUN"),
        ('"Ghana\'s ministry is dysfunctional," the Togolese minister said.', "TGO", "GHA"),
        ("The Greek premier said Turkey's bid was pure chicanery.", "GRC", "TUR"),
    ],
)
def test_plain_words_of_contempt_accuse_the_party(text: str, source: str, target: str) -> None:
    assert ("ACCUSE", [source], [target]) in event_dyads(text, date="2016-05-02")


@pytest.mark.parametrize(
    "text",
    [
        "The Latvian president said the weather had been erratic all week.",
        "The Norwegian minister said the old bridge was shoddy.",
    ],
)
def test_plain_words_of_contempt_said_of_a_thing_accuse_no_one(text: str) -> None:
    assert "ACCUSE" not in event_types(text)
