"""Russian quote marks: «...», nested «...«...»...» (see en/quotes.py)."""

QUOTE_PAIRS = {"«": "»"}
QUOTE_NESTING = ("«",)
# Single marks as the only quote marks of a paragraph: none in Russian copy.
SINGLE_QUOTE_PAIRS = {}

# Nouns for a statement an institution issued ("В заявлении говорится: ...").
STATEMENT_NOUNS: tuple[str, ...] = ("заявлени", "сообщени", "коммюнике", "нот")
# What may follow a statement noun's stem in the same word: a case ending of up to three
# letters ("заявлении", "нотой", "сообщениями"); "нотариус" is another word.
STATEMENT_NOUN_END = r"[а-яё]{0,3}"

# "Он привел слова наследного принца: «...»" (see en/quotes.py).
QUOTED_AS_RE = r"\b[Пп]рив[её]л\w*\s+слова\s+(?P<who>[^,.;:«»\"]{3,80}?)\s*[,:]"

# See en/quotes.py ("Индия назвала инцидент «...»", "охарактеризовал ... как «...»").
QUOTE_LEAD_VERBS: tuple[str, ...] = ("назвал", "назвала", "назвали", "называет", "охарактеризовал", "охарактеризовала",
                                     "охарактеризовали", "опроверг", "опровергла", "опровергли", "отверг", "отвергла")

# "пост посольства, в котором говорится, что «...»" (see en/quotes.py).
RELATIVE_SAYS_RE = r"(?<![а-яё])(?:в котор(?:ом|ой|ых)|где) (?:говорится|говорилось|сказано)(?![а-яё])"
