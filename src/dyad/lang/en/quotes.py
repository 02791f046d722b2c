"""English quote marks: “...” and "...". Each opening mark with its closing mark."""

QUOTE_PAIRS = {"“": "”", '"': '"'}
# Opening marks that nest (a quote inside a quote opens with the same mark).
QUOTE_NESTING: tuple[str, ...] = ()

# Nouns for a statement an institution issued: "The statement reads: ..." quotes it.
STATEMENT_NOUNS: tuple[str, ...] = ("statement", "communique", "communiqué", "note", "press release", "declaration")
