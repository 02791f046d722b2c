"""French sentences (see en/sentences.py)."""

SENTENCE_ABBREVIATIONS = frozenset(("mme", "mmes", "mlle", "md", "mds", "env"))
LETTERS_UPPER = "ÀÂÇÉÈÊËÎÏÔŒÙÛÜŸ"
LETTERS_LOWER = "àâçéèêëîïôœùûüÿ"
