"""Acts told by a finite clause of their own inside another act: the README's "X said Y did Z".

"allegations that Chinese hackers broke into the network", "a report saying the mayor's office
hired the firm": the clause has its own subject and a tense, so it tells an act as a claim, which
coders code (claimed) beside the accusation or the report that tells it. What is folded stays
folded: the object of a condemnation ("condemned the bombing": no clause), a gerund after an
accusation ("accused him of lying": no subject of its own), a promise's or threat's own deed
("warned that it would strike": a would-be act of the speaker), and plain topics.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import speaks, word_types, words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import ACCUSE, REQUEST
from eventwire.parse.subjects import SUBJECT_DEPS
from eventwire.parse.tags import (
    FINITE_TAGS,
    GERUND_TAG,
    NOUN_POS,
    PRESENT_PLURAL_TAG,
    SINGULAR_NOUN_TAGS,
    WH_TAGS,
)
from eventwire.parse.tenses import auxiliaries

TENSED_AUX = {"has", "have", "had", "was", "were", "is", "are", "did", "does", "do"}
CLAUSE_DEPS = {"ccomp", "acl"}  # "said that X ...", "allegations that X ...", "a report saying"
PARTICIPLE_DEPS = {"acl", "pcomp"}  # "a report saying ...", "a report from X saying ..."
CLAIM_NOUNS = words("cue_nouns.tsv", "speech") | words("event_arguments.tsv", "statement")
TELLING = {ACCUSE}  # blame and reports tell a wrong done; pledges and demands a deed to come


def told_act(match: TriggerMatch, outer: TriggerMatch) -> bool:
    """Whether a verb trigger heads a tensed clause with its own subject that tells what a
    claim says someone did: any clause a noun or a saying tells (`teller`: "the claim that he
    met them", whoever "he" is), or one an act of blame tells of another than its doer."""
    verb = match.head
    if match.nominal or verb.dep_ not in CLAUSE_DEPS:
        return False
    if teller(verb) is not None:
        return True
    if outer.code.type not in TELLING or verb.head != outer.head:
        return False  # "so stupid that he thinks X are offended": no charge of its own
    subject = _subject(verb)
    return subject is not None and _tensed(verb) and not _same_doer(subject, outer.head)


def teller(verb: Token) -> Token | None:
    """The word that tells a tensed clause with its own subject as someone's claim: the noun it
    completes ("allegations that X hacked", "an admission that troops fought") or the participle of
    saying it hangs under ("a report saying X invited Y"); None for any other clause."""
    if _subject(verb) is None or not _tensed(verb):
        return None
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    noun = verb.head  # a claim, a report, an admission: not "tableaus that critics likened"
    if verb.dep_ == "acl" and noun.pos_ in NOUN_POS and noun.lemma_.lower() in CLAIM_NOUNS:
        return noun if "that" in marks and not _asks(noun) else None
    saying = verb.head
    if (
        verb.dep_ == "ccomp"
        and saying.dep_ in PARTICIPLE_DEPS
        and saying.tag_ == GERUND_TAG
        and speaks(saying)
    ):
        return saying
    return None


def _asks(noun: Token) -> bool:
    """ "a suggestion that Governor Ortega step down", "a demand that troops leave": the clause
    of an appeal is the deed asked for (the appeal's content), not a claim of a deed done."""
    return REQUEST in word_types(noun.lemma_.lower())


def _subject(verb: Token) -> Token | None:
    """The clause's own subject, not a relative pronoun ("the man who hired them")."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and child.tag_ not in WH_TAGS and child.lower_ != "that":
            return child
    return None


def _tensed(verb: Token) -> bool:
    """A past or present tense, or a participle after a tensed auxiliary ("have hacked"); no
    modal ("would strike") and no infinitive."""
    auxes = [c.lower_ for c in auxiliaries(verb)]
    if any(a not in TENSED_AUX for a in auxes) or _subjunctive(verb):
        return False
    return verb.tag_ in FINITE_TAGS or bool(auxes)


def _subjunctive(verb: Token) -> bool:
    """ "that the governor step down": a plain verb form after a singular subject agrees with
    nothing, so it is the mood of a wish or a demand, not a tense."""
    subject = _subject(verb)
    return (
        verb.tag_ == PRESENT_PLURAL_TAG
        and subject is not None
        and subject.tag_ in SINGULAR_NOUN_TAGS
    )


def _same_doer(subject: Token, outer: Token) -> bool:
    """ "warned that he had ...": a pronoun or the outer act's own subject tells the speaker."""
    if subject.pos_ == "PRON":
        return True
    doers = [c for c in outer.children if c.dep_ in SUBJECT_DEPS]
    return any(d.lower_ == subject.lower_ for d in doers)
