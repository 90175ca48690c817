"""Acts announced as arranged ahead: "the minister is to visit Paris", "was to meet them",
"talks are due to resume on Friday". Wire copy states a schedule with a bare "be" over an
infinitive, or with a schedule predicate whose subject is the act noun itself; neither has a
planning verb over the act's own verb (`planned_modality._plans`), and the act has not happened."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.called_protests import called_protest
from eventwire.events.clauses import to_infinitive
from eventwire.events.lexicon import words
from eventwire.parse.deps import AUXILIARY_DEPS
from eventwire.parse.forms import in_words
from eventwire.parse.subjects import SUBJECT_DEPS
from eventwire.parse.tags import NOUN_POS

SCHEDULE = words("modality_words.tsv", "schedule")
OWN_COMPLEMENT_DEPS = {"acomp", "attr", "dobj"}  # "is ready to", "is the first to": not a bare "be"


def arranged(chain: list[Token]) -> Token | None:
    """The "be" or schedule word that sets the chain's act ahead, if any."""
    awaited = next((w for t in chain for w in (t, *t.children) if awaited_at(w)), None)
    if awaited is not None:
        return awaited  # "was due in Lima (for talks)": the trip and what it is for
    caller = next((t for t in chain[1:] if called_protest(t) in chain), None)
    if caller is not None:
        return caller  # "called a strike for Monday"
    if len(chain) < 2:
        return None
    head, governor = chain[0], chain[1]
    if head.dep_ == "xcomp" and to_infinitive(head) and _bare_be(governor):
        return governor  # "is to visit"
    if head.dep_ in SUBJECT_DEPS and head.pos_ in NOUN_POS:
        return _schedule_cue(governor)  # "talks are due to resume"
    return None


def _bare_be(token: Token) -> bool:
    """A main-verb "be" with a subject and no complement of its own beside the infinitive."""
    deps = {c.dep_ for c in token.children}
    return (
        token.lemma_.lower() == "be"
        and token.dep_ not in AUXILIARY_DEPS
        and bool(deps & SUBJECT_DEPS)
        and not deps & OWN_COMPLEMENT_DEPS
    )


def _schedule_cue(predicate: Token) -> Token | None:
    """The schedule word, the predicate or its adjective ("are due to"), over an infinitive."""
    words = [predicate, *(c for c in predicate.children if c.dep_ == "acomp")]
    return next((w for w in words if in_words(w, SCHEDULE) and _sets(w)), None)


def _sets(word: Token) -> bool:
    return any(to_infinitive(x) for x in word.children if x.dep_ == "xcomp")


def awaited_at(word: Token) -> bool:
    """ "was due in Bangkok on Tuesday", "is expected in Nairobi next week": a schedule
    adjective over "be", or a passive schedule verb, with no infinitive announces its holder's
    presence there ahead (`travel` codes the trip)."""
    adjective = word.lower_ in SCHEDULE and word.dep_ == "acomp" and word.head.lemma_ == "be"
    passive = word.lemma_.lower() in SCHEDULE and any(c.dep_ == "auxpass" for c in word.children)
    return (adjective or passive) and not any(c.dep_ in {"xcomp", "ccomp"} for c in word.children)
