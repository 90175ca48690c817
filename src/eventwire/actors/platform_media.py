"""Social platforms named as the medium of a message, not as the firm that runs them.

"defended his father on Facebook", "attacked him on Twitter", "in a Facebook post": the
platform is where the words appeared, as a newspaper's page is, and no side of the act; the
firm acts only where a clause makes it act or be acted on ("Twitter suspended the account",
"pressure on Twitter", "Twitter's spokesman").
"""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.lexicons import word_set

MEDIUM_OWNER_TAGS = frozenset({"VERB", "AUX", "PROPN"})


def names_a_medium(span: Span) -> bool:
    """A social platform that is the object of "on"/"via" after a verb, a name or a message
    noun ("posted on Twitter", "his posts on Facebook"), or that modifies a message noun ("a
    Facebook post", "a Twitter account")."""
    if span.text not in word_set("social_platform"):
        return False
    if _own_line(span):
        return True  # the caption of an embedded post
    word = span.root
    if word.dep_ == "compound":
        if word.head.lower_ in word_set("platform_message"):
            return True
        word = word.head  # "on Twitter @NolteNC": the parse heads the platform by the handle
    head = word.head
    if word.dep_ == "pobj" and head.lower_ == "to":  # "took to Twitter", "posted it to YouTube"
        return head.head.lemma_ in word_set("posting_verb")
    if word.dep_ != "pobj" or head.lower_ not in word_set("medium_preposition"):
        return False
    owner = head.head  # "Follow John Nolte on Twitter": the parse may hang it on the name
    return owner.pos_ in MEDIUM_OWNER_TAGS or owner.lower_ in word_set("platform_message")


def _own_line(span: Span) -> bool:
    """A platform's name alone on its line ("Twitter" above an embedded tweet)."""
    doc = span.doc
    before = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws
    after = span.end == len(doc) or "\n" in doc[span.end - 1].whitespace_ + doc[span.end].text
    return before and after
