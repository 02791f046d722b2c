"""English quote marks: “...” and "...". Each opening mark with its closing mark."""

QUOTE_PAIRS = {"“": "”", '"': '"'}
# Opening marks that nest (a quote inside a quote opens with the same mark).
QUOTE_NESTING: tuple[str, ...] = ()
# Single marks, used by British and many web outlets (‘...’, '...'). The same marks are
# apostrophes ("Canada’s", "countries' "), so they count as quote marks only in a paragraph with no
# double marks, and only where they stand at a word's edge.
SINGLE_QUOTE_PAIRS = {"‘": "’", "'": "'"}

# Nouns for a statement an institution issued: "The statement reads: ..." quotes it.
STATEMENT_NOUNS: tuple[str, ...] = ("statement", "communique", "communiqué", "note", "press release", "declaration")
# What may follow a statement noun in the same word: a plural "s", no more ("noted" is a verb,
# not a "note"; "statements" is still the noun).
STATEMENT_NOUN_END = r"s?"

# A reporter passing on someone's words: "He quoted the crown prince as saying, “...”" is the
# crown prince speaking, not the one who quotes him. The group ``who`` is the speaker.
QUOTED_AS_RE = r"\bquot(?:ed|es|ing)\s+(?P<who>[^,.;:\"“”]{3,80}?)\s+as (?:saying|telling)\b"

# Verbs that put a quoted phrase in someone's mouth without being verbs of saying elsewhere:
# "India describes the incident as “...”", "the spokesman denied what he called an “...”". Read
# only where a quote's speaker is looked for (a report's sentences with them make no statement).
QUOTE_LEAD_VERBS: tuple[str, ...] = ("describes", "described", "describing", "called", "calls", "calling",
                                     "termed", "terms", "dubbed", "denied", "denies", "branded")

# A relative clause that quotes a document's words: "a post of the embassy, which reads “...”",
# "a note in which it says “...”". The document's author, named before the clause, speaks.
RELATIVE_SAYS_RE = r"\b(?:in which (?:it )?|which |that )(?:says|said|reads|read|states|stated)\b"
