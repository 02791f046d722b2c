"""Russian: persons. See dyad.lang.en.people for what each name means."""

NOT_NAME_WORDS = frozenset({
    "президент", "председатель", "глава", "министр", "посол", "совета", "республики", "национального",
    "собрания", "палаты", "представителей", "государственной", "думы", "мид", "сегодня", "вчера",
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
    "ноября", "декабря",
    "азия", "азии", "европа", "европы", "африки", "америки", "центральной", "центральная", "средней",
    "южной", "северной", "восточной", "западной", "союза", "союз", "организации", "содружества",
    "господин", "госпожа", "наследный", "принц", "шейх",
    # Sentence openers that natasha and the capitalised-run rule take for first names
    "также", "однако", "ранее", "затем", "кроме", "вместе", "кстати", "впрочем", "теперь", "сейчас",
    "официальный", "официальная", "представитель",
})  # fmt: skip
PRONOUN_SURNAMES: frozenset[str] = frozenset()
# Lower-case particles inside foreign names written in Cyrillic ("Урсула фон дер Ляйен",
# "Мухаммед бин Салман", "Лула да Силва"): the run goes on through them.
NAME_PARTICLE_RE: tuple[str, ...] = ("фон", "дер", "ван", "де", "да", "дель", "ди", "дос", "бин", "бен", "бинт", "ибн", "эль", "ле", "ла")
# "аль-Бусаиди", "эль-Сиси": a prefix joined by a hyphen.
NAME_HYPHEN_PREFIXES: tuple[str, ...] = ("аль", "эль", "ад", "ас", "ан", "ат", "аш", "бен")
NAME_PARTICLES: frozenset[str] = frozenset("фон дер ван де да дель ди дос бин бен бинт ибн эль аль абу ле ла".split())
# Capitalised particles linking an Arabic name's chain in Cyrillic ("Абдулла Бен Хамад",
# "Фейсал Аль Сауд"); not "Ван", a Chinese surname ("Ван Вэньтао").
NAME_CHAIN_PARTICLES: frozenset[str] = frozenset("аль эль бен бин бинт ибн абу".split())
# Latin names quoted in Russian copy keep their possessive.
NAME_POSSESSIVE_RE = r"['’]s?$"
# Given name, patronymic and surname.
NAME_TAIL_WORDS = 3
# Surnames decline: "Лукашенко" stays, "Токаев" is also "Токаеву", "Токаевым".
SURNAME_STEM_CUT = 2

TITLE_GENITIVE_ENDINGS = ("'s", "’s", "'", "’")
TITLE_BREAKS_ON_LOWERCASE = False
TITLE_ENDS_CAPITALISED = False
TITLE_APPOSITION_ARTICLES: tuple[str, ...] = ()
ROLE_TITLE_WORDS = {
    "head_of_state": ("президент", "глава государства", "король", "эмир", "султан"),
    "head_of_government": ("премьер", "глава правительства"),
    "foreign_minister": ("министр иностранных дел", "глава мид"),
    "speaker": ("председател", "спикер"),
    "ambassador": ("посол", "посла", "послу", "послом"),  # a title in any case ("российского посла")
    # (see en/people.py)
    "diplomat": ("посол", "посла", "послу", "послом", "дипломат", "мид", "министр иностранных дел",
                 "министра иностранных дел", "внешнеполитического"),
    "spokesperson": ("пресс-секретар", "представител"),
    "minister": ("министр",),
    "crown_prince": ("наследный принц", "кронпринц"),
    "deputy": ("депутат", "председател"),
}

TITLES_IN_ENGLISH = False
TITLE_ENGLISH_MARKERS_RE = None
TITLE_ENVOY_HEAD = None
TITLE_COUNTRY_OF = None
TITLE_HOST_TO = None

# natasha finds person spans and lemmatises them; its morphology (pymorphy) brings case forms
# back to the nominative.
PERSON_NER = ("natasha", "news")
NAME_MORPHOLOGY = "natasha"

# Endings that make a compound word a title head (German "Planungsminister"); none here.
TITLE_HEAD_SUFFIXES: tuple[str, ...] = ()
# See en.TITLE_HEAD_RESTS; None: case endings follow every head.
TITLE_HEAD_RESTS: tuple[str, ...] | None = None
# See en.COUNTERPART_TITLE_RE.
COUNTERPART_TITLE_RE = r"коллег\w*"
# See en.OWN_SIDE_POSSESSIVE_RE.
OWN_SIDE_POSSESSIVE_RE = r"\bнаш(?:его|ему|им|ем|а|ей|у|ой)?\s+$"

# See en.TITLE_LIST_CONJUNCTIONS.
TITLE_LIST_CONJUNCTIONS = ("и",)
# See en.NAME_NOUN_SUFFIXES ("Федерация" is caught by morphology: name_common_word).
NAME_NOUN_SUFFIXES: tuple[str, ...] = ()
# See en.HONORIFICS.
HONORIFICS = ("господин", "господина", "господину", "господином", "госпожа", "госпожи", "госпоже", "госпожой")
# Honorific styles before a name, no part of it: the Gulf's "шейх" in its case forms, and the
# Malay styles as Russian copy writes them ("Датук Сери").
NAME_STYLES = ("шейх", "шейха", "шейху", "шейхом", "шейхе", "датук сери", "датук", "дато", "тан сри")
# See en.PORTFOLIO_NOUNS; Russian names the portfolio with a noun ("по делам СНГ"), not an adjective.
PORTFOLIO_NOUNS: tuple[str, ...] = ()
