"""Asking as a question, not a request: "asked whether he would run", "Mr. Manafort asked.",
"Asked to comment", "'Why now?' she asked" put a question; "asked them to leave", "asked that
he resign", "asked banks for donations" ask for an act or a thing (REQUEST). `events.everyday`
drops the question.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.clauses import to_infinitive
from eventwire.events.lexicon import is_agent
from eventwire.events.open_questions import QUESTION_WORD_TAGS, question_opener
from eventwire.events.questions import PRESS_REPLIES
from eventwire.events.verb_arguments import objects, prep_objects
from eventwire.parse.subjects import has_subject
from eventwire.parse.tags import GERUND_TAG, PARTICIPLE_TAG, PAST_TENSE_TAG, VERB_POS

ASKED_CLAUSES = {"ccomp", "advcl"}  # what was asked: "asked whether ...", "if ..." may be advcl
QUOTED_DEPS = {"dobj", "ccomp"}  # the words asked, quoted before the verb
MANNER_TAG = GERUND_TAG  # "asked rhetorically, shaking his head": how, not what, he asked
TOPIC_PREPOSITIONS = {"about"}  # "asked the senator about the vote": what a question is on


def asks_a_question(verb: Token) -> bool:
    """ "asked whether he would run", "asked him if", "Mr. Manafort asked.", "Asked to comment":
    a question, not a request, unless asked for ("asked them to leave", "asked that he resign");
    a date between parses the infinitive as an adverbial ("asked the UN on Friday to act")."""
    children = list(verb.children)
    asked = [c for c in children if c.dep_ == "xcomp" or (c.dep_ == "advcl" and to_infinitive(c))]
    acts = [c for c in asked if _asked_act(c)]
    if acts or prep_objects(verb, {"for"}):
        return False
    if any(c.dep_ in QUOTED_DEPS and c.i < verb.i for c in children):
        return True  # "'The ones who have been here 20 years,' Trump asked": the words asked
    if _follows_a_question(verb):
        return True  # "'Why are you still endorsing him?' Obama asked Republican politicians."
    clauses = [c for c in children if c.dep_ in ASKED_CLAUSES]
    question = any(question_opener(c, ASKED_CLAUSES) for c in clauses)
    if not question and _asked_for_last(verb):
        return False
    if _reporters_question(verb) or question or _asked_about(verb):
        return True  # "Asked later - war or not -, the admiral chuckled": a reporter's question
    if any(c.dep_ == "dobj" and not is_agent(c) for c in children):
        return False  # "asked permission", "asked help"
    return not any(c.dep_ == "ccomp" for c in clauses)


def _asked_act(clause: Token) -> bool:
    """An act asked for: a verb ("asked them to leave") or a "to" infinitive the tagger read
    otherwise; a press reply ("asked to comment") or a manner participle is none, nor is a
    quoted word the parse hung on the verb ("'Mistake?' he asked": the words asked)."""
    if clause.lemma_.lower() in PRESS_REPLIES or clause.tag_ == MANNER_TAG:
        return False
    return clause.pos_ in VERB_POS or to_infinitive(clause)


def _reporters_question(verb: Token) -> bool:
    """ "Asked later, the admiral chuckled", "Asked what he wants, Smith said": a subjectless
    participle that frames the answer is the question put to its speaker, whatever the tag."""
    if verb.dep_ != "advcl":
        return False
    if verb.tag_ == PARTICIPLE_TAG:
        return True
    # "Asked what ..., she said": the tagger may read an opening participle as a past tense
    opening = verb.tag_ == PAST_TENSE_TAG and verb.i == verb.sent.start
    return opening and not has_subject(verb)


def _asked_about(verb: Token) -> bool:
    """ "asked the senator about the vote", "asked what qualities he wants": a question on a
    topic, or one whose object a wh-word opens, asks for no act (the "to" or "for" of a request
    was read before)."""
    if any(prep_objects(t, TOPIC_PREPOSITIONS) for t in [verb, *objects(verb)]):
        return True
    return any(
        c.dep_ == "det" and c.tag_ in QUESTION_WORD_TAGS for o in objects(verb) for c in o.children
    )


def _follows_a_question(verb: Token) -> bool:
    """The verb's sentence opens right after a question mark (a closing quote between): the
    parse split "'Why now?' Obama asked them." after the question, which is what was asked."""
    before = [t for t in verb.doc[max(0, verb.sent.start - 3) : verb.sent.start] if not t.is_space]
    while before and before[-1].is_quote:
        before.pop()
    return bool(before) and before[-1].text == "?"


def _asked_for_last(verb: Token) -> bool:
    """ "asked banks, unions and even firms like X for donations": the parse may hang the "for"
    on the last of the people asked; it still tells what they were asked for (unless a
    question is asked: "asked the mayor and the candidate for governor whether ...")."""
    asked = objects(verb)
    last = [c for a in asked for c in a.conjuncts if c.i > a.i]
    return any(c.dep_ == "prep" and c.lower_ == "for" for t in last for c in t.children)
