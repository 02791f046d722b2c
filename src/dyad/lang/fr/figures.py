"""French figures; see en/figures.py for what each name means. French groups thousands with a
space ("1 200") or a dot, and writes the decimal comma ("1,2 milliard")."""

THOUSANDS_COMMA = False
THOUSANDS_DOT = True
AMOUNT_UNIT_LINKS = (r"de\s+", r"d['’]")  # "5 millions de tonnes"
COUNT_SCALES = {"mille": 1000}
COUNT_POSSESSIVE_SUFFIX: str | None = None
NUMBER_SIGNS = ("n°", "N°")
ORDINAL_SUFFIXES: tuple[str, ...] = ()
PERIOD_LAST_YEAR_WORDS = ("dernier", "dernière", "précédent")
CLAUSE_CONJUNCTIONS = ("et", "mais")
# none: "a" and "est" are too common a word of other languages for a clause opener joined over every pack
CLAUSE_AUXILIARIES: tuple[str, ...] = ()
BALANCE_NEGATIVE_WORDS = ("négati", "déficit")
COMPARATIVE_DOWNWARD = frozenset(("moins",))
