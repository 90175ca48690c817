"""Harm done by nature, disease or accident, and warnings of it: no actor's act.

"the South Asia earthquake that has killed 30,000", "a hurricane hit Florida, destroying
homes", "the drinking that ultimately killed him": an earthquake, a storm or an illness is no
party, so what it does is no attack or coercion (PLOVER codes acts of actors). "warned that
750,000 people could be hit by flooding", "warning of a threat of measles": a warning of such a
harm is a forecast, no threat. The doer is read through the parse: a relative pronoun stands for
the noun its clause describes, and a participle without a subject shares its clause's subject.
An accident told as a clause is a cause too: "killed when the plane crashed", "the building
collapsed, killing 15"; "fire" is one unless told as shots ("an exchange of fire", "fire from
troops").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from eventwire.events.explosions import harmless_blast
from eventwire.events.lexicon import RELATIVE_PRONOUNS, words
from eventwire.events.verb_arguments import objects, prep_objects
from eventwire.lexicons import word_set
from eventwire.parse.deps import COMPLEMENT_DEPS
from eventwire.parse.forms import in_words
from eventwire.parse.tags import GERUND_TAG

NATURAL_CAUSES = words("event_words.tsv", "natural_cause")  # disease, flood, accident
CAUSE_PREPS = {"by", "from", "in", "after", "during"}  # "killed by the storm", "in the floods",
# "died after an outbreak of cholera", "during the storm"
CONTENT_PREPS = word_set("content_preposition")  # "warned of floods", "warning about the virus"
ACCIDENT_VERBS = words("event_words.tsv", "accident_verb")  # crash, capsize, collapse
TRADED_FIRE = words("event_words.tsv", "traded_fire")  # fire, gunfire, shots
TIME_MARKS = {"when", "after", "as"}  # "killed when the plane crashed"
SHOT_FROM = {"from", "on", "at"}  # "fire from troops", "fire on the crowd"


def _stand_for(subject: Token, verb: Token) -> Token:
    """The noun a relative pronoun stands for ("the quake that killed" -> quake)."""
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    return subject


def _doers(verb: Token) -> list[Token]:
    """Who or what does the verb's act, as the parse tells it, with a participle that has no
    subject of its own taking its clause's ("a hurricane hit Florida, destroying homes")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.tag_ == GERUND_TAG and verb.dep_ in {"advcl", "conj"}:
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    doers = [_stand_for(s, verb) for s in subjects]
    doers += prep_objects(verb, CAUSE_PREPS)
    return doers + [p for c in verb.children if c.dep_ == "agent" for p in c.children]


def _shots(token: Token, doer: Token) -> bool:
    """Fire told as shots: aimed or sent by someone, or what a doer is made of ("an
    exchange of fire", "fire from troops")."""
    if not in_words(token, TRADED_FIRE):
        return False
    return token is not doer or bool(prep_objects(token, SHOT_FROM))


def _natural(tokens: Iterable[Token]) -> bool:
    """A token, a word that modifies it or its "of" object names a natural cause
    ("a cholera epidemic", "areas of the South Asia earthquake")."""
    for token in tokens:
        named = [token, *token.children, *prep_objects(token, {"of"})]
        if any(in_words(t, NATURAL_CAUSES) and not _shots(t, token) for t in named):
            return True
        if harmless_blast(token):  # "a gas explosion killed 12 workers"
            return True
    return False


def _accident_told(verb: Token) -> bool:
    """A "when" clause or the clause a participle hangs on tells an accident or a disaster: a
    crash or a collapse with no object ("killed when the plane crashed", "the bus overturned,
    killing 20"; not "when the bomber crashed his car into the gate"), or what a natural cause
    does ("killed as the diseases spread")."""
    clauses = [
        c
        for c in verb.children
        if c.dep_ == "advcl" and any(m.lower_ in TIME_MARKS for m in c.children)
    ]
    if verb.tag_ == GERUND_TAG and verb.dep_ in {"advcl", "conj"}:
        clauses.append(verb.head)
    crashed = any(in_words(c, ACCIDENT_VERBS) and not objects(c) for c in clauses)
    return crashed or any(_natural(_doers(c)) for c in clauses if c is not verb.head)


def natural_harm(verb: Token) -> bool:
    """A violent or coercive verb whose doer is a disaster, a disease or an accident."""
    return _natural(_doers(verb)) or _accident_told(verb)


def hazard_warning(verb: Token) -> bool:
    """A warning whose content names a natural harm: a forecast, not a threat."""
    content = [c for c in verb.children if c.dep_ in COMPLEMENT_DEPS]
    content += prep_objects(verb, CONTENT_PREPS)
    return _natural(t for c in content for t in c.subtree)
