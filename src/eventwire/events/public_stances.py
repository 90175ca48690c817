"""The public's backing or wishes, told of a kind of people, are opinion, not an act.

"Even though people initially hailed these as bold moves", "the reasons people are supporting
a plan like X", "Americans would support a plan like this", "these are people who backed X":
a bare plural of the public (no determiner but a quantifier, no owner, number, name or place
of its own) backs or wants something as a kind of people; no party acts toward anyone.
"Sanders' supporters", "the people in the room", "Dutch voters", "GOP primary voters" and
"the voters of Iowa" name a particular body and are left to the other rules; rejecting
("voters are rejecting him"), blame and demands ("citizens demanded his resignation": an appeal
to a party) are acts the coders count, so only backing and wanting are read here. Backing told
on a day or at a place ("supporters cheered him at a rally in Ohio on Tuesday") is a particular
act, not an opinion.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.clauses import told_of
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import REQUEST, SUPPORT
from eventwire.events.poll_shares import polled_public
from eventwire.events.verb_subjects import verb_subjects
from eventwire.events.wishes import WISHING
from eventwire.lexicons import word_set
from eventwire.parse.nlp import PLACE_ENTITIES, TIME_ENTITIES

STANCE_TYPES = {SUPPORT, REQUEST}  # backing and wanting
KIND_DETERMINERS = {"some", "many", "most", "other"}  # "some people want": still a kind
OCCASION_ENTITIES = TIME_ENTITIES | PLACE_ENTITIES | {"EVENT"}  # when and where it happened
PARTICULAR_DEPS = {"poss", "nummod", "compound", "nmod", "prep", "appos", "relcl", "acl"}


def public_stance(match: TriggerMatch) -> bool:
    """Whether a backing or wishing verb's doers are all the public told as a kind."""
    if match.nominal or match.code.type not in STANCE_TYPES:
        return False
    if match.code.type == REQUEST and match.head.lemma_.lower() not in WISHING:
        return False  # "people demanded his release": an appeal, not a wish
    doers = verb_subjects(match.head)
    if not doers or _on_occasion(match.head):  # "supporters cheered X at a rally on Tuesday"
        return False
    return all(_public_kind(d, match.head) for d in doers)


def _on_occasion(verb: Token) -> bool:
    """A verb told on a day, at a time or at a place: a particular occasion, an act."""
    at = any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children)  # "at a rally"
    return at or any(t.ent_type_ in OCCASION_ENTITIES for t in told_of(verb))


def _public_kind(noun: Token, verb: Token) -> bool:
    """A bare plural of the public ("people", "voters", "Americans"), not a body by name; the
    verb's own clause on it ("people who backed X") describes nothing more."""
    public = polled_public(noun, unnamed=False) or noun.lemma_.lower() in word_set(
        "public_at_large"
    )
    if not public or noun.ent_type_ in {"PERSON", "ORG", "GPE"}:
        return False
    return not any(_particular(c) for c in noun.children if c != verb)


def _particular(child: Token) -> bool:
    """A mark that picks out a particular set: an owner, a number, a name, a place, "the", a
    phrase or a clause of its own ("people who lost their jobs")."""
    if child.dep_ == "det":
        return child.lower_ not in KIND_DETERMINERS
    described = child.dep_ == "amod" and (bool(child.ent_type_) or any(child.children))
    return child.dep_ in PARTICULAR_DEPS or described  # "Dutch voters", "people close to X"
