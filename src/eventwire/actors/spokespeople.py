"""A spokesperson named without a country speaks for the body the story has just named ("In
London, the Foreign Office criticised the move. Spokesman Peter Harwell said ..."): that body's
state, not the article's home, which only the dateline gave him. One whose title alone coded
them a state's ("Boeing said it would cut jobs. Spokesman Doug Alder said ...") speaks for the
firm, charity or party named just before: its sector, and its country where none was read."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator

from spacy.tokens import Doc

from eventwire.lexicons import word_set
from eventwire.model import Actor, ActorType, Code, Mention
from eventwire.parse.deps import OWNER_DEPS

SPOKESPERSON = "spokesperson"
EMPLOYER_MARKS = OWNER_DEPS  # "Lee's spokesman", "a Lee spokesman"
EMPLOYER_PREPOSITIONS = frozenset({"for", "of", "at", "with"})  # "a spokesman for Lee"
SENTENCES_BACK = 1  # the body is named in the spokesperson's sentence or the one before


def speak_for_bodies(actors: list[Actor], mentions: list[Mention], doc: Doc, home: Code) -> None:
    """Give each home-coded spokesperson the country of the organisation named just before."""
    spokespeople = [actor for actor in actors if _home_spokesperson(actor, home)]
    for actor, body in _bodies_before(spokespeople, (actors, mentions, doc), _of_state):
        if body.country is not None:
            actor.country = body.country.model_copy()


def speak_for_firms(
    actors: list[Actor], mentions: list[Mention], doc: Doc, home: Code | None
) -> None:
    """Give each spokesperson whom only the title coded a state's (GOV) the sector of the
    firm, charity, party or international body named just before, and its country where the
    spokesperson has none or only the home default: no state speaks through them."""
    spokespeople = [a for a in actors if _titled_spokesperson(a) and not _employer_told(a, doc)]
    story = (actors, mentions, doc)
    for actor, body in _bodies_before(spokespeople, story, _has_spokespeople):
        if body.sector is None or body.sector.value not in word_set("voiced_sector"):
            continue
        actor.sector = body.sector.model_copy()
        homeless = actor.country is None or (home is not None and _home_spokesperson(actor, home))
        if homeless and body.country is not None:
            actor.country = body.country.model_copy()


def _titled_spokesperson(actor: Actor) -> bool:
    """A person titled spokesperson whose state sector the title word itself gave: no
    employer was read for them."""
    role, sector = actor.role, actor.sector
    if actor.type != ActorType.PERSON or role is None or role.value != SPOKESPERSON:
        return False
    by_title = sector is not None and sector.evidence is not None and role.evidence is not None
    return (
        by_title and sector.value in word_set("state_sector") and sector.evidence == role.evidence
    )


def _home_spokesperson(actor: Actor, home: Code) -> bool:
    """A person whose role is spokesperson and whose country is the home default."""
    spokes = actor.role is not None and actor.role.value == SPOKESPERSON
    country = actor.country
    defaulted = country is not None and (country.value, country.method) == (home.value, home.method)
    return actor.type == ActorType.PERSON and spokes and defaulted


def _bodies_before(
    spokespeople: list[Actor],
    story: tuple[list[Actor], list[Mention], Doc],
    speaks: Callable[[Actor], bool],
) -> Iterator[tuple[Actor, Actor]]:
    """Each spokesperson with the body that `speaks` named last before their first mention."""
    if not spokespeople:
        return
    actors, mentions, doc = story
    by_id = {actor.id: actor for actor in actors}
    starts = [sentence.start_char for sentence in doc.sents]
    ordered = sorted(mentions, key=lambda m: m.evidence.start)
    for actor in spokespeople:
        first = next((m for m in ordered if m.actor_id == actor.id), None)
        body = _body_before(first, ordered, by_id, starts, speaks) if first else None
        if body is not None:
            yield actor, body


def _body_before(
    first: Mention,
    ordered: list[Mention],
    by_id: dict[str, Actor],
    starts: list[int],
    speaks: Callable[[Actor], bool],
) -> Actor | None:
    """The last body that `speaks` through a spokesperson named before the mention, close
    enough to it (the dateline's news agency is no body a spokesperson speaks for)."""
    sentence = bisect_right(starts, first.evidence.start)
    for mention in reversed([m for m in ordered if m.evidence.end <= first.evidence.start]):
        if sentence - bisect_right(starts, mention.evidence.start) > SENTENCES_BACK:
            return None
        actor = by_id.get(mention.actor_id)
        if actor is not None and actor.type == ActorType.ORGANIZATION and speaks(actor):
            return actor
    return None


def _of_state(actor: Actor) -> bool:
    """A state body with a country."""
    return (
        actor.country is not None
        and actor.sector is not None
        and actor.sector.value in word_set("state_sector")  # bodies that speak through one
    )


def _employer_told(actor: Actor, doc: Doc) -> bool:
    """Whether the title itself says whom the spokesperson serves ("a spokesman for Bernie
    Sanders", "Lee's spokesman"): that owner, read elsewhere, is theirs, not the last body."""
    evidence = actor.role.evidence if actor.role else None
    title = evidence and doc.char_span(evidence.start, evidence.end, alignment_mode="expand")
    if not title:
        return False
    return any(
        child.dep_ in EMPLOYER_MARKS
        or (child.dep_ == "prep" and child.lower_ in EMPLOYER_PREPOSITIONS)
        for child in title.root.children
    )


def _has_spokespeople(actor: Actor) -> bool:
    """A body that speaks through a spokesperson of its own: a state's organ, or a firm,
    charity, party or international body (the nearest one is the spokesperson's)."""
    sectors = word_set("state_sector") | word_set("voiced_sector")
    return actor.sector is not None and actor.sector.value in sectors
