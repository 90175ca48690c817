"""A person's country told by a description set beside their name: "the boy's father, Juan
Perez, said" where the story has told the father's country ("sent back to Cuba"), or "Juan
Perez, a Cuban fisherman, said". The description and the name are one person, so the
strongest evidence of either holds before the article's home default. A demonym counts only
when it modifies the person noun itself: "the Cuban navy's captain, X" says nothing of X, and
"a Cuban-American lawyer" ends in the home demonym, so a heritage stays at home."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.actors.homelands import HOMELAND, head_word, recode_home_people
from eventwire.actors.nationality import DESCRIBED, demonym_code
from eventwire.actors.predicated_nationality import PREDICATED
from eventwire.lexicons import word_set
from eventwire.model import HOME_METHODS, Actor, ActorType, Code, Mention

APPOSITION = "appos"
PERSON_NOUN = "NOUN"
COMMA = ","
ORIGIN_METHODS = frozenset({HOMELAND, PREDICATED, DESCRIBED})


def code_by_appositions(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> None:
    """People coded only by the home default whose name stands in apposition to a description
    that tells a country: another mention's told country, or a demonym on the person noun."""
    told = _told_heads(doc, actors, mentions)
    recode_home_people(doc, actors, mentions, lambda head: _apposed_country(head, told))


def _told_heads(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> dict[int, Code]:
    """The head word of each mention whose actor has a country the text told (not a default)."""
    by_id = {a.id: a for a in actors}
    heads: dict[int, Code] = {}
    for mention in mentions:
        actor = by_id.get(mention.actor_id or "")
        country = actor.country if actor is not None else None
        if country is None or country.method in HOME_METHODS or actor.type != ActorType.PERSON:
            continue
        head = head_word(doc, mention)
        if head is not None:
            heads[head.i] = country
    return heads


def _apposed_country(head: Token, told: dict[int, Code]) -> Code | None:
    """The country of a description in apposition to the name's head word, either way round."""
    for linked in _apposed(head):
        if linked.i in told and _trusted(linked, told[linked.i]):
            return told[linked.i].model_copy()
        country = _demonym_on_noun(linked)
        if country is not None:
            return country
    return None


def _trusted(description: Token, country: Code) -> bool:
    """Whether a description's country holds for the name beside it: a kin noun ("Elian's
    father") has its owner's country, a guess unless the story said where the owner is from
    (sent home, a predicate, a demonym description), not a passing title of theirs."""
    kin = description.lower_ in word_set("kin_noun")
    return not kin or country.method in ORIGIN_METHODS


def _apposed(head: Token) -> list[Token]:
    """The descriptions in apposition with the head word: its appositive, or the word it stands
    beside ("the boy's father, Juan Perez": spaCy hangs the name on "father"). Only a common
    noun describes: "French President Jacques Chirac, John Smith, a banker" hangs Smith on
    Chirac, two people in a list, and Smith is no Frenchman."""
    linked = [c for c in head.children if c.dep_ == APPOSITION and _after_comma(c)]
    beside = head.dep_ == APPOSITION and _after_comma(head)
    return [w for w in ([head.head, *linked] if beside else linked) if w.pos_ == PERSON_NOUN]


def _after_comma(appositive: Token) -> bool:
    """Whether a comma sets the appositive off: a parse that hangs one item of a list on
    another ("Weiser, a former envoy; Dallas investor X") names two people, not one."""
    at = appositive.left_edge.i
    return at > 0 and appositive.doc[at - 1].text == COMMA


def _demonym_on_noun(noun: Token) -> Code | None:
    """ "a Cuban fisherman": the demonym's country when it modifies a common person noun."""
    if not noun.is_lower:
        return None
    return demonym_code(noun)
