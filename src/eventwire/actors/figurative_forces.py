"""Armed forces that are a figure of speech: "market forces", "an angry army of HP workers", "a
political army", "the forces of hate". "Army" and "forces" name a state's or a rebel's fighters
in a story that speaks of them; a story about prices, a campaign or a protest uses the same
nouns for a pressure or a crowd. A bare army or forces that a modifier of its own describes
without naming a side (no country, no name, no group), in an article where no other word names
fighters, is no armed force and no actor."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.code_phrases import group_phrases
from eventwire.codes import country_of
from eventwire.lexicons import word_set
from eventwire.parse.deps import PREMODIFIER_DEPS
from eventwire.parse.nlp import per_doc, tokens
from eventwire.sectors import MILITARY, REBELS

FIGHTERS = frozenset({MILITARY, REBELS})  # "troops", "militants": a story of fighting


def figurative_force(words: Span, sector: str) -> bool:
    """Whether a bare military group noun is a figure of speech (see the module)."""
    head = words[-1]
    if sector != MILITARY or head.lower_ not in word_set("figurative_force_noun"):
        return False
    modifiers = [c for c in head.children if c.dep_ in PREMODIFIER_DEPS and c.i < head.i]
    if not modifiers or any(_names_a_side(w) for m in modifiers for w in m.subtree):
        return False  # "Emirati-led forces": the side is a word under the modifier
    return per_doc(head.doc, "fighter_words", _fighter_words) <= 1


def _names_a_side(word: Token) -> bool:
    """ "Kurdish", "government", "rebel", "Assad": a modifier that says whose forces."""
    group = group_phrases().at([word.lower_], 0)
    return word.pos_ == "PROPN" or country_of(word.text) is not None or group is not None


def _fighter_words(doc: Doc) -> int:
    """How many words of the article name fighters ("troops", "army", "militants")."""
    return sum(1 for t in tokens(doc) if group_phrases().get((t.lower_,)) in FIGHTERS)
