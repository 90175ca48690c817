"""The marks that join the words of a hyphenated compound.

"counter-terrorism police", "a shoot-from-the-lip candidate": spaCy splits a hyphen (or an en
dash set without spaces) into a token of its own, and readers in more than one feature (the
actors' group modifiers, the events' compound words, a match's score "2-1", towns joined as
"the Moscow-Washington talks") read the words around it, so the marks are defined once here.
"""

from __future__ import annotations

HYPHENS: frozenset[str] = frozenset({"-", "–"})
