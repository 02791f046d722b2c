"""Russian sentences (see en/sentences.py)."""

SENTENCE_ABBREVIATIONS = frozenset((
    "млн", "млрд", "тыс", "г", "гг", "им", "т.е", "т.д", "т.п", "руб", "долл", "ул", "стр", "св",
))
LETTERS_UPPER = "А-ЯЁ"
LETTERS_LOWER = "а-яё"
