"""Group words that name a stance or an act, not a body: "the opposition" is a group of
people, "his opposition to the deal" is what he thinks; "Clinton's campaign" is a party
body, "Israel's military campaign" an act. The two-word act nouns are read from the
event-trigger lexicon, one list for both stages; the stance test lives in
`parse.stance_nouns`, read by the events stage too."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.lexicons import trigger_phrases
from eventwire.parse.deps import PREMODIFIER_DEPS
from eventwire.parse.stance_nouns import names_stance
from eventwire.parse.tags import NOUN_POS

_PHRASES = [words for _, words in trigger_phrases()]
TWO_WORD_ACT_NOUNS = frozenset((p[0], p[1]) for p in _PHRASES if len(p) == 2)
# lemmas that are triggers by themselves, nouns or verbs ("raid", "drill", "exercise")
ONE_WORD_ACTS = frozenset(p[0] for p in _PHRASES if len(p) == 1)


def names_act(noun: Token) -> bool:
    """The noun and the word before it spell an act noun of the trigger lexicon."""
    return noun.i > 0 and (noun.doc[noun.i - 1].lower_, noun.lower_) in TWO_WORD_ACT_NOUNS


def is_head_noun(token: Token) -> bool:
    """ "military" in "the Russian military" heads a group; in "military drills" it does not,
    nor does "campaign" in "Israel's military campaign", an act (`names_act`), nor
    "opposition" in "Murphy's opposition to the bill", a stance (`names_stance`): every
    finder of owned or described groups asks here, so none makes a body of a stance."""
    head = token.pos_ in NOUN_POS and token.dep_ not in PREMODIFIER_DEPS
    return head and not names_act(token) and not names_stance(token)
