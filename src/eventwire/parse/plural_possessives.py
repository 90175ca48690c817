"""A curly apostrophe closing a word in "s" is a possessive ("Reuters’ Luciana Lopez",
"Sanders’ aides"), but the small model reads it as a closing quotation mark: the owner loses
its possessive tag and often its place in the tree ("Reuters" becomes a second subject beside
"Lopez"). Each such mark is given the possessive's tag, and its owner hangs on the noun it
owns, as the parse already does for a straight "s'" or a curly "’s". A mark that closes a
quotation the sentence opened (‘losers’, or 'we will win this’ with a straight mark) stays a
quotation mark, and only a noun owns ("this’" is no owner)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.parse.tags import NOUN_POS, OPENING_QUOTE_TAG, PARTICLE_POS, POSSESSIVE_TAG
from eventwire.parse.verb_retags import phrase_head

PLURAL_POSSESSIVES = "plural_possessives"
CURLY_MARK = "\u2019"  # ’
OPENING_MARK = "\u2018"  # ‘
STRAIGHT_MARK = "'"  # 'we will win this’: a typed opening mark a curly one may close
OWNED_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "nummod"})  # "Reuters’ Luciana Lopez"
OWNER_DEP, MARK_DEP = "poss", "case"


def add_plural_possessives(nlp: Language) -> None:
    """Run after the lemmas and verb repairs, so later stages read the owner's tree."""
    nlp.add_pipe(PLURAL_POSSESSIVES, last=True)


@Language.component(PLURAL_POSSESSIVES)
def mend_plural_possessives(doc: Doc) -> Doc:
    """Each curly mark that makes an "s" word an owner gets the possessive's tag and tree."""
    for mark in doc:
        owned = _owned_noun(mark)
        if owned is not None:
            _make_possessive(mark, owned)
    return doc


def _owned_noun(mark: Token) -> Token | None:
    """The noun a curly mark's owner owns: the mark is joined to a word in "s" and followed,
    after a space, by a noun phrase in the same sentence, and closes no quotation."""
    doc = mark.doc
    if mark.text != CURLY_MARK or mark.tag_ == POSSESSIVE_TAG or not 0 < mark.i < len(doc) - 1:
        return None
    owner, after = doc[mark.i - 1], doc[mark.i + 1]
    joined = not owner.whitespace_ and owner.lower_.endswith("s") and owner.is_alpha
    joined = joined and owner.pos_ in NOUN_POS  # "Sanders’", not "this’"
    if not joined or not mark.whitespace_ or after.sent != mark.sent or _closes_quotation(mark):
        return None
    owned = phrase_head(after, OWNED_MODIFIER_DEPS)
    return owned if owned.pos_ in NOUN_POS and owned.i > mark.i else None


def _closes_quotation(mark: Token) -> bool:
    """Whether the sentence opened a single quotation before the mark, with a curly or a typed
    mark, and has not closed it."""
    before = mark.doc[mark.sent.start : mark.i]
    opened = sum(_opens_single_quotation(token) for token in before)
    closed = sum(token.text == CURLY_MARK for token in before)
    return opened > closed


def _opens_single_quotation(token: Token) -> bool:
    """ "‘", or a typed "'" the parse reads as opening a quotation ('we will win this’)."""
    return token.text == OPENING_MARK or (
        token.text == STRAIGHT_MARK and token.tag_ == OPENING_QUOTE_TAG
    )


def _make_possessive(mark: Token, owned: Token) -> None:
    """The owner's phrase hangs on the owned noun as its possessive, with the mark as its case;
    an owner the owned noun hangs under, or the sentence's root, is left as the parse put it
    (the tree stays a tree)."""
    owner = mark.doc[mark.i - 1]  # a name's last word heads it: "Breitbart News’"
    if owner.head != owned:
        if owner.dep_ == "ROOT" or owned in owner.subtree:
            return
        owner.head, owner.dep_ = owned, OWNER_DEP
    mark.head, mark.dep_ = owner, MARK_DEP
    mark.tag_, mark.pos_ = POSSESSIVE_TAG, PARTICLE_POS
