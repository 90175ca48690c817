"""Speakers read where the parse misplaces a clause: a participle modifying a noun has the
noun say it ("A petition calling on …", "the proportion of nurses saying …"), and a that-clause
the parse made the main clause is what the verb before it reports; a quote after a colon is no
object of the verb before it."""

from __future__ import annotations

from tests.conftest import contents_and_speakers


def test_a_petition_calling_for_something_speaks() -> None:
    text = (
        "A petition calling on the mayor to resign over the contract scandal has gathered "
        "40,000 signatures.\n"
    )
    assert contents_and_speakers(text) == [("to resign over the contract scandal", "A petition")]


def test_the_people_counted_say_it_not_the_count() -> None:
    text = "The proportion of nurses saying they plan to leave the profession has doubled.\n"
    assert contents_and_speakers(text) == [("they plan to leave the profession", "nurses")]


def test_a_that_clause_misread_as_the_main_clause_is_the_insisting_speakers() -> None:
    text = (
        "But the governor claims that she should be the exception. The Democratic nominee "
        "continues to insist, most recently in a Memorial Day interview with CBS News, that "
        "she really, really wants to release her records but can't because she is being sued.\n"
    )
    assert contents_and_speakers(text)[-1] == (
        "that she really, really wants to release her records but can't because she is being sued",
        "The Democratic nominee",
    )


def test_a_quote_after_a_colon_is_no_object_of_a_bare_cue() -> None:
    text = (
        "Growing sharper as he spoke, Mr. Lopez continued: “The worst attack ever in this "
        "country? It was during his presidency.” He added that praising the former mayor was "
        "wrong.\n"
    )
    assert contents_and_speakers(text)[0] == (
        "The worst attack ever in this country? It was during his presidency.",
        "Lopez",
    )


def test_a_bare_cue_with_an_object_reports_nothing() -> None:
    assert contents_and_speakers("She continued her march to the capitol on Monday.\n") == []
