"""A spouse named only by the kin noun and a pronoun: "her husband", "his wife".

Political news names a candidate's spouse in full once ("Bill Clinton") and then, beside the
candidate, as "her husband"; an act aimed at "her husband" is aimed at him. The spouse is the
one person named before whose gender is the noun's and who shares the surname of the person of
the pronoun's gender told last. No one when two fit (a former wife, a daughter with the family
name), since a wrong link moves an event's side.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.candidates import Candidate, MentionCollector
from eventwire.given_names import gender_of_full_name
from eventwire.lexicons import word_map, word_set
from eventwire.model import Actor, ActorType, MentionKind
from eventwire.parse.deps import NOUN_ARGUMENT_DEPS, PREMODIFIER_DEPS
from eventwire.parse.tags import NOUN_TAG

SPOUSE = "spouse"  # the candidate's `extra` key: the gender the kin noun tells
SPOUSE_NOUNS = word_set("spouse_noun")  # husband, wife
OTHER = {"m": "f", "f": "m"}
PERSON = ActorType.PERSON


def find_spouse_nouns(finder: MentionCollector) -> None:
    """Add a title candidate for each "her husband" or "his wife" that is an argument
    (an owner, as in "her husband's policies", may only tell what an act is about); one glossed
    by a name ("his wife, Jane") is that name's."""
    for token in finder.doc:
        owner = _owner(token)
        if owner is None:
            continue
        phrase = token.doc[owner.left_edge.i : token.i + 1]
        if not finder.free(phrase):
            continue
        candidate = finder.add(MentionKind.TITLE, PERSON, phrase, key="")
        candidate.extra[SPOUSE] = word_map("kin_noun")[token.lower_]


def _owner(noun: Token) -> Token | None:
    """The pronoun owning a singular spouse noun, where the pronoun's gender is the other one
    ("her husband", not "her wife", whose pair the surname cannot tell)."""
    if noun.lower_ not in SPOUSE_NOUNS or noun.tag_ != NOUN_TAG:
        return None
    if noun.dep_ not in NOUN_ARGUMENT_DEPS or _glossed(noun):  # not "her husband's record"
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or any(c.dep_ in PREMODIFIER_DEPS for c in noun.children):
        return None  # "his first wife", "her ex-husband": not the one now
    gender = word_map("pronoun_gender").get(owner.lower_)  # "his", "her"
    return owner if gender == OTHER[word_map("kin_noun")[noun.lower_]] else None


def _glossed(noun: Token) -> bool:
    """ "his wife, Jane Doe" or "her husband Tom": the name that follows names the spouse."""
    after = noun.doc[noun.i + 1 : noun.i + 3]
    if any(c.dep_ == "appos" for c in noun.children):
        return True
    return any(t.pos_ == "PROPN" for t in after[:1]) or (
        len(after) == 2 and after[0].text == "," and after[1].pos_ == "PROPN"
    )


def spouse_of(candidate: Candidate, people: list[tuple[Candidate, Actor]]) -> Actor | None:
    """The one person named before of the noun's gender who shares the surname of the latest
    person of the pronoun's gender ("her": the woman told last), who the owner most likely is."""
    gender = candidate.extra.get(SPOUSE)
    if not gender:
        return None
    before = sorted((c.start, i, a) for i, (c, a) in enumerate(people) if c.start < candidate.start)
    told = [a for _, _, a in before if a.type == PERSON]
    owners = [a for a in told if gender_of_full_name(a.name) == OTHER[gender]]
    if not owners:
        return None
    surname = _surname(owners[-1].name)
    fitting = {
        id(a): a
        for a in told
        if gender_of_full_name(a.name) == gender and _surname(a.name) == surname
    }
    return next(iter(fitting.values())) if len(fitting) == 1 else None


def _surname(name: str) -> str:
    """The last word of a full name, a generational suffix left off ("Jr.")."""
    words = [w for w in name.split() if w.rstrip(".") not in {"Jr", "Sr", "II", "III"}]
    return words[-1] if words else name
