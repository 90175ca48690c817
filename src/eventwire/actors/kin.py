"""A relative the text names by a kin noun ("his brother Freddy", "Trump's wife Melania",
"her father, Juan", "Elena's father") shares the country of the person whose kin they are: a
relative with no country takes any the person has; one named only by the kin noun ("Elena's
father") with only the article's home default takes one the text told of the person ("fled
Cuba"), as a family shares its homeland more often than the story's dateline. A relative named
in full keeps the home default: a wrong country on the person would pass to the kin noun alone.
Family is no office, so only the country passes (the sector stays empty, as for a private
person)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.actors.homelands import head_word
from eventwire.actors.scenes import coded_by_home
from eventwire.lexicons import word_set
from eventwire.model import HOME_METHODS, Actor, ActorType, Mention, MentionKind
from eventwire.parse.tags import POSSESSIVE_PRONOUN_TAG, POSSESSIVE_TAG

POSSESSIVE_TAGS = frozenset({POSSESSIVE_PRONOUN_TAG, POSSESSIVE_TAG})
PERSON = ActorType.PERSON
COMMA = ","
DEGREE_DEPS = frozenset({"amod", "punct", "compound"})  # "great-uncle", "half brother"


def code_kin(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> None:
    """Give each person a kin noun names, with no country or only the home default, the
    country of the relative who owns the kin noun (module doc)."""
    by_id = {actor.id: actor for actor in actors}
    for mention in mentions:
        actor = by_id.get(mention.actor_id)
        if actor is None or actor.type != PERSON:
            continue
        owner, by_noun = _kin_owner(doc, mention)
        owning = _mention_at(mentions, owner) if owner is not None else None
        relative = by_id.get(owning.actor_id or "") if owning is not None else None
        namesake = by_id.get(_named_kin(doc, mention, mentions, owning) or "") if by_noun else None
        if namesake is not None and namesake is not actor and _told_country(namesake):
            actor.country = namesake.country.model_copy()  # "great-uncle Lazaro Gonzalez"
            continue
        if relative is None or relative is actor or relative.country is None:
            continue
        told = by_noun and relative.country.method not in HOME_METHODS
        if actor.country is None or (told and coded_by_home(actor, {PERSON})):
            actor.country = relative.country.model_copy()


def _told_country(actor: Actor) -> bool:
    """A country the text or a known-actor row gives, not only the article's home default:
    a default on the named relative says less than the kin owner's told country does."""
    return actor.country is not None and actor.country.method not in HOME_METHODS


def _kin_owner(doc: Doc, mention: Mention) -> tuple[Token | None, bool]:
    """The word owning the kin noun that names the person ("Elena" in "Elena's father"), else
    the one before their name ("his" in "his brother X" or "his father, X"); whether the kin
    noun is the person's only name."""
    head = head_word(doc, mention)
    if head is not None and head.lower_ in word_set("kin_noun"):
        return next((c for c in head.children if c.dep_ == "poss"), None), True
    named = mention.kind == MentionKind.NAME
    return (_owner_before(doc, mention.evidence.start) if named else None), False


def _named_kin(
    doc: Doc, mention: Mention, mentions: list[Mention], owning: Mention | None
) -> str | None:
    """The one person the text names after the same kin noun ("instead of great-uncle Lazaro
    Gonzalez", "his great-uncle, Lazaro") that a mention by the kin noun alone ("Elian's
    great-uncle") stands for: told once by name, the relative keeps that person's told
    country, not the country of whose kin he is (a Cuban boy's great-uncle may live in Miami).
    A name whose kin noun another person owns is someone else's relative."""
    head = head_word(doc, mention)
    if head is None:
        return None
    found = set()
    for named in mentions:
        kin = _kin_before(doc, named) if named.kind == MentionKind.NAME else None
        if kin is None or _kin_words(kin) != _kin_words(head):
            continue
        owner = _owner_before(doc, named.evidence.start)
        owned = _mention_at(mentions, owner) if owner is not None else None
        if owned is None or (owning is not None and owned.actor_id == owning.actor_id):
            found.add(named.actor_id)
    return found.pop() if len(found) == 1 else None


def _kin_before(doc: Doc, mention: Mention) -> Token | None:
    """The kin noun right before a name, a comma between them or none ("uncle" in "great-uncle
    Lazaro Gonzalez" or "his uncle, Lazaro")."""
    name = doc.char_span(
        mention.evidence.start, mention.evidence.start + 1, alignment_mode="expand"
    )
    at = name.start if name is not None else 0
    at -= 1 if at > 0 and doc[at - 1].text == COMMA else 0
    kin = doc[at - 1] if at > 0 else None
    return kin if kin is not None and kin.lower_ in word_set("kin_noun") else None


def _kin_words(kin: Token) -> tuple[str, ...]:
    """The kin noun with the words that make its degree ("great-uncle", "half brother")."""
    degree = [c.lower_ for c in kin.lefts if c.dep_ in DEGREE_DEPS and c.pos_ != "PROPN"]
    return (*degree, kin.lower_)


def _owner_before(doc: Doc, start: int) -> Token | None:
    """The word owning a kin noun right before the name (a comma between them or none): "his"
    in "his brother X", "Trump" in "Trump's wife X"."""
    name = doc.char_span(start, start + 1, alignment_mode="expand")
    at = name.start if name is not None else 0
    at -= 1 if at > 0 and doc[at - 1].text == COMMA else 0
    if at < 2 or doc[at - 1].lower_ not in word_set("kin_noun"):
        return None
    owner = doc[at - 2]
    if owner.tag_ not in POSSESSIVE_TAGS:
        return None
    return doc[at - 3] if owner.tag_ == POSSESSIVE_TAG and at >= 3 else owner


def _mention_at(mentions: list[Mention], token: Token) -> Mention | None:
    """The mention whose words cover the token."""
    return next((m for m in mentions if m.evidence.start <= token.idx < m.evidence.end), None)
