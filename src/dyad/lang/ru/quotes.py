"""Russian quote marks: «...», nested «...«...»...» (see en/quotes.py)."""

QUOTE_PAIRS = {"«": "»"}
QUOTE_NESTING = ("«",)

# Nouns for a statement an institution issued ("В заявлении говорится: ...").
STATEMENT_NOUNS: tuple[str, ...] = ("заявлени", "сообщени", "коммюнике", "нот")
