"""Aid given that names no receiver goes to the people of the place the story is filed from.

"LES CAYES, Haiti (AP) _ ... The Dominican Republic shipped 10,000 food kits across the border":
a relief story is filed from the stricken place, and aid told there with no "to" party is aid
to its people (the articles' coding standard: without a named receiver, the people of the place
named). A sentence that names a place of its own (where the givers live, where the aid goes)
is read by the rules of targets, not this one. Givers of that country are no outside donors,
so their aid keeps no target; an aid noun ("aid convoys", "aid agencies") tells no giving, so
only a verb of giving reads this.
"""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.codes import country_display_name
from eventwire.model import Article, Participant, Place
from eventwire.sectors import CIVILIANS

PEOPLE_SECTOR = CIVILIANS


def filed_receivers(
    article: Article, places: list[Place], givers: list[Participant], sentence: Span
) -> list[Participant]:
    """The people of the dateline's country, when givers are named and none is of that country
    (a headline's "Aid Convoys Attacked" names no one giving), and the sentence names no place
    ("Cubans living in South Florida send $1 billion": where the givers live, not the aid)."""
    place = _dateline_place(article, places)
    named = any(_told_place(p, sentence, article, givers) for p in places)
    if (
        not givers
        or named
        or place is None
        or place.country is None
        or any(p.country == place.country for p in givers)
    ):
        return []
    name = f"people of {country_display_name(place.country)}"
    return [
        Participant(name=name, country=place.country, sector=PEOPLE_SECTOR, mention=place.evidence)
    ]


def _dateline_place(article: Article, places: list[Place]) -> Place | None:
    """The geocoded place of the dateline ("LES CAYES, Haiti"), if any."""
    dateline = article.dateline_place
    if dateline is None or dateline.evidence is None:
        return None
    span = (dateline.evidence.start, dateline.evidence.end)
    return next((p for p in places if span[0] <= p.evidence.start < span[1]), None)


def _told_place(place: Place, sentence: Span, article: Article, givers: list[Participant]) -> bool:
    """A place the sentence names after its dateline, other than the givers' own country."""
    filed = [a.evidence.end for a in (article.dateline_place, article.agency) if a and a.evidence]
    start = max([sentence.start_char, *filed])
    own = any(p.country == place.country for p in givers)
    return start <= place.evidence.start < sentence.end_char and not own
