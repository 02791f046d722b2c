"""Russian sentences (see en/sentences.py)."""

SENTENCE_ABBREVIATIONS = frozenset((
    "млн", "млрд", "тыс", "г", "гг", "им", "т.е", "т.д", "т.п", "руб", "долл", "ул", "стр", "св",
))
# See en/sentences.py: Russian ordinals take no stop ("5-й", "5 мая").
SENTENCE_ORDINAL_NOUNS: frozenset[str] = frozenset()
LETTERS_UPPER = "А-ЯЁ"
LETTERS_LOWER = "а-яё"
