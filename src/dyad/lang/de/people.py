"""German: persons. See dyad.lang.en.people for what each name means."""

NOT_NAME_WORDS = frozenset({
    "ständigen", "ausschusses", "rates", "rat", "republik", "angelegenheiten", "sicherheit",
    "vorsitzende", "vorsitzender", "botschafter", "außerordentlichen", "bevollmächtigten",
    "heute", "gestern", "das", "der", "die", "den", "dem", "des", "ein", "eine", "wir", "sie", "er",
    # a preposition fused with the article opens a sentence capitalised ("Vom Außenministerium hieß es")
    "vom", "zum", "zur", "beim", "ins", "aufs",
    "es", "und",
    "januar", "februar", "märz", "juni", "juli", "oktober", "dezember",
    # a weekday before a name ("dankte am Donnerstag Kassym-Jomart Tokajew"): a capitalised noun, no name
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
    "zentralasien", "europa", "asien",
    "herr", "herrn", "frau", "kronprinz", "scheich",
    "wirtschaft", "finanzen", "energie", "verkehr", "gesundheit", "bildung", "landwirtschaft", "inneres",
})  # fmt: skip
PRONOUN_SURNAMES: frozenset[str] = frozenset()
# "Ursula von der Leyen"
NAME_PARTICLE_RE = (r"(?:von|van)(?:[ \t]+(?:der|den))?",)
NAME_HYPHEN_PREFIXES: tuple[str, ...] = ()
NAME_PARTICLES = frozenset("der den van von".split())
# Capitalised particles linking an Arabic name's chain: the English pack's serve German copy.
NAME_CHAIN_PARTICLES: frozenset[str] = frozenset()
NAME_POSSESSIVE_RE = r"['’]s?$"
NAME_TAIL_WORDS = 2
SURNAME_STEM_CUT = 0

# German writes the genitive of a country with a bare -s: "Russlands Aussenminister".
TITLE_GENITIVE_ENDINGS = ("'s", "’s", "'", "’", "s")
TITLE_BREAKS_ON_LOWERCASE = False
# German titles end in a capitalised noun next to the name ("Aussenminister Alexander"); a
# lower-case word there ("die Minister eine Gemeinsame ...") means no title.
TITLE_ENDS_CAPITALISED = True
TITLE_APPOSITION_ARTICLES = ("der", "die", "das", "ein", "eine")
ROLE_TITLE_WORDS = {
    "head_of_state": ("präsident", "staatschef", "könig", "emir", "sultan"),
    "head_of_government": ("kanzler", "premierminister", "premier", "regierungschef"),
    "foreign_minister": ("außenminister", "aussenminister"),
    "speaker": ("vorsitzende", "präsident des", "parlamentspräsident"),
    "ambassador": ("botschafter",),
    # (see en/people.py; "außenminister" also holds "außenministerium" and "-s")
    "diplomat": ("botschafter", "diplomat", "außenminister", "aussenminister", "außenministerium",
                 "aussenministerium", "auswärtigen amt", "außenamt"),
    "spokesperson": ("sprecher",),
    "minister": (),
    "crown_prince": ("kronprinz",),
    "deputy": ("abgeordnete", "vorsitzende"),
}

TITLES_IN_ENGLISH = False
TITLE_ENGLISH_MARKERS_RE = None
TITLE_ENVOY_HEAD = None
TITLE_COUNTRY_OF = None
TITLE_HOST_TO = None

# No offline NER model for German here: titles and speech verbs carry names.
PERSON_NER = None
NAME_MORPHOLOGY = None

# Compound titles: any word ending in a title head is one ("Planungsminister",
# "Vizeaussenministerin", "Generalsekretaer" with umlaut); the heads that are safe as endings.
# See en.TITLE_HEAD_RESTS; None: compounds go on after every head.
TITLE_HEAD_RESTS: tuple[str, ...] | None = None
# See en.COUNTERPART_TITLE_RE.
COUNTERPART_TITLE_RE = r"amtskolleg(?:e|in|en|innen)"
# See en.OWN_SIDE_POSSESSIVE_RE.
OWN_SIDE_POSSESSIVE_RE = r"\bunser(?:e|er|em|en|es)?\s+$"
TITLE_HEAD_SUFFIXES: tuple[str, ...] = (
    "minister", "ministerin", "präsident", "präsidentin", "botschafter", "botschafterin", "sekretär",
    "sekretärin", "kanzler", "kanzlerin", "kommissar", "kommissarin", "gouverneur", "gouverneurin",
    # "Regierungssprecher", "Ministeriumssprecherin"; "Diplomaten" in the dative ("dem Diplomaten X")
    "sprecher", "sprecherin", "diplomat", "diplomatin", "diplomaten",
    # "Außenpolitiker", "Bundestagsabgeordneter", "SVP-Nationalrätin"
    "politiker", "politikerin", "parlamentarier", "parlamentarierin", "abgeordneter", "abgeordnete",
    "nationalrat", "nationalrätin", "ständerat", "ständerätin",
)

# See en.TITLE_LIST_CONJUNCTIONS.
TITLE_LIST_CONJUNCTIONS = ("und",)
# See en.NAME_NOUN_SUFFIXES ("Einbestellung", "Sicherheit", "Partnerschaft").
NAME_NOUN_SUFFIXES = ("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen", "ismus",
                      "ministerium", "ministeriums")  # "Außenministerium": a body, no holder's name
# See en.HONORIFICS.
HONORIFICS = ("herr", "herrn", "frau", "dr")
# Honorific styles before a name, no part of it (the English pack's Malay styles are shared
# through the union of packs): the Gulf's "Scheich".
NAME_STYLES = ("scheich", "scheicha", "scheichs")
# See en.PORTFOLIO_NOUNS ("Staatssekretär für europäische Angelegenheiten").
PORTFOLIO_NOUNS = ("angelegenheiten", "fragen")
