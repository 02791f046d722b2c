"""Russian figures; see en/figures.py for what each name means."""

THOUSANDS_COMMA = False
THOUSANDS_DOT = True
AMOUNT_UNIT_LINKS: tuple[str, ...] = ()
COUNT_SCALES = {"тыс.": 1000, "тыс": 1000, "тысяч": 1000}
COUNT_POSSESSIVE_SUFFIX: str | None = None
NUMBER_SIGNS = ("№",)
ORDINAL_SUFFIXES: tuple[str, ...] = ()
PERIOD_LAST_YEAR_WORDS = ("прошл",)
CLAUSE_CONJUNCTIONS = ("а", "и", "но")
CLAUSE_AUXILIARIES: tuple[str, ...] = ()
BALANCE_NEGATIVE_WORDS = ("отрицательн", "дефицит")
COMPARATIVE_DOWNWARD = frozenset(("меньше", "ниже"))
