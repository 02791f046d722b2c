"""Russian figures; see en/figures.py for what each name means."""

THOUSANDS_COMMA = False
THOUSANDS_DOT = True
AMOUNT_UNIT_LINKS: tuple[str, ...] = ()
COUNT_SCALES = {"тыс.": 1000, "тыс": 1000, "тысяч": 1000, "десятка": 10, "десятков": 10}
COUNT_POSSESSIVE_SUFFIX: str | None = None
NUMBER_SIGNS = ("№",)
ORDINAL_SUFFIXES: tuple[str, ...] = ()
PERIOD_LAST_YEAR_WORDS = ("прошл",)
# (the contrasting ones too: ", однако в 2020 году вырос на 4%" is a clause of its own)
CLAUSE_CONJUNCTIONS = ("а", "и", "но", "однако", "тогда как")
CLAUSE_AUXILIARIES: tuple[str, ...] = ()
BALANCE_NEGATIVE_WORDS = ("отрицательн", "дефицит")
COMPARATIVE_DOWNWARD = frozenset(("меньше", "ниже"))
FRACTION_WORDS = {"полтора": 1.5, "полторы": 1.5, "полутора": 1.5}  # "полутора": genitive ("достиг полутора миллиардов")
# (and their oblique forms: "почти полумиллиарда долларов", "к полумиллиарду")
WHOLE_AMOUNT_WORDS = {"полмиллиарда": 5e8, "полмиллиона": 5e5, "полтриллиона": 5e11,
                      "полумиллиарда": 5e8, "полумиллиона": 5e5, "полутриллиона": 5e11,
                      "полумиллиарду": 5e8, "полумиллиону": 5e5, "полумиллиардом": 5e8}
# "$22 млн приходится на экспорт", "$46 млн — на импорт"
METRIC_AFTER_LINK_RE: str | None = r"\s*(?:[—–-]\s*)?(?:(?:приход\w*|пришл\w*)\s+)?на\s+(?:долю\s+)?"
UP_TO_RE: str | None = r"(?<!\w)вплоть до\s*$"
TARGET_RE = r"(?:довести|довед\w*|увеличить|нарастить|цел\w*|задач\w*|достичь|достигнуть|выйти на)"
RANGE_START_RE: str | None = r"(?<!\w)(?:от|между)\s+$"
RANGE_LINK_RE: str | None = r"\s*(?:до|и)\s+"
# A change told as a fraction of the level ("grew by a quarter"): the phrase, lower case with
# single spaces, and the percentage it is.
CHANGE_FRACTIONS: dict[str, float] = {"на четверть": 25.0, "на треть": 33.3, "на одну треть": 33.3, "наполовину": 50.0, "на пятую часть": 20.0}
# See en.CHANGE_BEFORE_RE ("на" before a percentage is also "to", "for": "скидка на 10%").
CHANGE_BEFORE_RE: str | None = None
# See en.SAME_PERIOD_BASE_RE ("по сравнению с аналогичным периодом 2021 года", "2023-го").
SAME_PERIOD_BASE_RE: str | None = r"аналогичн\w+\s+период\w*\s+(?:прошлого\s+)?(?P<year>(?:19|20)\d{2})(?!\d)"
# Right after a figure (up to three words on): it is a level per year, not a sum ("$25 million
# annually", "3,000 units per year"); see figures.resolve_period.
PER_YEAR_RE = r"ежегодно|в год|каждый год"
# A range told with its scale, currency or noun once, after the second number ("$50-60 million"):
# what joins the two numbers, and what before the first makes "X to Y" a change, not a range.
RANGE_BARE_LINK_RE: str | None = r"\s*[-–—−]\s*"  # (and the minus sign U+2212: "$ 500−700 млн")
RANGE_CHANGE_FROM_RE: str | None = None
# See en/figures.py: Russian tells the multiple after its number ("в 2,5 раза"), which TIMES_WORDS read.
TIMES_BEFORE_RE: str | None = None
MULTIPLIER_IDIOMS_RE: str | None = None  # "двойные стандарты": "двойн-" is no multiplier word here
COUNT_RANK_BEFORE_RE: str | None = r"(?<!\w)(?:топ|top)\s*-?\s*$"
COUNT_RANK_WORDS = ("крупнейших", "крупнейшие", "ведущих", "ведущие", "лучших", "лучшие", "крупных",
                    "богатейших", "главных")
COUNT_NEVER_NOUNS = frozenset(("стран", "странах", "странами", "государств", "государствах", "государствами"))
COUNT_NOUN_COMPOUNDS = False
GROUP_SIZE_RE: str | None = r"(?P<noun>делегаци\w*)\s+(?:[а-яё-]+\s+){0,2}?из\s+(?P<num>\d{1,4})\s+(?:человек|членов)\b"
# See en.COUNT_CASUALTY_AFTER_RE and en.COUNT_TOTAL_RE.
# (the verbs and short participles only: "к смерти двух детей и ранению ..." names no harm to them)
COUNT_CASUALTY_AFTER_RE: str | None = (r"^[ \u00a0]+(?:[а-яё-]+[ \u00a0]+){0,3}?(?:был[аио]?[ \u00a0]+)?(?:погибл?и?|убиты?|ранены?|"
                                       r"задержаны?|арестованы?|похищены?|пострадали|высланы?)(?!\w)")
COUNT_TOTAL_RE: str | None = r"(?<!\w)(?:всего|в общей сложности|в целом)\s+(?:было\s+)?$"
# See en.COUNT_SOURCE_AFTER_RE.
COUNT_SOURCE_AFTER_RE: str | None = r"^[ \u00a0]+(?:сообщили|заявили|рассказали|сказали|подтвердили)(?!\w)"
# See en.COUNT_ONE_WORDS ("высылает одного эстонского дипломата", "один пограничник погиб").
COUNT_ONE_WORDS: tuple[str, ...] = ("один", "одного", "одному", "одним", "одна", "одну", "одной")
COUNT_HARM_BEFORE_RE: str | None = (r"(?<!\w)(?:высыла\w*|выслал\w*|выслать|вышлет|выдвор\w*|задержал\w*|задержать|"
                                    r"арестовал\w*|убил\w*|убит\w*|ранил\w*|ранен\w*|погиб\w*)\s+(?:еще\s+|ещё\s+)?$")
