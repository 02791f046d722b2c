"""French sentences (see en/sentences.py)."""

SENTENCE_ABBREVIATIONS = frozenset(("mme", "mmes", "mlle", "md", "mds", "env"))
# See en/sentences.py: French writes "1er", "4e".
SENTENCE_ORDINAL_NOUNS: frozenset[str] = frozenset()
LETTERS_UPPER = "ÀÂÇÉÈÊËÎÏÔŒÙÛÜŸ"
LETTERS_LOWER = "àâçéèêëîïôœùûüÿ"
