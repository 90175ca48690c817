"""A ban or a limit laid on a thing that no party owns, does or holds as a right: "Obama banned
waterboarding", "a state law banning fracking", "Cruz wants to ban all abortions", "an assault
weapons ban", "precedents restricting class actions". COERCE is force or restriction put on
someone (CAMEO 172: administrative sanctions); a ban on a practice, a product or a technique
is a policy, with no party it is laid on. A ban on people ("ban Muslims from entering"), on a
party's thing ("banned the party's rallies", "a ban on donations from corporations"), on an act
that people do ("banned protests", "banned travel to the region"), on a right ("restricting
religious freedom"), on the press or a medium of speech ("restricted the internet": CAMEO 1721)
or aimed at someone ("banned the export of weapons to the rebels") still restricts someone. A
ban told with nothing banned ("the ban passed in 1993") is left as it is.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import word_types, words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import COERCE
from eventwire.events.verb_arguments import people
from eventwire.events.word_classes import BANNING
from eventwire.parse.deps import COMPOUND_DEPS, MODIFIER_OR_OWNER_DEPS

RESTRICTING = BANNING | words("event_words.tsv", "limiting")  # ban, bar, outlaw; restrict
RIGHTS = words("event_words.tsv", "entitlement")  # rights, freedom, vote
CIVIC_ACTS = words("event_words.tsv", "civic_act")  # gathering, travel, worship
FREE_MEDIA = words("event_words.tsv", "free_medium")  # press, internet: speech limited (1721)
# "banned waterboarding", "fracking was banned", a gerund read as a clause ("banning fracking")
# and a participle the parse reads as a preposition ("passed laws barring almost all abortions")
VERB_BANNED_DEPS = {"dobj", "nsubjpass", "xcomp", "pobj"}
NOUN_BANNED_DEPS = COMPOUND_DEPS  # "a travel ban", "an assault weapons ban"
NOUN_BANNED_PREPS = {"on", "of"}  # "a ban on sodas", "the banning of hunting"
# "sales of sodas" stay things; "donations from firms", "access for transgender people", "the
# export of grain to its neighbours" do not
OWNER_PREPS = {"of", "from", "by", "for", "to"}


def bans_a_thing(match: TriggerMatch) -> bool:
    """A word of `banning` or `limiting` whose banned things are all things no party owns,
    does or holds as a right (module doc)."""
    head = match.head
    if match.code.type != COERCE or head.lemma_.lower() not in RESTRICTING:
        return False
    if match.nominal and any(c.dep_ == "acl" for c in head.children):
        return False  # "a ban on gay couples adopting children": an act people do is banned
    banned = _banned(head, match.nominal)
    return bool(banned) and not any(_a_partys(t) for t in banned) and not _aimed(head)


def _aimed(head: Token) -> bool:
    """A ban with someone after one of its own prepositions ("banned the export of weapons to
    the rebels", where the parse hangs "to the rebels" on the verb)."""
    preps = [c for c in head.children if c.lower_ in OWNER_PREPS]
    return any(people(p) for c in preps for p in c.children if p.dep_ == "pobj")


def _banned(head: Token, nominal: bool) -> list[Token]:
    """What the verb bans (its object or passive subject) or what the noun names as banned
    (its modifier or its "on" or "of" object), with the words joined to them."""
    if not nominal:
        found = [c for c in head.children if c.dep_ in VERB_BANNED_DEPS]
        return [j for t in found for j in (t, *t.conjuncts)]
    # the parse hangs "assault" and "weapons" of "an assault weapons ban" both on "ban": the
    # modifier next to the noun is what is banned, the ones before it modify that
    modifiers = [c for c in head.children if c.dep_ in NOUN_BANNED_DEPS]
    found = modifiers[-1:]
    preps = [c for c in head.children if c.lower_ in NOUN_BANNED_PREPS]
    found += [p for c in preps for p in c.children if p.dep_ == "pobj"]
    return [j for t in found for j in (t, *t.conjuncts)]


def _a_partys(thing: Token) -> bool:
    """People, a party's thing, an act people do ("rallies", "gatherings"), a right, or the
    press or a medium of speech ("restricted the press", "the internet": speech limited)."""
    lemma = thing.lemma_.lower()
    if people(thing) or lemma in RIGHTS or lemma in CIVIC_ACTS or lemma in FREE_MEDIA:
        return True
    if word_types(lemma, "N", single=True):
        return True  # a one-word act of the lexicon: "rallies", "protests" ("weapon test" is not)
    # "the party's rallies", "Muslim immigration"
    owners = [c for c in thing.children if c.dep_ in MODIFIER_OR_OWNER_DEPS]
    preps = [c for c in thing.children if c.lower_ in OWNER_PREPS]
    owners += [p for c in preps for p in c.children if p.dep_ == "pobj"]
    return any(people(o) for o in owners)
