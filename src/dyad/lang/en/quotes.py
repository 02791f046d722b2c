"""English quote marks: “...” and "...". Each opening mark with its closing mark."""

QUOTE_PAIRS = {"“": "”", '"': '"'}
# Opening marks that nest (a quote inside a quote opens with the same mark).
QUOTE_NESTING: tuple[str, ...] = ()
