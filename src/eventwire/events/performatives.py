"""Speech acts a speaker performs by saying them: "We condemn this attack," the minister said.

A quotation only asserts what others did ("They attacked our village," he said: claimed); but
when the speaker condemns, urges, rejects, promises or welcomes in the first person and the
present tense, the quotation is the act itself, and the article reports it as done, also under a
condition ("if the talks fail, I urge him to return": the urging is done now). So when a
hedge of wanting carries it ("I want to thank Senator Lee", "we would like to welcome ..."): the
thanks are given in the saying, not planned.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.conditions import CONDITIONALS
from eventwire.events.consequences import threatened_code
from eventwire.events.demands import quoted_obligation
from eventwire.events.deserved import praised_in_saying
from eventwire.events.editor_verdicts import editor_verdict_code
from eventwire.events.headline_claims import claim_code
from eventwire.events.lexicon import FIRST_PERSON, words
from eventwire.events.modality import ModalityReading
from eventwire.events.own_denials import own_denial_code
from eventwire.events.plover_types import REJECT, SUPPORT
from eventwire.events.scope import SPEECH_ACTS
from eventwire.events.withheld import withheld_code
from eventwire.model import Modality
from eventwire.parse.tags import BASE_FORM_TAG, PRESENT_TAGS

PERFORMABLE = SPEECH_ACTS | {SUPPORT}  # praise and welcome are said, too
HEDGES = words("modality_words.tsv", "performative_hedge")  # "I want to thank"


def performed(head: Token, type_: str) -> bool:
    """Whether the trigger is a speech act the speaker does in saying it ("I urge", "we reject")."""
    if praised_in_saying(head, type_) or claim_code(head):  # "said Trump deserves respect"
        return True
    if type_ not in PERFORMABLE or not _present(head):
        return hedged(head, type_)
    return _first_person(head)


def performed_under_condition(head: Token, type_: str, reading: ModalityReading) -> bool:
    """ "If the talks fail, I urge him to return": a speech act the speaker performs in the
    first person and the present is done in the saying; the condition bounds what is asked or
    promised, not the asking. A trigger that is the condition itself ("if we nominate him,
    she wins") is supposed, not performed."""
    supposed = any(c.dep_ == "mark" and c.lower_ in CONDITIONALS for c in head.children)
    return reading.modality is Modality.HYPOTHETICAL and not supposed and performed(head, type_)


def hedged(head: Token, type_: str) -> bool:
    """ "I want to thank", "we would like to welcome": the speech act under a first-person hedge
    of wanting in the present is performed in saying it; so is a colon headline's verdict
    ("Lee: Smith 'unfit'") or an editor's note's, whatever its tense or negation, a refusal
    told by its own negation ("will not take part", `events.withheld`) or a denial by its own
    ("'I did not send it'", `events.own_denials`), a threat by its foretold harm ("will pay a
    price", `events.consequences`), and a duty a quoted sentence lays on another party
    (`events.demands`)."""
    if claim_code(head) or withheld_code(head) or threatened_code(head):
        return True
    if type_ == REJECT and own_denial_code(head):  # not "'we did not attack'": negated
        return True
    if editor_verdict_code(head):  # "Editor's note: X is a liar": charged in writing it
        return True
    if quoted_obligation(head):  # "'The president should look for ways to help.'"
        return True
    hedge = head.head
    if type_ not in PERFORMABLE or head.dep_ != "xcomp" or hedge.lemma_.lower() not in HEDGES:
        return False
    would = any(c.lower_ == "would" for c in hedge.children if c.dep_ == "aux")
    return (hedge.tag_ in PRESENT_TAGS or would) and _first_person(hedge)


def _present(verb: Token) -> bool:
    """A verb in the present; "we welcome it and urge them": a joined verb with no subject of
    its own, which the parse tags as a bare form, shares the tense of the verb it is joined to."""
    if verb.tag_ in PRESENT_TAGS:
        return True
    shared = verb.dep_ == "conj" and verb.tag_ == BASE_FORM_TAG and not _subjects(verb)
    return shared and verb.head.tag_ in PRESENT_TAGS


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "nsubj"]


def _first_person(verb: Token) -> bool:
    """ "I urge", "we welcome him and urge him": a first-person subject of the verb, or of the
    verb it is joined to when it has none of its own."""
    subjects = _subjects(verb)
    if not subjects and verb.dep_ == "conj":
        subjects = _subjects(verb.head)
    return any(s.lower_ in FIRST_PERSON and s.pos_ == "PRON" for s in subjects)
