"""German quote marks: „...“, and the printer's »...« of newspapers and books (see en/quotes.py)."""

QUOTE_PAIRS = {"„": "“", "»": "«"}
QUOTE_NESTING: tuple[str, ...] = ()
# Single marks as the only quote marks of a paragraph: none in German copy (‚...‘ only nests).
SINGLE_QUOTE_PAIRS = {}

# Nouns for a statement an institution issued ("In der Erklärung heißt es: ...").
STATEMENT_NOUNS: tuple[str, ...] = ("Erklärung", "Mitteilung", "Stellungnahme", "Protestnote", "Kommuniqué", "Note")
# What may follow a statement noun in the same word: a plural or genitive ending
# ("Erklärungen", "Notes"); "Notenbank" or "Notiz" are other words.
STATEMENT_NOUN_END = r"(?:en|n|s)?"

# "Er zitierte den Kronprinzen mit den Worten: „...“" (see en/quotes.py).
QUOTED_AS_RE = r"\bzitiert\w*\s+(?P<who>[^,.;:„“\"]{3,80}?)\s+mit den Worten\b"

# See en/quotes.py ("Indien nannte den Vorfall „...“", "wies ... als „...“ zurück").
QUOTE_LEAD_VERBS: tuple[str, ...] = ("nannte", "nennt", "nannten", "beschrieb", "beschreibt", "wies zurück", "dementierte",
                                     "sprach von", "spricht von")

# "ein Beitrag der Botschaft, in dem es heißt: „...“" (see en/quotes.py).
RELATIVE_SAYS_RE = r"\b(?:in (?:dem|der|denen)|worin) es (?:heißt|hieß)\b"
