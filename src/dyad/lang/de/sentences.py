"""German sentences (see en/sentences.py)."""

# "S.E." (Seine Exzellenz) stands before a name, as "H.E." does in English: it ends no sentence.
SENTENCE_ABBREVIATIONS = frozenset(("mrd", "mio", "tsd", "nr", "bzw", "ca", "dt", "z.b", "d.h", "u.a", "vgl", "s.e"))
# See en/sentences.py: German writes ordinals as a number with a stop ("MINSK, 4. Mai",
# "im 1. Quartal 2023", "die 5. Sitzung"); before these nouns the stop ends no sentence.
SENTENCE_ORDINAL_NOUNS = frozenset((
    "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
    "november", "dezember", "quartal", "halbjahr", "jahrestag", "jahrhundert", "jahrhunderts", "sitzung",
    "runde", "tagung", "mal", "platz", "stelle", "hälfte",
))
LETTERS_UPPER = "A-ZÄÖÜ"
LETTERS_LOWER = "a-zäöüß"
