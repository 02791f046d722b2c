"""German quote marks: „...“ (see en/quotes.py)."""

QUOTE_PAIRS = {"„": "“"}
QUOTE_NESTING: tuple[str, ...] = ()
