""" "Trump fired back at Clinton", "Forbes shot back in an article": a verb of firing with "back"
answers words with words when nothing armed stands near it; `sense` reads it as another sense of
the armed verb, `attack_senses` as a verbal attack.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import VIOLENCE, mentions, words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import ASSAULT
from eventwire.events.told_violence import back_of
from eventwire.events.word_classes import REBUTTED

RETORTS = words("event_words.tsv", "retort")
SAID = words("event_words.tsv", "retorted_words") | REBUTTED


def retort(match: TriggerMatch) -> bool:
    """ "Trump fired back at Clinton", "Forbes shot back in an article": firing "back" with no
    other weapon, wound or armed actor in the sentence answers words with words."""
    head = match.head
    if not _retort_verb(match):
        return False
    others = [t for t in _paragraph(head) if t.i != head.i]
    fired_back = back_of(head) is not None
    return fired_back and (retort_at_words(match) or not mentions(head, VIOLENCE, others))


def _retort_verb(match: TriggerMatch) -> bool:
    """An armed verb of firing told as a verb ("fired", "shot")."""
    return not match.nominal and match.code.type == ASSAULT and match.head.lemma_.lower() in RETORTS


def retort_at_words(match: TriggerMatch) -> bool:
    """ "fired back at Trump's comments": a retort aimed at what someone said is words, whoever
    fires and whatever violence the paragraph tells. The one reader of that aim: the retort
    sense and the verbal-attack recoding both ask it."""
    head = match.head
    back = back_of(head)
    if not _retort_verb(match) or back is None:
        return False
    aimed = [p for c in [*back.children, *head.children] if c.lower_ == "at" for p in c.children]
    return any(p.dep_ == "pobj" and p.lemma_.lower() in SAID for p in aimed)


def _paragraph(head: Token) -> list[Token]:
    """The head's sentence cut at line breaks: the parser may run a line ending in a colon
    into the next paragraphs ("fired back at Trump's comments:" then a quote on violent
    crime), whose words tell nothing of this act."""
    sent = head.sent
    start = next(
        (t.i + 1 for t in reversed(sent[: head.i - sent.start]) if "\n" in t.text_with_ws),
        sent.start,
    )
    end = next((t.i + 1 for t in sent[head.i - sent.start :] if "\n" in t.text_with_ws), sent.end)
    return list(head.doc[start:end])
