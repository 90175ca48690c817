"""Quote speakers read from a parse given by hand: the small model's misparses (a name hung
as an apposition, a subject lost to a fronted phrase) that the cue rules repair."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.parse.nlp import load_nlp
from eventwire.quotes.cues import find_cues


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
    (cue,) = find_cues(parsed(rows), [])
    assert cue.speaker is not None and cue.speaker.text == "Maria Lopez"


def parsed(rows: list[tuple[str, int, str, str, str, str]]) -> Doc:
    """A Doc with a parse given by hand (word, head, dependency, part of speech, lemma,
    entity): the misparses these rules repair, without depending on the model's."""
    names = ("words", "heads", "deps", "pos", "lemmas", "ents")
    transposed = zip(*rows, strict=True)
    columns = {name: list(column) for name, column in zip(names, transposed, strict=True)}
    spaces = [word not in {",", ".", "”"} for word in columns["words"][1:]] + [False]
    return Doc(load_nlp().vocab, spaces=spaces, **columns)


def test_a_name_opening_the_paragraph_speaks_for_a_cue_that_lost_its_subject() -> None:
    rows = [
        ("Columnist", 2, "compound", "NOUN", "columnist", "O"),
        ("Ann", 2, "compound", "PROPN", "Ann", "B-PERSON"),
        ("Holt", 8, "npadvmod", "PROPN", "Holt", "I-PERSON"),
        (",", 2, "punct", "PUNCT", ",", "O"),
        ("in", 8, "prep", "ADP", "in", "O"),
        ("a", 6, "det", "DET", "a", "O"),
        ("column", 4, "pobj", "NOUN", "column", "O"),
        (",", 8, "punct", "PUNCT", ",", "O"),
        ("wrote", 8, "ROOT", "VERB", "write", "O"),
        (",", 8, "punct", "PUNCT", ",", "O"),
        ("“", 12, "punct", "PUNCT", "“", "O"),
        ("We", 12, "nsubj", "PRON", "we", "O"),
        ("lost", 8, "ccomp", "VERB", "lose", "O"),
        (".", 8, "punct", "PUNCT", ".", "O"),
        ("”", 8, "punct", "PUNCT", "”", "O"),
    ]
    doc = parsed(rows)
    quote = (doc[10].idx, len(doc.text))
    (cue,) = find_cues(doc, [quote])
    assert cue.speaker is not None and cue.speaker.text == "Columnist Ann Holt"
