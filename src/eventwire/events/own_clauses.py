"""Verbs whose clause tells an act of its own, though the parse hangs it under another act.

"accused the coalition of rigging the count and called on voters to stay home": a finite verb
cannot continue a gerund's content, so the parse that coordinates "called" with "rigging" has
misplaced the subject's second act; so has the one that coordinates "offered" with "to settle" in
"urged both sides to settle and offered to host talks". "urged both sides to keep talking, while
the president rejected any mediation": a contrast clause with a subject of its own tells that
subject's act beside the main one, not what the main speech act says; so does a finite "as" clause
("refuses to run as OAS observers pull out"). A condition ("threatened to bomb the bases if the
guerrillas attacked") stays the content of the act it conditions. "asked the rector to resign; the
rector refused": the parse hangs the clause before a semicolon under the one after it, but each is
a sentence of its own. "criticized the ministry, prompting the minister to reject its findings":
what a verb of causing makes its object do is that party's act, not the content of the act that
caused it. "praised him hours after he was charged": a past legal act in a time clause is news
of its own (`booked_clauses`); so is any act a finite time clause tells with a subject of its own
("went to interview the father before the agency rejected the application"); so does an
absolute "with" clause ("condemned the test, with Japan urging China to act").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.booked_clauses import TIME_MARKS, booked_clause
from eventwire.events.clauses import to_infinitive
from eventwire.events.lexicon import THING_PRONOUNS, speaks, words
from eventwire.events.verb_arguments import objects
from eventwire.parse.deps import PURPOSE_CLAUSE_DEPS, REPORTED_CLAUSE_DEPS
from eventwire.parse.semicolons import parted_by_semicolon
from eventwire.parse.tags import (
    BASE_FORM_TAG,
    FINITE_OR_PARTICIPLE_TAGS,
    GERUND_TAG,
    NAME_OR_PRONOUN_POS,
    PAST_TENSE_TAG,
)

FINITE = FINITE_OR_PARTICIPLE_TAGS
SUBJECT_POS = NAME_OR_PRONOUN_POS | {"NOUN"}  # "with Japan urging", "with the senator saying"
CONTRAST_MARKS = {"while", "whereas", "although", "though"}
SIMULTANEOUS = {"as"}  # "as OAS observers pull out": beside the act, not a condition
TOLD_TIMES = TIME_MARKS - {"because"}  # "before X rejected it"; a reason may be what is judged
CAUSING = words("event_words.tsv", "causing")  # prompt, spur, provoke, lead
DISPATCHING = words("event_words.tsv", "dispatching")  # send, bring, hire


def own_clause(verb: Token) -> bool:
    """Whether the verb `verb` tells an act apart from the act the parse hangs it under."""
    if verb.dep_ == "conj":
        return verb.head.i < verb.i and (
            (verb.tag_ in FINITE and verb.head.tag_ == GERUND_TAG) or past_after_infinitive(verb)
        )
    if verb.dep_ in REPORTED_CLAUSE_DEPS:
        return _beyond_semicolon(verb)
    if caused_act(verb) or booked_clause(verb) or absolute_clause(verb):  # "after he was charged"
        return True
    if verb.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    subject = any(c.dep_ == "nsubj" for c in verb.children)
    if marks & (CONTRAST_MARKS | (SIMULTANEOUS if verb.tag_ in FINITE else set())):
        return subject
    # "after she had said he was a recruiter": a saying's news is what it says, not the saying
    told = verb.tag_ in FINITE and marks & TOLD_TIMES and not speaks(verb)
    return bool(told) and subject


def absolute_clause(verb: Token) -> bool:
    """ "condemned the test, with Republicans taking shots at Obama": an -ing verb with a
    subject of its own after "with" tells that subject's act beside the main one, not what the
    main verb says or does. The parse hangs the verb on "with" with its subject, or on the
    subject as a modifier; then only a "with" set off by a comma or opening the sentence is
    absolute ("talks with rebels demanding independence" is no clause)."""
    if verb.tag_ != GERUND_TAG:
        return False
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with":
        return any(c.dep_ == "nsubj" and c.pos_ in SUBJECT_POS for c in verb.children)
    subject = verb.head
    if verb.dep_ != "acl" or subject.dep_ != "pobj" or subject.head.lower_ != "with":
        return False
    opener = subject.head
    return subject.pos_ in SUBJECT_POS and (
        opener.i == opener.sent.start or opener.doc[opener.i - 1].text == ","
    )


def past_after_infinitive(verb: Token) -> bool:
    """ "urged both sides to settle and offered to host talks": a past-tense verb cannot share
    an infinitive's "to", so it is the subject's second act, not part of what was urged."""
    to = to_infinitive(verb.head)
    return verb.tag_ == PAST_TENSE_TAG and verb.head.tag_ == BASE_FORM_TAG and to


def caused_act(verb: Token) -> bool:
    """ "prompting the minister to reject its findings": the infinitive under a verb of causing
    with an object is that object's own act; so is one under a verb that sends or brings a
    party it names or points to ("sent Kerry to Moscow to meet Putin")."""
    lemma = verb.head.lemma_.lower()
    if verb.dep_ == "xcomp" and lemma in CAUSING:
        return bool(objects(verb.head))
    if verb.dep_ not in PURPOSE_CLAUSE_DEPS or lemma not in DISPATCHING:
        return False
    infinitive = to_infinitive(verb)
    return infinitive and any(c.dep_ == "dobj" and _named_party(c) for c in verb.head.children)


def _named_party(sent: Token) -> bool:
    """A party sent by name or pronoun ("sent Kerry", "dispatched him"); staff sent as a
    body ("sent 21 personnel to investigate", "sent troops to") act for the sender, as the
    coders code the United Nations' inquiry its personnel make, and a thing sent ("sent it to
    Moscow to protest") is the sender's means, no party."""
    return sent.pos_ in NAME_OR_PRONOUN_POS and sent.lower_ not in THING_PRONOUNS


def _beyond_semicolon(verb: Token) -> bool:
    """A finite clause with its own subject that a semicolon parts from the verb it hangs on."""
    subject = any(c.dep_ == "nsubj" for c in verb.children)
    return verb.tag_ in FINITE and subject and parted_by_semicolon(verb)
