"""A trigger read in its sentence's sense before it is coded: a walkout, an armed or a spoken
attack, a refused apology, a warning of danger, a petition to a court, a dismissal. Each sense
is told in its own module (`events.sense`, `events.light` and the readers named below); this
one asks them in the order in which one reading may feed the next."""

from __future__ import annotations

from eventwire.events.apologies import refused_apology
from eventwire.events.armed_destruction import armed_destruction
from eventwire.events.armed_doers import armed_sense
from eventwire.events.assent import assent
from eventwire.events.attack_senses import attack_sense
from eventwire.events.dispute_referrals import referred_dispute
from eventwire.events.exits import exit_sense
from eventwire.events.expulsion_orders import expulsion_order
from eventwire.events.forewarned import danger_warned
from eventwire.events.headline_trades import traded_words
from eventwire.events.legal_acts import court_petition
from eventwire.events.light import formal_complaint
from eventwire.events.lone_drills import lone_drills
from eventwire.events.messages import through_carrier
from eventwire.events.patterns import TriggerMatch
from eventwire.events.posts import dismissal
from eventwire.events.protest_manner import in_protest
from eventwire.events.strike_targets import aimed_strike
from eventwire.events.walkouts import walkout
from eventwire.events.warned_parties import warned_party
from eventwire.events.weapon_tests import weapon_test


def in_sentence_sense(match: TriggerMatch) -> TriggerMatch:
    """The match read in its sentence's sense (`events.sense`, `events.light`)."""
    read = match if walkout(match) else aimed_strike(attack_sense(armed_destruction(match)))
    read = traded_words(referred_dispute(expulsion_order(refused_apology(exit_sense(read)))))
    read = assent(armed_sense(warned_party(danger_warned(read))))  # "warned of X's menace": blame
    read = court_petition(formal_complaint(read))  # "petitioned the court": a plea
    read = in_protest(read)  # "resigned in protest": the protest it is done as
    return dismissal(weapon_test(lone_drills(through_carrier(read))))  # "fired his aide"
