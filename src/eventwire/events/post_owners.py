"""Who removes someone from a post when the passive names no doer: the one the post belongs to.

"Lewandowski was dismissed as Trump's campaign manager", "CNN's correspondent Jane Doe was
suspended", "Doe, a correspondent for CNN, was fired": only an employer ends a post, so the
owner of the post the person held (its possessor, or the body a title serves "for", "at" or
"of") did the removing. A pronoun owner is left alone ("was fired as his aide": whose is not
read here), and so is a person with no post told ("Trump's son was fired" names no employer).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import country_of, role_heads
from eventwire.events.passives import agents, is_passive
from eventwire.events.phrase_links import appositions, pobjs
from eventwire.events.verb_arguments import prep_objects
from eventwire.lexicons import word_set
from eventwire.parse.nlp import AREA_ENTITIES
from eventwire.parse.tags import NOUN_POS

SERVED_PREPS = {"for", "at", "of"}  # "a correspondent for CNN", "manager of his campaign"
TITLE_DEPS = {"compound", "appos"}  # "CNN's correspondent Jane Doe", "Doe, a correspondent"
NAMED_OWNERS = NOUN_POS  # "Trump's", "the network's"; not "his"
PLACES = AREA_ENTITIES  # not NORP: a party employs ("the Democrats' campaign manager")


def post_owners(verb: Token) -> list[Token]:
    """The owners of the post a passive removal ("was fired", "was ousted") took away: of the
    post it was held "as", or of a title the removed person is named with, here or where the
    story named them before ("X, Trump's campaign manager, ..." then "X was ousted")."""
    if verb.lemma_.lower() not in word_set("removal_verb") or not is_passive(verb):
        return []
    if agents(verb):  # "was fired by the network": the doer is told
        return []
    removed = [c for c in verb.children if c.dep_ == "nsubjpass"]
    owners = [o for person in removed for o in _held(person)]
    return list(dict.fromkeys(owners or [o for p in removed for o in _held_before(p)]))


def _held(person: Token) -> list[Token]:
    """The owners of the post the person is named with or removed "as"."""
    verb = person.head
    as_posts = prep_objects(verb, {"as"}) if person.dep_ == "nsubjpass" else []
    owners = [o for post in as_posts if _post(post) for o in _owners(post)]
    titles = [t for t in [*person.children, *appositions(person)] if t.dep_ in TITLE_DEPS]
    if _post(person) or any(_post(t) for t in titles):
        owners += _possessors(person)
    return owners + [o for title in titles if _post(title) for o in _owners(title)]


def _held_before(person: Token) -> list[Token]:
    """The owners of a post the story gave the same name in an earlier sentence."""
    if person.pos_ != "PROPN":
        return []
    earlier = person.doc[: person.sent.start]
    return [o for t in earlier if t.text == person.text and t.pos_ == "PROPN" for o in _held(t)]


def _post(noun: Token) -> bool:
    """A title or a staff word ("campaign manager", "correspondent", "aide")."""
    lemma = noun.lemma_.lower()
    return lemma in role_heads() or noun.lower_ in word_set("staff_noun")


def _owners(post: Token) -> list[Token]:
    """Whose post it is: its possessor ("Trump's campaign manager"), else whom it serves
    ("correspondent for CNN", "chairman of the committee")."""
    owners = _possessors(post) or [t for t in pobjs(post, SERVED_PREPS) if not _post(t)]
    return [t for t in owners if _employer(t)]


def _possessors(noun: Token) -> list[Token]:
    """The noun's possessors that can employ ("Trump's", "the network's"; not "his")."""
    return [c for c in noun.children if c.dep_ == "poss" and _employer(c)]


def _employer(owner: Token) -> bool:
    """A named or described body or person; not a pronoun, nor a state or place: "Pakistan's
    prime minister was ousted" tells not who ousted him (a court, a coup, a vote)."""
    place = owner.ent_type_ in PLACES or country_of(owner.text) is not None
    return owner.pos_ in NAMED_OWNERS and not place
