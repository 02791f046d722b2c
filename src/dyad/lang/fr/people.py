"""French: persons. See dyad.lang.en.people for what each name means. French writes titles in
small letters before the name ("le ministre des Affaires étrangères Jean-Noël Barrot") and
has no statistical NER here: titles, speech verbs and the actor registry carry names."""

# Capitalised words that open or close a run of capitals and are no name ("Selon Jean-Noël
# Barrot", "Mardi, ..."); joined with every pack's, so no word another language's names open
# with ("Premier Li Keqiang" in a German report keeps its title word as it did).
NOT_NAME_WORDS = frozenset({
    "le", "la", "les", "selon", "lors", "depuis", "après", "avant", "pendant", "monsieur", "madame", "mme",
    "première", "aujourd'hui", "hier",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "janvier", "février", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    "république", "assemblée", "sénat", "conseil", "ministère", "gouvernement", "ambassade", "état", "affaires",
    "étrangères", "nationale", "présidence", "douanes", "fédération", "élysée", "quai", "matignon",
    "asie", "afrique", "amérique", "centrale", "mouvement",
})  # fmt: skip
PRONOUN_SURNAMES: frozenset[str] = frozenset()
NAME_PARTICLE_RE: tuple[str, ...] = ()  # "de", "du", "le", "la": the English pack's already
NAME_HYPHEN_PREFIXES: tuple[str, ...] = ()
NAME_PARTICLES = frozenset("de du des la le".split())
# Capitalised particles linking an Arabic name's chain: the English pack's serve French copy.
NAME_CHAIN_PARTICLES: frozenset[str] = frozenset()
NAME_POSSESSIVE_RE = r"['’]s?$"
NAME_TAIL_WORDS = 2
SURNAME_STEM_CUT = 0

# French has no genitive ending: "le ministre russe", "le président de la Russie".
TITLE_GENITIVE_ENDINGS: tuple[str, ...] = ()
TITLE_BREAKS_ON_LOWERCASE = False
TITLE_ENDS_CAPITALISED = False
TITLE_APPOSITION_ARTICLES = ("le", "la", "un", "une")  # ", le ministre ouzbek des Affaires étrangères,"
ROLE_TITLE_WORDS = {
    "head_of_state": ("président", "chef de l'état", "chef d'état", "émir", "roi", "sultan"),
    "head_of_government": ("premier ministre", "première ministre", "chef du gouvernement", "chancelier"),
    "foreign_minister": ("ministre des affaires étrangères", "affaires étrangères", "chef de la diplomatie"),
    "speaker": ("président de l'assemblée", "présidente de l'assemblée", "président du sénat"),
    "ambassador": ("ambassadeur", "ambassadrice", "diplomate"),
    # (see en/people.py)
    "diplomat": ("ambassadeur", "ambassadrice", "diplomate", "affaires étrangères", "chef de la diplomatie"),
    "spokesperson": ("porte-parole",),
    "minister": ("ministre",),
    "crown_prince": ("prince héritier",),
    "deputy": ("député", "sénateur", "parlementaire"),
}

TITLES_IN_ENGLISH = False
TITLE_ENGLISH_MARKERS_RE = None
TITLE_ENVOY_HEAD = None
TITLE_COUNTRY_OF = None
TITLE_HOST_TO = None

# No offline NER model for French here: titles and speech verbs carry names.
PERSON_NER = None
NAME_MORPHOLOGY = None

# Endings that make a compound word a title head: French writes titles apart.
TITLE_HEAD_SUFFIXES: tuple[str, ...] = ()
# See en.TITLE_HEAD_RESTS; None: French titles are written apart, no head runs on into a name.
TITLE_HEAD_RESTS: tuple[str, ...] | None = None
# See en.COUNTERPART_TITLE_RE.
COUNTERPART_TITLE_RE = r"homologues?"
# See en.OWN_SIDE_POSSESSIVE_RE.
OWN_SIDE_POSSESSIVE_RE = r"\b(?:notre|nos)\s+$"

# See en.TITLE_LIST_CONJUNCTIONS.
TITLE_LIST_CONJUNCTIONS = ("et",)
# See en.NAME_NOUN_SUFFIXES.
NAME_NOUN_SUFFIXES = ("tion", "tions", "sion", "sions", "ité", "ités", "isme")
# See en.HONORIFICS.
HONORIFICS = ("m", "mme", "mlle", "monsieur", "madame")
# Honorific styles before a name, no part of it: the Gulf's "cheikh".
NAME_STYLES = ("cheikh", "cheikha")
# See en.PORTFOLIO_NOUNS ("secrétaire d'État aux Affaires européennes" puts the noun first).
PORTFOLIO_NOUNS = ("affaires",)
