"""A restriction told as what a bill, a proposal or a law would do, with no party behind it.

"he attached a measure to prevent the Bush administration from finalizing rules", "negotiations
on a narrow proposal to bar terrorists from buying guns", "North Carolina legislation restricting
bathroom access": the restricting verb has no subject of its own and only names the content of
a text, a provision debated, voted on or listed, not force or restriction that a party puts on
someone (COERCE). A text a party owns ("his proposal to ban Muslims", "Trump's bill to bar
them") is that party's plan, which the coded sets code as its planned act; a text told as
enacted ("passed laws barring them", "the government - with the monks - passed laws restricting
religious freedom", where the parse hangs "passed" on "laws") is an act of the enacting party,
read by `enacted_measures`.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.enacted_measures import ENACTING
from eventwire.events.lexicon import is_agent, words
from eventwire.events.word_classes import MOTIONS
from eventwire.parse.deps import NOUN_CLAUSE_DEPS, OWNER_DEPS
from eventwire.parse.forms import in_words
from eventwire.parse.subjects import CLAUSAL_SUBJECT_DEPS
from eventwire.parse.tags import PARTICIPLE_TAG

# bill, measure, proposal, amendment, resolution, and a law or an act: texts, not parties
MEASURES = MOTIONS | words("event_words.tsv", "legislated")
AUTHOR_PREPS = {"by", "from"}  # "a proposal by Senator Collins", "a bill from the House"


def measure_provision(verb: Token) -> bool:
    """A restricting verb with no subject whose clause names the content of a bill, a proposal
    or a law that no party is told to own or author (module doc)."""
    if any(c.dep_ in CLAUSAL_SUBJECT_DEPS for c in verb.children):  # a doer or patient of its own
        return False
    measure = _measure(verb)
    return measure is not None and not _authored(measure) and not _enacted(measure)


def _measure(verb: Token) -> Token | None:
    """The text the verb's clause hangs on: "a measure to prevent", "a proposal meant to bar"."""
    clause = verb
    if verb.dep_ == "xcomp" and verb.head.tag_ == PARTICIPLE_TAG:
        clause = verb.head  # "a measure designed to prevent them from voting"
    if clause.dep_ in NOUN_CLAUSE_DEPS and in_words(clause.head, MEASURES):
        return clause.head
    return None


def _enacted(measure: Token) -> bool:
    """ "passed laws", "the enacted measure": a participle of enacting on the text itself."""
    return any(c.dep_ == "amod" and in_words(c, ENACTING) for c in measure.children)


def _authored(measure: Token) -> bool:
    """A party owns or authors the text: "his proposal", "the Trump proposal", "a proposal by
    Senator Collins"."""
    owners = [c for c in measure.children if c.dep_ in OWNER_DEPS]
    owners += [p for c in measure.children if c.lower_ in AUTHOR_PREPS for p in c.children]
    return any(is_agent(o) for o in owners)
