"""Act nouns quoted as the object of the verb that introduces the quote.

"Trump took to Twitter, writing: 'Another horrific attack, this time in Nice'": the attack is
the object of "writing" only in the parse; the quoted words are the speaker's talk, not an act
the speaker does with the verb ("held talks", "launched an attack"). So the verb that governs
an act noun across a quotation mark lends it neither doer nor target. A few words of the noun's
own phrase set in quotation marks are another matter: "made 'numerous requests' to withdraw
it", "launched a 'blistering attack' on him" borrow the words, and the verb still tells who
made the requests or the attack. So does a light verb whose own object is quoted after it with
no colon between ("offered "a full and sincere apology"", "mounting a 'phony attack'"): the
marks only quote the words of the phrase, however the parse hangs them.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.light_verbs import light_verb
from eventwire.events.mention_reader import MentionReader

FRAGMENT_WORDS = 5  # at most this many words between the marks: a phrase, no quoted talk
INTRODUCING = {":", ","}  # marks before a quotation that the verb introduces ("writing: '...'")
COLON = {":"}  # "writing: 'an attack'": only a colon keeps a light verb's quoted object talk


def same_side_of_quote(reader: MentionReader, noun: Token, verb: Token | None) -> Token | None:
    """The governing verb, unless one of it and the noun is quoted and the other is not
    (a quoted fragment of the noun's own phrase does not count)."""
    quoted = reader.attribution.in_quotation
    if verb is None:
        return None
    fragment = quoted_fragment(noun) or _light_object_quoted(noun, verb)
    return verb if quoted(noun) == quoted(verb) or fragment else None


def _light_object_quoted(noun: Token, verb: Token) -> bool:
    """The noun is the quoted object of the light verb that puts it out, after it, with no colon
    between them to introduce a quotation."""
    light = light_verb(noun)
    if light is None or light.i != verb.i or noun.i < verb.i:
        return False
    return not any(t.text in COLON for t in noun.doc[verb.i + 1 : noun.i])


def quoted_fragment(noun: Token) -> bool:
    """Whether quotation marks close around a few words of the noun's own phrase, right after
    the noun that heads them ("a 'blistering attack'"), with no punctuation inside and no colon
    or comma introducing them."""
    doc = noun.doc
    opening = next((t for t in reversed(doc[noun.left_edge.i : noun.i]) if t.is_quote), None)
    closing = next((t for t in doc[noun.i + 1 : noun.right_edge.i + 1] if t.is_quote), None)
    if opening is None or closing is None or not _marks_pair(opening, closing):
        return False
    inner = doc[opening.i + 1 : closing.i]
    if closing.i != noun.i + 1:  # "launched the 'expulsion of criminals initiative'": a name
        return False
    introduced = opening.i > 0 and doc[opening.i - 1].text in INTRODUCING
    punctuated = any(t.is_punct for t in inner)
    return len(inner) <= FRAGMENT_WORDS and not punctuated and not introduced


def _marks_pair(opening: Token, closing: Token) -> bool:
    """Whether the marks open and close: the opening one set against the word after it, the
    closing one against the word before it ("to the `mafia'": the backtick opens, it closes
    nothing)."""
    before = opening.doc[closing.i - 1]
    return not opening.whitespace_ and not before.whitespace_ and before.i > opening.i
