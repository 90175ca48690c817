"""Quote speakers and cues read from the parse: apposition, object control, reporting nouns,
framing and closing cues, signatures, and cues kept to their own paragraph."""

from __future__ import annotations

import pytest

from tests.conftest import contents_and_speakers, run_texts


def speakers(text: str) -> list[str | None]:
    return [speaker for _, speaker in contents_and_speakers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The long war has led the Estonian writer Jaan Tamm to fear a “new age of empires”.",
            [("new age of empires", "Jaan Tamm")],
            id="object-control",
        ),
        pytest.param(
            "The long war has led the wife of Jaan Tamm to fear a “new age of empires”.",
            [("new age of empires", "wife")],  # the actor "wife of Jaan Tamm", named by its head
            id="object-control-not-the-person-after-of",
        ),
        pytest.param(
            "Senator Ruth Cole used a speech to call the plan “a disaster for farmers.”",
            [("the plan “a disaster for farmers.”", "Ruth Cole")],  # "use" is no control verb
            id="purpose-infinitive-subject-speaks",
        ),
        pytest.param(
            "Amid what the Daily Courier called a “rough week” for the mayor, a new poll shows "
            "that he trails his rival by ten points.",
            [
                ("rough week", "Daily Courier"),
                ("that he trails his rival by ten points", "a new poll"),
            ],
            id="what-x-called-is-x-s-naming",
        ),
        pytest.param(
            "Senator Ruth Cole shared her belief that the plan would fail.",
            [("that the plan would fail", "Ruth Cole")],  # "her" stands for the subject
            id="expressing-verb-subject-holds-the-view",
        ),
        pytest.param(
            "The mine was unsafe, according to documents the AP obtained last week.",
            [("The mine was unsafe", "documents")],
            id="according-to-a-text-not-who-obtained-it",
        ),
        pytest.param(
            "Turnout rose sharply this year, according to an analysis by the Pew Research Center.",
            [("Turnout rose sharply this year", "Pew Research Center")],
            id="according-to-a-work-by-its-maker",
        ),
        pytest.param(
            "Critics laughed at Senator Ann Holt's claim that the old mine was safe.",
            [("that the old mine was safe", "Ann Holt")],
            id="reporting-noun-possessor",
        ),
        pytest.param(
            "The vote went ahead despite a warning from her lawyer that the hearing was a farce.",
            [("that the hearing was a farce", "her lawyer")],
            id="reporting-noun-from",
        ),
        pytest.param("The claim that the mine was safe drew anger.", [], id="noun-no-holder"),
        pytest.param("Senator Ann Holt's claim drew anger in the town.", [], id="noun-no-clause"),
        pytest.param(
            "Senator Ann Holt denounced the new tax on farmers. Mr. Reed declined to comment.",
            [("the new tax on farmers", "Ann Holt"), ("to comment", "Reed")],
            id="stance-and-refusal",
        ),
        pytest.param(
            "As Senator Ann Holt put it in a letter, the plan is ''a gift to the rich.''",
            [("the plan is ''a gift to the rich.''", "Ann Holt")],  # mixed: the clause is hers
            id="as-x-put-it",
        ),
        pytest.param(
            "Ann Holt had told the police that she did not want an escort, but the city"
            " overruled that request, the aide added.",
            [
                (
                    "Ann Holt had told the police that she did not want an escort, but the city"
                    " overruled that request",
                    "the aide",
                )
            ],
            id="closing-cue",
        ),
        pytest.param(
            "Ann Holt will continue her march toward the nomination next week.",
            [],
            id="continue-with-object",
        ),
        pytest.param(
            "“We have the votes,” Ann Holt continued.",
            [("We have the votes,", "Ann Holt")],
            id="continue-bare",
        ),
    ],
)
def test_quote_contents_and_speakers(text: str, expected: list[tuple[str, str]]) -> None:
    assert contents_and_speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "His tax returns were made public ― Holt boasted, “That makes me smart.”",
            ["Holt"],
            id="cue-and-comma-introduce",
        ),
        pytest.param(
            "“We need a new mayor in this town.” ― Julie A. Diaz",
            ["Julie A. Diaz"],
            id="signature-with-initial",
        ),
        pytest.param(
            "“He lies to us every single day.” That is all he does, “again and again.” ― Ana Ruiz",
            ["Ana Ruiz", "Ana Ruiz"],
            id="signature-signs-the-paragraph",
        ),
        pytest.param(
            "The debate ran late.\n\n“Almost all new income goes to the top 1 percent.”\n\n"
            "- Ben Carter, a senator.\n\nHe is relying on an outdated statistic.",
            ["Ben Carter"],
            id="signature-on-the-line-below",
        ),
        pytest.param(
            "Ana Ruiz took the stage.\n\nAt the rally, she called him “my best friend.”\n\n"
            "- Reuters.",
            ["she"],
            id="a-credit-below-prose-signs-no-quote",
        ),
        pytest.param(
            "“We will win,” Ann Holt said.\n\nDana Reed has since apologized for what happened:"
            " “Yes, I should have used two addresses. Not doing so was a mistake.”",
            ["Ann Holt", "Dana Reed"],
            id="colon-hung-on-the-quotes-verb",
        ),
        pytest.param(
            '"Do these people read the newspapers?" said Bob Lane, a delegate from Ohio who has'
            ' accused the protesters of harassing his friends. "Are they reading some chain'
            ' email with bogus numbers? I hold them responsible for this."',
            ["Bob Lane", "who", "Bob Lane"],
            id="a-relative-clause-on-the-speaker-does-not-take-the-next-quote",
        ),
        pytest.param(
            '"How do you know those bruises were not there before?" Dan Reed told reporters,'
            ' referring to the bruises that Ana Ruiz showed to the police. "Would she not have'
            ' yelled out if she had bruises on her arm?"',
            ["Dan Reed", "Dan Reed", "Dan Reed"],
            id="a-cue-under-the-attribution-does-not-take-the-next-quote",
        ),
        pytest.param(
            "Speaking in Ohio this week, Senator Ann Holt responded to the claim that not paying"
            " taxes made him ''smart.''\n\n"
            "''Tell that to the janitor in here who is paying taxes,'' Mr. Reed said.",
            ["Ann Holt", "Reed"],
            id="no-cue-from-the-next-paragraph",
        ),
        pytest.param(
            'Ann Holt and her aides had harsh words for the panel, telling Reed that "we are not'
            ' okay with this at all."',
            ["Ann Holt"],
            id="the-listener-is-no-speaker",
        ),
    ],
)
def test_quote_speakers(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


def test_words_inside_a_quotation_are_no_speaker() -> None:
    text = (
        "Mr. Hale hardly helped, treating the remark as a compliment -- ''That makes me smart''"
        " -- and, when questioned later, asserting, ''Of course, I pay taxes.''"
    )
    assert "That" not in speakers(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param(
            "“None of them gave the mayor the answer that he wanted.”\n\n"
            "Looking ahead to the vote, Ann Holt explained why she backs the plan.",
            ("why she backs the plan", "Ann Holt"),
            id="complement-in-own-paragraph",
        ),
        pytest.param(
            "Mr. Reed will not discuss the seat, aside from saying he wants a diverse team.",
            ("he wants a diverse team", "Reed"),
            id="aside-from-saying",
        ),
    ],
)
def test_quote_found(text: str, found: tuple[str, str]) -> None:
    assert found in contents_and_speakers(text)


def test_a_transcript_turn_runs_to_its_paragraph_end() -> None:
    text = (
        '"PENCE: Well, look, she thinks this is an episode of “Shark Tank.” But Donald Trump was'
        " really mocking the fact that she was trying to distract attention."
    )
    (quote,) = run_texts(text)[0].quotes
    assert quote.content.text.endswith("trying to distract attention.")
    assert quote.speaker.mention is not None and quote.speaker.mention.text == "PENCE"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an inverted speaker the parser hangs elsewhere is read after the cue
        (
            "“We will hold hearings next week,” said Oversight ranking Democrat Elijah Cummings "
            "(D-Md.).",
            "Elijah Cummings",
        ),
        # a cue set off by commas names its speaker just before it
        (
            "To understand the real Dred Scott, Chief Justice Roberts said, one should visit "
            "this museum.",
            "Roberts",
        ),
    ],
)
def test_a_speaker_the_parser_misplaces_is_read_from_the_words_by_the_cue(
    text: str, speaker: str
) -> None:
    (result,) = run_texts(text)
    assert result.quotes[0].speaker.mention.text.endswith(speaker)


def test_a_headline_opening_with_a_named_source_and_a_colon_is_that_sources_claim() -> None:
    text = "Hale: I back the farm bill.\n\nGovernor Ann Hale wants the farm bill passed this year."
    (result,) = run_texts(text)
    (quote,) = [q for q in result.quotes if q.content.text == "I back the farm bill"]
    assert quote.speaker.mention.text == "Hale"


def test_a_headline_label_that_names_no_one_credits_no_one() -> None:
    text = "Breaking: Hale backs the farm bill.\n\nGovernor Ann Hale wants the farm bill passed."
    (result,) = run_texts(text)
    assert all(q.speaker.mention.text != "Breaking" for q in result.quotes if q.speaker.mention)


def test_a_quote_paragraph_without_a_cue_continues_the_speaker_of_the_cue_before() -> None:
    text = (
        "Committee member Ann Hale argued in her email that the rules had been broken.\n\n"
        "“It is not prudent to keep giving the chairman this much power over the process.”"
    )
    (result,) = run_texts(text)
    assert result.quotes[-1].speaker.mention.text == "Ann Hale"


def test_a_quote_under_a_transcript_heading_continues_the_speaker_named_before_it() -> None:
    text = (
        "On Monday in Dayton, Governor Ann Hale said, “We are ready for the fall.”\n\n"
        "Transcript as follows:\n\n"
        "“Tonight we came home to Dayton. I met the county chairs last week and I want to "
        "thank every one of them for the work they did.\n\n"
        "“We cut taxes twice and balanced the budget.”"
    )
    (result,) = run_texts(text)
    assert result.quotes[-1].speaker.mention.text == "Ann Hale"


def test_a_heading_first_person_act_is_the_speakers() -> None:
    text = (
        "On Monday in Dayton, Governor Ann Hale said, “We are ready for the fall.”\n\n"
        "Partial transcript as follows:\n\n"
        "“Tonight we came home. I urged the legislature to pass the farm bill last week, and "
        "it did.”"
    )
    (result,) = run_texts(text)
    (urged,) = [e for e in result.events if e.trigger.text == "urged"]
    assert [a.name for a in urged.actors] == ["Ann Hale"]


@pytest.mark.parametrize("heading", ["Text of the Tarvian statement:", "Kerrow's full remarks:"])
def test_a_heading_that_names_whose_text_it_is_does_not_pass_on_the_speaker_before(
    heading: str,
) -> None:
    text = (
        "On Monday in Dayton, Governor Ann Hale said, “We are ready for the fall.”\n\n"
        f"{heading}\n\n"
        "“We condemn the strikes on the border villages.”"
    )
    (result,) = run_texts(text)
    assert result.quotes[-1].speaker.mention is None or (
        result.quotes[-1].speaker.mention.text != "Ann Hale"
    )


def test_a_colon_line_that_names_no_text_is_no_heading() -> None:
    text = (
        "On Monday in Dayton, Governor Ann Hale said, “We are ready for the fall.”\n\n"
        "Wait, it gets better:\n\n"
        "“Tonight we came home to Dayton and the county chairs gave us their full support.”"
    )
    (result,) = run_texts(text)
    assert result.quotes[-1].speaker.mention is None


def test_the_name_after_an_appended_participle_is_its_object_not_an_inverted_speaker() -> None:
    text = (
        "The New Jersey governor was the most forceful figure on stage at the final debate, "
        "mocking  Rubio as “a neophyte who memorized talking points.”"
    )
    (result,) = run_texts(text)
    assert result.quotes[0].speaker.mention.text == "The New Jersey governor"


def test_a_name_before_the_colon_that_is_the_clauses_object_is_the_listener() -> None:
    text = (
        "Governor Ann Hale later told Fox News: “We will win the state this fall and the next one.”"
    )
    (result,) = run_texts(text)
    assert result.quotes[0].speaker.mention.text == "Ann Hale"


def test_according_to_in_the_next_paragraph_credits_nothing_above_it() -> None:
    text = (
        "In an essay last week, Ivanka Trump acknowledged their uphill battle. “The number of "
        "households led by single mothers has doubled in the past three decades,” she wrote, "
        "“and the majority of these women work in low-paying jobs without benefits.”\n\n"
        "About 9.9 million single mothers with young children live in poverty, according to "
        "federal statistics."
    )
    (result,) = run_texts(text)
    (quote,) = [q for q in result.quotes if "households" in q.content.text]
    assert quote.speaker.mention.text == "she"


def test_quoting_someones_statement_is_the_act_of_the_one_quoting() -> None:
    (result,) = run_texts("“Not fit to serve!” Trump tweeted, quoting Comey’s statement.")
    (quote,) = [q for q in result.quotes if q.cue and q.cue.text == "quoting"]
    assert quote.speaker.mention.text == "Trump"


def test_recounting_reports_what_is_recounted() -> None:
    (result,) = run_texts("Governor Ann Hale recounted how the plan fell apart in the spring.")
    assert [q.speaker.mention.text for q in result.quotes] == ["Ann Hale"]


def test_a_cues_complement_is_the_clause_after_it_when_the_parse_gives_two() -> None:
    text = (
        "While Democrats evince confidence that his supporters will back her, national polling "
        "shows why the angst is a problem: A recent Bloomberg poll showed that only 55 percent "
        "of his supporters said they were planning to back her."
    )
    (result,) = run_texts(text)
    (poll,) = [q for q in result.quotes if q.cue and q.cue.text == "showed"]
    assert poll.content.text.startswith("that only 55 percent")


def test_a_clause_nested_in_a_cue_whose_subject_is_lost_is_not_its_own_subjects() -> None:
    """The small parser hangs "majorities" on "going", so "said" has no subject; "they
    support …" is still what was said, not a claim of "they"."""
    text = (
        "Large majorities of voters going to the polls on Tuesday said they support a "
        "proposal to cut taxes."
    )
    assert "they" not in speakers(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Senator Mary Ortiz released a letter from her doctor on Friday that says she is in "
            "“excellent health” for her age.",
            "Mary Ortiz",
        ),
        (
            "The campaign published a memo on Monday that argues the race is “tightening fast” "
            "in Ohio.",
            "The campaign",
        ),
        (
            "The Daily Courier recently ran a piece that noted his plan would “benefit affluent"
            " households more than poorer ones.”",
            "Daily Courier",
        ),
    ],
)
def test_a_document_put_out_speaks_for_whoever_put_it_out(text: str, speaker: str) -> None:
    """ "that" is no speaker: the one who released the letter makes its claim."""
    assert speakers(text) == [speaker]
