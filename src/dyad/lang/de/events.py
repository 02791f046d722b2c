"""German words of the event finder; see en/events.py for what each name means."""

PLACE_PREPOSITIONS = ("in", "im")
VISIT_NOUNS = ("Besuch",)
VISIT_DESTINATION_PREPOSITIONS = ("nach", "in")
VISIT_HOST_ARTICLES: tuple[str, ...] = ()
# No word boundary before "nach" (so "danach" counts): as the finder had it.
VISIT_STAY_PREPOSITIONS = ("nach",)
VISIT_STAY_LINKS = ("zu",)
VISIT_STAY_ARTICLES = ("einem",)

# A sentence that lists the members of a side's delegation: they take part in its visit.
DELEGATION_RE = r"\b(?:(?:zur|der|die) Delegation (?:gehörten|gehören|bestand aus)|begleitet von|in Begleitung von)\b"
# See en.ATTENDANCE_RE ("An den Gesprächen nahmen auch A und B teil", "ebenfalls anwesend waren").
ATTENDANCE_RE = (r"\b(?:(?:(?:an|bei) (?:den|dem|der)|am|beim) (?:[\w-]+ ){0,2}(?:Gesprächen|Verhandlungen|Treffen|Unterredung|Beratungen|Konsultationen)\b[^.]{0,150}?\b(?:teil|teilgenommen|anwesend|zugegen)\b|"
                 r"nahm\w* [^.]{0,80}?\b(?:an|bei) (?:den|dem|der) (?:[\w-]+ ){0,2}(?:Gesprächen|Verhandlungen|Treffen|Unterredung|Beratungen|Konsultationen) teil\b|"
                 r"(?:ebenfalls|auch) (?:anwesend|zugegen) (?:waren|war|sind|ist)\b)")
# "traf er auch ...", "neben seiner Amtskollegin", "darüber hinaus": ein weiterer Termin des Besuchs.
# Getrennte Treffen ("traf jeweils A und B") sind eines mit jedem.
FURTHER_MEETING_RE = r"\b(?:auch|außerdem|ausserdem|darüber hinaus|zudem|neben|ebenfalls|ferner|jeweils|getrennt\w*)\b"

# See en.COORDINATED_ACT_RE ("X traf A, führte Gespräche mit B und unterzeichnete ...").
COORDINATED_ACT_RE = r"[,;]|\b(?:und|sowie|danach|anschließend)\b"

# See en.MEETING_AS_TIME_RE.
MEETING_AS_TIME_RE = r"(?:(?:nach|bei|während) (?:dem|einem|ihrem|seinem) (?:\w+ )?|beim |nach dem )Treffen"
# see en: "suchte das Außenministerium aus Protest gegen ... auf", "um gegen ... zu protestieren", "um Protest
# einzulegen"
PROTEST_PURPOSE_RE = r"\baus Protest gegen\b|\bzum Zeichen des Protests\b|\bum (?:gegen .{1,80}? )?zu protestieren\b|\bum (?:\w+ )?Protest (?:einzulegen|zu erheben)\b"
# See en.PROPOSED_ENCOUNTER_RE: "schlug vor, einen Besuch ... zu organisieren", "lud X ein, Y zu
# besuchen", "lud X zu einem Staatsbesuch ein" (the separable verbs in their past and present forms).
PROPOSED_ENCOUNTER_RE = r"\b(?:schl(?:ug|ugen|ägt|agen)\b(?:\s+\S+){0,3}?\s+vor\b|vorgeschlagen|l(?:ud|uden|ädt|aden)\b(?:\s+\S+){0,6}?\s+(?:ein|zu|zum|zur)\b)"

# See en.WELCOME_RE.
WELCOME_RE = r"\b(?:Begrüßungszeremonie|Empfangszeremonie|feierlich\w* Empfang|militärischen Ehren|Ehrenformation|Ehrengarde|roten Teppich|begrüßt\w*|am Flughafen)\b"

# See en.BUSINESS_MEETING_RE.
BUSINESS_MEETING_RE = (r"\b(?:(?:Wirtschafts|Unternehmer|Business-)forum\w*\b[^.]{0,60}?\b(?:fand\w* statt|stattgefunden|tagte)|"
                       r"(?:während|im Rahmen|am Rande) des (?:[\w-]+ ){0,3}(?:Wirtschafts|Unternehmer|Business-)forums)\b")

# See en.CAUSE_OF_ACT_RE.
# See en.CAUSE_AFTER_NAME_RE; not written for this language yet: never matches.
CAUSE_AFTER_NAME_RE = r"(?!)"
CAUSE_BEFORE_NAME_RE = r"(?!)"
CAUSE_OF_ACT_RE = (r"\b(?:wegen|nach|über|aus Protest gegen|als Reaktion auf|in Reaktion auf) (?:den |der |die )?(?:jüngsten |jüngste )?"
                   r"(?:Äußerungen|Aeusserungen|Äusserungen|Aussagen|Bemerkungen|Kommentaren?|Worten?|Vorwürfen?|Kritik) (?:des|der|von)\s+(?:\S+\s+){0,4}$")
