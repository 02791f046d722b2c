"""French quote marks: « ... », with a space inside the marks (see en/quotes.py)."""

QUOTE_PAIRS = {"«": "»"}
QUOTE_NESTING: tuple[str, ...] = ()
