"""Second mentions of a person by what the story said of them: "the Maine senator" after
"Senator Edith Crowley of Maine", "the 68-year-old" after "Roland Tibbs, 68,".

News names a person in full once, then by a role with their home state or by their age. Such a
description is the one person named before whose role it repeats and whose state or age the
words around their name said; no one when two fit, since a wrong link moves an event's side.
The known-actor table is not needed: the article itself says the state or the age.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from eventwire.actors.candidates import Candidate, MentionCollector
from eventwire.actors.descriptions import (
    before_name,
    definite_subject,
    party_sides,
    phrase_words,
    states_in,
)
from eventwire.model import Actor, ActorType, MentionKind
from eventwire.parse.nlp import tokens

AGE_WORDS = ("-", "year", "-", "old")  # "68-year-old" as spaCy cuts it
AFTER_NAME = re.compile(r"\A\s*(?:,\s*)?(?:of|from|\([A-Z]-)\s*([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)")
AGE_AFTER_NAME = re.compile(r"\A\s*,\s*(\d{2,3})\s*,")


def find_age_mentions(finder: MentionCollector) -> None:
    """Add a title candidate for each "the 68-year-old" that stands alone as a noun phrase
    (not "the 68-year-old senator", a title the role finder reads)."""
    words = tokens(finder.doc)
    for token in words:
        phrase = _age_phrase(token, words)
        if phrase is None or any(i in finder.claimed for i in range(phrase.start, phrase.end)):
            continue
        candidate = finder._add(MentionKind.TITLE, ActorType.PERSON, phrase, key="")
        candidate.extra["age"] = token.text


def _age_phrase(number: Token, words: list[Token]) -> Span | None:
    """ "the 68-year-old" headed by "old", with nothing after it in its phrase."""
    end = number.i + len(AGE_WORDS) + 1
    if not number.like_num or number.i == 0 or end > len(words):
        return None
    if tuple(w.lower_ for w in words[number.i + 1 : end]) != AGE_WORDS:
        return None
    old = words[end - 1]
    if words[number.i - 1].lower_ != "the" or old.dep_ in {"amod", "compound"}:
        return None
    return number.doc[number.i - 1 : end]


def described_again(
    candidate: Candidate, people: list[tuple[Candidate, Actor]], text: str
) -> Actor | None:
    """The one person named before whom a definite description by age, or by home state and
    role or party ("the Vermont Democrat"), fits."""
    if not definite_subject(candidate, text):
        return None
    told = {id(actor): actor for _, actor in people}.values()
    fitting = [a for a in told if _fits(candidate, a, _said_around(a, people, text), text)]
    return fitting[0] if len(fitting) == 1 else None


def _fits(candidate: Candidate, actor: Actor, said: str, text: str) -> bool:
    """The age was said of the person; or the state was, and the role is theirs or the party
    is not another one the words before their name say."""
    age = candidate.extra.get("age")
    if age:
        return re.search(rf"\b{age}\b", said) is not None
    phrase = text[candidate.start : candidate.end]
    states = states_in(phrase)
    if not states or not states <= states_in(said):
        return False
    if candidate.extra.get("member") == "yes":
        sides = party_sides(phrase_words(said))
        return not sides or sides == party_sides(phrase_words(phrase))
    return (
        candidate.role is not None
        and actor.role is not None
        and (candidate.role.value == actor.role.value)
    )


def _said_around(actor: Actor, people: list[tuple[Candidate, Actor]], text: str) -> str:
    """The words right before each of the person's full names and the state or age right
    after ("Senator Edith Crowley of Maine", "Roland Tibbs, 68,")."""
    names = [o for o, linked in people if linked is actor and o.kind == MentionKind.NAME]
    others = [o.end for o, linked in people if linked is not actor]
    said = []
    for name in names:
        after = text[name.end : name.end + 40]
        found = AFTER_NAME.match(after) or AGE_AFTER_NAME.match(after)
        said += [before_name(name, others, text), found.group(1) if found else ""]
    return " ... ".join(said)
