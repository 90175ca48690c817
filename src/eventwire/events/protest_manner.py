"""Acts done "in protest": the manner phrase tells what the act is.

"Fields and other employees resigned in protest of how the organisation handled it", "the
delegates walked out in protest": the act is told as the form a protest takes, so the sentence
reports a protest (PROTEST, CAMEO 140), not the resignation or the walkout as its own kind of
act; the "protest" noun is that one act's manner, folded into it (`events.scope`). A violent
act done in protest stays the attack it is.

So is a crowd's outcry told as an outburst: "the delegates erupted in a chorus of booing",
"the hall burst into jeers" is the crowd's protest at what happened; booing aimed at someone
("Trump was jeered") stays criticism of them.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import POLITICAL_DISSENT
from eventwire.events.lexicon import words
from eventwire.events.matches import TriggerMatch
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import ASSAULT, PROTEST
from eventwire.parse.forms import in_words

MANNERS = words("event_words.tsv", "protest_manner")  # protest
OUTCRIES = words("event_words.tsv", "outcry")  # booing, jeers
OUTBURSTS = words("event_words.tsv", "outburst")  # erupt, burst
KEPT_TYPES = {ASSAULT, PROTEST}  # an attack stays one; a protest is one already


def in_protest(match: TriggerMatch) -> TriggerMatch:
    """A verb with an "in protest" phrase, or an outcry noun told as an outburst, read as the
    protest it is."""
    if match.code.type in KEPT_TYPES:
        return match
    manners = [t for t in pobjs(match.head, {"in"}) if t.lemma_.lower() in MANNERS]
    done_in_protest = manners and not match.nominal
    return match.recoded(POLITICAL_DISSENT) if done_in_protest or _outburst(match.head) else match


def _outburst(noun: Token) -> bool:
    """An outcry word (a noun or a gerund) whose nearest verb is one of breaking out
    ("erupted in a chorus of booing")."""
    if not in_words(noun, OUTCRIES):
        return False
    verb = next((t for t in noun.ancestors if t.pos_ == "VERB"), None)
    return verb is not None and verb.lemma_.lower() in OUTBURSTS
