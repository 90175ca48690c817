"""Codes by the coding rules' conventions (actors round 8): a courtesy title of an office a
known person has left, staff named with the person or party body they work for, party
leaders, House members' titles, and country spellings that are English words."""

from __future__ import annotations

from tests.conftest import run_texts
from tests.test_actors_context import actor, codes


def test_a_title_of_an_office_left_is_no_role_on_the_articles_date() -> None:
    text = "Senator Bernie Sanders said that Secretary Clinton was not qualified to be president."
    (campaign,) = run_texts(text, date="2016-04-08")
    (in_office,) = run_texts(text, date="2011-05-02")
    assert codes(actor(campaign, "Clinton")) == ("USA", "PTY")
    assert codes(actor(in_office, "Clinton")) == ("USA", "GOV")


def test_staff_named_with_a_person_take_the_persons_sector() -> None:
    candidate, president = run_texts(
        "Hillary Clinton won New York on Tuesday. Clinton advisers said the race was over.",
        "Barack Obama flew to Ohio on Tuesday. Obama advisers said the plan was ready.",
        date="2016-04-28",
    )
    assert codes(actor(candidate, "Clinton advisers")) == ("USA", "PTY")
    assert codes(actor(president, "Obama advisers")) == ("USA", "GOV")


def test_a_spokesman_for_a_party_body_is_party_staff() -> None:
    (r,) = run_texts(
        "Ann Lee, a spokeswoman for the Republican National Convention, said the hall was full.",
        date="2016-07-18",
    )
    assert codes(actor(r, "Ann Lee")) == ("USA", "PTY")


def test_leaders_and_officials_a_party_word_names_are_the_partys() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP) _ Democratic leaders met on Tuesday. Party officials said the talks "
        "went well. Chinese leaders said nothing.",
        date="2016-04-26",
    )
    assert codes(actor(r, "Democratic leaders")) == ("USA", "PTY")
    assert codes(actor(r, "Party officials")) == ("USA", "PTY")
    assert codes(actor(r, "Chinese leaders")) == ("CHN", "GOV")


def test_a_lower_case_democratic_or_labour_word_names_no_party() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP) _ Western democratic leaders met on Tuesday.", date="2016-04-26"
    )
    leaders = [a for a in r.actors if a.name.endswith("leaders")]
    assert leaders and all(a.sector is None or a.sector.value != "PTY" for a in leaders)


def test_representative_before_a_name_is_a_lawmakers_title() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP) _ Representative Jane Doe of Arizona criticized the bill on Monday. "
        "Trade Representative John Roe defended it.",
        date="2016-04-26",
    )
    assert codes(actor(r, "Jane Doe")) == ("USA", "LEG")
    assert codes(actor(r, "John Roe")) == ("USA", "GOV")


def test_native_spellings_that_are_english_words_name_no_country() -> None:
    results = run_texts(
        "''He is wrong,'' said Jay Jacobs, the Democratic chairman in Nassau County on Long "
        "Island. ''After New York, we're moving on.''",
        "Mann criticized the plan on Monday. Reunion organizers said Dominique left.",
        date="2016-04-21",
    )
    countries = {a.country.value for r in results for a in r.actors if a.country}
    assert not countries & {"ISL", "IMN", "DMA", "REU"}


def test_a_seat_holder_running_for_president_that_day_is_the_candidate() -> None:
    text = "Senator Ted Cruz of Texas criticized the trade deal on Tuesday."
    (campaign,) = run_texts(text, date="2016-04-12")
    (senate,) = run_texts(text, date="2017-04-12")
    assert codes(actor(campaign, "Ted Cruz")) == ("USA", "PTY")
    assert codes(actor(senate, "Ted Cruz")) == ("USA", "LEG")


def test_a_known_firm_named_with_its_suffix_is_known_and_votes_for_no_home() -> None:
    (r,) = run_texts(
        "Innopac Inc., a packaging concern, sells trays to chains such as McDonald's Corp., "
        "Wal-Mart and Exxon Corp. Martin Fabi, Innopac's president, declined to comment.",
        date="1989-10-30",
    )
    assert codes(actor(r, "McDonald's Corp.")) == ("USA", "BUS")
    assert codes(actor(r, "Martin Fabi"))[0] is None


def test_a_title_serving_mr_or_mrs_someone_takes_their_sector_unless_past() -> None:
    (r,) = run_texts(
        "Bernie Sanders spoke in Ohio. ''We will win,'' said Jane Roe, a senior adviser to "
        "Mr. Sanders. ''They will not,'' said John Doe, a former aide to Mr. Sanders.",
        date="2016-04-28",
    )
    assert codes(actor(r, "Jane Roe")) == ("USA", "PTY")
    assert codes(actor(r, "John Doe"))[1] is None


def test_a_former_office_named_by_its_title_alone_holds_no_sector() -> None:
    former, sitting = run_texts(
        "WASHINGTON (AP) _ The former president spoke to a crowd in Ohio on Monday.",
        "WASHINGTON (AP) _ The president spoke to a crowd in Ohio on Monday.",
        date="2016-01-05",
    )
    assert codes(actor(former, "The former president"))[1] is None
    assert codes(actor(sitting, "The president"))[1] == "GOV"


def test_a_title_after_a_kin_noun_is_the_relatives() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP) _ Billy Roe, the nephew of President George Roe, joined NBC on "
        "Tuesday. George Roe declined to comment.",
        date="2016-05-18",
    )
    assert codes(actor(r, "Billy Roe"))[1] is None
    assert actor(r, "Billy Roe").role is None
