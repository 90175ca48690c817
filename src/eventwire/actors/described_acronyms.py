"""An acronym a following apposition describes as a body: "UNMISS, the U.N. peacekeeping
mission in South Sudan", "MONUSCO, the U.N. force in Congo". The acronym is the actor's name
and the description is another mention of it, not an actor of its own; a description naming
an international body makes it one (IGO, of no state: the state after "in" is its host).
NER often misses such an acronym or reads the description's "U.N." as the actor."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.appositives import HOSTED_IN, names_igo
from eventwire.actors.candidates import MentionCollector
from eventwire.actors.group_nouns import group_sector
from eventwire.actors.phrases import code, find_country
from eventwire.codes import organization_lexicon
from eventwire.lexicons import word_set
from eventwire.model import ActorType, MentionKind
from eventwire.parse.nlp import capitalised
from eventwire.sectors import INTERNATIONAL

MIN_LETTERS = 3  # "UN", "EU" are known names; a described acronym is longer
BODY_NOUNS = word_set("acronym_body_noun")  # "mission", "force", "tribunal"


def find_described_acronyms(finder: MentionCollector) -> None:
    """Add each free acronym whose apposition names a kind of body, with that apposition."""
    doc = finder.doc
    for token in capitalised(doc):  # cached once per article: names start capitalised
        description = _body_description(token)
        if description is None:
            continue
        name, phrase = doc[token.i : token.i + 1], _phrase(description)
        if not finder.free(name) or not finder.free(phrase):
            continue
        igo = names_igo(doc, phrase.start, phrase.end)
        sector = (
            code(doc, INTERNATIONAL, phrase.start_char, phrase.end_char)
            if igo
            else group_sector(list(phrase))
        )
        country = None if igo else find_country(doc, list(phrase))
        key, codes = f"acronym:{token.text.lower()}", {"country": country, "sector": sector}
        for span in (name, phrase):
            finder.add(MentionKind.NAME, ActorType.ORGANIZATION, span, key, token.text, **codes)


def _phrase(description: Token) -> Span:
    """The description up to its host ("in Mali" stays the country's mention), its closing
    comma or a clause of its own ("..., which ...")."""
    doc, end = description.doc, description.right_edge.i + 1
    stops = (t.i for t in doc[description.i : end] if t.text == "," or _ends(t, description))
    stop = next(stops, end)
    return doc[description.left_edge.i : stop]


def _ends(token: Token, description: Token) -> bool:
    """A relative clause, or the description's host phrase ("the U.N. force in Congo")."""
    return token.dep_ == "relcl" or (token.head == description and token.lower_ in HOSTED_IN)


def _body_description(token: Token) -> Token | None:
    """The apposition's head noun when the token is an all-capital acronym it describes that
    no lexicon knows (a known one keeps its own codes)."""
    letters = token.text.replace(".", "")
    if not token.is_upper or len(letters) < MIN_LETTERS or not letters.isalpha():
        return None
    if token.text in organization_lexicon():
        return None
    described = [c for c in token.children if c.dep_ == "appos" and c.i > token.i]
    body = next((c for c in described if c.lemma_.lower() in BODY_NOUNS), None)
    return body if body is not None and token.nbor(1).text == "," else None
