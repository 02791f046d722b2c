"""French quote marks: « ... », with a space inside the marks (see en/quotes.py)."""

QUOTE_PAIRS = {"«": "»"}
QUOTE_NESTING: tuple[str, ...] = ()
# Single marks as the only quote marks of a paragraph: none in French copy.
SINGLE_QUOTE_PAIRS = {}

# Nouns for a statement an institution issued ("Le communiqué indique : ...").
STATEMENT_NOUNS: tuple[str, ...] = ("communiqué", "déclaration", "note", "note de protestation")
# What may follow a statement noun in the same word: a plural "s" ("notes"); "noté" is a verb.
STATEMENT_NOUN_END = r"s?"

# "Il a cité le prince héritier disant : « ... »" (see en/quotes.py).
QUOTED_AS_RE = r"\bcit(?:é|ait|e)\w*\s+(?P<who>[^,.;:«»\"]{3,80}?)\s+(?:disant|affirmant|déclarant)\b"

# See en/quotes.py ("l'Inde a qualifié l'incident de « ... »").
QUOTE_LEAD_VERBS: tuple[str, ...] = ("a qualifié", "ont qualifié", "qualifie", "a décrit", "décrit", "a démenti", "dément",
                                     "a parlé de", "parle de")

# "un message de l'ambassade, dans lequel il est écrit « ... »" (see en/quotes.py).
RELATIVE_SAYS_RE = r"\b(?:dans lequel|dans laquelle|où) (?:il est (?:dit|écrit)|on (?:lit|peut lire))\b"
