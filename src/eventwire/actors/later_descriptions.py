"""Second mentions of a person by what the story said of them: "the Maine senator" after
"Senator Edith Crowley of Maine", "the 68-year-old" after "Roland Tibbs, 68,", "the billionaire"
after "Texas billionaire Wallace Brandt", "the Cuban father" after "Juan Perez".

News names a person in full once, then by a role with their home state, by their age or by
their occupation. Such a description is the one person named before whose role it repeats and
whose state, age or occupation the words around their name said; no one when two fit, since a
wrong link moves an event's side. The known-actor table is not needed: the article says it.
A person noun with a demonym ("the Cuban father") tells a nationality the story may not have
said at the name: it is the one person in play whose gender fits and whose country the text
has not told otherwise (actors/nationality.py then gives them the demonym's country).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from eventwire.actors.candidates import Candidate, MentionCollector
from eventwire.actors.descriptions import (
    before_name,
    definite_subject,
    only_in_play,
    party_sides,
    phrase_words,
    states_in,
)
from eventwire.actors.name_checks import leading_roles
from eventwire.actors.nationality import demonym_modifier
from eventwire.actors.scenes import coded_by_home
from eventwire.given_names import gender_of_full_name
from eventwire.lexicons import word_set
from eventwire.model import Actor, ActorType, MentionKind
from eventwire.parse.deps import NOUN_ARGUMENT_DEPS
from eventwire.parse.nlp import tokens
from eventwire.parse.tags import NOMINAL_POS, NOUN_TAG
from eventwire.parse.unnamed_people import noun_genders

AGE_WORDS = ("-", "year", "-", "old")  # "68-year-old" as spaCy cuts it
RESTRICTING_DEPS = frozenset({"prep", "relcl", "acl"})  # "the firm of X", "the company that"
AFTER_NAME = re.compile(r"\A\s*(?:,\s*)?(?:of|from|\([A-Z]-)\s*([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)")
AGE_AFTER_NAME = re.compile(r"\A\s*,\s*(\d{2,3})\s*,")
DEMONYM = "demonym"  # the candidate's `extra` key: the country its demonym names
PERSON = ActorType.PERSON
APPOSITION = re.compile(r"\A\s*,\s*((?:the|a|an)\s[^,;:()\"“”\n]{2,60}?)\s*[,;.]")


def find_said_descriptions(finder: MentionCollector) -> None:
    """Add a title candidate for each "the 68-year-old" or "the (retired) neurosurgeon" that
    stands alone as a noun phrase; `extra["said"]` keeps the age or the occupation noun."""
    words = tokens(finder.doc)
    for token in words:
        country = demonym_modifier(token)  # "the Cuban father": by nationality
        if country:
            phrase = _demonym_phrase(token)
        else:
            phrase = _age_phrase(token, words) or _occupation_phrase(token)
        if phrase is None or not finder.free(phrase):
            continue
        candidate = finder.add(MentionKind.TITLE, ActorType.PERSON, phrase, key="")
        candidate.extra[DEMONYM if country else "said"] = country or token.lower_


def _demonym_phrase(noun: Token) -> Span | None:
    """ "the Cuban father", "the Romanian boy": "the", a demonym and a singular person
    noun, as a subject or object (also "posters of the Cuban boy"); more words ("the dead
    Syrian boy whose body …", "the Cuban boy in the photo") tell someone new. A person noun is
    a kin or gendered one ("father", "boy"): a role noun after a demonym is often a class ("the
    American worker")."""
    if noun.tag_ != NOUN_TAG or noun.lower_ not in noun_genders():
        return None
    if noun.dep_ not in NOUN_ARGUMENT_DEPS or noun.left_edge.i != noun.i - 2:
        return None
    if noun.left_edge.lower_ != "the" or any(c.dep_ in RESTRICTING_DEPS for c in noun.children):
        return None
    return noun.doc[noun.i - 2 : noun.i + 1]


def _occupation_phrase(noun: Token) -> Span | None:
    """ "the billionaire", "the retired neurosurgeon": a private person's role noun, singular,
    definite, as a subject or object (not "the billionaire's plane", not a predicate)."""
    if noun.tag_ != NOUN_TAG or noun.lower_ not in word_set("private_role_noun"):
        return None
    if noun.dep_ not in NOUN_ARGUMENT_DEPS or noun.left_edge.lower_ != "the":
        return None
    return noun.doc[noun.left_edge.i : noun.i + 1]


def _age_phrase(number: Token, words: list[Token]) -> Span | None:
    """ "the 68-year-old" with no noun after it (the parser may hang "old" as a modifier)."""
    end = number.i + len(AGE_WORDS) + 1
    if not number.like_num or number.i == 0 or end > len(words):
        return None
    if tuple(w.lower_ for w in words[number.i + 1 : end]) != AGE_WORDS:
        return None
    after = words[end] if end < len(words) else None
    if words[number.i - 1].lower_ != "the" or (after is not None and after.pos_ in NOMINAL_POS):
        return None  # "the 68-year-old senator": a title the role finder reads
    return number.doc[number.i - 1 : end]


def described_again(
    candidate: Candidate, people: list[tuple[Candidate, Actor]], text: str
) -> Actor | None:
    """The one person named before whom a definite description by age or occupation, or by
    home state and role or party ("the Vermont Democrat"), fits."""
    if not definite_subject(candidate, text):
        return None
    if candidate.extra.get(DEMONYM):
        return _fellow_national(candidate, people, text)
    if not candidate.extra.get("said") and not states_in(text[candidate.start : candidate.end]):
        return None  # no age, occupation nor state that anything said of a person could fit
    told = {id(actor): actor for _, actor in people}.values()
    fitting = [a for a in told if _fits(candidate, a, _said_around(a, people, text), text)]
    return only_in_play(fitting, candidate, people, text)


def _fellow_national(
    candidate: Candidate, people: list[tuple[Candidate, Actor]], text: str
) -> Actor | None:
    """The one person named in play whom "the Cuban father" may be: of the noun's gender (or
    an untold one) and with no country, the home default or the demonym's."""
    country = candidate.extra[DEMONYM]
    noun = text[candidate.start : candidate.end].split()[-1].lower()
    gender = noun_genders().get(noun, "")
    named = [(o, a) for o, a in people if o.kind == MentionKind.NAME]  # not "a judge"
    told = {id(actor): actor for _, actor in named}.values()
    fitting = [
        a
        for a in told
        if (a.country is None or coded_by_home(a, {PERSON}) or a.country.value == country)
        and (not gender or gender_of_full_name(a.name) in {None, gender})
    ]
    return only_in_play(fitting, candidate, people, text)


def _fits(candidate: Candidate, actor: Actor, said: str, text: str) -> bool:
    """The age or occupation was said of the person (and no state but the description's); or
    the state was, and the role is theirs or the party is not another one said before."""
    said_word = candidate.extra.get("said")
    if said_word and not re.search(rf"\b{said_word}\b", said, re.IGNORECASE):
        return False
    phrase = text[candidate.start : candidate.end]
    if said_word:  # "the New York real estate mogul": no other state said of the person
        return not states_in(said) or states_in(phrase) <= states_in(said)
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
    after ("Senator Edith Crowley of Maine", "Roland Tibbs, 68,"); the words before stop where
    what was said of the person named before ends ("Sen. A of Vermont met Sen. B")."""
    names = [o for o, linked in people if linked is actor and o.kind == MentionKind.NAME]
    others = [o.end + _said_after(o, text)[1] for o, linked in people if linked is not actor]
    said = []
    for name in names:
        said += [_name_prefix(before_name(name, others, text)), _said_after(name, text)[0]]
    return " ... ".join(said)


def _name_prefix(window: str) -> str:
    """The words that belong to the name's own title ("Texas billionaire", "Vermont Sen."):
    the trailing run of capitalised words and role words; a verb or a preposition before them
    ends it (" Grieve of Wyoming met Senator" is only "Senator")."""
    words = window.split()
    start = len(words)
    while start and (words[start - 1][:1].isupper() or _role_word(words[start - 1])):
        start -= 1
    return " ".join(words[start:])


def _role_word(word: str) -> bool:
    return word.lower().strip(".,") in leading_roles()


def _said_after(name: Candidate, text: str) -> tuple[str, int]:
    """The state, age or apposition written right after a name ("Roland Tibbs, 68,",
    "Wallace Brandt, the Texas billionaire,"), and how many characters it takes."""
    return _said_after_end(name.end, text)


@lru_cache(maxsize=1024)  # asked per description, per person, per other name: once per name
def _said_after_end(end: int, text: str) -> tuple[str, int]:
    after = text[end : end + 70]
    found = AFTER_NAME.match(after) or AGE_AFTER_NAME.match(after) or APPOSITION.match(after)
    return (found.group(1), found.end()) if found else ("", 0)
