"""Whether a combat word tells violence: its sentence names a weapon, a wound or other violence.

"Christie attacked Rubio", "ready to fight for change", "Cruz and Rubio exchanged shots": a
combat word with no violence told around it is a contest of words or a cause championed. A
policy's name ("gun control"), a stance ("anti-gun"), a name ("the National Rifle
Association") and an answer ("fired back at his critics") tell none.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from eventwire.events.lexicon import FIGURATIVE, VIOLENCE, mentions, words
from eventwire.events.titles import in_name
from eventwire.events.word_classes import RECIPROCAL
from eventwire.lexicons import word_set
from eventwire.parse.deps import VERB_PARTICLE_DEPS

TRADED_FIRE = words("event_words.tsv", "traded_fire")
POLICY_TOPICS = words("event_words.tsv", "policy_topic")  # "gun control": no violence told
# Each name's words on either side of each of its spaces: a word that is none of them opens or
# closes no name ("control" closes "gun control"), so `_policy_topic` reads no neighbours.
TOPIC_HALVES = frozenset(
    half
    for name in POLICY_TOPICS
    for i, c in enumerate(name)
    if c == " "
    for half in (name[:i], name[i + 1 :])
)
STANCE_PREFIXES = word_set("stance_prefix")  # "anti-gun": a position held


def unarmed(head: Token, tokens: Iterable[Token] = ()) -> bool:
    """ "Christie attacked Rubio", "ready to fight for change": a combat word in a sentence (or
    the given part of it) that names no weapon, wound or other violence is a contest of words
    or a cause championed; so is fire two sides trade ("Cruz and Rubio exchanged shots") when
    nothing else tells violence."""
    scope = list(tokens) or list(head.sent)
    figurative = head.lemma_.lower() in FIGURATIVE
    if figurative:
        return not tells_violence(head, scope)
    traded = traded_fire(head)
    rest = [t for t in scope if t not in traded]
    return bool(traded) and not mentions(head, VIOLENCE, rest)


def traded_fire(head: Token) -> list[Token]:
    """The fire a reciprocal verb trades ("exchanged shots"), none for other verbs or objects."""
    if head.lemma_.lower() not in RECIPROCAL:
        return []
    return [c for c in head.children if c.dep_ == "dobj" and c.lower_ in TRADED_FIRE]


def tells_violence(head: Token, tokens: Iterable[Token] = ()) -> bool:
    """Whether the head's sentence (or the given part of it) names a weapon, wound or other
    word of violence; not one that names a policy's topic ("her gun control offensive", "the
    war powers resolution") or a stance ("her anti-gun record"), lies inside a name ("the
    National Rifle Association") or answers ("fired back at his critics")."""
    scope = list(tokens) or list(head.sent)
    told = [t for t in scope if not (_policy_topic(t) or _stance(t) or in_name(t))]
    return mentions(head, VIOLENCE, [t for t in told if back_of(t) is None] or [head])


def _stance(token: Token) -> bool:
    """A word after a prefix of stance ("anti-gun", "pro-war"): a position taken, no violence."""
    doc, i = token.doc, token.i  # asked of each word of a sentence: the hyphen first
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in STANCE_PREFIXES


def back_of(token: Token) -> Token | None:
    """The "back" of "fired back", "shot back", if the word has one: a word of violence used
    with it answers, which a sentence with no other violence gives in words (`retorts`)."""
    return next(
        (c for c in token.children if c.dep_ in VERB_PARTICLE_DEPS and c.lower_ == "back"), None
    )


def _policy_topic(token: Token) -> bool:
    """A word of a policy's two-word name, a hyphen between or not ("gun-control"; "the right
    to bear arms")."""
    if token.lower_ not in TOPIC_HALVES:  # asked of each word of a sentence
        return False
    doc = token.doc
    after = doc[token.i + 1 : token.i + 3]
    following = [after[1]] if len(after) == 2 and after[0].text == "-" else list(after[:1])
    before = [f"{doc[token.i - 1].lower_} {token.lower_}"] if token.i > 0 else []
    names = [f"{token.lower_} {t.lower_}" for t in following] + before
    return any(name in POLICY_TOPICS for name in names)
