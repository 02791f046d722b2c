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
FRACTION_WORDS: dict[str, float] = {}  # "un milliard et demi" puts the fraction after the scale
WHOLE_AMOUNT_WORDS = {"demi-milliard": 5e8, "demi-million": 5e5}
METRIC_AFTER_LINK_RE: str | None = None
UP_TO_RE: str | None = r"(?<!\w)jusqu['’]à\s*$"
TARGET_RE = r"\b(?:objectif\w*|porter|atteindre|augmenter|accroître|doubler|cible\w*)\b"
RANGE_START_RE: str | None = r"(?<!\w)entre\s+$"
RANGE_LINK_RE: str | None = r"\s*et\s+"
# A change told as a fraction of the level ("grew by a quarter"): the phrase, lower case with
# single spaces, and the percentage it is.
CHANGE_FRACTIONS: dict[str, float] = {"d'un quart": 25.0, "d'un tiers": 33.3, "de moitié": 50.0, "d'un cinquième": 20.0}
CHANGE_BEFORE_RE: str | None = None  # see en
SAME_PERIOD_BASE_RE: str | None = None  # see en
# Right after a figure (up to three words on): it is a level per year, not a sum ("$25 million
# annually", "3,000 units per year"); see figures.resolve_period.
PER_YEAR_RE = r"par an|chaque année|annuellement|par année"
# A range told with its scale, currency or noun once, after the second number ("$50-60 million"):
# what joins the two numbers, and what before the first makes "X to Y" a change, not a range.
RANGE_BARE_LINK_RE: str | None = r"\s*[-–—]\s*"
RANGE_CHANGE_FROM_RE: str | None = None
# See en/figures.py: "multiplié par 2,5", "d'un facteur 3".
TIMES_BEFORE_RE: str | None = r"(?<!\w)(?:multipli[ée]e?s?\s+par|d['’]un\s+facteur(?:\s+de)?)\s+"
MULTIPLIER_IDIOMS_RE: str | None = None
COUNT_RANK_BEFORE_RE: str | None = r"(?<!\w)top\s*-?\s*$"
COUNT_RANK_WORDS = ("plus", "principaux", "principales", "premiers", "premières")
COUNT_NEVER_NOUNS = frozenset(("pays", "états", "nations"))
COUNT_NOUN_COMPOUNDS = False
GROUP_SIZE_RE: str | None = r"(?P<noun>délégation)\s+(?:[\w-]+\s+){0,2}?de\s+(?P<num>\d{1,4})\s+(?:personnes|membres)\b"
# See en.COUNT_CASUALTY_AFTER_RE and en.COUNT_TOTAL_RE.
COUNT_CASUALTY_AFTER_RE: str | None = (r"^[ \u00a0]+(?:[\wéèêàâîôûç'’-]+[ \u00a0]+){0,3}?(?:ont été|avaient été|sont|étaient)[ \u00a0]+"
                                       r"(?:tués|tuées|blessés|blessées|arrêtés|arrêtées|enlevés|expulsés)\b")
COUNT_TOTAL_RE: str | None = r"(?<!\w)(?:au total|en tout)\s+$"
# See en.COUNT_SOURCE_AFTER_RE.
COUNT_SOURCE_AFTER_RE: str | None = r"^[ \u00a0]+(?:ont déclaré|ont dit|ont affirmé|ont confirmé)\b"
# See en.COUNT_ONE_WORDS ("un" is an article first: none read).
COUNT_ONE_WORDS: tuple[str, ...] = ()
COUNT_HARM_BEFORE_RE: str | None = None
