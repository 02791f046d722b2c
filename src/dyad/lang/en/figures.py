"""English figures: how numbers are written and the words around a figure that the tables of
extract.py (scales, currencies, periods) do not hold."""

# "1,500": a comma before the last three digits groups thousands (else it is a decimal comma).
THOUSANDS_COMMA = True
# "1.500": a dot before the last three digits groups thousands (else it is a decimal point).
THOUSANDS_DOT = False
# Words between an amount and its unit ("5 million of tons"); regex fragments.
AMOUNT_UNIT_LINKS = (r"of\s+",)
# Scale words after a count ("5 thousand people"), as written (matched case-sensitively).
COUNT_SCALES = {"thousand": 1000}
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
