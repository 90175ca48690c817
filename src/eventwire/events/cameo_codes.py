"""The CAMEO event codes that event rules name, each spelled once.

A trigger's code comes from the code table (`event_codes.tsv`); a rule that tests a code or
gives one ("a THREAT that names its condition", "REJECTION for a blocked bill") names it here
by what CAMEO calls it, so one code has one name across the rules, and it is never confused
with the PLOVER type it maps to (`events.plover_types`: ACCUSE is a type, ACCUSATION is the
code 112 that an ACCUSE comes from).
"""

from __future__ import annotations

INTENT_TO_COOPERATE = "030"  # express intent to cooperate (PLOVER AGREE)
CONSULTATION = "040"  # consult
PHONE_CALL = "041"  # discuss by telephone
VISIT = "042"  # make a visit
PRAISE = "051"  # praise or endorse (PLOVER SUPPORT)
DIPLOMATIC_RECOGNITION = "054"  # always of a state or government
APOLOGY = "055"  # apologize
MILITARY_COOPERATION = "062"  # cooperate militarily
SHARED_INFORMATION = "064"  # share intelligence or information (testimony)
YIELD = "080"  # yield, concede (PLOVER CONCEDE)
LEADER_STEPS_DOWN = "0831"  # accede to a change in leadership (PLOVER CONCEDE)
DE_ESCALATION = "087"  # de-escalate militarily (PLOVER RETREAT)
MILITARY_RETREAT = "0874"  # retreat or surrender militarily (PLOVER RETREAT)
INVESTIGATION = "090"  # investigate
DEMAND = "100"  # demand, appeal or request (PLOVER REQUEST)
CRITICISM = "111"  # criticize or denounce
ACCUSATION = "112"  # accuse, of a crime or a wrong (PLOVER ACCUSE)
OFFICIAL_COMPLAINT = "114"  # complain officially, summon an envoy
LAWSUIT = "115"  # bring lawsuit against
REJECTION = "120"  # reject, oppose, deny, refuse (PLOVER REJECT)
VETO = "129"  # veto
THREAT = "130"  # threaten
POLITICAL_DISSENT = "140"  # engage in political dissent (PLOVER PROTEST)
DEMONSTRATION = "141"  # demonstrate or rally
STRIKE_OR_BOYCOTT = "143"  # conduct a strike or boycott
OBSTRUCTION = "144"  # obstruct passage, block, disrupt
SHOW_OF_FORCE = "150"  # demonstrate military or police power
FORCE_DEPLOYMENT = "154"  # mobilize or deploy forces (PLOVER MOBILIZE)
ALERT = "152"  # raise the military alert
REDUCED_RELATIONS = "160"  # reduce or break relations (PLOVER SANCTION)
EMBARGO = "163"  # impose embargo, boycott or sanctions
EXPULSION = "166"  # expel or withdraw (diplomats, peacekeepers; PLOVER SANCTION)
PROPERTY_DESTRUCTION = "1712"  # destroy property
RESTRICTION = "172"  # impose administrative sanctions: restrict, bar, keep from (PLOVER COERCE)
POLITICAL_RESTRICTIONS = "1721"  # restrict political freedoms (close papers, parties, offices)
BANNED_PARTIES = "1722"  # ban political parties or politicians
ARREST = "173"  # arrest, detain, convict (PLOVER COERCE)
BEATING = "182"  # beat or assault physically (PLOVER ASSAULT)
KILLING = "1823"  # kill (PLOVER ASSAULT)
REPRESSION = "175"  # use violent repression ("crack down")
BOMBING = "183"  # conduct a suicide, car or other non-military bombing
MILITARY_FORCE = "190"  # use conventional military force
BLOCKADE = "191"  # impose blockade, restrict movement
AIR_STRIKE = "195"  # employ aerial weapons
CEASEFIRE_VIOLATION = "196"  # violate a ceasefire
