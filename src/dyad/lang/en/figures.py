"""English figures: how numbers are written and the words around a figure that the tables of
extract.py (scales, currencies, periods) do not hold."""

# "1,500": a comma before the last three digits groups thousands (else it is a decimal comma).
THOUSANDS_COMMA = True
# "1.500": a dot before the last three digits groups thousands (else it is a decimal point).
THOUSANDS_DOT = False
# Words between an amount and its unit ("5 million of tons"); regex fragments.
AMOUNT_UNIT_LINKS = (r"of\s+",)
# Scale words after a count ("5 thousand people"), as written (matched case-sensitively).
COUNT_SCALES = {"thousand": 1000, "dozen": 12}
# A count whose noun ends so is a possessive, not a count ("two nation's").
COUNT_POSSESSIVE_SUFFIX: str | None = "'s"
# Signs right before a number that make it a number of something, not a count ("No5").
NUMBER_SIGNS = ("No",)
# Letters right after a number that make it an ordinal ("5th").
ORDINAL_SUFFIXES = ("th", "st", "nd", "rd")
# A period's year named by one of these is the year before the report's ("last year").
PERIOD_LAST_YEAR_WORDS = ("last",)
# Words after a comma that open a new clause ("..., and trade fell").
CLAUSE_CONJUNCTIONS = ("and", "but", "while", "whereas")
# Auxiliaries that open a new clause after a comma and its subject ("..., exports have ...").
CLAUSE_AUXILIARIES = ("has", "have")
# A trade balance said to be negative or a deficit (stems).
BALANCE_NEGATIVE_WORDS = ("negativ", "deficit")
# The comparatives of COMPARATIVE_AFTER_RE that mean less ("6.2 percent less than ...").
COMPARATIVE_DOWNWARD = frozenset(("less", "lower", "fewer", "down"))
# Fractions in words before a scale word ("half a billion", "one and a half million").
FRACTION_WORDS = {"half a": 0.5, "one and a half": 1.5}
# An amount whose number and scale are one word ("half a billion" is two words in English).
WHOLE_AMOUNT_WORDS: dict[str, float] = {}
# Between an amount and the metric named right after it, which is what the amount measures
# ("$300 million in exports", "$2 billion of Chinese investment"); a regex fragment.
METRIC_AFTER_LINK_RE: str | None = r"\s*(?:in|of)\s+(?!which\b|whom\b)(?:[A-Za-z-]+\s+)?"
# Right before a number: a ceiling ("up to 130 people"), unless a target is set (see TARGET_RE).
UP_TO_RE: str | None = r"(?<!\w)up to\s*$"
# A clause that sets a target: "up to $2 billion" is then the level aimed at, not a ceiling.
TARGET_RE = r"\b(?:task|target\w*|goals?|aim\w*|achiev\w*|bring\w*|increas\w*|rais\w*|boost\w*|expand\w*|grow\w*)\b"
# A range of two numbers: what opens it before the first ("between $2 million") and what joins
# the second ("and $5 million"); the first is the lower bound, the second the upper.
RANGE_START_RE: str | None = r"(?<!\w)between\s+(?:just\s+|only\s+)?$"
RANGE_LINK_RE: str | None = r"\s*and\s+"
# A change told as a fraction of the level ("grew by a quarter"): the phrase, lower case with
# single spaces, and the percentage it is.
CHANGE_FRACTIONS: dict[str, float] = {"by a quarter": 25.0, "by a third": 33.3, "by one third": 33.3, "by half": 50.0, "by a half": 50.0, "by a fifth": 20.0}
# See figures.told_as_change: the preposition right before a percentage that makes it a change
# with no verb of change ("um 31,2 Prozent auf 833 Millionen"); None where it is ambiguous.
CHANGE_BEFORE_RE: str | None = None
# See figures.year_after_base: a year-on-year base with its year ("the same period of 2021").
SAME_PERIOD_BASE_RE: str | None = None
# Right after a figure (up to three words on): it is a level per year, not a sum ("$25 million
# annually", "3,000 units per year"); see figures.resolve_period.
PER_YEAR_RE = r"annually|a year|per year|each year|every year|per annum"
# A range told with its scale, currency or noun once, after the second number ("$50-60 million"):
# what joins the two numbers, and what before the first makes "X to Y" a change, not a range.
RANGE_BARE_LINK_RE: str | None = r"\s*[-–—]\s*|\s+to\s+"
RANGE_CHANGE_FROM_RE: str | None = r"(?<!\w)from\s+(?:\$|€|£)?\s*$"
# A multiplier word in a set phrase that states no multiple ("double standards"); regex matched
# from the word's start.
# Words right before a number that make it a multiple ("grew by a factor of 2.5", "multiplied by
# three"): the multiple is told before its number, not after it ("2.5 times"). None where not so.
TIMES_BEFORE_RE: str | None = r"(?<!\w)(?:by\s+a\s+factor\s+of|multiplied\s+by)\s+"
MULTIPLIER_IDIOMS_RE: str | None = r"double\s+(?:standards?|taxation|tax\w*|game|role|agents?|bind|blow|whammy|digits?)\b"
# Before a number: it is a rank, not a count ("the top 10 investors").
COUNT_RANK_BEFORE_RE: str | None = r"(?<!\w)top\s*$"
# The first word after a number that makes it a rank ("one of the 10 largest producers").
COUNT_RANK_WORDS = ("largest", "biggest", "greatest", "leading", "top", "most", "best", "richest", "strongest",
                    "poorest", "wealthiest", "highest", "lowest", "fastest", "main", "major")
# Nouns a number of is no figure between two countries, in digits or words ("70 countries").
COUNT_NEVER_NOUNS = frozenset(("countries", "nations", "states"))
# Whether a counted noun's head may end a compound word ("Militärflugzeugen": Flugzeug).
COUNT_NOUN_COMPOUNDS = False
# The size of a group told as a number of its members ("a 68-member delegation"); groups num and noun.
GROUP_SIZE_RE: str | None = (r"(?<![\w.,])(?P<num>\d{1,4})-(?:member|strong|person)\s+(?:[A-Za-z-]+\s+){0,2}?"
                             r"(?P<noun>delegation|team|group|contingent|mission)\b")
# After a counted noun: what befell them, which makes any noun a count of people or things
# ("five Afghans were killed"); matched right after the noun.
COUNT_CASUALTY_AFTER_RE: str | None = (r"^[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,3}?(?:were|have been|had been|are|was)[ \u00a0]+"
                                       r"(?:[a-z]+ly[ \u00a0]+)?(?:killed|wounded|injured|shot|arrested|detained|abducted|"
                                       r"kidnapped|captured|expelled|seized)\b")
# Before "a total of 27 ... agreements": the number counts the first counted noun of its clause,
# though adjectives and commas stand between.
COUNT_TOTAL_RE: str | None = r"(?<!\w)(?:a total of|in total|altogether)\s+$"
# After a counted noun: the people are the source of the report, not a figure of it ("two
# Somali officials said").
COUNT_SOURCE_AFTER_RE: str | None = r"^[ \u00a0]+(?:said|say|says|told|confirmed)\b"
# "one soldier was killed", "expelled one diplomat": the word for one counts a single person or
# thing of the pack's kinds only when harm befalls it, after (COUNT_CASUALTY_AFTER_RE) or
# before (COUNT_HARM_BEFORE_RE); elsewhere it is mostly an article or a pronoun ("one official said").
COUNT_ONE_WORDS: tuple[str, ...] = ("one",)
COUNT_HARM_BEFORE_RE: str | None = (r"(?<!\w)(?:killed|killing|wounded|injured|arrested|detained|expelled|expels?|"
                                    r"expelling|declared)\s+(?:at least\s+|only\s+)?$")
