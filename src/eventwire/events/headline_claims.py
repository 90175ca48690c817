"""Claims told in a "Speaker: claim" headline: "Lee: Governor 'unfit' to lead".

A headline that opens with a name and a colon quotes that person; the words after the colon are
what they said. When those words tell no act of their own but pass a strong verdict (a wrong or
an insult of the lexicons, or a strong VADER polarity; praise only from the lexicon's merits),
the speaker accuses (or praises) the first party the claim names. The verdict word is the
trigger; the speaker is the source, the party named after the colon the target.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.events.cameo_codes import ACCUSATION, PRAISE
from eventwire.events.headline import headline_verb, named_word
from eventwire.events.headline_tense import header_lines
from eventwire.events.judged_words import MERIT
from eventwire.events.lexicon import FIRST_PERSON, EventCode, code_table, word_rows
from eventwire.events.negation import NEGATIONS
from eventwire.events.valences import STRONG
from eventwire.events.verdict_words import FEELINGS, valence
from eventwire.parse.forms import in_words
from eventwire.parse.nlp import doc_text, per_doc, tokens

MAX_NAME = 4  # words of a speaker's name before the colon
MAX_LINE = 40  # words of a headline read


def headline_trigger(token: Token) -> tuple[Span, EventCode] | None:
    """The code a headline word carries: a verb the tagger read as a noun ("Merkel Slams
    Erdogan") or the verdict of a colon headline's claim."""
    if not _may_head(token):
        return None
    found = headline_verb(token)
    if found is not None:
        return found[0], found[1].code
    cameo = claim_code(token)
    return None if cameo is None else (token.doc[token.i : token.i + 1], code_table()[cameo])


def _may_head(token: Token) -> bool:
    """Whether a headline reading can hold for the word (asked of every word, so read from its
    place first): a word of the opening lines (headline, subhead, first line), or one ending in
    "-s" not tagged a verb, the only form `headline_verb` reads as a verb anywhere else."""
    misread = token.pos_ != "VERB" and token.lower_.endswith("s")
    return misread or token.idx < per_doc(token.doc, "headline_reach", _headline_reach)


def _headline_reach(doc: Doc) -> int:
    """Where the last of the headline, the subhead and the first line ends."""
    return max([headline_end(doc), *(end for _, end in header_lines(doc))])


def claim_code(token: Token) -> str | None:
    """ACCUSE or PRAISE for the strongest verdict word of a colon headline's claim."""
    parts = claim_parts(token)
    if parts is None or not token.is_alpha:
        return None
    content = parts[1]
    if any(_tells_act(t) for t in content if t.i != token.i) or not any(map(named_word, content)):
        return None
    verdicts = [t for t in content if abs(_valence(t)) >= STRONG]
    if not verdicts or max(verdicts, key=lambda t: abs(_valence(t))).i != token.i:
        return None
    denied = any(t.lower_ in NEGATIONS for t in content)  # "Perry not fit": a merit denied
    if _valence(token) < 0:
        return None if denied else ACCUSATION
    merit = in_words(token, MERIT)
    return (ACCUSATION if denied else PRAISE) if merit else None


def _valence(token: Token) -> float:
    """A word's polarity; none for a feeling ("sad", "fear") or in a clause the speaker is the
    subject of ("'I Fear The Worst'"): the speaker's own mood, no verdict on another."""
    feeling = in_words(token, FEELINGS)
    return 0.0 if feeling or _speakers_own(token) else valence(token)


def _speakers_own(token: Token) -> bool:
    clauses = [token, *token.ancestors]
    return any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for v in clauses for c in v.children)


def _tells_act(token: Token) -> bool:
    """A verb of the claim that is a trigger of the lexicon: the claim is coded as that act
    ("Kerry: Iran will sanction ..."); a noun is a topic ("'a disgrace' on trade")."""
    rows = word_rows(token.lemma_.lower()) or word_rows(token.lower_)
    return token.pos_ == "VERB" and bool(rows)


def claim_parts(token: Token) -> tuple[list[Token], list[Token]] | None:
    """The speaker's name and the claim of the headline `token` is in: the article's first
    line, opening with up to four capitalised words that end in a story's name and a colon."""
    parts = per_doc(token.doc, "headline_claim", _claim_line)  # asked of every word: read once
    if parts is None or not parts[1] or not parts[1][0].i <= token.i <= parts[1][-1].i:
        return None
    return parts


def _claim_line(doc: Doc) -> tuple[list[Token], list[Token]] | None:
    """The speaker's name and the claim of a colon headline, if the article opens with one."""
    end = headline_end(doc)
    line = [t for t in tokens(doc)[:MAX_LINE] if t.idx < end]
    colon = next((t.i for t in line if t.text == ":"), None)
    if colon is None or not 0 < colon <= MAX_NAME:
        return None
    speaker = line[:colon]
    if not all(t.is_title or t.text == "." for t in speaker) or not named_word(speaker[-1]):
        return None
    return speaker, line[colon + 1 :]


def headline_end(doc: Doc) -> int:
    """Where the article's first line, its headline, ends."""
    end = doc_text(doc).find("\n")
    return len(doc_text(doc)) if end < 0 else end
