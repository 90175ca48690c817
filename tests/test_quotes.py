"""Quotes: styles of quotation, speakers resolved to actors, and source chains."""

from __future__ import annotations

import pytest

from eventwire.model import ArticleResult, Quote, QuoteKind
from tests.conftest import run_texts


def quotes_of(text: str) -> list[Quote]:
    (result,) = run_texts(text)
    assert not result.errors
    return result.quotes


def only(text: str) -> Quote:
    (quote,) = quotes_of(text)
    return quote


def speaker_name(result: ArticleResult, quote: Quote) -> str | None:
    return next((a.name for a in result.actors if a.id == quote.speaker.actor_id), None)


def test_reference_direct_quotes_all_by_lukashenko(reference: ArticleResult) -> None:
    direct = [q for q in reference.quotes if q.kind == QuoteKind.DIRECT]
    assert len(direct) == 6
    assert {speaker_name(reference, q) for q in direct} == {"Alexander Lukashenko"}
    assert {q.speaker.mention.text for q in direct} == {"Lukashenko", "the Belarusian leader", "he"}


def test_reference_indirect_claims(reference: ArticleResult) -> None:
    indirect = [q for q in reference.quotes if q.kind == QuoteKind.INDIRECT]
    claims = {q.content.text.split()[-1] for q in indirect}
    assert {"Russia", "drills", "Ukraine"} <= claims  # hardware, deployment, border
    assert all(speaker_name(reference, q) == "Alexander Lukashenko" for q in indirect)
    assert all(q.cue.text == "said" for q in indirect)


def test_reference_chain_agency_outlet_speaker(reference: ArticleResult) -> None:
    quote = next(q for q in reference.quotes if q.cue and q.cue.text.startswith("quoted"))
    assert [link.name for link in quote.chain] == ["TASS", "BelTA", "Alexander Lukashenko"]
    assert quote.chain[1].evidence.text == "BelTA"
    assert quote.chain[2].evidence.text == "Lukashenko"
    assert quote.cue.text == "quoted Lukashenko as saying"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("“We will not retreat,” Maria Lopez said.", "We will not retreat,"),
        ('"We will not retreat," Maria Lopez said.', "We will not retreat,"),
        ("«We will not retreat», Maria Lopez said.", "We will not retreat"),
        ("„We will not retreat“, Maria Lopez said.", "We will not retreat"),
        ("‘We will not retreat,’ Maria Lopez said.", "We will not retreat,"),
        ("''We will not retreat,'' Maria Lopez said.", "We will not retreat,"),
        ("``We will not retreat,'' Maria Lopez said.", "We will not retreat,"),
    ],
)
def test_direct_quote_marks(text: str, content: str) -> None:
    quote = only(text)
    assert quote.kind == QuoteKind.DIRECT
    assert quote.content.text == content
    assert quote.speaker.name == "Maria Lopez"


def test_quote_introduced_by_colon() -> None:
    quote = only("Senator Tom Hale told reporters: “The bill is dead and everyone knows it.”")
    assert quote.kind == QuoteKind.DIRECT
    assert quote.speaker.name == "Tom Hale"
    assert quote.cue.text == "told"


def test_split_quote_is_one_quote() -> None:
    quote = only("“The talks failed,” Anna Berg said on Monday. “We will try again next week.”")
    assert quote.content.text.startswith("The talks failed")
    assert quote.content.text.endswith("next week.")
    assert quote.speaker.name == "Anna Berg"


def test_typewriter_marks_split_quote_keeps_the_speaker() -> None:
    text = "''I think we can win,'' Mr. Berg said. ''I am sure of it.''"
    quote = only(text)
    assert quote.content.text == "I think we can win,'' Mr. Berg said. ''I am sure of it."
    assert quote.speaker.mention.text == "Berg"


def test_multi_paragraph_quote_and_neighbour_speaker() -> None:
    text = (
        "Mayor Carl Dunn spoke at length.\n\n"
        "“The river rose faster than anyone expected,” Dunn said. “We moved families out.\n\n"
        "“Now we rebuild the levee before the spring.”\n\n"
        "“The state has promised to pay for most of the work this year.”"
    )
    (result,) = run_texts(text)
    direct = [q for q in result.quotes if q.kind == QuoteKind.DIRECT]
    assert len(direct) == 2
    assert direct[0].content.text.endswith("before the spring.")
    assert all(speaker_name(result, q) == "Carl Dunn" for q in direct)
    assert direct[1].cue is None and direct[1].speaker.mention.text == "Dunn"


def test_nested_quote_stays_inside_the_outer_quote() -> None:
    quote = only("“He told me ‘never again’ and walked out of the room,” Lena Park said.")
    assert quote.content.text == "He told me ‘never again’ and walked out of the room,"


def test_partial_quote_inside_a_sentence_is_mixed() -> None:
    quote = only("Governor Ruth Cole said the plan was “a betrayal of every worker” in the state.")
    assert quote.kind == QuoteKind.MIXED
    assert quote.content.text.startswith("the plan was")
    assert quote.speaker.name == "Ruth Cole"


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "Omar Haddad said that the ceasefire would hold.",
            "that the ceasefire would hold",
            "said",
            "Omar Haddad",
        ),
        (
            "The ceasefire will hold, Omar Haddad said.",
            "The ceasefire will hold",
            "said",
            "Omar Haddad",
        ),
        (
            "Omar Haddad told reporters the ceasefire would hold.",
            "the ceasefire would hold",
            "told",
            "Omar Haddad",
        ),
        (
            "Omar Haddad pointed out that the ceasefire had held.",
            "that the ceasefire had held",
            "pointed out",
            "Omar Haddad",
        ),
        (
            "According to Omar Haddad, the ceasefire will hold.",
            "the ceasefire will hold",
            "According to",
            "Omar Haddad",
        ),
        (
            "The ceasefire will hold, according to Omar Haddad.",
            "The ceasefire will hold",
            "according to",
            "Omar Haddad",
        ),
    ],
)
def test_indirect_quotes(text: str, content: str, cue: str, speaker: str) -> None:
    quote = only(text)
    assert quote.kind == QuoteKind.INDIRECT
    assert (quote.content.text, quote.cue.text, quote.speaker.name) == (content, cue, speaker)


def test_pronoun_speaker_resolves_to_the_person() -> None:
    (result,) = run_texts("Jane Ortiz arrived in Lima.\n\nThe visit matters, she said.")
    (quote,) = result.quotes
    assert quote.speaker.mention.text == "she"
    assert speaker_name(result, quote) == "Jane Ortiz"


def test_scare_quotes_are_not_quotes() -> None:
    assert quotes_of("The so-called “peace dividend” never arrived in the region.") == []


def test_according_to_after_a_quote_is_the_source_credited_and_the_chain_runs_on() -> None:
    quote = only("“We will win,” Omar Haddad said, according to the Reuters news agency.")
    assert quote.speaker.mention.text == "Reuters"  # PolNeAR credits the relay
    assert [link.evidence.text for link in quote.chain] == ["Reuters", "Omar Haddad"]


def test_unbalanced_marks_still_give_quotes() -> None:
    text = "“We stay,” Ana Ruiz said. ”Stray mark here.\n\n“And the next paragraph never closes"
    (result,) = run_texts(text)
    assert not result.errors
    assert result.quotes[0].content.text == "We stay,"
    assert result.quotes[0].speaker.mention.text == "Ana Ruiz"


def test_a_headline_reporting_a_statement_is_no_quote() -> None:
    text = "Clinton Says Trump Is Unfit To Lead\n\nThe debate ran late on Monday night."
    (result,) = run_texts(text)
    assert result.quotes == []


def test_a_dash_and_a_name_after_a_quote_sign_it() -> None:
    text = (
        "Readers wrote in after the debate.\n\n"
        "“He never answered a single question about the budget.” ― Dana Whitfield\n\n"
        "“The whole evening was a waste of time for voters.” ― Omar Reyes"
    )
    quotes = quotes_of(text)
    assert [q.speaker.mention.text for q in quotes] == ["Dana Whitfield", "Omar Reyes"]


def test_a_dash_that_opens_a_clause_signs_nothing() -> None:
    text = "“We will win this seat,” Ann Holt said — and the crowd cheered."
    assert only(text).speaker.mention.text == "Ann Holt"


def test_transcript_turns_take_the_capitalised_name() -> None:
    text = (
        "A partial transcript follows.\n\n"
        '"HARPER: Will the senator attend the hearing tomorrow?\n\n'
        '"MOLINA: The senator will attend and she will answer every question.\n\n'
        '"HARPER: Thank you for joining us this morning.'
    )
    quotes = quotes_of(text)
    assert [q.speaker.mention.text for q in quotes] == ["HARPER", "MOLINA", "HARPER"]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a quoted phrase under a clause the cue reports is the reporter's
        (
            "Senator Ruth Cole says the governor knows that “the votes are not there this year.”",
            "votes",
            "Ruth Cole",
        ),
        # a clause outside the reported words keeps its own speaker
        (
            "Though Senator Ruth Cole said the bill was “a good start,” Governor Ann Hale said "
            "none of it would pass.",
            "good start",
            "Ruth Cole",
        ),
        # a coordinated clause with its own subject is not the first speaker's
        (
            "Senator Ruth Cole said she would pass the bill, and Governor Ann Hale vowed to "
            "“veto it on day one.”",
            "veto",
            "Ann Hale",
        ),
    ],
)
def test_a_quote_is_the_speaker_of_the_cue_whose_words_hold_it(
    text: str, words: str, speaker: str
) -> None:
    (quote,) = [q for q in quotes_of(text) if words in q.content.text]
    assert quote.speaker.mention.text == speaker


def test_a_participle_after_a_preposition_shares_the_main_subject() -> None:
    text = "After saying the plan was “a disaster for farmers,” Governor Ruth Cole left the stage."
    assert only(text).speaker.mention.text == "Ruth Cole"


def test_a_cue_set_into_the_sentence_reports_the_whole_sentence() -> None:
    quote = only("Back in Ohio, Mr. Hale said, he decided to take aim at the coal industry.")
    assert quote.kind == QuoteKind.INDIRECT
    assert quote.speaker.mention.text == "Hale"
    assert (
        quote.content.text
        == "Back in Ohio, Mr. Hale said, he decided to take aim at the coal industry"
    )


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "Senator Ruth Cole has called for the complete repeal of the new tax law.",
            "the complete repeal of the new tax law",
            "called for",
        ),
        (
            "Senator Ruth Cole spoke of the long legacy of the war.",
            "the long legacy of the war",
            "spoke of",
        ),
        (
            "Senator Ruth Cole complained about the cost of the new bridge.",
            "the cost of the new bridge",
            "complained about",
        ),
    ],
)
def test_a_cue_with_a_preposition_reports_its_object(text: str, content: str, cue: str) -> None:
    quote = only(text)
    assert quote.kind == QuoteKind.INDIRECT
    assert quote.content.text == content
    assert quote.cue.text == cue


def test_a_clause_ending_in_a_colon_names_the_speaker() -> None:
    text = (
        "At the hearing, Senator Ruth Cole changed her answer:\n\n"
        "“Of course we will vote for the bill, we were only joking.”"
    )
    assert only(text).speaker.mention.text == "Ruth Cole"


def test_a_naming_verb_reports_a_view_only_with_object_and_name() -> None:
    (quote,) = quotes_of("Senator Ruth Cole called the charges unsubstantiated and fabricated.")
    assert quote.content.text == "the charges unsubstantiated and fabricated"
    assert quotes_of("Senator Ruth Cole called the party leaders to the stage.") == []


def test_a_quote_after_a_new_sentence_is_not_the_second_half_of_a_split_quote() -> None:
    text = "“It is the right thing to do,” Ana Ruiz said. She called the deal a “good news story.”"
    first, second = quotes_of(text)
    assert first.content.text == "It is the right thing to do,"
    assert (second.cue.text, second.speaker.mention.text) == ("called", "She")


def test_a_headline_sentence_whose_speaker_the_story_names_is_a_quote() -> None:
    text = (
        "Mayor Ana Ruiz says the bridge will reopen in May.\n\n"
        "Ana Ruiz spoke to residents in the town hall on Tuesday. Repairs began last year."
    )
    (result,) = run_texts(text)
    headline = [q for q in result.quotes if q.content.start < text.index("\n")]
    assert len(headline) == 1
    assert "Ana Ruiz" in headline[0].speaker.mention.text
    assert "bridge will reopen" in headline[0].content.text
