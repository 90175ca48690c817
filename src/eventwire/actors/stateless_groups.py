"""Groups that act for no one state, which the article's home country must not claim: a group
that many states make up or send ("coalition forces", "Western envoys, including those of
Canada and Sweden", "international monitors"), and a non-governmental group named without a
country ("human rights groups", "aid agencies"), which wire news names bare when it is
international and qualifies ("local rights groups", "Zimbabwean rights groups") when it is not
(but a story of one state's actors names its own bare); and people who came from a state the
text leaves unnamed ("immigrants", "refugees")."""

from __future__ import annotations

from eventwire.codes import country_of
from eventwire.lexicons import word_set
from eventwire.model import Actor, ActorType
from eventwire.sectors import ADVOCACY


def acts_for_no_state(actor: Actor, one_state: bool = False) -> bool:
    """Whether an uncoded group is made of many states' people or is a bare NGO group; in a
    story nearly all of whose actors are one state's (`one_state`), a bare NGO group is that
    state's own ("veterans groups", "progressive groups" in a US campaign story), unless its
    work is relief, which crosses borders ("aid agencies" in a flood story)."""
    if actor.type != ActorType.GROUP or actor.country is not None:
        return False
    modifiers = set(_group_words(actor.name)[:-1])
    if modifiers & word_set("force_of_states"):
        return True
    ngo = actor.sector is not None and actor.sector.value == ADVOCACY
    local = modifiers & word_set("local_modifier") or any(map(_names_state, modifiers))
    at_home = one_state and not modifiers & word_set("relief_modifier")
    return (ngo and not local and not at_home) or _unnamed_origin(actor.name)


def _unnamed_origin(name: str) -> bool:
    """ "immigrants", "the undocumented migrants": people defined by having come from
    elsewhere belong to the state they left, which a bare plural leaves unsaid; the state they
    came to is not theirs. A state's name or demonym ("Syrian", "Tamil") says which they left."""
    head = _group_words(name)[-1]
    return head in word_set("migrant_noun") and not any(map(_names_state, name.split()))


def _names_state(word: str) -> bool:
    """Whether a modifier names a state ("Zimbabwean", "Kenya"), whose group it is."""
    return country_of(word.title()) is not None


def _group_words(name: str) -> list[str]:
    """The words of a group's name before its complement: in "gangs of young Arab men" the
    complement says whom the gangs are made of, not which state's they are."""
    words = name.lower().split()
    cut = [i for i, w in enumerate(words) if w in word_set("group_complement_preposition")]
    return words[: cut[0]] if cut and cut[0] else words
