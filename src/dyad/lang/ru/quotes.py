"""Russian quote marks: «...», nested «...«...»...» (see en/quotes.py)."""

QUOTE_PAIRS = {"«": "»"}
QUOTE_NESTING = ("«",)
