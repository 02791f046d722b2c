"""German quote marks: „...“ (see en/quotes.py)."""

QUOTE_PAIRS = {"„": "“"}
QUOTE_NESTING: tuple[str, ...] = ()

# Nouns for a statement an institution issued ("In der Erklärung heißt es: ...").
STATEMENT_NOUNS: tuple[str, ...] = ("Erklärung", "Mitteilung", "Stellungnahme", "Protestnote", "Kommuniqué", "Note")
