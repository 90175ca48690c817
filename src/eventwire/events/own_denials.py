"""A party's denial of a charge in its own words: " 'I did not send classified material,' she
said" after the email scandal broke, " 'We never took that money' ", "insisted she had not
sent any classified emails".

PLOVER codes a denial of an accusation as REJECT whatever words carry it. A speaker who says
that he (or "we") did not do an act, in the past, denies it when the sentence or one or two
before it in its paragraph tell a charge, an inquiry or a scandal: without one, "I did not
attend" is narration. An act that is an event of its own ("I did not attack them") stays that
event, negated, as coders code "I did not put down conditions"; "will not" refuses
(`events.withheld`), "never heard of him" perceives and "didn't care about it" feels (no
deed done to a thing), and "said he never said it" disowns words (`events.denials`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.events.cameo_codes import REJECTION
from eventwire.events.denials import PERCEIVING, SPEAKERS, denied_parties
from eventwire.events.lexicon import mentions, reports, words
from eventwire.events.negation import NEGATIONS
from eventwire.events.verb_arguments import objects
from eventwire.events.word_classes import REBUTTED, STATE_VERBS
from eventwire.lexicons import word_set
from eventwire.parse.nlp import doc_text, in_quotation, per_doc, tokens
from eventwire.parse.tags import MODAL_TAG, NAME_OR_PRONOUN_POS, PAST_TENSE_TAG

CHARGE_MARKS = (
    REBUTTED  # allegations, charges, claims
    | words("event_words.tsv", "accusing")  # accuse
    | words("event_words.tsv", "blame")  # allege
    | words("event_words.tsv", "pursuit")  # investigation, probe
    | words("event_words.tsv", "scandal")
)
STATES = STATE_VERBS | words("event_words.tsv", "wanting")
FIRST = word_set("first_person_subject")  # "I did not", "we never"
DONE_AUX = word_set("past_act_auxiliary")  # "did not send", "had not sent": a past act
CONTEXT = 2  # sentences before the denial that may tell the charge
PERSON_SUBJECTS = NAME_OR_PRONOUN_POS  # "she insisted", "Clinton said": one who may mean herself


def own_denial_code(verb: Token) -> str | None:
    """REJECT's code when a speaker says in the past that he did not do the verb's act and the
    story around it tells a charge; None otherwise (most verbs: no negation)."""
    if verb.i not in per_doc(verb.doc, "negated_heads", _negated_heads):
        return None  # asked of every word: most have no negation to read
    if verb.pos_ != "VERB" or not _negated_past(verb):
        return None
    lemma = verb.lemma_.lower()
    if lemma in PERCEIVING | STATES or reports(verb) or denied_parties(verb):
        return None
    if not objects(verb):  # "didn't care about it": no deed
        return None
    return REJECTION if _own_words(verb) and _charged(verb.sent) else None


def _negated_heads(doc: Doc) -> frozenset[int]:
    """Where the words that a "not" or "never" hangs on stand (`_negated_past` reads no other)."""
    return frozenset(  # the word's own form first: reading its head builds a Token
        t.head.i
        for t in tokens(doc)
        if t.lower_ in NEGATIONS and (t.dep_ == "neg" or t.lower_ == "never") and t.head.i != t.i
    )


def _negated_past(verb: Token) -> bool:
    """ "did not send", "had not sent", "never took": a past act negated, no modal ("would
    not", "could not": a refusal or an inability)."""
    children = list(verb.children)
    negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in children if c.lower_ in NEGATIONS)
    auxes = [c for c in children if c.dep_ == "aux"]
    if not negated or any(c.tag_ == MODAL_TAG for c in auxes):
        return False
    return verb.tag_ == PAST_TENSE_TAG or any(c.lemma_.lower() in DONE_AUX for c in auxes)


def _own_words(verb: Token) -> bool:
    """ " 'I did not send it' ": the speaker's own "I" or "we" inside quotation marks; or "she
    said she had not sent it": a person's report of what he or she did not do."""
    subjects = _subjects(verb)
    if not subjects:
        return False
    if all(s.lower_ in FIRST for s in subjects):
        return in_quotation(verb)
    if not all(s.lower_ in SPEAKERS for s in subjects) or verb.dep_ != "ccomp":
        return False
    sayers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return reports(verb.head) and all(s.pos_ in PERSON_SUBJECTS for s in sayers)


def _charged(sentence: Span) -> bool:
    """The sentence or the ones before it in its paragraph (`CONTEXT` at most) tell a charge,
    an inquiry or a scandal: a quote may go on a sentence or two past the charge it answers."""
    told = [sentence]
    while len(told) <= CONTEXT and told[-1].start > 0:
        before = told[-1].doc[told[-1].start - 1].sent
        if "\n\n" in doc_text(sentence.doc)[before.start_char : told[-1].start_char]:
            break
        told.append(before)
    return mentions(sentence.root, CHARGE_MARKS, [t for s in told for t in s])


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, or those of the verb it is joined to when it has none ("I'm aware
    of the rules and did not send it")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        return [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subjects
