"""Verbs the small model tags as adjectives or nouns get their verb reading back, and real
adjectives and nouns keep theirs."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from eventwire.parse.nlp import load_nlp
from eventwire.parse.verb_repairs import VERB_REPAIRS

from .conftest import coded_events, repaired, run_texts, word_in


def _misparsed(words: list[str], tags: list[str], heads: list[int], deps: list[str]) -> Doc:
    """A Doc carrying exactly the misparse to repair, as the small model gives it in long
    sentences (its output on a short sentence is already right)."""
    pos = {"JJ": "ADJ", "NN": "NOUN", "NNS": "NOUN", "RB": "ADV", "VBD": "AUX", "IN": "ADP"}
    pos |= {"VBZ": "VERB", "CC": "CCONJ"}
    lemmas = {"was": "be", "were": "be", "got": "get", "'s": "be"}
    parse = {"words": words, "tags": tags, "heads": heads, "deps": deps}
    return repaired(
        VERB_REPAIRS,
        parse,
        [pos.get(tag, "PROPN" if tag.startswith("NNP") else "PUNCT") for tag in tags],
        [lemmas.get(w.lower(), w.lower()) for w in words],
    )


def test_adjective_participle_after_be_becomes_a_passive() -> None:
    doc = _misparsed(
        ["The", "plan", "was", "widely", "ridiculed", "."],
        ["DT", "NN", "VBD", "RB", "JJ", "."],
        [1, 2, 2, 4, 2, 2],
        ["det", "nsubj", "ROOT", "advmod", "acomp", "punct"],
    )
    verb = word_in(doc, "ridiculed")
    assert (verb.pos_, verb.tag_, verb.lemma_, verb.dep_) == ("VERB", "VBN", "ridicule", "ROOT")
    assert word_in(doc, "plan").dep_ == "nsubjpass"
    assert (word_in(doc, "was").dep_, word_in(doc, "was").head) == ("auxpass", verb)
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(("verb", "pos"), [("got", "VERB"), ("seemed", "ADJ")])
def test_adjective_participle_is_a_passive_after_get_not_a_linking_verb(verb: str, pos: str):
    """ "got arrested" is a passive like "was arrested"; "seemed arrested" keeps its adjective."""
    doc = _misparsed(
        ["The", "driver", verb, "arrested", "."],
        ["DT", "NN", "VBD", "JJ", "."],
        [1, 2, 2, 2, 2],
        ["det", "nsubj", "ROOT", "acomp", "punct"],
    )
    assert word_in(doc, "arrested").pos_ == pos


def test_adjective_english_also_has_stays_without_a_doer() -> None:
    doc = _misparsed(
        ["The", "talks", "were", "relaxed", "."],
        ["DT", "NNS", "VBD", "JJ", "."],
        [1, 2, 2, 2, 2],
        ["det", "nsubj", "ROOT", "acomp", "punct"],
    )
    assert word_in(doc, "relaxed").pos_ == "ADJ"


def test_noun_after_to_and_an_adverb_is_an_infinitive() -> None:
    doc = _misparsed(
        ["Kohl", "went", "to", "publicly", "condemn", "Paris", "."],
        ["NNP", "VBD", "IN", "RB", "NN", "NNP", "."],
        [1, 1, 1, 4, 2, 4, 1],
        ["nsubj", "ROOT", "prep", "advmod", "pobj", "dobj", "punct"],
    )
    verb = word_in(doc, "condemn")
    assert (verb.pos_, verb.tag_, verb.dep_, verb.head.text) == ("VERB", "VB", "xcomp", "went")
    assert (word_in(doc, "to").dep_, word_in(doc, "to").head) == ("aux", verb)


def test_infinitive_repaired_where_to_was_the_root_heads_the_sentence() -> None:
    doc = _misparsed(
        ["To", "publicly", "condemn", "Paris", "."],
        ["IN", "RB", "NN", "NNP", "."],
        [0, 2, 0, 2, 0],
        ["ROOT", "advmod", "pobj", "dobj", "punct"],
    )
    verb = word_in(doc, "condemn")
    assert (verb.dep_, verb.head, str(verb.morph)) == ("ROOT", verb, "VerbForm=Inf")
    assert (word_in(doc, "To").dep_, word_in(doc, "To").head) == ("aux", verb)


def test_noun_right_after_to_stays_a_noun() -> None:
    doc = _misparsed(
        ["Kohl", "went", "to", "court", "."],
        ["NNP", "VBD", "IN", "NN", "."],
        [1, 1, 1, 2, 1],
        ["nsubj", "ROOT", "prep", "pobj", "punct"],
    )
    assert word_in(doc, "court").pos_ == "NOUN"


def test_plural_noun_root_after_its_subject_is_a_verb() -> None:
    doc = _misparsed(
        ["Minister", "Kohl", "condemns", "Paris", "."],
        ["NNP", "NNP", "NNS", "NNP", "."],
        [1, 2, 2, 2, 2],
        ["compound", "nsubj", "ROOT", "dobj", "punct"],
    )
    verb = word_in(doc, "condemns")
    assert (verb.pos_, verb.tag_, verb.lemma_) == ("VERB", "VBZ", "condemn")


def test_owned_plural_noun_root_stays_a_noun() -> None:
    doc = _misparsed(
        ["Kohl", "'s", "wins", "."],
        ["NNP", "POS", "NNS", "."],
        [2, 0, 2, 2],
        ["nsubj", "case", "ROOT", "punct"],
    )
    assert word_in(doc, "wins").pos_ == "NOUN"


def test_plural_noun_joined_to_a_verb_is_its_second_verb_with_the_stray_name_as_object():
    """ "Okoro rebukes Lagos and praises Abuja": a bare plural joined by "and" to a
    present-tense verb is that verb's second act; the name the parse hung on the first verb
    is its object."""
    doc = _misparsed(
        ["Okoro", "rebukes", "Lagos", "and", "praises", "Abuja", "at", "rally", "."],
        ["NNP", "VBZ", "NNP", "CC", "NNS", "NNP", "IN", "NN", "."],
        [1, 1, 1, 1, 1, 1, 1, 6, 1],
        ["nsubj", "ROOT", "dobj", "cc", "conj", "dep", "prep", "pobj", "punct"],
    )
    verb = word_in(doc, "praises")
    assert (verb.pos_, verb.tag_, verb.lemma_, verb.dep_) == ("VERB", "VBZ", "praise", "conj")
    assert (word_in(doc, "Abuja").dep_, word_in(doc, "Abuja").head) == ("dobj", verb)


@pytest.mark.parametrize(
    ("words", "tags", "heads", "deps"),
    [
        (  # joined to "be": "there's Leeds and questions about it" lists two nouns
            ["there", "'s", "Leeds", "and", "questions", "about", "it"],
            ["EX", "VBZ", "NNP", "CC", "NNS", "IN", "PRP"],
            [1, 1, 1, 1, 1, 4, 5],
            ["expl", "ROOT", "attr", "cc", "conj", "prep", "pobj"],
        ),
        (  # nothing of a clause after it
            ["Okoro", "rebukes", "Lagos", "and", "praises", "."],
            ["NNP", "VBZ", "NNP", "CC", "NNS", "."],
            [1, 1, 1, 1, 1, 1],
            ["nsubj", "ROOT", "dobj", "cc", "conj", "punct"],
        ),
        (  # no "and" right before it: a listed noun
            ["Okoro", "rebukes", "Lagos", ",", "praises", "for", "Abuja"],
            ["NNP", "VBZ", "NNP", ",", "NNS", "IN", "NNP"],
            [1, 1, 1, 1, 1, 4, 5],
            ["nsubj", "ROOT", "dobj", "punct", "conj", "prep", "pobj"],
        ),
    ],
)
def test_plural_noun_joined_to_a_verb_stays_a_noun_without_a_verb_s_shape(
    words: list[str], tags: list[str], heads: list[int], deps: list[str]
) -> None:
    doc = _misparsed(words, tags, heads, deps)
    assert doc[4].pos_ == "NOUN"


def test_second_headline_verb_read_as_a_noun_is_coded_with_the_shared_subject() -> None:
    events = coded_events("Putin scolds Turkey and thanks Obama at news conference.", "2015-12-19")
    assert ("SUPPORT", "051", ["Putin"], ["Obama"]) in [(t, c[:3], a, r) for t, c, a, r in events]


def test_real_adjective_is_no_event() -> None:
    events = coded_events("The two leaders met in a relaxed mood on Tuesday.", "2016-03-01")
    assert all(code != "081" for _, code, _, _ in events)


def test_repaired_passive_is_coded_with_its_doer_and_target() -> None:
    text = "The governor's budget was much derided by Democrats in the state senate."
    events = coded_events(text, "2016-03-01")
    assert ("ACCUSE", "111", ["Democrats"], ["The governor"]) in events


def test_plural_noun_heading_a_subordinate_clause_after_its_subject_is_a_verb() -> None:
    """ "as the mayor moves to Lyon": a clause's head with a subject is its verb."""
    doc = _misparsed(
        ["As", "the", "mayor", "moves", "to", "Lyon", ",", "rivals", "wait", "."],
        ["IN", "DT", "NN", "NNS", "IN", "NNP", ",", "NNS", "VBP", "."],
        [3, 2, 3, 8, 3, 4, 8, 8, 8, 8],
        ["mark", "det", "nsubj", "advcl", "prep", "pobj", "punct", "nsubj", "ROOT", "punct"],
    )
    verb = word_in(doc, "moves")
    assert (verb.pos_, verb.tag_, verb.lemma_, verb.dep_) == ("VERB", "VBZ", "move", "advcl")


def test_name_hung_on_a_plural_noun_root_is_the_subject_of_its_verb() -> None:
    """ "Haddad condemns in a letter ...": the parse hung the name on the word as a compound."""
    doc = _misparsed(
        ["Haddad", "condemns", "in", "a", "letter", "the", "raid", "."],
        ["NNP", "NNS", "IN", "DT", "NN", "DT", "NN", "."],
        [1, 1, 1, 4, 2, 6, 1, 1],
        ["compound", "ROOT", "prep", "det", "pobj", "det", "dobj", "punct"],
    )
    verb = word_in(doc, "condemns")
    assert (verb.pos_, verb.tag_, verb.lemma_) == ("VERB", "VBZ", "condemn")
    assert word_in(doc, "Haddad").dep_ == "nsubj"


def test_name_set_beside_a_repaired_verb_is_its_object() -> None:
    doc = _misparsed(
        ["Okafor", "praises", "Mensah", ",", "the", "coach", "."],
        ["NNP", "NNS", "NNP", ",", "DT", "NN", "."],
        [1, 1, 1, 2, 5, 2, 1],
        ["compound", "ROOT", "appos", "punct", "det", "appos", "punct"],
    )
    assert (word_in(doc, "praises").pos_, word_in(doc, "Mensah").dep_) == ("VERB", "dobj")


def test_plural_noun_root_after_a_bare_noun_stays_a_noun() -> None:
    """ "peace talks in Doha" names talks of a kind."""
    doc = _misparsed(
        ["Peace", "talks", "in", "Doha", "."],
        ["NN", "NNS", "IN", "NNP", "."],
        [1, 1, 1, 2, 1],
        ["compound", "ROOT", "prep", "pobj", "punct"],
    )
    assert word_in(doc, "talks").pos_ == "NOUN"


def test_plural_noun_root_with_nothing_after_stays_a_noun() -> None:
    """ "Iran talks." alone may be a topic line."""
    doc = _misparsed(
        ["Iran", "talks", "."], ["NNP", "NNS", "."], [1, 1, 1], ["compound", "ROOT", "punct"]
    )
    assert word_in(doc, "talks").pos_ == "NOUN"


def test_plural_noun_the_parse_made_a_name_s_object_is_the_name_s_verb() -> None:
    """ "Ortiz demands Lee resign": a noun at the root takes no object; the name is the
    subject of the plural, its verb, and what followed hangs on the verb."""
    doc = _misparsed(
        ["Ortiz", "demands", "Lee", "resign", "."],
        ["NN", "NNS", "NNP", "VB", "."],
        [0, 0, 3, 0, 0],
        ["ROOT", "dobj", "nsubj", "ccomp", "punct"],
    )
    verb = word_in(doc, "demands")
    assert (verb.pos_, verb.dep_, verb.head) == ("VERB", "ROOT", verb)
    assert (word_in(doc, "Ortiz").dep_, word_in(doc, "Ortiz").head) == ("nsubj", verb)
    assert word_in(doc, "resign").head == verb
    assert len(list(doc.sents)) == 1


def test_name_the_parse_read_as_a_verb_is_the_object_of_the_plural_before_it() -> None:
    """ "Lagos camp slams Okafor ad": a capitalised name in mid-sentence is no verb; the
    plural before it is, with the noun before that as its subject."""
    doc = _misparsed(
        ["Lagos", "camp", "slams", "Okafor", "ad"],
        ["NNP", "NN", "NNS", "VBP", "NN"],
        [1, 2, 3, 3, 3],
        ["compound", "compound", "nsubj", "ROOT", "dobj"],
    )
    verb = word_in(doc, "slams")
    assert (verb.pos_, verb.dep_, verb.head) == ("VERB", "ROOT", verb)
    assert (word_in(doc, "camp").dep_, word_in(doc, "camp").head) == ("nsubj", verb)
    assert (word_in(doc, "ad").dep_, word_in(doc, "ad").head) == ("dobj", verb)
    assert (word_in(doc, "Okafor").pos_, word_in(doc, "Okafor").head.text) == ("PROPN", "ad")


def test_lower_case_word_after_a_plural_subject_stays_its_verb() -> None:
    """ "oil companies give him ...": only a name is never the verb."""
    doc = _misparsed(
        ["Oil", "companies", "give", "him", "money"],
        ["NN", "NNS", "VBP", "PRP", "NN"],
        [1, 2, 2, 2, 2],
        ["compound", "nsubj", "ROOT", "dative", "dobj"],
    )
    assert word_in(doc, "companies").pos_ == "NOUN"


def test_headline_verb_before_a_name_tells_who_blamed_whom() -> None:
    (result,) = run_texts(
        "Clinton camp blasts Trump ad\n\nThe Clinton campaign spoke in Ohio on Monday.",
        date="2016-03-01",
    )
    sides = [([p.name for p in e.actors], [p.name for p in e.recipients]) for e in result.events]
    assert [e.type for e in result.events] == ["ACCUSE"]
    assert sides == [(["Clinton camp"], ["Donald Trump"])]


def test_past_verb_after_a_subjects_appositive_heads_the_sentence() -> None:
    """ "Reyes, the widow, decried Abbott's calls" read with the name at the root and
    "decried" as an adjective of "Abbott": the verb heads it, the name is its subject."""
    doc = _misparsed(
        ["Reyes", ",", "the", "widow", ",", "decried", "Abbott", "'s", "calls", "."],
        ["NNP", ",", "DT", "NN", ",", "VBD", "NNP", "POS", "NNS", "."],
        [0, 0, 3, 0, 0, 6, 8, 6, 0, 0],
        ["ROOT", "punct", "det", "appos", "punct", "amod", "poss", "case", "appos", "punct"],
    )
    verb = word_in(doc, "decried")
    assert (verb.pos_, verb.tag_, verb.lemma_, verb.dep_) == ("VERB", "VBD", "decry", "ROOT")
    assert (word_in(doc, "Reyes").dep_, word_in(doc, "Reyes").head) == ("nsubj", verb)
    assert (word_in(doc, "calls").dep_, word_in(doc, "calls").head) == ("dobj", verb)
    assert word_in(doc, "widow").head.text == "Reyes"


def test_participle_with_no_appositive_before_it_stays_an_adjective() -> None:
    doc = _misparsed(
        ["Reyes", ",", "decried", "Abbott", "'s", "calls", "."],
        ["NNP", ",", "VBD", "NNP", "POS", "NNS", "."],
        [0, 0, 3, 5, 3, 0, 0],
        ["ROOT", "punct", "amod", "poss", "case", "appos", "punct"],
    )
    assert word_in(doc, "decried").dep_ == "amod"


@pytest.mark.parametrize("mark", ["'", "\u2019"])
def test_contracted_has_before_an_object_keeps_its_doer(mark: str) -> None:
    """ "she's accused the mayor": a participle with its own object is the perfect's "has",
    so the subject is the doer, not the one accused."""
    text = (
        "Senator Ruth Delgado of Oregon opposed the bill. "
        f"She{mark}s accused Governor Kyle Benton of lying about the budget."
    )
    events = coded_events(text, "2016-03-01")
    assert ("ACCUSE", "112", ["She"], ["Kyle Benton"]) in events


@pytest.mark.parametrize(
    "sentence",
    [
        "He's expected to sign the bill.",
        "It's called a tariff.",
        "It's assumed that he won.",
        "He's been handed a subpoena.",
        "He's handed a subpoena.",
        "She's denied bail.",
    ],
)
def test_contracted_is_of_a_true_passive_stays_passive(sentence: str) -> None:
    """A passive's "'s" takes no direct object (a complement, a predicate or a clause), or the
    second object a verb of giving keeps."""
    doc = load_nlp()(sentence)
    assert doc[0].dep_ == "nsubjpass"


def test_name_hung_on_a_tagged_verb_as_a_compound_is_its_subject() -> None:
    """ "Okafor visits Lagos ...": the verb kept its tag, but its subject was hung on it as a
    compound."""
    doc = _misparsed(
        ["Okafor", "visits", "Lagos", "and", "meets", "Mensah", "."],
        ["NN", "VBZ", "NNP", "CC", "VBZ", "NNP", "."],
        [1, 1, 1, 1, 1, 4, 1],
        ["compound", "ROOT", "dobj", "cc", "conj", "dobj", "punct"],
    )
    assert word_in(doc, "Okafor").dep_ == "nsubj"
    assert word_in(doc, "visits").tag_ == "VBZ"


def test_compound_on_a_verb_with_a_subject_stays_as_parsed() -> None:
    doc = _misparsed(
        ["Okafor", "he", "visits", "Lagos", "."],
        ["NNP", "PRP", "VBZ", "NNP", "."],
        [2, 2, 2, 2, 2],
        ["compound", "nsubj", "ROOT", "dobj", "punct"],
    )
    assert word_in(doc, "Okafor").dep_ == "compound"


def test_headline_visit_and_meeting_keep_the_visitor_as_doer() -> None:
    events = coded_events("Trump visits Mexico and meets Pena Nieto.", "2016-08-31")
    doers = {(t, tuple(a)) for t, _, a, _ in events}
    assert doers == {("CONSULT", ("Trump",))}


def _joined_to_preposition(tags: list[str]) -> Doc:
    """ "Voters may quit on the party and back the nominee", with the second verb and its
    object hung on the first verb's preposition, as the small model parses it in long
    sentences; `tags` gives the two verbs' forms."""
    words = ["Voters", "may", "quit", "on", "the", "party", "and", "back", "the", "nominee", "."]
    pos = ["NOUN", "AUX", "VERB", "ADP", "DET", "NOUN", "CCONJ", "VERB", "DET", "NOUN", "PUNCT"]
    parse = {
        "words": words,
        "tags": ["NNS", "MD", tags[0], "IN", "DT", "NN", "CC", tags[1], "DT", "NN", "."],
        "heads": [2, 2, 2, 2, 5, 3, 3, 3, 9, 3, 2],
        "deps": [
            *("nsubj", "aux", "ROOT", "prep", "det", "pobj"),
            *("cc", "conj", "det", "pobj", "punct"),
        ],
    }
    return repaired(VERB_REPAIRS, parse, pos, [w.lower() for w in words])


def test_verb_joined_to_a_preposition_is_the_preposition_s_verb_s_second_act() -> None:
    """ "may quit on the party and back the nominee": a preposition joins no verb; the verb
    after "and" is the first verb's conjunct, and the noun the parse gave the preposition
    after it is its object."""
    doc = _joined_to_preposition(["VB", "VB"])
    verb = word_in(doc, "back")
    assert (verb.dep_, verb.head.text) == ("conj", "quit")
    assert (word_in(doc, "and").head.text, word_in(doc, "nominee").head) == ("quit", verb)
    assert word_in(doc, "nominee").dep_ == "dobj"
    assert word_in(doc, "party").head.text == "on"


def test_verb_of_another_form_joined_to_a_preposition_stays_as_parsed() -> None:
    """ "the benefits of relying on him, and touting ...": a verb of another form than the
    preposition's verb is no second act of it."""
    doc = _joined_to_preposition(["VB", "VBG"])
    assert (word_in(doc, "back").head.text, word_in(doc, "nominee").dep_) == ("on", "pobj")
