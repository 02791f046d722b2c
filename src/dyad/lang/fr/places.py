"""French place names; see en.places for each name. Forms in countries.csv are written out for
both genders ("français", "française"); a plural adds -s, or nothing after -s."""

PLACE_PARTICLES = ("et", "de", "des", "du", "la", "le", "les")
PLACE_FOLD: tuple[tuple[str, str], ...] = ()
PLACE_BLOCKERS = (
    "Amérique latine",
    "Amérique du Sud",
    "Amérique du Nord",
    "Amérique centrale",
    "Nouvelle-Guinée",
    "Nouveau-Mexique",
    "New Jersey",
    "océan Indien",
    "péninsule coréenne",
    "latino-américain",
    "latino-américaine",
    "sud-américain",
    "sud-américaine",
    "nord-américain",
    "nord-américaine",
)
PLACE_NOT_ALONE = frozenset({"sofia", "jersey"})
PLACE_ADJECTIVE_CASE_FREE = True  # "français", and "Française" opening a sentence
PLACE_DEMONYMS_LOWERCASE = False

_ADJECTIVE_ENDINGS = ("", "s")  # "ouzbèkes", "russes"; "français" stays


def place_forms(word: str, kind: str, last: bool) -> set[str]:
    if kind == "adjective":
        return {word + t for t in _ADJECTIVE_ENDINGS}
    return {word}
