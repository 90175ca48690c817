"""The groups around a person the text names by a pronoun: "her Democratic allies", "his rivals"
(or "his rival", one with no name beside it), "her staff", "his family". Like "Clinton's allies"
(`_find_relations`), they take the person's country (and a team the person's sector), once
coreference has said who "his" is: the owner is the pronoun's mention. One relative ("his wife")
is left out: a person candidate there would draw the pronouns that stand for the owner."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.body_places import only_a_place
from eventwire.actors.candidates import MentionCollector
from eventwire.actors.home_places import town_country
from eventwire.actors.joined_modifiers import joined_start
from eventwire.actors.stances import is_head_noun
from eventwire.lexicons import word_map
from eventwire.model import ActorType, MentionKind
from eventwire.parse.deps import PREMODIFIER_DEPS
from eventwire.parse.nlp import doc_text, tokens_in
from eventwire.parse.quotemarks import inside
from eventwire.parse.tags import NOUN_TAG

MODIFIER_DEPS = PREMODIFIER_DEPS  # "her Democratic allies", "his campaign staff"


def find_pronoun_relations(finder: MentionCollector) -> None:
    """Add a candidate for each relation noun owned by a personal pronoun."""
    relations = word_map("relation_noun")
    doc = finder.doc
    for token in tokens_in(doc, relations):
        owner, relation = _pronoun_owner(token), relations[token.lower_]
        if owner is None or relation == "kin" or token.i in finder.claimed:
            continue
        if not is_head_noun(token) or only_a_place(token) or inside(finder.quotes, owner.idx):
            continue  # a pronoun in a quote is left unresolved: its owner would be unknown
        if named_beside(token):
            continue  # "his rival, Senator X": X's mention
        start = token.i
        while start - 1 > owner.i and doc[start - 1].dep_ in MODIFIER_DEPS:
            start -= 1
        while owner.i < joined_start(doc, start) < start:  # "close-knit family", not "knit family"
            start = joined_start(doc, start)
        span = doc[start : token.i + 1]
        if not finder.free(span):
            continue
        key = f"{owner.i}:{span.text.lower()}"
        town = town_country(token)  # "his Miami relatives": Miami's, not his
        name = pronoun_owned_name(span, owner, None)  # "his rivals", as readers name them
        candidate = finder.add(
            MentionKind.NAME, ActorType.GROUP, span, key=key, name=name, country=town
        )
        candidate.extra["owner"] = str(owner.idx)
        if relation == "team":
            candidate.extra["owner_sector"] = "yes"


def named_beside(noun: Token) -> bool:
    """ "his rival, Gennady Zyuganov", "Donald Trump, her opponent,": one person told by a
    relation noun in apposition with a name (or right before one, past a comma, as the parse
    may miss it) is that name's mention, no second party."""
    if noun.tag_ != NOUN_TAG:
        return False
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return True
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children):
        return True
    after = noun.i + 1 + (noun.i + 1 < len(noun.doc) and noun.nbor().text == ",")
    return after < len(noun.doc) and noun.doc[after].pos_ == "PROPN"


def _pronoun_owner(head: Token) -> Token | None:
    """ "his" in "his rivals": a personal pronoun owning the noun right before it."""
    owners = [c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"]
    if len(owners) != 1 or owners[0].lower_ not in word_map("pronoun_gender"):
        return None
    return owners[0]


def pronoun_owned_name(span: Span, owner: Token, name: str | None) -> str | None:
    """ "his government", "her rivals": the name readers give a group owned by a person's
    pronoun right before it (the pronoun stays out of the mention, which coreference resolves)."""
    if owner.i != span.start - 1:
        return name
    return f"{owner.text} {name or doc_text(span.doc)[span.start_char : span.end_char]}"
