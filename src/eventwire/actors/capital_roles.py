"""When a capital's name stands for its state ("Washington accused Baghdad", "Beijing's
warning", "sanctions against Tehran") and when it is the place it names ("in London",
"flew to Moscow"), read from the clause the name fills; and whose state it is when a town
elsewhere bears the capital's name ("Tripoli, the north Lebanese port")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.phrases import code, find_country
from eventwire.codes import capital_countries
from eventwire.model import Code
from eventwire.parse.coordination import first_conjunct
from eventwire.parse.deps import PREPOSITION_DEPS
from eventwire.parse.tags import VERB_POS

# Prepositions whose object is a party to an act, not a place: "talks with Beijing",
# "sanctions against Baghdad", "was criticised by Washington".
PARTY_PREPOSITIONS = {"against", "with", "by"}
DESCRIBING_DEPS = {"appos", "prep", "npadvmod"}  # "Tripoli, the … port", "Tripoli in Lebanon"


def stands_for_state(name: Span) -> bool:
    """The capital owns something, is a verb's subject or direct object, or the object of a
    preposition that names a party to an act; a conjunct ("Washington and London") takes the
    role of the first name in its list."""
    first = first_conjunct(name.root)
    if first.dep_ == "poss":
        return True
    if first.dep_ in {"nsubj", "dobj"}:
        return first.head.pos_ in VERB_POS
    return first.dep_ == "pobj" and party_preposition(first.head)


def party_preposition(word: Token) -> bool:
    """ "with", "against", "by" heading a phrase of a verb or noun: its object takes part."""
    return word.lower_ in PARTY_PREPOSITIONS and (word.dep_ in PREPOSITION_DEPS)


def capital_country(name: Span) -> Code | None:
    """The state of a capital's name: the one its own apposition or "in" phrase names when
    that is another ("Tripoli, the north Lebanese port", "Tripoli in northern Lebanon": a
    namesake town), else the capital's; none for a name that is no capital."""
    iso3 = capital_countries().get(name.text)
    if iso3 is None:
        return None
    after = name.doc[name.end : name.end + 1]  # "in" right after the name, wherever it hangs
    for child in sorted({*name.root.children, *(t for t in after if t.lower_ == "in")}):
        if child.dep_ not in DESCRIBING_DEPS or child.i < name.end:
            continue
        if child.dep_ == "prep" and child.lower_ != "in":
            continue
        named = find_country(name.doc, list(child.subtree))
        if named is not None and named.value != iso3:
            return named
    return code(name.doc, iso3, name.start_char, name.end_char)
