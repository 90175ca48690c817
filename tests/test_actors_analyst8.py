"""Actors read by an analyst on unseen articles (session 8): a firm named in full and then by
its first words is one actor, whose codes its short mentions carry."""

from __future__ import annotations

from eventwire.model import ArticleResult
from tests.conftest import run_texts
from tests.test_actors_context import actor, codes


def names(result: ArticleResult) -> list[str]:
    return [a.name for a in result.actors]


def mentions_of(result: ArticleResult, name: str) -> set[str]:
    """The words of every mention linked to the actor of that name."""
    found = actor(result, name)
    return {m.evidence.text for m in result.mentions if m.actor_id == found.id}


def test_a_firm_named_by_its_first_word_is_the_firm_named_in_full() -> None:
    (r,) = run_texts(
        "Brimley Energy Inc. said it arranged a $50 million credit line on Monday. "
        "Brimley said the money would repay bank debt."
    )
    assert "Brimley" not in names(r)
    assert mentions_of(r, "Brimley Energy Inc.") == {"Brimley Energy Inc.", "Brimley"}
    assert codes(actor(r, "Brimley Energy Inc."))[1] == "BUS"


def test_a_known_body_is_not_a_firm_whose_name_starts_with_it() -> None:
    (r,) = run_texts(
        "The House Ways and Means Committee met on Monday. The House passed the bill on"
        " Tuesday after a long debate."
    )
    assert "House" in names(r)


def test_a_firms_spokesman_named_by_its_short_name_is_business() -> None:
    (r,) = run_texts(
        "Brimley Technology Corp. said an investor signed a letter of intent to buy the company."
        " The investor plans to run the company, said a spokesman for Brimley."
    )
    assert codes(actor(r, "a spokesman"))[1] == "BUS"


def test_a_firms_president_named_by_its_short_name_is_business() -> None:
    (r,) = run_texts(
        "Brimley Energy Inc. said it arranged a $50 million credit line. Ted Eubank, Brimley's"
        " president, said the loan carries an interest rate of prime plus one point."
    )
    assert codes(actor(r, "Ted Eubank"))[1] == "BUS"


def test_a_given_name_alone_is_the_one_person_named_in_full_with_it() -> None:
    (r,) = run_texts(
        "Manuel Ortega left the courthouse in Miami on Monday. His brother Lazaro Ortega"
        " refused to comment. Reporters said Manuel had asked the court for custody."
    )
    assert "Manuel" not in names(r)
    assert "Manuel" in mentions_of(r, "Manuel Ortega")


def test_a_surname_is_not_resolved_to_a_kinsman_named_last_by_given_name() -> None:
    (r,) = run_texts(
        "Pedro Ortega, 6, arrived in Miami in November. His father Juan Ortega wants him back"
        " in Havana. Ortega, who was divorced from Pedro's mother, wrote a letter on Monday."
    )
    assert "Ortega" in mentions_of(r, "Juan Ortega")


def test_a_demonym_before_a_descriptive_noun_gives_the_persons_country() -> None:
    (r,) = run_texts(
        "The partners invited the Russian oligarch Oleg Petrov to invest in the fund, and"
        " the French writer Anne Moreau praised the plan on Monday."
    )
    assert codes(actor(r, "Oleg Petrov"))[0] == "RUS"
    assert codes(actor(r, "Anne Moreau"))[0] == "FRA"


def test_an_officer_of_a_body_named_by_its_acronym_takes_the_bodys_sector() -> None:
    (r,) = run_texts(
        "The National Association of Nurses endorsed the bill, and powerful NAN President"
        " Mary Brogan praised it on stage."
    )
    assert codes(actor(r, "Mary Brogan"))[1] != "GOV"
    assert codes(actor(r, "Mary Brogan"))[1] == codes(actor(r, "National Association of Nurses"))[1]


def test_a_demonym_before_two_joined_descriptive_nouns_gives_the_persons_country() -> None:
    (r,) = run_texts(
        "Danish painter and novelist Karen Holm mocked the senator's plan on Tuesday, and the"
        " Norwegian economist and blogger Lars Berg praised it."
    )
    assert codes(actor(r, "Karen Holm"))[0] == "DNK"
    assert codes(actor(r, "Lars Berg"))[0] == "NOR"


def test_a_demonym_before_a_no_break_space_gives_the_persons_country() -> None:
    (r,) = run_texts(
        "Swedish\u00a0historian and author Nils Ek criticized the governor's plan on Friday."
    )
    assert codes(actor(r, "Nils Ek"))[0] == "SWE"
