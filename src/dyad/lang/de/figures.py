"""German figures; see en/figures.py for what each name means."""

THOUSANDS_COMMA = False
THOUSANDS_DOT = True
AMOUNT_UNIT_LINKS: tuple[str, ...] = ()
COUNT_SCALES = {"Tausend": 1000, "Tsd.": 1000}
COUNT_POSSESSIVE_SUFFIX: str | None = None
NUMBER_SIGNS: tuple[str, ...] = ()
ORDINAL_SUFFIXES: tuple[str, ...] = ()
PERIOD_LAST_YEAR_WORDS = ("vergangen",)
CLAUSE_CONJUNCTIONS = ("und", "aber")
CLAUSE_AUXILIARIES = ("hat", "haben", "ist")
BALANCE_NEGATIVE_WORDS = ("negativ", "defizit")
COMPARATIVE_DOWNWARD = frozenset(("weniger", "niedriger", "geringer"))
