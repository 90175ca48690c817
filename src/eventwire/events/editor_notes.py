"""An editor's note about the article itself: "This article has been updated to include
Trump's endorsements", "This story was corrected to show ...".

The note tells how the copy changed, not what anyone did; the acts it names are told (or not)
in the article's own sentences, so a trigger inside the note is no event.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.patterns import TriggerMatch
from eventwire.parse.subjects import SUBJECT_DEPS

OWN_COPY = words("event_words.tsv", "own_copy")  # article, story, post
EDITS = words("event_words.tsv", "edit")  # update, correct, revise


def editor_note(match: TriggerMatch) -> bool:
    """The trigger lies in a clause under a verb of editing whose subject is "this article"."""
    return any(_edits_this_copy(t) for t in match.head.ancestors) or _edits_this_copy(match.head)


def _edits_this_copy(verb: Token) -> bool:
    if verb.lemma_.lower() not in EDITS:
        return False
    return any(
        s.dep_ in SUBJECT_DEPS
        and s.lemma_.lower() in OWN_COPY
        and any(d.dep_ == "det" and d.lower_ == "this" for d in s.children)
        for s in verb.children
    )
