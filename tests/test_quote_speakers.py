"""Quote speakers read from the parse: apposition, object control, quoted words as subjects."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.parse.nlp import load_nlp
from eventwire.quotes.cues import find_cues
from tests.conftest import run_texts


def speakers(text: str) -> list[str | None]:
    (result,) = run_texts(text)
    return [q.speaker.mention.text if q.speaker.mention else None for q in result.quotes]


def test_a_named_person_in_apposition_to_a_misparsed_subject_speaks() -> None:
    """The small parser can make a fronted phrase the subject and the name its apposition."""
    rows = [  # word, head, dependency, part of speech, lemma, entity
        ("After", 6, "prep", "ADP", "after", "O"),
        ("the", 2, "det", "DET", "the", "O"),
        ("vote", 6, "nsubj", "NOUN", "vote", "O"),
        (",", 2, "punct", "PUNCT", ",", "O"),
        ("Maria", 5, "compound", "PROPN", "Maria", "B-PERSON"),
        ("Lopez", 2, "appos", "PROPN", "Lopez", "I-PERSON"),
        ("said", 6, "ROOT", "VERB", "say", "O"),
        ("she", 9, "nsubj", "PRON", "she", "O"),
        ("would", 9, "aux", "AUX", "would", "O"),
        ("run", 6, "ccomp", "VERB", "run", "O"),
        (".", 6, "punct", "PUNCT", ".", "O"),
    ]
    words, heads, deps, pos, lemmas, ents = (list(column) for column in zip(*rows, strict=True))
    spaces = [words[i + 1] not in {",", "."} for i in range(len(words) - 1)] + [False]
    doc = Doc(
        load_nlp().vocab,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        pos=pos,
        lemmas=lemmas,
        ents=ents,
    )
    (cue,) = find_cues(doc, [])
    assert cue.speaker is not None and cue.speaker.text == "Maria Lopez"


def test_the_object_of_the_verb_above_an_infinitive_is_who_speaks() -> None:
    text = "The long war has led the Estonian writer Jaan Tamm to fear a “new age of empires” here."
    assert speakers(text) == ["Jaan Tamm"]


def test_words_inside_a_quotation_are_no_speaker() -> None:
    text = (
        "Mr. Hale hardly helped, treating the remark as a compliment -- ''That makes me smart''"
        " -- and, when questioned later, asserting, ''Of course, I pay taxes.''"
    )
    assert "That" not in speakers(text)


def contents_and_speakers(text: str) -> list[tuple[str, str | None]]:
    (result,) = run_texts(text)
    return [
        (q.content.text, q.speaker.mention.text if q.speaker.mention else None)
        for q in result.quotes
    ]


def test_a_reporting_noun_attributes_its_clause_to_its_holder() -> None:
    text = "Critics laughed at Senator Ann Holt's claim that the old mine was safe."
    assert contents_and_speakers(text) == [("that the old mine was safe", "Ann Holt")]


def test_the_object_of_from_holds_a_reporting_noun() -> None:
    text = "The vote went ahead despite a warning from her lawyer that the hearing was a farce."
    assert contents_and_speakers(text) == [("that the hearing was a farce", "her lawyer")]


def test_a_reporting_noun_without_holder_or_clause_reports_nothing() -> None:
    assert contents_and_speakers("The claim that the mine was safe drew anger.") == []
    assert contents_and_speakers("Senator Ann Holt's claim drew anger in the town.") == []


def test_stance_and_refusal_verbs_attribute_their_object_or_infinitive() -> None:
    text = "Senator Ann Holt denounced the new tax on farmers. Mr. Reed declined to comment on it."
    assert contents_and_speakers(text) == [
        ("the new tax on farmers", "Ann Holt"),
        ("to comment on it", "Reed"),
    ]


def test_as_x_put_it_frames_the_quote_of_its_sentence() -> None:
    text = "As Senator Ann Holt put it in a letter, the plan is ''a gift to the rich.''"
    assert contents_and_speakers(text) == [("a gift to the rich.", "Ann Holt")]


def test_according_to_a_text_someone_made_credits_its_author() -> None:
    text = "The new tax would curb trading, according to a speech Senator Ann Holt gave in Ohio."
    assert contents_and_speakers(text) == [("The new tax would curb trading", "Ann Holt")]


def test_a_signature_with_an_initial_signs_every_quote_of_its_paragraph() -> None:
    assert speakers("“We need a new mayor in this town.” ― Julie A. Diaz") == ["Julie A. Diaz"]
    text = "“He lies to us every single day.” That is all he does, “again and again.” ― Ana Ruiz"
    assert speakers(text) == ["Ana Ruiz", "Ana Ruiz"]


def test_the_person_a_recording_shows_speaks() -> None:
    text = "The new ad uses footage of Ann Holt asking, “Why are we not ahead in every poll?”"
    assert contents_and_speakers(text) == [("Why are we not ahead in every poll?", "Ann Holt")]


def test_a_cue_reports_a_clause_of_its_own_paragraph() -> None:
    text = (
        "“None of them gave the mayor the answer that he wanted.”\n\n"
        "Looking ahead to the vote, Ann Holt explained why she backs the plan."
    )
    assert ("why she backs the plan", "Ann Holt") in contents_and_speakers(text)


def test_a_participle_after_aside_from_shares_the_main_subject() -> None:
    text = "Mr. Reed will not discuss the seat, aside from saying he wants a diverse team."
    assert ("he wants a diverse team", "Reed") in contents_and_speakers(text)


def test_a_reporting_verb_of_the_next_paragraph_does_not_take_a_quote() -> None:
    text = (
        "Speaking in Ohio this week, Senator Ann Holt responded to the claim that not paying"
        " taxes made him ''smart.''\n\n"
        "''Tell that to the janitor in here who is paying taxes,'' Mr. Reed said."
    )
    assert speakers(text) == ["Ann Holt", "Reed"]


def test_continue_reports_only_without_an_object() -> None:
    assert speakers("Ann Holt will continue her march toward the nomination next week.") == []
    assert speakers("“We have the votes,” Ann Holt continued.") == ["Ann Holt"]


def test_a_cue_closing_an_unquoted_sentence_reports_all_of_it() -> None:
    text = (
        "Ann Holt had told the police that she did not want an escort, but the city overruled"
        " that request, the aide added."
    )
    assert contents_and_speakers(text) == [
        (
            "Ann Holt had told the police that she did not want an escort, but the city"
            " overruled that request",
            "the aide",
        )
    ]
