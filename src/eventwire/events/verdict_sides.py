"""Who judges whom in a quoted verdict that no reporting verb carries.

" 'They are just sadly mistaken,' Ms. Lee said" over two sentences, or " 'He's being used
by the regime,' she said": the verdict's own clause is the trigger, so its subject would be
read as the doer. The quote's speaker passes the verdict; the one judged is the clause's
subject, or in the passive the agent it names. A duty a quoted sentence states ("'All states
must work together.'") is asked of its subject by the quote's speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.admired import admired
from eventwire.events.demands import duty_clauses, quoted_obligation
from eventwire.events.held_views import held_view
from eventwire.events.judged_conduct import truth_withheld
from eventwire.events.judgement import judgement
from eventwire.events.lexicon import reports
from eventwire.events.matches import QUOTED_VERDICT, TriggerMatch
from eventwire.events.participant_sets import Sides, split_roles
from eventwire.events.participants import RoleReader
from eventwire.events.passives import agents, is_passive
from eventwire.model import Participant
from eventwire.parse.subjects import clause_subjects


def verdict_sides(reader: RoleReader, match: TriggerMatch) -> Sides | None:
    """The quote's speaker and the party judged, for a verdict told in a quoted clause; None
    for any other trigger, or where no speaker is known."""
    head = match.head
    said = reports(head) and not truth_withheld(head)  # "'He's not telling the truth.'" judges
    if said or head.dep_ != "ROOT":  # "she said": its own roles
        return None
    if match.nominal:
        return None
    demand = quoted_obligation(head)  # "'All European states must work together.'"
    if not demand and judgement(head) is None and match.rule != QUOTED_VERDICT:
        return None
    speaker = reader.speaker(head)
    if demand:  # the subject is the one asked, never the one asking
        asked = [p for c in duty_clauses(head) for p in _subjects(reader, c)]
        own = speaker is None or speaker.actor_id in {p.actor_id for p in asked}
        return split_roles([] if own else [speaker], asked)
    if speaker is None:
        return None
    clause = next(iter(held_view(head)), head)  # "'I think he lied.'": he is judged
    judged = admired(clause) or (agents(clause) if is_passive(clause) else [])
    judged = judged or clause_subjects(clause)
    return split_roles([speaker], [p for j in judged for p in reader.phrase(j)])


def _subjects(reader: RoleReader, head: Token) -> list[Participant]:
    return [p for c in clause_subjects(head) for p in reader.phrase(c)]
