"""A country's name inside a state's name that NER does not tag on its own: "New Jersey
Devils" and "New Mexico State University" are one organisation entity each, so the state
inside them ("Jersey", "Mexico") must be recognised from the words around it."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import province_countries

MAX_EXTRA_WORDS = 2  # "New" before "Jersey"; "South Wales" after "New"


def in_state_name(tokens: list[Token], iso3: str) -> bool:
    """Whether the words, with up to two words either side, name another country's state or
    province ("New" + "Jersey" is a US state, not Jersey)."""
    doc = tokens[0].doc
    first, last = tokens[0].i, tokens[-1].i + 1
    for start in range(max(0, first - MAX_EXTRA_WORDS), first + 1):
        for end in range(last, min(len(doc), last + MAX_EXTRA_WORDS) + 1):
            province = province_countries().get(doc[start:end].text)
            if (start, end) != (first, last) and province not in {None, iso3}:
                return True
    return False
