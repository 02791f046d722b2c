"""German words of the CAMEO event coder (dyad.extractors.cameo); see en/cameo.py for what
each name means. German sentences are coded by word windows (no parser). PATTERN_WINDOW,
CONDITION_RE and FUTURE_WORDS are in extract.py."""

import re
from types import SimpleNamespace

CAMEO_PARSER: SimpleNamespace | None = None

# ---------------------------------------------------------------- the verb table

CAMEO_LETTER_FOLD: dict[str, str] = {}
CAMEO_IRREGULAR_VERBS: dict[str, str] = {}
CAMEO_RELAXED_ENDINGS = "e"  # "bestellte" lets "bestellt" through

# ---------------------------------------------------------------- actors in a sentence

CAMEO_MODIFIER_BEFORE = r"pro|anti"  # "pro-russische Separatisten"
CAMEO_MODIFIER_AFTER = r"-(?:treue|nahe|gestützt|freundlich)|\s+(?:dollars?|cents?)"  # "Kreml-treue", "US Dollar"
CAMEO_CONJUNCTIONS = ("und", "sowie", "oder")
CAMEO_CONJ_ARTICLES = ("die", "der")
CAMEO_COMMA_ARTICLES: tuple[str, ...] = ()
CAMEO_AND_RE = r"\b(?:und|sowie|oder)\b"
CAMEO_BARE_NP_ARTICLES = ("die", "der", "das", "den", "dem")
CAMEO_DATELINE_CAPS = "A-Z"  # MOSKAU
CAMEO_DATELINE_INITIALS = "A-ZÄÖÜ"  # Peking (XINHUA), Österreich (dpa)

# ---------------------------------------------------------------- the rule-window coder

CAMEO_PREP_WITH = frozenset(("mit",))
CAMEO_PREP_AGENT = frozenset(("von", "vom", "durch"))
CAMEO_PREP_OF = frozenset(("von", "vom"))  # "die Festnahme von Touristen": whom an act noun is done to
CAMEO_PREP_LOC = frozenset(("in", "im", "nach"))
CAMEO_ORIGIN_PREPS = frozenset(("aus", "von"))  # "Botschafter aus Litauen"
CAMEO_PREP_AGAINST = frozenset(("gegen", "gegenüber"))  # "Sanktionen gegen Israel": the side acted on
CAMEO_PROTEST_SITE_PREPS = frozenset(("vor",))  # "vor der ungarischen Botschaft protestierten": the site's state is protested against
CAMEO_SUMMONED_TO = frozenset(("ins", "in", "zum"))  # "wurde ins Auswärtige Amt einbestellt"
CAMEO_PASSIVE: re.Pattern[str] | None = re.compile(r"\b(?:wurde|wurden|worden|wird|werden)\b", re.I)
CAMEO_SHORT_PASSIVE: re.Pattern[str] | None = None
CAMEO_PARTICIPLE: re.Pattern[str] | None = None
CAMEO_NEGATIONS = frozenset(("nicht", "nie", "niemals", "kein", "keine"))
# "unterstützt die Sanktionen nicht": the negation ends the clause; "nicht nur" does not negate
CAMEO_TRAILING_NEGATIONS = frozenset(("nicht", "nie"))
CAMEO_TRAILING_NEGATION_UNLESS = frozenset(("nur",))
CAMEO_INTENT_WORDS = frozenset("will wollen wollte wollten plant planen plante beabsichtigt beabsichtigen möchte "
                               "möchten bereit".split())
CAMEO_FUTURE_BY_MORPHOLOGY = False
CAMEO_CLAUSE_OPENERS = ("dass", "weil", "obwohl")
# a conjunction opening a clause with its own subject after a comma (see en): "..., während
# Kolumbien mit der Schließung der Grenze drohte"
# ("..., während des Besuchs" is the preposition: a time, no clause; "der" may open either)
CAMEO_CONTRAST_OPENER_RE = r"während(?!\s+(?:des|dieses|seines|ihres|eines)\b)|wohingegen|wogegen|indes(?:sen)?"
# "..., sollte Podgorica die Resolution unterstützen": a verb-first condition as well
CAMEO_CONDITION_OPENERS = frozenset(("falls", "sofern", "wenn", "sollte", "sollten"))
# the word that opens a reported clause: "warnte, dass es die Lieferungen einstellen werde" says
# what the one who warns will do
CAMEO_THAT_OPENERS = frozenset(("dass",))
# verbs that make a noun's act known or order it ("kündigte die Freilassung ... an", "ordnete die
# Ausweisung ... an"): the noun's act is the subject's, its genitive what is acted on (see ru)
CAMEO_ANNOUNCE_STEMS: tuple[str, ...] = ("kündigt", "ordnet", "verkündet", "gab", "gibt")
# verbs that report a decision ("die Botschaft werde geschlossen, erklärte der Präsident", "teilte
# mit, dass die Diplomaten abgezogen werden"): a sanction or diplomatic measure they report in the
# future is taken, not threatened (a warning, "warnte, dass ...", is not among them)
CAMEO_DECLARE_STEMS: tuple[str, ...] = ("erklärt", "teilt", "sagt", "verkündet", "kündigt", "bestätigt", "bekannt")
CAMEO_ARTICLES = frozenset("der die das den dem des ein eine einen einem einer".split())
CAMEO_PLACE_NOUNS = frozenset("hauptstadt stadt".split())  # "in der Hauptstadt Astana"
CAMEO_JOIN_WORDS = frozenset("des der den von für".split())  # "Präsident Russlands Wladimir Putin"
CAMEO_TITLE_TAIL_JOINS = False
CAMEO_STOP_WORDS = frozenset()
CAMEO_NOT_VERBS = frozenset()
CAMEO_NOUNS_CAPITALISED = True  # "Besuch", "Angriffe": nouns; "besuchte", "verurteilte": verbs
CAMEO_VERB_END: re.Pattern[str] | None = None
CAMEO_NOUN_STEMS: tuple[str, ...] = ()
CAMEO_INFINITIVE_BEFORE = frozenset(("zu",))  # "warf ihr vor, ... beschossen zu haben"
CAMEO_INFINITIVE_AFTER = frozenset(("zu",))
# A whole-word companion (a separable verb's particle) may stand anywhere up to the
# next comma, however far from its verb
# A participle inflected as an adjective ("inhaftierter Seeleute", "verhaftetes Paar") names
# a state of its noun, never the clause's act: no finite verb ends so. A strong participle
# so inflected ("der angegriffenen Stadt", "die festgenommenen Polizisten", "ein verbotener
# Verein") ends in -ene, -enen, -ener, -enes, -enem, which no finite verb does either (a weak
# one's "-ten"/"-te" is also the past tense, "verhafteten", and stays an act)
CAMEO_ATTRIBUTIVE_END: re.Pattern[str] | None = re.compile(r"t(?:er|es|em)$|en(?:e|en|er|es|em)$")
CAMEO_PARTICLE_AT_CLAUSE_END = True  # "hob die Beschränkungen für ... nach Südkorea auf"
# A separable verb is matched as one word, particle first, whether the particle stands at the
# clause end ("stellte die Hilfe ... ein" as "einstellte"), before "ge" ("eingestellt" as
# "einstellt") or before "zu" ("einzustellen" as "einstellen"): a row "einstell" covers them all
CAMEO_SEPARABLE_PARTICLES: tuple[str, ...] = ("ab", "an", "auf", "aus", "bei", "ein", "fest", "frei", "los", "mit", "nach", "vor", "weg", "zu",
                                          "zurück", "zusammen")
# A compound noun's last part is its head ("Raketenangriff" is an "Angriff", "Panzerlieferungen"
# "Lieferungen"): event nouns and companions are matched at a compound's end too
CAMEO_COMPOUND_HEADS = True
CAMEO_INFINITIVE_ENDINGS: tuple[str, ...] = ()
CAMEO_GERUND_ENDINGS: tuple[tuple[str, str], ...] = ()  # see ru
