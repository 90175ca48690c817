"""Who removes someone from a post when the passive names no doer: the one the post belongs to.

"Lewandowski was dismissed as Trump's campaign manager", "CNN's correspondent Jane Doe was
suspended", "Doe, a correspondent for CNN, was fired": only an employer ends a post, so the
owner of the post the person held (its possessor, or the body a title serves "for", "at" or
"of") did the removing. A pronoun owner is left alone ("was fired as his aide": whose is not
read here), and so is a person with no post told ("Trump's son was fired" names no employer).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import role_heads
from eventwire.events.passives import agents, is_passive
from eventwire.events.phrase_links import appositions, pobjs
from eventwire.events.verb_arguments import prep_objects
from eventwire.lexicons import word_set

SERVED_PREPS = {"for", "at", "of"}  # "a correspondent for CNN", "manager of his campaign"
TITLE_DEPS = {"compound", "appos"}  # "CNN's correspondent Jane Doe", "Doe, a correspondent"
NAMED_OWNERS = {"PROPN", "NOUN"}  # "Trump's", "the network's"; not "his"


def post_owners(verb: Token) -> list[Token]:
    """The owners of the post a passive removal ("was fired", "was ousted") took away: of the
    post it was held "as", or of a title the removed person is named with."""
    if verb.lemma_.lower() not in word_set("removal_verb") or not is_passive(verb):
        return []
    if agents(verb):  # "was fired by the network": the doer is told
        return []
    removed = [c for c in verb.children if c.dep_ == "nsubjpass"]
    posts = [t for t in prep_objects(verb, {"as"}) if _post(t)]
    owners = [o for post in posts for o in _owners(post)]
    for person in removed:
        titles = [t for t in [*person.children, *appositions(person)] if t.dep_ in TITLE_DEPS]
        if _post(person) or any(_post(t) for t in titles):
            owners += _possessors(person)
        owners += [o for title in titles if _post(title) for o in _owners(title)]
    return list(dict.fromkeys(owners))


def _post(noun: Token) -> bool:
    """A title or a staff word ("campaign manager", "correspondent", "aide")."""
    lemma = noun.lemma_.lower()
    return lemma in role_heads() or noun.lower_ in word_set("staff_noun")


def _owners(post: Token) -> list[Token]:
    """Whose post it is: its possessor ("Trump's campaign manager"), else whom it serves
    ("correspondent for CNN", "chairman of the committee")."""
    return _possessors(post) or [
        t for t in pobjs(post, SERVED_PREPS) if t.pos_ in NAMED_OWNERS and not _post(t)
    ]


def _possessors(noun: Token) -> list[Token]:
    return [c for c in noun.children if c.dep_ == "poss" and c.pos_ in NAMED_OWNERS]
