"""An indefinite description names no one told before: "if a candidate were able to garner
support", "would they prefer an Obama nominee", "a credible third-party candidate emerged".

English introduces a new referent, or speaks of anyone of a kind, with "a"/"an"; it refers
back to someone already named with "the", a pronoun or the name. So "a candidate" is not the
Donald Trump named before it, however well his role fits. Two uses do describe someone named:
a gloss or apposition ("Trump, a businessman") and a predicate ("Trump is a candidate"); both
keep their link. So does a link forward, to a name the article gives after it ("a Seattle
investor ... The investor, Donald Wright", `title_anaphora.introduced_later`).
"""

from __future__ import annotations

from eventwire.actors.candidates import Candidate
from eventwire.lexicons import word_set

PREDICATIVE = frozenset({"attr", "appos", "oprd"})  # "is a candidate", "Lee, a senator"


def introduces_someone(candidate: Candidate, text: str) -> bool:
    """Whether the description opens with "a"/"an" and neither glosses nor is said of a name."""
    words = text[candidate.start : candidate.end].split()
    if not words or words[0].lower() not in word_set("indefinite_article"):
        return False
    return candidate.gloss_of is None and candidate.extra.get("dep") not in PREDICATIVE
