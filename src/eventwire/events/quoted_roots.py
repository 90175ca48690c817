"""Quoted sentences with no reporting verb of their own: "'They are sadly mistaken.'" after
"'...,' Ms. Lee said" is the speaker's words, so a verdict or a duty it states is the speaker's act
on whom it names (`events.verdict_sides` reads who)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.parse.nlp import in_quotation, read_once, tokens


def quoted_root_verb(verb: Token) -> bool:
    """The main verb of a quoted sentence."""
    return verb.dep_ == "ROOT" and _quoted(verb)


@read_once  # the verdict, duty and denial rules each ask it of the same root
def _quoted(root: Token) -> bool:
    """A sentence that opens inside quotation marks, or whose verb lies inside them (the
    parser may hang the opening mark on the sentence before: "''And if they think so, they
    are sadly mistaken.''"): a speaker's words, not the article's."""
    sentence = root.sent
    words = tokens(root.doc)[sentence.start : sentence.end]
    marked = any(t.is_quote for t in words[:2]) or any(t.is_quote for t in words[-2:])
    return marked or in_quotation(root)
