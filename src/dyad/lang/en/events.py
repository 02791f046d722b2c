"""English words of the event finder that the tables of extract.py do not hold."""

# Words right before a city that make it the place of the event ("in Minsk").
PLACE_PREPOSITIONS = ("in",)
# The visit noun, the prepositions after it that lead to the host ("visit to Moscow") and the
# articles that may stand before the host.
VISIT_NOUNS = ("visit",)
VISIT_DESTINATION_PREPOSITIONS = ("to", "in")
VISIT_HOST_ARTICLES = ("the",)
# "who is in Russia on a working visit": the preposition before the host (regex fragments),
# the word that links the stay to the visit and the articles before the visit.
VISIT_STAY_PREPOSITIONS = (r"\bin", r"\bto")
VISIT_STAY_LINKS = ("on", "for")
VISIT_STAY_ARTICLES = (r"an?",)

# A sentence that lists the members of a side's delegation: they take part in its visit.
DELEGATION_RE = r"\b(?:delegation (?:also )?(?:included|includes|comprised|consisted of|was made up of)|(?:was|were) accompanied by|accompanied by)\b"
# A sentence that lists who else attends the report's encounter ("Taking part in the talks are A and
# B; also present are C and D", "in attendance were ..."): they take part in it as well.
ATTENDANCE_RE = (r"\b(?:(?:taking|took|take|takes|taken) part in (?:the|these|those) (?:[\w-]+ ){0,3}(?:talks|meeting|negotiations|consultations|discussions?)\b(?! of)|"
                 r"(?:participated|participating|participate|participates) in (?:the|these|those) (?:[\w-]+ ){0,3}(?:talks|meeting|negotiations|consultations|discussions?)\b(?! of)|"
                 r"(?:also )?present (?:were|was|are|is)\b|(?:were|was|are|is) also present\b|in attendance\b|also attending\b|"
                 r"(?:talks|meeting|negotiations|consultations) (?:was |were )?(?:also )?attended by\b)")
# "He also met ...", "besides his counterpart": a meeting told as one more of the visit's appointments.
# Meetings in the plural ("held separate meetings with A and B") are one with each.
FURTHER_MEETING_RE = r"\b(?:also|besides|in addition|additionally|furthermore|moreover|(?:held|had) (?:separate )?meetings with|separate meetings)\b"

# Where a second act of the same subject joins the first in one sentence ("X paid a courtesy
# call on A, held talks with B and witnessed the signing"): a comma, a semicolon or a
# coordinating word before the second act's verb phrase (events.clause_cuts reads the few
# lower-case words after it up to the trigger).
COORDINATED_ACT_RE = r"[,;]|\b(?:and|while|then|before)\b"

# The meeting-trigger phrases that name a meeting only as the time of another act ("following
# their meeting", "after the meeting"): an encounter of the report only when its sentence names
# the people who met (otherwise the encounter told again).
MEETING_AS_TIME_RE = r"(?:after|following|during|at the end of) (?:the|a|an|their|this|his|her) (?:[\w-]+ ){0,2}meeting"
# an encounter held to protest ("the ambassador went to the ministry to protest against ...", "met the
# deputy minister in protest at ..."): an official complaint (114), not a consultation
PROTEST_PURPOSE_RE = r"\bin protest (?:at|against|over)\b|\bto (?:lodge|register|voice|deliver) (?:a |an |his |her |its )?(?:\w+ )?protest\b|\bto protest (?:against|at|over)\b"

# A verb of proposing or inviting that leads to the encounter named after it in its sentence
# ("X proposed organizing a visit of the vice president", "suggested that a delegation visit
# Astana"): the encounter is proposed, not held. Only the verb followed by what is proposed: "X
# proposed to Y during their meeting that ..." holds the meeting it names.
PROPOSED_ENCOUNTER_RE = (r"\b(?:propos|suggest)(?:ed|es|s|ing) (?:that|organi[sz]ing|holding|arranging|making|paying|"
                         r"an?|to (?:hold|organi[sz]e|arrange|make|pay|visit|meet|send))\b")

# Words of the welcome that opens a visit (the ceremony, the honours, the airport): a meeting
# told only in such sentences is the visit's arrival, not a meeting of its own.
WELCOME_RE = r"\b(?:welcom(?:e|ing) ceremony|official welcome|welcomed|greeted|military honou?rs|guard of honou?r|red carpet|at the airport)\b"

# A business forum or council of the two sides held in the report's news: the meeting of their
# companies (CAMEO 040 between the sides' BUS actors), whoever is named at it.
BUSINESS_MEETING_RE = (r"\b(?:business (?:forum|council)\b[^.]{0,60}?\b(?:was held|were held|took place|convened)|"
                       r"(?:during|at|on the sidelines of) the (?:[\w-]+ ){0,3}business (?:forum|council))\b")

# The person whose words an act answers ("summoned ... over remarks by journalist X"): the cause
# of the act, not one of its participants. Matched against the text ending where the name starts.
CAUSE_OF_ACT_RE = (r"\b(?:over|because of|after|for|at|against|in (?:protest|response|reaction) (?:at|against|over|to))\b[^.;]{0,60}?"
                   r"\b(?:remarks?|statements?|comments?|words|claims?|posts?|criticism|accusations?|insults?)"
                   r"\s+(?:(?:made\s+)?(?:by|of)\s+(?:\S+\s+){0,4}|(?-i:[A-Z])\S*\s+(?:(?-i:[A-Z])\S*\s+){0,3})?$")
# The words the act answers told as the person's own, right after the name (matched there: "a protest note against
# X's statements"), when CAUSE_BEFORE_NAME_RE ends the text before the name.
CAUSE_AFTER_NAME_RE = r"['’]s?\s+(?:\S+\s+)?(?:remarks|statements|comments|words|claims|posts)\b"
CAUSE_BEFORE_NAME_RE = r"\b(?:over|because of|after|for|against)\s+(?:the\s+)?(?:\S+\s+){0,3}$"
