"""Group words that name a stance or an act, not a body: "the opposition" is a group of
people, "his opposition to the deal" is what he thinks; "Clinton's campaign" is a party
body, "Israel's military campaign" an act. The two-word act nouns are read from the
event-trigger lexicon, one list for both stages."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.lexicons import trigger_phrases, word_set
from eventwire.parse.deps import PREMODIFIER_DEPS
from eventwire.parse.tags import NOUN_POS


def names_stance(token: Token) -> bool:
    """A stance noun ("opposition", "resistance") owned by a personal pronoun ("denied his
    opposition") or taking an object with "to" ("opposition to the deal") is a stance held,
    not the people who hold it; "Kenya's opposition" and "the opposition" stay groups."""
    if token.lower_ not in word_set("stance_noun"):
        return False
    pronoun_owner = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)
    aimed = any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children)
    return pronoun_owner or aimed


_PHRASES = [words for _, words in trigger_phrases()]
TWO_WORD_ACT_NOUNS = frozenset((p[0], p[1]) for p in _PHRASES if len(p) == 2)
# lemmas that are triggers by themselves, nouns or verbs ("raid", "drill", "exercise")
ONE_WORD_ACTS = frozenset(p[0] for p in _PHRASES if len(p) == 1)


def names_act(noun: Token) -> bool:
    """The noun and the word before it spell an act noun of the trigger lexicon."""
    return noun.i > 0 and (noun.doc[noun.i - 1].lower_, noun.lower_) in TWO_WORD_ACT_NOUNS


def is_head_noun(token: Token) -> bool:
    """ "military" in "the Russian military" heads a group; in "military drills" it does not,
    nor does "campaign" in "Israel's military campaign", an act (`names_act`)."""
    head = token.pos_ in NOUN_POS and token.dep_ not in PREMODIFIER_DEPS
    return head and not names_act(token)
