"""Reports joined by "and" that the parse hangs on what was said: "The minister said the rallies
were unlawful and warned that anyone who blocked roads would be detained". The second verb is
the minister's, not the rallies'; the parse makes it a second clause of "said", or a conjunct of
the said clause, and so would give it the said clause's subject or none. A speech act joined
to a clause told in a shifted tense ("said police had arrested 300 people and accused gangs of
looting", "said rebels had attacked and vowed to punish them") is the sayer's too, whoever
the clause is about, when it is aimed at someone (accused, urged, vowed, called on); a plain
saying or an act of another kind there stays the clause's ("had seized the airport and
demanded a ransom", "had attacked the town and kidnapped two nurses").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import is_agent, words
from eventwire.events.misparses import past_after_present
from eventwire.events.own_clauses import past_after_infinitive
from eventwire.lexicons import word_set
from eventwire.parse.deps import AUXILIARY_DEPS
from eventwire.parse.subjects import SUBJECT_OR_EXPLETIVE_DEPS
from eventwire.parse.tags import BASE_FORM_TAG, MODAL_TAG, PAST_TENSE_TAG

REPORTING = words("cue_verbs.tsv", "speech") | words("cue_verbs.tsv", "address")  # said, told
ADDRESSED = words("cue_verbs.tsv", "address") | words("cue_verbs.tsv", "stance")  # urged, accused
ADDRESSED |= words("cue_verbs.tsv", "commit") | words("cue_verbs.tsv", "naming")  # vowed, called on
SPEECH_ACTS = REPORTING | ADDRESSED
NESTED = {"ccomp", "acl", "attr", "acomp"}  # "said the report was proof that X did not ..."
SHIFTED = word_set("backshift_aux")  # "said police had arrested": the said clause's own tense


def joined_report(verb: Token) -> Token | None:
    """The saying verb that a subjectless verb after "and" shares its subject with, where the
    parse hangs it on what was said: as a second clause of "said", or as a conjunct of that
    clause when it reports too and the clause is about no one ("said the rallies were unlawful
    and warned that ...": the minister warned)."""
    continued = past_after_present(verb)  # "anyone who blocks roads and dismissed calls"
    if continued is not None:
        return continued
    before = verb.doc[verb.i - 1] if verb.i else verb
    subjectless = not any(c.dep_ in SUBJECT_OR_EXPLETIVE_DEPS for c in verb.children)
    joined_by = before.dep_ == "cc" or _series_head(verb, before)
    if not subjectless or not joined_by or verb.pos_ != "VERB":
        return None
    if verb.dep_ == "ccomp" and _says(verb.head):
        return verb.head
    if verb.dep_ == "conj" and verb.head.dep_ == "xcomp" and past_after_infinitive(verb):
        return verb.head.head  # "urged them to settle and offered to host talks": the urger
    clause = verb.head
    about_someone = any(c.dep_ == "nsubj" and is_agent(c) for c in clause.children)
    joined = verb.dep_ == "conj" and clause.dep_ == "ccomp" and _says(clause.head)
    lemma = verb.lemma_.lower()
    if joined and lemma in SPEECH_ACTS and not about_someone:
        return clause.head
    if verb.dep_ == "conj" and _past_of(verb, clause) and lemma in SPEECH_ACTS:
        return _sayer_above(clause)
    shifted = joined and lemma in ADDRESSED and _shifted(verb, clause)
    return clause.head if shifted else None


def _series_head(verb: Token, before: Token) -> bool:
    """ "said the plant might close, complained about its taxes, and wondered why ...": a past
    verb after a comma that opens a series closed by "and" is the sayer's second act, which
    the parse hangs on "said" as a second said clause."""
    closed = any(c.dep_ == "cc" for c in verb.children) and any(
        c.dep_ == "conj" and c.pos_ == "VERB" for c in verb.children
    )
    return before.lower_ == "," and verb.tag_ == PAST_TENSE_TAG and verb.dep_ == "ccomp" and closed


def _sayer_above(clause: Token) -> Token | None:
    """The reporting verb a said clause hangs on, also through what it tells of ("said the
    report was proof that Washington did not want peace": said)."""
    while clause.dep_ in NESTED:
        if clause.dep_ == "ccomp" and _says(clause.head):
            return clause.head
        clause = clause.head
    return None


def saying_verb(verb: Token) -> Token:
    """The verb whose modality a joined report has: the sayer's ("said Kenya would keep its
    troops and warned": warned happened, it is not planned as the troops' keeping is)."""
    sayer = joined_report(verb)
    return verb if sayer is None else sayer


def _past_of(verb: Token, clause: Token) -> bool:
    """A past-tense verb joined to a clause told under a modal or "did" ("said Kenya would
    keep its troops there and warned that ...", "said he did not know ... and accused X"):
    "would warned" and "did not accused" are no English, so the verb is the sayer's, whoever
    the clause is about."""
    modal = any(
        c.dep_ == "aux" and (c.tag_ == MODAL_TAG or c.lemma_ == "do") for c in clause.children
    )
    return modal and clause.tag_ == BASE_FORM_TAG and verb.tag_ == PAST_TENSE_TAG


def _shifted(verb: Token, clause: Token) -> bool:
    """A said clause in a shifted tense ("had arrested") and a joined verb with no auxiliary of
    its own: the tagger cannot tell "accused" (past, the sayer's) from "accused" (participle
    under the shared "had"), but a speech act there is the sayer's. A bare verb ("said he'd
    sit Putin down and tell him") shares the clause's "would" and stays the clause's."""
    shifted = any(c.dep_ == "aux" and c.lower_ in SHIFTED for c in clause.children)
    own_aux = any(c.dep_ in AUXILIARY_DEPS for c in verb.children)
    return shifted and verb.tag_ != BASE_FORM_TAG and not own_aux


def _says(verb: Token) -> bool:
    """A reporting verb ("said", "warned", "told")."""
    return verb.lemma_.lower() in REPORTING
