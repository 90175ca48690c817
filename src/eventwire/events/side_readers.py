"""The readers of an event's sides that a construction, not the trigger's own arguments, calls
for: tried in turn before the trigger's subject and objects are read, and then the amendments
that fix what those arguments give.

One table each, so that the order in which they are tried is written once: a reader returns
None when its construction is not there; an amendment returns the sides unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import reduce

from eventwire.events.apologies import apology_sides
from eventwire.events.awaited_trips import awaited_sides
from eventwire.events.between import joint_doers, passive_joint_doers
from eventwire.events.charged_subjects import charged_sides
from eventwire.events.consequences import threatened_sides
from eventwire.events.cried_insults import cried_sides
from eventwire.events.deserved import deserved_sides
from eventwire.events.editor_verdicts import editor_sides
from eventwire.events.evaluative import naming_sides, owned_conduct_sides
from eventwire.events.feelings import feeling_sides
from eventwire.events.frontiers import front_sides, frontier_sides
from eventwire.events.grievances import grievance_sides
from eventwire.events.headline_colons import colon_subject_sides
from eventwire.events.headline_sides import claim_sides, headline_names, headline_sides
from eventwire.events.headline_trades import traded_sides
from eventwire.events.held_for import held_for_sides
from eventwire.events.issuers import issuer_sides
from eventwire.events.lawsuits import lawsuit_sides
from eventwire.events.legal_acts import legal_sides
from eventwire.events.misparses import adverbial_subjects
from eventwire.events.named_acts import named_act_sides
from eventwire.events.others_words import others_words_sides
from eventwire.events.participant_sets import Sides, other_sides, unique
from eventwire.events.participants import RoleReader
from eventwire.events.passed_bills import chamber_sides
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrasal import idiom_noun_sides, trigger_prep_sides
from eventwire.events.postings import posting_sides
from eventwire.events.received import received_sides
from eventwire.events.refused import refused_sides
from eventwire.events.resisted import resisted_sides
from eventwire.events.said_of import said_of_sides
from eventwire.events.stance_relatives import stance_subjects
from eventwire.events.stranded_subjects import stranded_subjects
from eventwire.events.suit_claims import suit_claim_sides
from eventwire.events.summed_acts import summed_sides
from eventwire.events.verdict_sides import verdict_sides
from eventwire.events.warned_parties import warned_party_sides
from eventwire.events.withdrawn import withdrawal_sides
from eventwire.events.withheld import defiance_sides, pledge_sides

Reader = Callable[[RoleReader, TriggerMatch], Sides | None]
Amendment = Callable[[RoleReader, TriggerMatch, Sides], Sides]

READERS: tuple[Reader, ...] = (
    lambda r, m: received_sides(r, m.head),  # "came under fire from Clinton": the other way
    lambda r, m: naming_sides(r, m.head),  # "called Trump a 'blowhard'"
    named_act_sides,  # "killed in what the army called a rebel attack"
    lambda r, m: said_of_sides(r, m.head, m.code.type),  # "she said of Smith"
    verdict_sides,  # " 'They are mistaken,' she said"
    lambda r, m: held_for_sides(r, m.head, m.code.type),  # "wanted for questioning"
    charged_sides,  # "Clinton Accused Of Shocking Act": Clinton is charged
    headline_sides,  # "Merkel slams Erdogan"
    traded_sides,  # "Romney, Santorum trade attacks"
    claim_sides,  # "Lee: Smith 'unfit'"
    editor_sides,  # "Editor's note: X is a serial liar": the outlet's own
    lambda r, m: deserved_sides(r, m.head, m.code.type),  # "said X deserves credit"
    lambda r, m: feeling_sides(r, m.head),  # "was frustrated by Y's failure": Y the target
    lambda r, m: defiance_sides(r, m.head, m.code.cameo),  # "will not be blackmailed by X"
    lambda r, m: pledge_sides(r, m.head, m.code.cameo),  # "will not allow anyone ... against X"
    lambda r, m: threatened_sides(r, m.head, m.code.cameo),  # "X will pay a price"
    summed_sides,  # "..., a move Moscow condemned": aimed at the main clause's doer
    awaited_sides,  # "the envoy is expected in Nairobi": the envoy travels
    chamber_sides,  # "the bill passed the House": the House passed it
    lambda r, m: cried_sides(r, m.head),  # "shouted 'traitor' at the mayor"
)


def adverbial_subject_sides(reader: RoleReader, match: TriggerMatch, sides: Sides) -> Sides:
    """ "Turkey massed troops": a doer the parse read as an adverbial noun (`misparses`);
    "protesters opposed to the dam marched": one read as a stance's subject; "Sanders, who
    ..., decided to back Obama": one stranded before its clause (`stranded_subjects`)."""
    if sides[0]:
        return sides
    doers = [*adverbial_subjects(match.head), *stance_subjects(match.head)]
    doers = doers or stranded_subjects(match.head)
    actors = unique([p for t in doers for p in reader.phrase(t)])
    return (actors, other_sides(actors, sides[1])) if actors else sides


VERB_AMENDMENTS: tuple[Amendment, ...] = (
    adverbial_subject_sides,  # "Turkey massed troops" read with no subject
    lambda r, m, s: owned_conduct_sides(r, m.head, m.code.cameo, s),  # "'His remarks were ...'"
    issuer_sides,  # "the letter accuses X": its writer accuses
    suit_claim_sides,  # "the suit claims X lied": its filer accuses X
    lambda r, m, s: joint_doers(r, m.head, s),  # "talks between X and Y"
    lambda r, m, s: passive_joint_doers(r, m.head, m.code.type, s),  # "negotiated between X, Y"
    trigger_prep_sides,  # "went after the senator"
    idiom_noun_sides,  # "took aim at the senator", "poured scorn on him"
    refused_sides,  # "refused to consider the nominee"
    resisted_sides,  # "X rejected the demand, but Y did not back down": Y resists X
    others_words_sides,  # "X spoke. Y slammed his remarks": X's
    lambda r, m, s: apology_sides(r, m.head, s),  # "apologised for insulting X"
    lambda r, m, s: posting_sides(r, m.head, m.code.cameo, s),  # "expelled X's ambassador"
    lambda r, m, s: grievance_sides(r, m.head, m.code.type, s),  # "complained to X about Y"
    warned_party_sides,  # "warned voters about the gangs": at the gangs
    lambda r, m, s: withdrawal_sides(r, m.head, m.code.cameo, s),  # "pulled out of X"
    lambda r, m, s: lawsuit_sides(r, m.head, m.code.cameo, s),  # "sued X at the court"
    legal_sides,  # "requested a rehearing before the panel", "upheld the agency's ruling"
    lambda r, m, s: frontier_sides(r, m.head, s),  # "reopened its border with Kenya"
    lambda r, m, s: front_sides(r, m.head, m.code.type, s),  # "massed troops along its border"
    headline_names,  # "Modi Praises Abe": a Title-Case name the tagger missed
    colon_subject_sides,  # "Clinton Wades In: Urges Britain to ...": Clinton urges
)


def construction_sides(reader: RoleReader, match: TriggerMatch) -> Sides | None:
    """The sides the first construction that applies gives, or None."""
    return next(filter(None, (read(reader, match) for read in READERS)), None)


def amended_verb_sides(reader: RoleReader, match: TriggerMatch, sides: Sides) -> Sides:
    """A verb's sides from its arguments, amended by each construction in turn."""
    return reduce(lambda found, amend: amend(reader, match, found), VERB_AMENDMENTS, sides)
