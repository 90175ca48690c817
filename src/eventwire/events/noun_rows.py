"""Noun rows that make a noun an act where it stands: a harsh remark, not any remark; a speech
aimed at someone ("a speech against Clinton", "an anti-Clinton speech"), not any speech.

The trigger lexicon marks such rows with the harsh qualities it needs or with "anti someone"
(`lexicon.ANTI_MARK`); the trigger search and the readers of act nouns ask these rows alike.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import (
    ANTI_MARK,
    HOSTILE_PREFIXES,
    Trigger,
    is_agent,
    is_person,
    word_rows,
    words,
)
from eventwire.parse.nlp import ends_a_full_name


def noun_triggers(noun: Token) -> list[Trigger]:
    """The noun rows that make this noun an act where it stands: a remark, a comment or an ad
    is one only with a harsh quality ("his scathing remarks"), else a thing its owner said or
    ran ("shrugged off Trump's comments", "his remarks on trade")."""
    rows = word_rows(noun.lemma_.lower(), "N")
    qualities = {w for c in noun.children for w in (c.lower_, c.lemma_.lower())}
    harsh = words("event_words.tsv", "harsh")
    rows = [t for t in rows if t.arguments.isdisjoint(harsh) or t.arguments & qualities]
    return [t for t in rows if ANTI_MARK not in t.arguments or _aimed(noun)]


def _aimed(noun: Token) -> bool:
    """ "a speech against Clinton", "an anti-Clinton speech": a noun whose row asks that it be
    aimed at someone (the rows with "anti someone") is an act only here; "his speech", "the
    rhetoric" are things said, which another act may be aimed at ("condemned his rhetoric")."""
    against = [p for c in noun.children if c.lower_ == "against" for p in c.children]
    return any(is_agent(p) for p in against) or bool(anti_people(noun))


def anti_people(noun: Token) -> list[Token]:
    """The people a hostile prefix before the noun names ("an anti-Clinton speech": Clinton):
    "anti-" is the preposition "against" written on the name. Only a person's name counts
    ("anti-Muslim rhetoric", "an anti-Washington message" name a faith or a place). The parser
    hangs the three tokens on the noun or on one another, so the noun's left words are read."""
    doc = noun.doc
    found = []
    for i in range(noun.left_edge.i, noun.i - 2):
        named = doc[i + 2]
        hyphenated = doc[i].lower_ in HOSTILE_PREFIXES and doc[i + 1].text == "-"
        if hyphenated and named.head.i in {noun.i, i} and _person_named(named):
            found.append(named)
    return found


def _person_named(token: Token) -> bool:
    """A person's name, also the surname of a person the text names in full elsewhere ("Ellen
    Marsh ... anti-Marsh ads"), which the tagger does not read as a person after a prefix."""
    return is_person(token) or ends_a_full_name(token)
