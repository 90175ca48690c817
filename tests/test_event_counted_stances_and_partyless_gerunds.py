"""False events by general cause (precision38): the public's backing in a sentence that counts
shares is what the count measures, and a bare gerund of an act that names no party is a topic,
as are a bare passive gerund ("nobody likes being arrested") and a verb of backing, agreeing,
meeting, rejecting, penalising or restricting whose parse names no people; a named party's
stance, a progressive, a gerund or backing with its doer and a passive gerund set in time stay
events."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "Her win came through the support of farmers (58 percent) and retirees (71 percent),"
        " exit polls showed.",
        "A new survey shows more voters view the mayor unfavorably than support him.",
        "Nearly eight in 10 rural voters said they have made up their mind on whom they will"
        " support in May.",
    ],
)
def test_the_publics_backing_in_a_counted_sentence_is_a_statistic(text: str) -> None:
    assert "SUPPORT" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The governor endorsed the mayor on Monday, a day after a poll put him at 45 percent.",
        "Rural voters are rejecting the dam project.",
    ],
)
def test_a_named_partys_stance_or_an_uncounted_one_stays(text: str) -> None:
    types = event_types(text)
    assert "SUPPORT" in types or "REJECT" in types


@pytest.mark.parametrize(
    "text",
    [
        "The debate in the statehouse has turned to allowing ferries outside the harbor.",
        "Cutting the budget is more important than defending the harbor.",
    ],
)
def test_a_gerund_naming_no_party_is_no_act(text: str) -> None:
    assert not {"CONCEDE", "SUPPORT"} & set(event_types(text))


@pytest.mark.parametrize(
    "text",
    [
        "The mayor spoke on Tuesday, criticizing the governor for the budget cuts.",
        "The mayor gave a speech in what some are criticizing as a stunt.",
        "The two aldermen were at odds, the one impassioned in blasting me, the other in"
        " praising me.",
    ],
)
def test_a_gerund_with_its_party_or_a_progressive_stays(text: str) -> None:
    assert "ACCUSE" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nobody in this town likes being arrested.",
        "He wrote a memoir about being jailed and deported.",
        "Being convicted of even a minor offense can cost a worker the license.",
    ],
)
def test_a_bare_passive_gerund_is_an_experience_not_an_act(text: str) -> None:
    assert "COERCE" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two journalists fell ill after being detained in Gulu on Monday.",
        "The protester was hurt while being arrested by riot police on Monday.",
    ],
)
def test_a_passive_gerund_set_in_time_stays(text: str) -> None:
    assert "COERCE" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council said the town would suffer if the grant isn't approved by spring.",
        "The charity wants new ideas for how to house and support veterans in the county.",
        "The rules adopted the measures passed under the 2010 referendum.",
        "The plan to widen the road was not widely supported among those who live there.",
        "The mayor says he isn't familiar with the details of what was signed.",
    ],
)
def test_backing_with_no_party_in_its_parse_is_no_act(text: str) -> None:
    assert "SUPPORT" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "And Whitman called Hale “a real smart guy.",
        "The mayor has done a fine job and deserves to be supported.",
        "I want to thank them for coming out and putting their trust in me.",
        "The state moved away from the policies once championed by those in the old movement.",
    ],
)
def test_backing_whose_parse_names_people_stays(text: str) -> None:
    assert "SUPPORT" in event_types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Millions of tourists are cleared each year to come to France to work, visit or study.",
            "CONSULT",
        ),
        ("The minister said there were options discussed and rejected before the vote.", "CONSULT"),
        ("Every spring, at least one student asks about getting invited.", "AGREE"),
    ],
)
def test_agreeing_or_meeting_with_no_party_in_its_parse_is_no_act(text: str, kind: str) -> None:
    assert kind not in event_types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The mayor met the union leaders in Boston on Tuesday.", "CONSULT"),
        ("The two rebel groups agreed to a ceasefire on Monday.", "AGREE"),
        ("A statement from the senator's office indicated the invitation was accepted.", "AGREE"),
    ],
)
def test_agreeing_or_meeting_whose_parse_names_people_stays(text: str, kind: str) -> None:
    assert kind in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Since the files have been withheld from public view, the names are not on record.",
        "When ordinary troops are ruled out, special forces fill the gap.",
        "She said the worries about lost jobs were not to be dismissed.",
        "That was quickly ruled out, along with poisoning from bacteria.",  # a thing told
    ],
)
def test_a_rejection_with_no_party_in_its_parse_is_no_act(text: str) -> None:
    assert "REJECT" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "My friend rejected the offer on Monday.",
        "The Black Caucus and Sen. Mary Lund, the party leader, oppose tinkering with the rules.",
    ],
)
def test_a_rejection_whose_parse_names_people_stays(text: str) -> None:
    assert "REJECT" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The staffer deserves to be supported.",
        "He said the employee was fully supported.",
    ],
)
def test_backing_of_a_plain_word_for_people_stays(text: str) -> None:
    assert "SUPPORT" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fishing is sanctioned inside the reserve, but rangers still patrol the shore.",
        "Trade in live cattle has been suspended for the season.",
        "A website was set up to name those blacklisted.",
    ],
)
def test_a_penalty_or_restriction_with_no_party_in_its_parse_is_no_act(text: str) -> None:
    types = event_types(text)
    assert "SANCTION" not in types and "COERCE" not in types


@pytest.mark.parametrize(
    "text",
    [
        "ESPN suspended the analyst for a month.",
        "The reporter was suspended after the broadcast.",
        "Critics on the site who were blacklisted say the list grew every week.",
        "Those in the union who were suspended say the list grew every week.",
        "The officials that were suspended say the list grew every week.",  # relative "that"
        "Diplomatic relations were cut last year.",  # a bond only parties have
        "Ties were suspended after the coup.",
    ],
)
def test_a_penalty_whose_parse_names_people_stays(text: str) -> None:
    assert "SANCTION" in event_types(text)
