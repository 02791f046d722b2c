"""German sentences (see en/sentences.py)."""

SENTENCE_ABBREVIATIONS = frozenset(("mrd", "mio", "tsd", "nr", "bzw", "ca", "dt", "z.b", "d.h", "u.a", "vgl"))
LETTERS_UPPER = "A-ZÄÖÜ"
LETTERS_LOWER = "a-zäöüß"
