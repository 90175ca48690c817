"""A headline's present tense tells a past act: "Turkish troops shell Kurdish positions",
"Protesters march on Lima as fuel prices soar", "Toledo refuses to run as OAS observers pull
out". Headlines drop the past tense, so a simple present with a bare plural subject there is
the news itself, not a statement of what usually happens (`habitual`); a frequency word still
makes it habitual ("Every 72 minutes, a veteran commits suicide").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.parse.nlp import doc_text, per_doc


def in_headline(token: Token) -> bool:
    """The token lies on an article's first line, set off from the story by a line break (a
    text of one line is a sentence, not a headline)."""
    return token.idx < first_line_end(token.doc)


def first_line_end(doc: Doc) -> int:
    """Where the first line ends, or 0 when the text has no headline line (found once per Doc)."""
    return per_doc(doc, "first_line_end", _first_line_end)


def _first_line_end(doc: Doc) -> int:
    text = doc_text(doc)
    end = text.find("\n", 1 if text.startswith("\n") else 0)
    return end if end > 0 and text[:end].strip() else 0
