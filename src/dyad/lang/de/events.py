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
# "traf er auch ...", "neben seiner Amtskollegin", "darüber hinaus": ein weiterer Termin des Besuchs.
# Getrennte Treffen ("traf jeweils A und B") sind eines mit jedem.
FURTHER_MEETING_RE = r"\b(?:auch|außerdem|ausserdem|darüber hinaus|zudem|neben|ebenfalls|ferner|jeweils|getrennt\w*)\b"

# See en.WELCOME_RE.
WELCOME_RE = r"\b(?:Begrüßungszeremonie|Empfangszeremonie|feierlich\w* Empfang|militärischen Ehren|Ehrenformation|Ehrengarde|roten Teppich|begrüßt\w*|am Flughafen)\b"

# See en.BUSINESS_MEETING_RE.
BUSINESS_MEETING_RE = (r"\b(?:(?:Wirtschafts|Unternehmer|Business-)forum\w*\b[^.]{0,60}?\b(?:fand\w* statt|stattgefunden|tagte)|"
                       r"(?:während|im Rahmen|am Rande) des (?:[\w-]+ ){0,3}(?:Wirtschafts|Unternehmer|Business-)forums)\b")
