"""English place names: how the forms of data/countries.csv inflect, and names that are not
places. Read by dyad.gazetteer; forms reach ``place_forms`` lower-cased and folded
(PLACE_FOLD of every pack)."""

# Words inside place names, taken as they are ("Trinidad and Tobago", "El Salvador"); the
# names of one language are often written in another's form, so these of every pack count.
PLACE_PARTICLES = ("and", "of", "the", "de", "la", "du", "el", "al")
# Letters folded to another before any comparison, as (letter, folded).
PLACE_FOLD: tuple[tuple[str, str], ...] = ()
# Multi-word names that contain a country form but are not the country ("Latin America" is not
# the USA). They win as the longest match and are then dropped.
PLACE_BLOCKERS = (
    "South America",
    "Latin America",
    "North America",
    "Central America",
    "New Guinea",
    "New Mexico",
    "New Jersey",
    "Indian Ocean",
    "American Indian",
    "Native American",
    "New South Wales",
    "Korean Peninsula",
    "Turkish Stream",
    "Georgia State",
)
# Single words too often something else to count as a place on their own ("Sofia" is a first
# name), lower case.
PLACE_NOT_ALONE = frozenset({"sofia", "jersey"})
# Adjectives and demonyms are written in small letters in running text but may open a
# sentence: their first letter's case is free.
PLACE_ADJECTIVE_CASE_FREE = False
# Demonyms are written in small letters: a capitalised one inside a sentence is a surname.
PLACE_DEMONYMS_LOWERCASE = False

_ADJECTIVE_ENDINGS = ("", "s")  # "Kazakhs", "Americans"; the possessive 's is a separate token


def place_forms(word: str, kind: str, last: bool) -> set[str]:
    """The surfaces of one word of a place name (``kind`` as in countries.csv; ``last``: the
    name's last word)."""
    if last and kind in ("adjective", "demonym"):
        return {word + t for t in _ADJECTIVE_ENDINGS}
    return {word}
