"""German figures; see en/figures.py for what each name means."""

THOUSANDS_COMMA = False
THOUSANDS_DOT = True
AMOUNT_UNIT_LINKS: tuple[str, ...] = ()
COUNT_SCALES = {"Tausend": 1000, "Tsd.": 1000, "Dutzend": 12}
COUNT_POSSESSIVE_SUFFIX: str | None = None
NUMBER_SIGNS: tuple[str, ...] = ()
ORDINAL_SUFFIXES: tuple[str, ...] = ()
PERIOD_LAST_YEAR_WORDS = ("vergangen",)
# (the contrasting ones too: ", dennoch wuchsen die Exporte um 4 Prozent" is a clause of its own)
CLAUSE_CONJUNCTIONS = ("und", "aber", "doch", "jedoch", "dennoch", "trotzdem")
CLAUSE_AUXILIARIES = ("hat", "haben", "ist")
BALANCE_NEGATIVE_WORDS = ("negativ", "defizit")
COMPARATIVE_DOWNWARD = frozenset(("weniger", "niedriger", "geringer"))
FRACTION_WORDS = {"eine halbe": 0.5, "einer halben": 0.5, "eineinhalb": 1.5, "anderthalb": 1.5}
WHOLE_AMOUNT_WORDS: dict[str, float] = {}
# "davon entfielen 5 Mrd. Euro auf Exporte"
# ("432 Milliarden Yuan an Exporten": what an amount is "an", it is of)
METRIC_AFTER_LINK_RE: str | None = r"\s*(?:(?:entf\w+\s+)?auf\s+(?:die\s+|den\s+)?|an\s+)"
UP_TO_RE: str | None = r"(?<!\w)bis zu\s*$"
TARGET_RE = r"\b(?:Ziel\w*|erreichen|steiger\w*|erhöh\w*|ausbau\w*|ausweit\w*|wachsen)\b"
RANGE_START_RE: str | None = r"(?<!\w)zwischen\s+$"
RANGE_LINK_RE: str | None = r"\s*und\s+"
# A change told as a fraction of the level ("grew by a quarter"): the phrase, lower case with
# single spaces, and the percentage it is.
CHANGE_FRACTIONS: dict[str, float] = {"um ein viertel": 25.0, "um ein drittel": 33.3, "um die hälfte": 50.0, "um ein fünftel": 20.0}
# See en.CHANGE_BEFORE_RE: "um" before a percentage is always "by" ("um 31,2 Prozent").
CHANGE_BEFORE_RE: str | None = r"(?<!\w)um\s+(?:(?:mehr als|fast|knapp|rund|etwa|gut|über|nahezu|ganze)\s+)?$"
# See en.SAME_PERIOD_BASE_RE ("im Vergleich zum gleichen Zeitraum des Jahres 2021").
SAME_PERIOD_BASE_RE: str | None = (r"(?:gleichen|selben|entsprechenden)\s+Zeitraum\s+(?:des\s+Jahres\s+|von\s+)?"
                                   r"(?P<year>(?:19|20)\d{2})(?!\d)")
# Right after a figure (up to three words on): it is a level per year, not a sum ("$25 million
# annually", "3,000 units per year"); see figures.resolve_period.
PER_YEAR_RE = r"jährlich|pro Jahr|im Jahr|jedes Jahr|per annum"
# A range told with its scale, currency or noun once, after the second number ("$50-60 million"):
# what joins the two numbers, and what before the first makes "X to Y" a change, not a range.
RANGE_BARE_LINK_RE: str | None = r"\s*[-–—−]\s*|\s+bis\s+"  # (and the minus sign U+2212)
RANGE_CHANGE_FROM_RE: str | None = None
# See en/figures.py: "um den Faktor 2,5", "um einen Faktor von 3", "mit dem Faktor 4 multipliziert".
TIMES_BEFORE_RE: str | None = r"(?<!\w)(?:um\s+(?:den|einen)\s+Faktor(?:\s+von)?|mit\s+dem\s+Faktor)\s+"
MULTIPLIER_IDIOMS_RE: str | None = r"doppelte[nmrs]?\s+(?:Standards?|Moral|Staatsbürgerschaft|Spiel|Rolle)\b"
# (a place in a ranking too: "auf Platz 3 unter allen Handelspartnern", "Rang 2 der Abnehmer")
COUNT_RANK_BEFORE_RE: str | None = r"(?<!\w)(?:Top|Platz|Rang)\s*$"
COUNT_RANK_WORDS = ("größten", "größte", "wichtigsten", "wichtigste", "führenden", "führende", "stärksten",
                    "reichsten", "besten", "höchsten")
COUNT_NEVER_NOUNS = frozenset(("länder", "ländern", "staaten", "nationen"))
COUNT_NOUN_COMPOUNDS = True
GROUP_SIZE_RE: str | None = (r"(?<![\w.,])(?P<num>\d{1,4})-?köpfige[nmrs]?\s+(?:[\wäöüß-]+\s+){0,2}?"
                             r"(?P<noun>Delegation|Gruppe|Team|Abordnung)\b")
# See en.COUNT_CASUALTY_AFTER_RE and en.COUNT_TOTAL_RE.
COUNT_CASUALTY_AFTER_RE: str | None = (r"^[ \u00a0]+(?:[\wäöüß-]+[ \u00a0]+){0,4}?(?:getötet|verletzt|verwundet|erschossen|"
                                       r"festgenommen|verhaftet|entführt|gefangen genommen|ausgewiesen|ums Leben)\b")
COUNT_TOTAL_RE: str | None = r"(?<!\w)(?:insgesamt|alles in allem)\s+$"
# See en.COUNT_SOURCE_AFTER_RE.
COUNT_SOURCE_AFTER_RE: str | None = r"^[ \u00a0]+(?:sagten|sagen|berichteten|bestätigten|erklärten)\b"
# See en.COUNT_ONE_WORDS ("ein" is an article first: none read).
COUNT_ONE_WORDS: tuple[str, ...] = ()
COUNT_HARM_BEFORE_RE: str | None = None
