"""English words of the CAMEO event coder (dyad.extractors.cameo).

English sentences are coded over a dependency parse (``CAMEO_PARSER``: the words the parse
coder reads); the rule-window words below code them when no parser is installed. The same
names are in every pack; a feature English lacks has an empty value. CONDITION_RE and
FUTURE_WORDS (extract.py) are read by the coder too.
"""

import re
from types import SimpleNamespace

# ---------------------------------------------------------------- the parse coder

# The sentences are parsed (spaCy) and coded from the tree: these are the words the parse
# coder reads, by lemma or lower-case form. None in a pack coded by word windows only.
CAMEO_PARSER: SimpleNamespace | None = SimpleNamespace(
    # a role word tied to a count names the actor: "dozens of protesters"
    quantity=frozenset("dozen hundred thousand million group number member some many several all most team unit "
                       "contingent batch majority handful score".split()),
    of="of",
    pronouns=frozenset("it they he she we its their his her them him itself themselves who which that".split()),
    relative=frozenset("who which that whom".split()),
    # verbs of saying: "X said Y attacked Z" is an accusation, "X claimed it attacked Z" a claim
    speech=frozenset("say claim allege announce state declare report tell add note insist assert maintain charge "
                     "confirm admit acknowledge reveal warn pledge promise vow".split()),
    claim=frozenset("claim allege say charge insist assert maintain".split()),
    admit=frozenset("claim admit acknowledge confirm".split()),
    announce=frozenset("say announce state declare pledge promise vow tell confirm add".split()),
    going="going",  # "is going to": the future
    # governing verbs: intent (coop -> 03, conflict -> 13), threat, pledge (coop -> 03, conflict
    # kept), verbs that keep the act, and refusals (no act happens)
    # "was to meet", "is to visit": arranged, not done (be + to-infinitive)
    want=frozenset("want plan intend wish aim hope be".split()),
    threat=frozenset("threaten warn vow".split()),
    # a later "should" opens an inverted condition ("would break off relations should its
    # neighbour build the road"): a measure announced so is threatened, not taken
    inverted_condition=frozenset(("should",)),
    # auxiliaries that put a warned-of act ahead ("warned it could halt", "would cut"): a threat;
    # without one the clause reports an act ("warned that troops had attacked")
    ahead=frozenset("will would shall 'll could might may can".split()),
    pledge=frozenset("pledge promise offer undertake commit ready willing".split()),
    keep=frozenset("agree decide begin start continue keep prepare schedule expect try attempt move seek".split()),
    refuse=frozenset("refuse decline reject fail deny".split()),
    # promising verbs whose clause holds the promised act and who gains from it ("vowed that
    # Nairobi would return the trucks to Uganda", "pledged $5 million to rebuild Tonga's grid")
    promise_clause=frozenset("pledge promise vow assure guarantee undertake commit".split()),
    # an act done "under/after pressure from X" yields to X (CAMEO 080): the nouns of pressure
    # and the prepositions that tie them to the act
    pressure_nouns=frozenset("pressure".split()),
    pressure_preps=frozenset("under after amid following".split()),
    pressure_from=frozenset("from by".split()),
    # "asked X to help": an appeal to the object, not an act of it
    # nouns of a decided act whose owner does it: "Kuwait's decision to expel", "Seoul's move to recall"
    decision_nouns=frozenset("decision move order step".split()),
    appeal=frozenset("want ask urge call press pressure encourage invite tell order force persuade push "
                     "request demand help".split()),
    # ... unless the one ordered is the state's own arm ("ordered police to expel him"): its act
    own_forces=frozenset("police army troop military force soldier guard security navy gendarmerie policeman "
                         "officer".split()),
    call="call",  # "called on NATO to deploy": the object comes with "on"/"upon"
    call_preps=("on", "upon"),
    appeal_text="{verb} X to {act}",  # the pattern an appeal reports (--explain)
    # verbs whose that-clause says what is demanded, not what happened
    demand_that=frozenset("demand insist urge request call ask press require".split()),
    infinitive_marker="to",
    # a gerund after these prepositions is done by the subject of the verb they hang on ("Togo
    # responded by expelling two diplomats", "after summoning the envoy, the ministry ..."); not
    # "instead of", "without" (not done) nor "of" ("accused X of shelling": X's act)
    gerund_preps=frozenset(("by", "after", "before")),
    # talking verbs: the object is a topic, the partner comes with these prepositions
    topic_verbs=frozenset("discuss talk negotiate debate confer speak hold have conduct resume consult".split()),
    partner_preps=("with", "between"),
    giver_preps=("from", "by"),  # "received weapons from X": X acts
    summoned_to=("to", "into"),  # "was summoned to the Foreign Ministry", "called into the ministry"
    # an envoy's posting names the state that summons or expels him ("the British charge
    # d'affaires in Tehran was summoned")
    posting_preps=("in", "to"),
    attacker_from="from",  # "fired at it from the Gaza Strip"
    attack_nouns=frozenset("shelling strike airstrike raid attack bombing bombardment fire offensive assault "
                           "operation ambush barrage gunfire shell bomb bombard".split()),
    target_preps=frozenset("with against at on to for from into upon over toward towards of about between".split()),
    loc_preps=frozenset("in to at near inside outside across throughout into".split()),
    # a protest's site names whom it is against: "rallied outside the Turkish embassy"
    protest_site_preps=frozenset("outside at near opposite before".split()),
    # a noun naming an act, as the object of a verb that carries the act out or makes it known
    # ("announced the expulsion of two diplomats"): coded as the verb it names
    act_nouns={"expulsion": "expel", "release": "release", "deployment": "deploy", "withdrawal": "withdraw",
               "suspension": "suspend", "delivery": "deliver", "arrest": "arrest", "detention": "detain",
               "extradition": "extradite", "deportation": "deport", "imposition": "impose", "closure": "close",
               "seizure": "seize", "recall": "recall", "handover": "hand", "dispatch": "dispatch",
               "transfer": "transfer", "lifting": "lift", "reopening": "reopen", "freeing": "free",
               "evacuation": "evacuate", "repatriation": "repatriate", "confiscation": "confiscate",
               # nominal style of the other classes: "a demand for", "Norway's pledge of", "the rejection of"
               "demand": "demand", "pledge": "pledge", "promise": "promise", "rejection": "reject",
               "refusal": "refuse", "apology": "apologize", "request": "request", "appeal": "appeal",
               "invitation": "invite", "condemnation": "condemn", "recognition": "recognize",
               "easing": "ease", "offer": "offer",
               "negotiation": "negotiate", "talk": "talk", "consultation": "consult", "meeting": "meet",
               "donation": "donate", "extension": "extend", "cancellation": "cancel", "blockade": "blockade",
               "annexation": "annex", "mobilization": "mobilize", "mobilisation": "mobilise",
               "ratification": "ratify", "signing": "sign",
               # conflict and sanction acts named as nouns ("Japan's ban on exports ... took effect",
               # "the abduction of two engineers was confirmed")
               "ban": "ban", "abduction": "abduct", "kidnapping": "kidnap", "hijacking": "hijack",
               "boycott": "boycott", "shelling": "shell", "bombing": "bomb", "bombardment": "bombard",
               "restoration": "restore", "resumption": "resume", "return": "return", "departure": "depart"},
    act_noun_heads=frozenset("announce order confirm approve authorize authorise complete begin start carry "
                             "finalize finalise decree issue convey deliver communicate transmit reiterate renew "
                             "make voice express lodge submit present formalize formalise unveil finish restate "
                             "reaffirm conduct implement enforce".split()),
    # verbs telling that a meeting noun, their subject, ran its course ("talks between X and Y ended
    # in Cairo"): the meeting took place
    # ... or took effect, came into force, got under way
    act_noun_course=frozenset("end conclude begin start open resume continue close wrap take come get".split()),
    # forces moved "along its border with Belarus": the country across the border is the target
    border_nouns=frozenset("border frontier boundary".split()),
)

# ---------------------------------------------------------------- the verb table

# Letters folded before words are compared with the table (none in English).
CAMEO_LETTER_FOLD: dict[str, str] = {}
# Past forms that do not start with the verb's stem, for the cheap test whether a sentence
# may hold an event verb at all.
CAMEO_IRREGULAR_VERBS: dict[str, str] = {
    "met": "meet", "held": "hold", "fought": "fight", "struck": "strike", "hit": "hit", "shot": "shoot",
    "sent": "send", "gave": "give", "given": "give", "took": "take", "taken": "take", "withdrew": "withdraw",
    "withdrawn": "withdraw", "froze": "freeze", "frozen": "freeze", "spoke": "speak", "spoken": "speak",
    "broke": "break", "broken": "break", "sought": "seek", "flew": "fly", "flown": "fly", "beaten": "beat",
    "made": "make", "paid": "pay", "sold": "sell", "lent": "lend", "had": "have", "has": "have",
    "came": "come", "went": "go", "gone": "go", "brought": "bring", "led": "lead", "bore": "bear",
    "blew": "blow", "blown": "blow", "stood": "stand", "undertook": "undertake", "forgave": "forgive",
    "forgiven": "forgive", "wound": "wound", "cut": "cut", "put": "put", "told": "tell", "said": "say",
}
# Final letters a stem drops for that test: "deny" lets "denied" through, "invite" "inviting".
CAMEO_RELAXED_ENDINGS = "ey"
# Words before and after an event word searched for the rest of its phrase.
PATTERN_WINDOW = (6, 6)

# ---------------------------------------------------------------- actors in a sentence

# "pro-Russia rebels", "Iran-backed militias", "US dollars": a named country qualifies
# someone (or something) else and is not the actor. Regex alternations.
CAMEO_MODIFIER_BEFORE = r"pro|anti"
CAMEO_MODIFIER_AFTER = (r"-(?:backed|linked|led|allied|affiliated|aligned|inspired|supported|sponsored|friendly|"
                        r"leaning)|\s+(?:dollars?|cents?)")
# Lists of actors: "the US and Russia", "Russia, the US"; and-words anywhere in a phrase.
CAMEO_CONJUNCTIONS = ("and", "or")
CAMEO_CONJ_ARTICLES = ("the",)  # may follow a conjunction
CAMEO_COMMA_ARTICLES = ("the",)  # may follow a list comma
CAMEO_AND_RE = r"\b(?:and|or)\b"
# Articles dropped before a bare capital is read as its government ("the Kremlin", "Washington").
CAMEO_BARE_NP_ARTICLES = ("the",)
# A dateline ("MINSK, 9 June (BelTA) - ", "Beijing (XINHUA) - "): character-class contents of
# the letters an all-capitals place name is written in, and of a capitalised one's first letter.
CAMEO_DATELINE_CAPS = "A-Z"
CAMEO_DATELINE_INITIALS = "A-Z"

# ---------------------------------------------------------------- the rule-window coder

CAMEO_PREP_WITH = frozenset(("with",))  # a partner
CAMEO_PREP_AGENT = frozenset(("by",))  # the agent of a passive
CAMEO_PREP_OF = frozenset(("of",))  # "the arrest of two tourists": whom an act noun is done to
CAMEO_PREP_LOC = frozenset(("in", "to", "at"))  # a place
CAMEO_ORIGIN_PREPS = frozenset(("of", "from"))  # "the ambassador of X": X's ambassador
CAMEO_PREP_AGAINST = frozenset(("against",))  # "sanctions against Iran": the side acted on
CAMEO_PROTEST_SITE_PREPS = frozenset(("outside", "near", "opposite"))  # "rallied outside the embassy": the site's state is protested against
CAMEO_SUMMONED_TO = frozenset(("in", "to"))  # the ministry one is summoned to acts
CAMEO_PASSIVE: re.Pattern[str] | None = re.compile(r"\b(?:was|were|been|being|is|are)\s+\w+(?:ed|en)\b", re.I)
CAMEO_SHORT_PASSIVE: re.Pattern[str] | None = None  # a verb form whose subject is acted on
CAMEO_PARTICIPLE: re.Pattern[str] | None = None  # a participle: belongs to the noun before it
CAMEO_NEGATIONS = frozenset(("not", "never", "n't"))
CAMEO_TRAILING_NEGATIONS = frozenset()  # negation words that may end the clause, far after the verb
CAMEO_TRAILING_NEGATION_UNLESS = frozenset()  # ... unless followed by one of these ("not only")
CAMEO_INTENT_WORDS = frozenset("want wants wanted plan plans planned intend intends intended ready willing".split())
CAMEO_FUTURE_BY_MORPHOLOGY = False  # a verb's tense read by the morphological analyser
CAMEO_CLAUSE_OPENERS = ("which", "that")  # after a comma: another clause
# After a comma, a conjunction that opens a clause with a subject of its own ("..., while Colombia
# threatened to close the border"): the second act is another side's, not the first clause's.
# (Words that may also join a second verb of the same subject, "but", "and then", are not here.)
CAMEO_CONTRAST_OPENER_RE = r"while|whereas"
# words opening a condition ("unless Paris pulls out its troops"): the act in that clause is
# hypothetical, what the sentence threatens or demands, not an event
CAMEO_CONDITION_OPENERS = frozenset(("if", "unless"))
# the word that opens a reported clause ("warned, that it would ..."): see de
CAMEO_THAT_OPENERS = frozenset(("that",))
# verbs that make a noun's act known or order it, just before the noun: see ru (English nouns
# are read over the parse, CAMEO_PARSER.act_nouns)
CAMEO_ANNOUNCE_STEMS: tuple[str, ...] = ("announc", "order")
# verbs that report a decision ("said it would recall its envoy", "announced that it would close
# the border"): a sanction or diplomatic measure they report in the future is taken, not threatened
# (English is coded over the parse, CAMEO_PARSER.announce; kept for the word-window coder)
CAMEO_DECLARE_STEMS: tuple[str, ...] = ("said", "announc", "declar", "stated", "confirm")
CAMEO_ARTICLES = frozenset("the a an".split())  # skipped to find the preposition before an actor
CAMEO_PLACE_NOUNS = frozenset("capital city".split())  # "in the capital Astana": skipped likewise
CAMEO_JOIN_WORDS = frozenset("of the for".split())  # may join two words of one actor's name
# Lower-case words after a title belong to it ("minister of foreign affairs" as one genitive
# chain) unless they look like verbs (CAMEO_VERB_END, save CAMEO_NOT_VERBS) or are stop words.
CAMEO_TITLE_TAIL_JOINS = False
CAMEO_STOP_WORDS = frozenset()
CAMEO_NOT_VERBS = frozenset()
# Is an event word a verb? Nouns capitalised (a capitalised event word is a noun), verb endings
# and event nouns that end like verbs; with none of these every event word counts as a verb.
CAMEO_NOUNS_CAPITALISED = False
CAMEO_VERB_END: re.Pattern[str] | None = None
CAMEO_NOUN_STEMS: tuple[str, ...] = ()
# An infinitive: the word before or after it, or its ending.
CAMEO_INFINITIVE_BEFORE = frozenset(("to",))
CAMEO_INFINITIVE_AFTER = frozenset()
# A whole-word companion (a separable verb's particle) may stand at the clause end (see de)
CAMEO_ATTRIBUTIVE_END: re.Pattern[str] | None = None  # see de
CAMEO_PARTICLE_AT_CLAUSE_END = False
CAMEO_SEPARABLE_PARTICLES: tuple[str, ...] = ()  # see de
CAMEO_COMPOUND_HEADS = False  # see de
CAMEO_INFINITIVE_ENDINGS: tuple[str, ...] = ()
CAMEO_GERUND_ENDINGS: tuple[tuple[str, str], ...] = ()  # see ru
