"""French words of the CAMEO event coder (dyad.extractors.cameo); see en/cameo.py for what
each name means. French sentences are coded by word windows (no parser here), with the verb
table's rows of lang "fr" (data/cameo_verbs.csv). PATTERN_WINDOW, CONDITION_RE and
FUTURE_WORDS are in extract.py."""

import re
from types import SimpleNamespace

CAMEO_PARSER: SimpleNamespace | None = None

# ---------------------------------------------------------------- the verb table

CAMEO_LETTER_FOLD: dict[str, str] = {"’": "'"}  # "l’ambassadeur" as "l'ambassadeur"
CAMEO_IRREGULAR_VERBS: dict[str, str] = {}
CAMEO_RELAXED_ENDINGS = "e"  # "menace" lets "menacé" through

# ---------------------------------------------------------------- actors in a sentence

CAMEO_MODIFIER_BEFORE = r"pro|anti"  # "pro-russes"
CAMEO_MODIFIER_AFTER = r"\s+(?:de\s+)?(?:dollars?|cents?)"  # "milliard de dollars américains"
CAMEO_CONJUNCTIONS = ("et", "ou", "ainsi que")
CAMEO_CONJ_ARTICLES = ("le", "la", "les", "l'")
CAMEO_COMMA_ARTICLES = ("le", "la", "les")
CAMEO_AND_RE = r"\b(?:et|ou|ainsi que)\b"
CAMEO_BARE_NP_ARTICLES = ("le", "la", "les", "l'")
CAMEO_DATELINE_CAPS = "A-ZÀÂÇÉÈÊËÎÏÔÙÛÜ"  # PÉKIN
CAMEO_DATELINE_INITIALS = "A-ZÀÂÇÉÈÊËÎÏÔÙÛÜ"

# ---------------------------------------------------------------- the rule-window coder

CAMEO_PREP_WITH = frozenset(("avec",))
CAMEO_PREP_AGENT = frozenset(("par",))
CAMEO_PREP_OF = frozenset(("de", "des", "du"))  # "l'arrestation de deux touristes"
CAMEO_PREP_LOC = frozenset(("à", "en", "au", "aux", "dans"))
CAMEO_ORIGIN_PREPS = frozenset(("de", "du", "des", "d'"))  # "l'ambassadeur de Russie"
CAMEO_PREP_AGAINST = frozenset(("contre",))  # "sanctions contre l'Iran": the side acted on
CAMEO_PROTEST_SITE_PREPS = frozenset(("devant", "près"))  # "devant l'ambassade de France": the site's state is protested against
CAMEO_SUMMONED_TO = frozenset(("au", "à"))  # "convoqué au ministère"
CAMEO_PASSIVE: re.Pattern[str] | None = re.compile(
    r"\b(?:a été|ont été|avait été|avaient été|sera|seront|est|sont|était|étaient)\s+\w+(?:é|ée|és|ées|is|ise|it|u|us)\b",
    re.I)
CAMEO_SHORT_PASSIVE: re.Pattern[str] | None = None
CAMEO_PARTICIPLE: re.Pattern[str] | None = None
# "n'a pas condamné"; no "non": "persona non grata"
CAMEO_NEGATIONS = frozenset(("pas", "jamais", "aucun", "aucune", "nullement"))
CAMEO_TRAILING_NEGATIONS = frozenset()
CAMEO_TRAILING_NEGATION_UNLESS = frozenset()
CAMEO_INTENT_WORDS = frozenset("veut veulent voulait compte comptent envisage envisagent prévoit prévoient entend "
                               "entendent souhaite souhaitent prêt prête prêts".split())
CAMEO_FUTURE_BY_MORPHOLOGY = False
CAMEO_CLAUSE_OPENERS = ("que", "qui", "car")
# a conjunction opening a clause with its own subject after a comma (see en)
CAMEO_CONTRAST_OPENER_RE = r"tandis que|alors que"
CAMEO_CONDITION_OPENERS = frozenset(("si", "sauf"))
# the word that opens a reported clause ("a averti qu'il suspendrait ..."): see de
CAMEO_THAT_OPENERS = frozenset(("que",))
# verbs that make a noun's act known or order it ("a annoncé la libération de"): see ru
CAMEO_ANNOUNCE_STEMS: tuple[str, ...] = ("annonc", "ordonn")
# verbs that report a decision ("a annoncé qu'il rappellerait son ambassadeur"): see de
CAMEO_DECLARE_STEMS: tuple[str, ...] = ("annonc", "déclar", "indiqu", "confirm")
CAMEO_ARTICLES = frozenset("le la les l' un une des du de d'".split())
CAMEO_PLACE_NOUNS = frozenset("capitale ville".split())  # "dans la capitale Tachkent"
CAMEO_JOIN_WORDS = frozenset("de du des d' la l'".split())  # "ministre des Affaires étrangères"
CAMEO_TITLE_TAIL_JOINS = False
CAMEO_STOP_WORDS = frozenset()
CAMEO_NOT_VERBS = frozenset()
CAMEO_NOUNS_CAPITALISED = False
CAMEO_VERB_END: re.Pattern[str] | None = None
CAMEO_NOUN_STEMS: tuple[str, ...] = ()
CAMEO_INFINITIVE_BEFORE = frozenset(("de", "d'", "à"))  # "a menacé de fermer": no act yet
CAMEO_INFINITIVE_AFTER = frozenset()
# A whole-word companion (a separable verb's particle) may stand at the clause end (see de)
CAMEO_ATTRIBUTIVE_END: re.Pattern[str] | None = None  # see de
CAMEO_PARTICLE_AT_CLAUSE_END = False
CAMEO_SEPARABLE_PARTICLES: tuple[str, ...] = ()  # see de
CAMEO_COMPOUND_HEADS = False  # see de
CAMEO_INFINITIVE_ENDINGS = ("er", "ir")
CAMEO_GERUND_ENDINGS: tuple[tuple[str, str], ...] = ()  # see ru
