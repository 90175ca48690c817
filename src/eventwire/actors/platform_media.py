"""Social platforms named as the medium of a message, not as the firm that runs them.

"defended his father on Facebook", "attacked him on Twitter", "in a Facebook post": the
platform is where the words appeared, as a newspaper's page is, and no side of the act; the
firm acts only where a clause makes it act or be acted on ("Twitter suspended the account",
"urged Twitter to act", "Twitter's spokesman").
"""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.lexicons import word_set
from eventwire.parse.coordination import first_conjunct


def names_a_medium(span: Span) -> bool:
    """A social platform that is the object of "on"/"via" ("posted on Twitter", "his push on
    Facebook": far more often where words appeared than whom pressure is on), or of "to"
    after a posting verb ("took to Twitter"), or that modifies a message noun ("a Facebook
    post", "Twitter attacks"); a platform coordinated with one counts as that one does."""
    if span.text not in word_set("social_platform"):
        return False
    if _own_line(span):
        return True  # the caption of an embedded post
    word = first_conjunct(span.root)  # "a Facebook or Twitter post", "on Facebook and Twitter"
    if word.dep_ == "compound":
        if word.head.lower_ in word_set("platform_message"):
            return True
        word = word.head  # "on Twitter @NolteNC": the parse heads the platform by the handle
    head = word.head
    if word.dep_ == "pobj" and head.lower_ == "to":  # "took to Twitter", "posted it to YouTube"
        return head.head.lemma_ in word_set("posting_verb")
    return word.dep_ == "pobj" and head.lower_ in word_set("medium_preposition")


def _own_line(span: Span) -> bool:
    """A platform's name alone on its line ("Twitter." above an embedded tweet)."""
    doc = span.doc
    before = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws
    end = span.end
    while end < len(doc) and doc[end].is_punct:
        end += 1  # the caption's full stop
    after = end == len(doc) or "\n" in doc[end - 1].whitespace_ + doc[end].text
    return before and after
