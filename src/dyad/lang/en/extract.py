"""English rules."""

# Words that head a title; matched as word prefixes, case-insensitive.
TITLE_HEADS = (
    "president", "prime minister", "premier", "chancellor", "minister", "foreign minister",
    "ambassador", "envoy", "consul", "chair", "chairman", "chairwoman", "chairperson", "speaker",
    "head", "deputy", "vice", "secretary", "governor", "mayor", "king", "queen", "emir", "sultan",
    "leader", "senator", "member", "director", "commissioner", "spokes", "adviser", "advisor",
    "aide", "general", "commander", "chief", "envoy", "representative", "first deputy",
    "state secretary", "presidential", "diplomat", "crown prince", "sheikh",
    # the career head under a minister ("the Undersecretary of the Ministry of Foreign Affairs of
    # Malaysia X", "Under-Secretary Y")
    "undersecretary", "under-secretary",
    # a member of parliament ("Labour MP X"); the envoy heading an embassy without an
    # ambassador, a French loan whose second word is in lower case ("the chargé d'affaires, X")
    "mp", "chargé", "d'affaires", "d’affaires",
    # the other side's holder of the same office ("his counterpart X"), as "Amtskollege", "homologue"
    "counterpart",
)
# Words that may open a title before its head ("outgoing Ambassador").
TITLE_MODIFIERS = ("outgoing", "former", "acting", "newly", "incoming", "extraordinary", "first", "prime",
                   "foreign", "vice", "deputy", "chief", "state", "defence", "defense", "economy",
                   "then", "interim", "designate", "ministry", "government", "presidential")
# Words a title may contain between capitalised words.
TITLE_CONNECTORS = {"of", "the", "to", "in", "for", "and", "on", "at", "'s", "’s", "de"}
# Words that end a backward scan for a title: the verb or preposition before it.
TITLE_STOPS = {"with", "said", "says", "met", "meets", "by", "as", "told", "that", "from",
               "between", "when", "while", "after", "before", "during", "thanked", "received"}
# "the Head of State" and friends: role nouns that point to a person named elsewhere.
ROLE_REFERENCES = {
    "head of state": "head_of_state", "president": "head_of_state", "leader": "head_of_state",
    "king": "head_of_state", "emir": "head_of_state", "sultan": "head_of_state",
    "prime minister": "head_of_government", "premier": "head_of_government",
    "chancellor": "head_of_government", "head of government": "head_of_government",
    "foreign minister": "foreign_minister", "minister of foreign affairs": "foreign_minister",
    "top diplomat": "foreign_minister",
    "speaker": "speaker", "parliament speaker": "speaker", "chairman": "speaker", "chair": "speaker",
    "ambassador": "ambassador", "envoy": "ambassador", "diplomat": "diplomat",
    # a spokesperson named once is "the spokeswoman" / "the ministry spokesman" after that
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesperson",
    "press secretary": "spokesperson",
    "minister": "minister", "deputy": "deputy", "lawmaker": "deputy", "parliamentarian": "deputy",
    "senator": "deputy", "mp": "deputy", "crown prince": "crown_prince",
}
ROLE_REFERENCE_RE = (
    # a portfolio may stand between the country's adjective and the role ("the Polish
    # interior minister"); without the adjective a lower-case word before "minister" is too
    # loose to point anywhere
    r"\b[Tt]he\s+(?:(?P<adj>[A-Z][a-z]+(?:ian|an|ese|ish|i|ic|h))\s+(?:(?!prime\s|foreign\s)[a-z]{4,}\s+(?=[Mm]inister))?)?"
    # the body a spokesperson speaks for may stand before the role ("the Foreign Ministry spokeswoman")
    r"(?:(?P<body>(?:(?:[A-Z][a-z]+|ministry)\s+){1,3})(?=[Ss]pokes|[Pp]ress [Ss]ecretary))?"
    r"(?P<role>[Ss]pokes(?:man|woman|person)|[Pp]ress [Ss]ecretary|[Hh]ead of [Ss]tate|[Kk]ing|[Ee]mir|[Ss]ultan|[Hh]ead of [Gg]overnment|[Pp]resident|[Ll]eader|[Pp]rime [Mm]inister|"
    r"[Pp]remier|[Cc]hancellor|[Ff]oreign [Mm]inister|[Mm]inister|[Pp]arliament [Ss]peaker|[Ss]peaker|"
    r"[Aa]mbassador|[Ee]nvoy|[Dd]iplomat|[Cc]hairman|[Cc]hair|[Dd]eputy|[Ll]awmaker|[Pp]arliamentarian|"
    r"[Ss]enator|[Tt]op diplomat|[Cc]rown [Pp]rince)s?(?!\w)"  # whole words: "the presidential office" names no president
    r"(?:\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,4}))?"
)
# A role with no article, read only right beside a verb of saying, as attributions write it:
# "“...,” Pakistan's foreign minister said", "..., said Chinese Foreign Minister." (a country's
# possessive or adjective before the role; "top" or an acronym may stand between: "Russia's top UK envoy").
ROLE_REFERENCE_BARE_RE: str | None = (
    r"(?:(?P<of>[A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s|(?P<adj>[A-Z][a-z]+(?:ian|an|ese|ish|i|ic|h)))\s+"
    r"(?:(?:top|chief|new|own)\s+)?(?:[A-Z]{2,}\s+)?"
    r"(?P<role>[Ff]oreign [Mm]inister|[Pp]rime [Mm]inister|[Hh]ead of [Ss]tate|[Pp]resident|[Ll]eader|[Cc]hancellor|"
    r"[Pp]remier|[Kk]ing|[Aa]mbassador|[Ee]nvoy|[Dd]iplomat|[Tt]op diplomat|[Ss]pokes(?:man|woman|person)|[Mm]inister)"
    r"(?!\w)"
)
PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f"}

# Subject-verb order: the name right before a speech verb ahead of a quote is its subject
# ("Trump said Landry “...”"); German puts it after the verb (see the German pack).
SUBJECT_AFTER_SPEECH_VERB = False

SPEECH_VERBS = (
    "said", "says", "noted", "stressed", "emphasized", "emphasised", "added", "stated", "recalled",
    "remarked", "concluded", "recounted", "told", "explained", "underlined", "pointed out",
    "believes", "declared", "announced", "insisted", "urged", "continued", "observed", "commented",
    "highlighted", "assured", "warned", "asserted", "affirmed", "replied", "answered", "wrote",
    "summarized", "mentioned", "suggested", "expressed", "acknowledged", "admitted", "reported",
    "tweeted", "posted", "argued", "claimed", "alleged", "charged", "complained", "demanded",
    # "..., BelTA quotes Lukashenko": the one quoted speaks (the first person named after it)
    "quotes", "responded", "retorted", "countered", "reiterated", "cautioned",
)
# "according to her", "in his words"
ACCORDING_TO_RE = r"\b(?:[Aa]ccording to|[Ii]n the words of|[Ii]n (?:his|her) words)\b"

EVENT_TRIGGERS = {
    "phone_call": r"\b(?:(?:tele)?phone (?:call|conversation|talks?)|spoke (?:by|over the) (?:tele)?phone|"
                  r"held a (?:tele)?phone|(?:tele)?phoned|spoke on the (?:tele)?phone|video ?call|videoconference|video conference)\b",
    # (a document concluded is signed: "concluded an agreement on ...", "contracts were concluded")
    "agreement_signing": r"\b(?:signed|signing ceremony|signing of|the signing|inked|"
                         r"exchanges? of (?:\w+ ){0,3}(?:documents|agreements|memorandums|MoUs)|"
                         r"concluded (?:an?|the) (?:[\w-]+ ){0,3}(?:agreements?|treat(?:y|ies)|accords?|contracts?|deals?)|"
                         r"(?:agreements|contracts|deals) (?:[\w-]+ ){0,6}(?:was|were) concluded|"
                         # a pact sealed, documents exchanged at a ceremony, a text initialled: signed
                         r"(?:sealed|initiall?ed) (?:an?|the) (?:[\w-]+ ){0,3}(?:agreements?|deals?|pacts?|accords?|treat(?:y|ies)|contracts?|memorand\w+)|"
                         r"exchanged (?:[\w-]+ ){0,4}(?:agreements?|documents|memorand\w+|protocols?|treat(?:y|ies)|instruments))\b",
    "briefing": r"\b(?:briefing|press conference|news conference|press approach|(?:joint )?(?:press )?statements (?:for|to) the (?:press|media)|joint press statements?|"
                 r"addressed the (?:media|press)|(?:talking|speaking|spoke) to the (?:media|press) after their|"
                 r"met (?:with )?(?:the )?(?:mass )?media representatives)\b",
    "talks": r"\b(?:talks|negotiations|negotiated|political consultations|held consultations|consultations (?:between|were held|took place))\b",
    "visit": r"\b(?:(?:official|state|working|return) visit|(?<!courtesy )visit(?:ed|ing)? (?!the (?:site|exhibition|plant|factory))|arrived in|"
             r"on a visit|paid a visit)\b",
    # ("has been met with criticism" is a reaction, not a meeting; "received" takes a person,
    # whose name or title is capitalised: the lookahead keeps its case under re.I)
    "meeting": r"\b(?:(?<!been )(?<!be )(?<!was )(?<!were )(?<!is )(?<!are )met (?:with )?|meetings? (?:in (?-i:[A-Z])[\w-]+ )?(?:with|between)|"
               r"meetings? (?:was |were )?(?:held|took place) (?:in (?-i:[A-Z])[\w-]+ )?(?:with|between)|"
               r"meets (?:with )?|held a meeting|received (?=(?-i:[A-Z]))|(?:was|were|been) (?:also |later |then |\w+ly )?received by|"
               # a reception told as a noun ("At the reception, the president proposed ..."); not one
               # given for a holiday
               r"(?:at|during) (?:the|a|his|her|this) reception\b(?! (?:in honou?r|on the occasion|to (?:mark|celebrate)|marking|celebrating))|"
               r"hosted|sat down with|"
               # a courtesy call on a person is a meeting with him, not a visit to a country
               r"courtesy (?:calls?|visits?) (?:on|to)|"
               # a meeting named as the time of another act of the sentence ("signed ... following
               # an April 10 meeting", "after the meeting the two leaders ...") is an encounter too
               r"(?:after|following|during|at the end of) (?:the|a|an|their|this|his|her) (?:[\w-]+ ){0,2}meeting\b(?! of| on)|"
               # the meeting noun with its agent in "of" and its partner in "with" ("during the
               # meeting of Minister X with Ambassador Y"); "with the participation of" names no partner
               r"meetings? of (?:(?!\bwith\b)[^.;:]){1,120}?\bwith\b(?! the participation)|"
               # an envoy presenting credentials meets the head of state who accepts them
               r"(?:presented|handed over|submitted|accepted|received) (?:[\w-]+ ){0,3}credentials)\b",
    "statement": r"\b(?:(?:told|to|addressing|briefed) (?:the )?(?:journalists|reporters|the press|media)|"
                 r"press statement|statement to the press|in a statement|issued a statement)\b",
}
# Clauses about the past or the future: a trigger there is no event of this report.
NOT_NOW_RE = r"\b(?:will|would|plans? to|intends? to|(?:the )?coming (?:week|month|year)|later this (?:week|month|year)|planned|is expected|are expected|upcoming|next (?:week|month|year)|" \
             r"when [^,]* was in office|back in|years ago|in the past|preparations?|waiting for|" \
             r"invited|(?<!at the )(?<!for the )invitation|exchanged a series|agreements? reached|reached (?:during|at)|implementation of|" \
             r"anniversary of|years since|(?:is|are|was|were) (?:due|scheduled|set) to|(?:is|are|was|were) to (?:meet|visit|hold|sign|travel|attend))\b"
# A sentence that opens with one of these reports something earlier: background to the news, never
# its event ("Last week, the ministry summoned ..."; not "after the shooting last week").
BACKGROUND_RE = r"\b(?:it (?:is|was|should be) recalled|last (?:week|month)|earlier this (?:week|month|year)|(?:days|weeks|months) ago|previously)\b"
# A sentence whose main clause opens with its subject and a finite pluperfect ("Caracas had earlier
# closed the border", "The two ministers had met in Vienna"): an act before the report's news, told to
# explain it. Only the opening clause, before any word of subordination, in a sentence with no word of
# speech: "said it had summoned the envoy" and "X had decided ..., the spokesman said" backshift the
# news itself, and "after X had ..." dates another clause. "Earlier", "shortly before" set the act just
# before the news, in its own sequence ("Earlier, the guest had been received by the king"): it stays.
PLUPERFECT_RE = r"^(?!.*\b(?:said|says|told|stated|announced|according to|reported|earlier|shortly before|hours before|the day before)\b)\W*" \
                r"(?!(?:after|before|since|when|once|because|as|where|if|while|until|though|although|that|who|which)\b)[^\s,;:]+\s+" \
                r"(?:(?!(?:said|says|say|told|tells|stated|announced|added|noted|confirmed|reported|according|that|who|which|whom|whose|" \
                r"after|before|since|when|once|because|as|where|if|while|until|though|although|it|he|she|they|we|I|you)\b)[^\s,;:]+\s+){0,5}?" \
                r"had\s+(?:(?:already|previously|just|also|first|recently|once|\w+ly)\s+)*(?:been\s+)?" \
                r"(?!to\b|no\b|not\b|a\b|an\b|the\b|in\b|at\b|on\b)[a-z]\w*(?:ed|en|wn|ght|ent|ung|ade|ld|lt|id|ft|ok|et|it|ut)\b"
# A claim the speaker keeps making ("has repeatedly accused", "for years"): a standing position of
# the relations, not something said in this report's news.
STANDING_RE = r"\b(?:repeatedly|time and again|(?:has|have|had) long|for (?:years|decades))\b"
SIGNED_LIST_RE = r"\b(?:signed|were signed|was signed|signing)\b[^.\n]*:\s*$"
# "The MoUs include:" after a signing told before: a line that opens the list of the documents
DOCUMENT_LIST_OPENER_RE = r"\b(?:MoUs|memorand(?:ums|a)|agreements|documents|accords|contracts|protocols)\b[^.\n]{0,60}:\s*$"
# A document named in an unmarked line of such a list ("Supply agreement: between ...").
LIST_ITEM_DOCUMENT_RE = r"(?i:\b(?:agreements?|memorand\w*|memos?|MoUs?|contracts?|protocols?|treat(?:y|ies)|declarations?|road ?maps?|programmes?|programs?|plans?|accords?)\b)"

# Figures
SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9,
               "bln": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12}
CURRENCY_WORDS = {"$": "USD", "us$": "USD", "us dollars": "USD", "u.s. dollars": "USD", "dollars": "USD",
                  "dollar": "USD", "usd": "USD", "€": "EUR", "euros": "EUR", "euro": "EUR",
                  "eur": "EUR", "rubles": "RUB", "roubles": "RUB", "rub": "RUB", "yuan": "CNY",
                  "renminbi": "CNY", "cny": "CNY", "£": "GBP", "pounds": "GBP", "tenge": "KZT",
                  "soums": "UZS", "sums": "UZS", "som": "KGS", "soms": "KGS", "manat": "AZN",
                  "swiss francs": "CHF", "francs": "CHF", "chf": "CHF", "dram": "AMD", "lari": "GEL", "yen": "JPY"}
PERCENT_WORDS = ("percent", "per cent", "%", "percentage points", "pct")
TIMES_WORDS = ("times", "fold")
WORD_MULTIPLIERS = {"twofold": 2, "two-fold": 2, "double": 2, "doubled": 2, "threefold": 3,
                    "three-fold": 3, "tripled": 3, "fourfold": 4, "fivefold": 5, "tenfold": 10,
                    "quadrupled": 4, "quintupled": 5, "sixfold": 6, "sevenfold": 7, "eightfold": 8}
# Units of length a distance is told in ("a 3,500-kilometre border"); a regex fragment.
DISTANCE_UNITS = r"km|kilomet(?:re|er)s?"
# After a distance: it places something ("200 km north-east of Warsaw", "15 km from the
# border"), which is no figure of the relation.
DISTANCE_PLACE_AFTER_RE = r"^\s*(?:\([^)]*\)\s*)?(?:from|away|north|south|east|west|outside|off|inland|beyond)\b"
OTHER_UNITS = r"(?:tons|tonnes|tonne|ton|passengers|tourists|visitors|people|cubic meters|barrels|containers|vehicles|cars|units|hectares)"
WORD_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
                "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}
QUALIFIERS = [  # (regex before the number, qualifier); checked in order
    (r"(?:almost|nearly|close to|just under|approaching)\s*$", "almost"),
    # "close to reach the $1bn threshold": the mark named after the number
    (r"(?:almost|nearly|practically|close to)\s+(?:reach\w*|hitting|touching)\s+(?:the\s+(?:mark\s+of\s+)?)?$", "almost"),
    (r"(?:around|about|approximately|roughly|some|circa|an estimated|estimated at|~)\s*$", "approx"),
    (r"(?:more than|over|above|exceeding|in excess of|upwards of|at least|exceeded|exceeds?|surpass\w*|top(?:ped|s)?)"
     r"(?:\s+the\s+mark\s+of)?\s*$", "over"),
    # ("up to $2 billion" names the level a target sets: the figure, not a ceiling under it)
    (r"(?:less than|under|below|fewer than|no more than)\s*$", "under"),
]
QUALIFIER_AFTER = [(r"^\s*(?:and more|or more|plus|and above)\b", "over"),
                   (r"^\s*(?:or less|and less)\b", "under")]
METRIC_WORDS = [  # (regex in the clause, metric); first match wins
    (r"\b(?:trade balance|balance of trade|surplus|deficit)\b", "trade_balance"),
    # ("trade" governed by a balance word is the balance's: "the balance of trade", "a surplus in trade")
    (r"\b(?:trade turnover|turnover|(?<!balance of )(?<!surplus in )(?<!deficit in )trade|commodity circulation|"
     r"bilateral trade|mutual trade)\b", "trade_turnover"),
    (r"\b(?:exports?|exported|supplies|shipments)\b", "export"),
    (r"\b(?:imports?|imported)\b", "import"),
    (r"\b(?:invest\w*)\b", "investment"),
    # a loan, a credit or a guarantee is money lent or pledged, not goods sold ("export credit
    # guarantees of $1 billion")
    (r"\b(?:credits?|credit lines?|loans?|guarantees?)\b", "other"),
]
DECLINE_WORDS = r"\b(?:declin\w*|decreas\w*|fell|fall\w*|drop\w*|shr[ai]nk\w*|plung\w*|plummet\w*|slump\w*|contract\w*|down)\b"
# Words of a rise; a fall (DECLINE_WORDS) tells a change too, and the figure reader takes both.
GROWTH_WORDS = r"\b(?:gr[eo]w\w*|climb\w*|increas\w*|ris(?:e|en|ing)|rose|up|jump\w*|surg\w*|doubl\w*|expan\w*|boost\w*)\b"
FORECAST_RE = r"\b(?:will|would|shall|expect\w*|forecast\w*|projected|plan\w*|target\w*|aim\w*|" \
              r"can be reached|could reach|is to reach|are to reach|by 20\d\d|intend\w*|goal|bring (?:\w+ ){0,4}to|" \
              r"(?:increase|raise|boost|double)\w* (?:\w+ ){0,4}to|able to|next year|" \
              r"efforts? to (?:\w+ ){0,2}?(?:achieve|reach|attain|hit))\b"
# The base a change is measured against is not the figure's period: "up 11.7% compared to
# the same period of 2023" is a 2024 figure. The word must stand whole: "turnover in 2023" is no base.
# An amount may stand between the comparison and its period ("compared to $1.18 billion in 2022").
COMPARISON_BASE_RE = r"(?<!\w)(?:compared (?:to|with)|against|than|versus|vs\.?|from|over)\s+" \
                     r"(?:(?:US)?\$?\s?\d[\d.,]*\s*(?:(?:trillion|billion|million|thousand|bln|mln|bn|mn)\s+)?(?:(?:US )?dollars\s+|euros?\s+)?(?:(?:in|for|during|over)\s+)?)?" \
                     r"(?:(?:in|during)\s+)?(?:the (?:same|corresponding|respective) period(?: (?:of|in|last))?\s*)?$"
# "6.2 percent less than in the previous year": a change written as a comparison.
# After a percentage over 100: it is a level relative to a base ("109.4 percent of the 2017
# level", "112% compared to last year"), and the growth is what exceeds 100.
LEVEL_AFTER_RE = r"^\s*(?:of|compared (?:to|with)|against|over)\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?(?:level|same period|previous year|last year|year-earlier)"
# Right before "N times": a verb of meeting or talking makes it a count of occasions ("the
# leaders have met 11 times"), not a multiple.
OCCURRENCE_BEFORE_RE = r"\b(?:met|meet|meeting|held talks|talked|spoken|spoke|visited)\s+(?:\w+\s+){0,3}$"
COMPARATIVE_AFTER_RE = r"^\s*(?P<dir>less|lower|fewer|down|more|higher|up)\b[^.;]{0,30}\bthan\b"
# A share of a vote is an election result, not a figure between two countries.
# A share of a population ("70 percent Muslim population") tells who lives there, not a relation.
NOT_BILATERAL_AFTER_RE = r"^\s*(?:of (?:the |all )?(?:votes?|ballots|electorate|population)\b|(?:[A-Za-z-]+\s+)?population\b)"
# "the number of enterprises with German capital ... has exceeded 250"
COUNT_OF_RE = r"\bnumber of (?P<noun>[a-z]+(?: [a-z]+)?)\b[^.;]{0,90}?\b(?:exceeded|reached|amounted to|stood at|totall?ed|surpassed|is|was|grew to|rose to|increased to)\s+(?:more than |over |about |around |almost |nearly )?(?P<num>\d{1,3}(?:,\d{3})+|\d+)\b"
HYPOTHETICAL_RE = r"\b(?:dream\w*|hoped|imagine\w*)\b"
# A clause whose period is the one the sentence before named ("Since 2012 they met 18 times.
# During this time they signed 127 documents").
# "for the period", "in the reporting period": the span of the statistics told before (not "the
# same period of 2022", which names its own year).
SAME_PERIOD_RE = r"\b(?:during|in|over) (?:this|that) (?:time|period)\b|\bsince then\b|" \
                 r"\b(?:for|in|over|during) the (?:reporting |given |said )?period\b(?!\s+(?:of|in|from|between|under)\b)"
# "the same period of 2022", "the reporting period of 2023": the months of the span the statistics
# were told for, in the year named (a regex fragment that ends right before the year).
SAME_SPAN_RE: str | None = r"\bthe (?:same|corresponding|respective|reporting) period (?:of|in)\s+$"
ANAPHORIC_FIGURE_RE = r"\b(?:this|that|the same) (?:number|figure|level|mark|amount|volume)\b"
COUNT_STOP_NOUNS = {
    "year", "years", "month", "months", "day", "days", "week", "weeks", "hour", "hours", "minutes",
    "percent", "per", "times", "th", "st", "nd", "rd", "hectares", "kilometers", "kilometres", "km",
    "tons", "tonnes", "people's", "million", "billion", "thousand", "am", "pm", "a.m.", "p.m.",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "and", "or", "to", "of", "in", "on", "the", "miles", "mile",
    # words ending in -s that are no plural noun ("Feb 10 this year")
    "this", "its", "his", "is", "was", "has", "as", "plus", "less", "thus",
    # auxiliaries end a noun phrase ("five Afghans were killed")
    "were", "are", "have", "had", "been", "will",
}
# Periods: (regex, kind) with the captured numbers; resolved in figures.py
PERIOD_PATTERNS = [
    (r"\b(?:in|for|during|over)?\s*(?P<m1>January|February|March|April|May|June|July|August|September|October|November)"
     r"\s*[-–—]\s*(?P<m2>February|March|April|May|June|July|August|September|October|November|December)(?:,?\s+(?:of\s+)?(?P<year>\d{4}|this year|the current year|last year))?\b", "month_range"),
    (r"\b(?:in |for |during )?the (?P<q>first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of (?P<year>\d{4}|this year|the current year|last year))?", "quarter"),
    # the abbreviation: "in Q1 2015", "Q3 of 2024", "Q2/2023"
    (r"\b(?:in |for |during )?(?:the )?(?-i:Q)(?P<q>[1-4])(?:(?:\s+of\s+|\s*/\s*|\s+)(?P<year>(?:19|20)\d{2}))?\b", "quarter"),
    (r"\b(?:in |for |during |over )?(?:the )?(?P<n>\d{1,2}|first (?:six|nine|three)|six|nine|three|eight|ten|eleven|seven|five|four|two) months(?: of (?P<year>\d{4}|this year|the current year|last year))?", "months"),
    (r"\b(?:in |for |during |over )?the first half(?: of (?P<year>\d{4}|this year|the current year|last year))?", "half"),
    (r"\b(?:in |for |during |over )?the second half(?: of (?P<year>\d{4}|this year|the current year|last year))?", "second_half"),
    # the abbreviations "H1 2024", "1H 2024", "H2/2023"
    (r"\b(?:in |for |during )?(?-i:H1|1H)(?:(?:\s+of\s+|\s*/\s*|\s+)(?P<year>(?:19|20)\d{2}))?\b", "half"),
    (r"\b(?:in |for |during )?(?-i:H2|2H)(?:(?:\s+of\s+|\s*/\s*|\s+)(?P<year>(?:19|20)\d{2}))?\b", "second_half"),
    # a span of months told with words: "from January to September 2024", "January through August"
    (r"\b(?:from |between )?(?P<m1>January|February|March|April|May|June|July|August|September|October|November)"
     r"\s+(?:to|through|until|and)\s+(?P<m2>February|March|April|May|June|July|August|September|October|November|December)"
     r"(?:,?\s+(?:of\s+)?(?P<year>\d{4}|this year|the current year|last year))?\b", "month_range"),
    # one month ("in January 2025", "for March this year"): after the ranges and halves
    (r"\b(?:in|for|during)\s+(?P<m1>January|February|March|April|May|June|July|August|September|October|November|December)"
     r"(?:,?\s+(?:of\s+)?(?P<year>\d{4}|this year|the current year|last year))?\b(?!\s*\d{1,2}\b)", "month"),
    (r"\b(?:over|in|for|during) the (?:past|last) (?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) years\b", "last_n_years"),
    (r"\b(?:over|in|for|during|within) the (?:next|coming) (?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) years\b", "next_n_years"),
    # ("two decades ago" is no span: a level then, or a change since; left alone)
    (r"\b(?:over|in|for|during) the (?:past|last) (?:decade|(?P<n>two|three|four|five) decades)\b", "last_decades"),
    (r"\bin recent years\b|\bover the (?:past|last) few years\b", "recent_years"),
    (r"\b(?:in|over|during|within) the (?:coming|next few) years\b|\bin the years (?:ahead|to come)\b", "coming_years"),
    # ("over the past year": the twelve months before the report, told as the year before it)
    (r"\blast year\b|\bthe previous year\b|\ba year earlier\b|\b(?:over|in|during) the past year\b", "last_year"),
    (r"\bnext year\b|\bthe coming year\b", "next_year"),
    (r"\bthis year\b|\bthe current year\b", "this_year"),
    (r"\b(?:between|from) (?P<year>(?:19|20)\d{2}) (?:and|to|until) (?P<year2>(?:19|20)\d{2})\b|\b(?P<year3>(?:19|20)\d{2})\s*[-–—]\s*(?P<year4>(?:19|20)\d{2})\b", "year_range"),
    (r"\b(?:ever )?since (?P<year>(?:19|20)\d{2})\b", "since_year"),
    (r"\b(?:in|by|for|of|until|during)\s+(?P<year>(?:19|20)\d{2})\b", "year"),
    (r"\b(?P<year>(?:19|20)\d{2})\b", "year"),
]
MONTH_NUMBERS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
                 "august": 8, "september": 9, "october": 10, "november": 11, "december": 12}
NUMBER_WORDS_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                      "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "first six": 6, "first nine": 9,
                      "first three": 3}
# (the digits are those of "Q1 2015")
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
            "1": 1, "2": 2, "3": 3, "4": 4}

AGREEMENT_KINDS = [
    (r"^(?:memorandum|memos?\b|mous?\b)", "memorandum"),
    (r"^(?:road ?map)", "roadmap"),
    (r"^(?:programme|program)", "program"),
    (r"^(?:plan|action plan)", "plan"),
    (r"^(?:agreement|treaty|convention|accord|protocol|contract)", "agreement"),
    (r"^(?:joint statement|declaration|communiqu)", "other"),
]
# ("a deal" is a signed document only when its subject follows, "a deal on quotas", not a day
# "the deal on Tuesday", nor a purchase)
# ("MoU", the memorandum of understanding abbreviated, as a whole word only: not "amount"; "a memo of
# cooperation" likewise)
AGREEMENT_HEADS = r"(?:Agreement|Treaty|Convention|Memorandum|(?<!\w)MoUs?(?!\w)|(?<!\w)[Mm]emos?(?!\w)|Protocol|Program(?:me)?|Plan|Road ?map|Roadmap|Declaration|Joint Statement|Joint Declaration|Joint Communiqu\w+|Contract|Accord|" \
                  r"(?:[Cc]ooperation\s+)?[Dd]ocuments(?=\s+(?:on|in\s+the\s+fields?\s+of)\s)|" \
                  r"[Pp]act(?=\s+(?:on|for)\s)|[Dd]eal(?=\s+on\s+(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d|the\s+(?:sidelines|margins|eve|occasion|day)\b))))"
# Words that say a document is signed, before its title ("signed a ...", "the signing of the ...").
# "concluded an agreement" is its signing too; a joint statement is "adopted" or "passed" (not
# any other document: "adopted a plan to ..." is a decision). "Witnessed the exchanges of cooperation
# documents" is a signing ceremony.
SIGNING_WORDS = r"signed|inked|signing (?:and exchange )?of|concluded|(?:adopted|passed)(?=\s+(?:an?|the)\s+joint\s+(?:statement|declaration))|" \
                r"(?:sealed|initiall?ed|exchanged)(?=\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:agreement|deal|pact|accord|treat|contract|memorand|mou|protocol|programme|program|roadmap|road map)\w*)|" \
                r"exchanges?\s+of(?=\s+(?:[\w-]+\s+){0,3}?(?:documents|agreements|memorand\w*|mous)\b)"
# Words that may stand between the signing verb and the title (none in English).
AGREEMENT_VERB_GAP = ""
AGREEMENT_NOMINATIVE: dict[str, str] = {}
# "a Memorandum of Understanding on ... was signed in Baku": the document before a passive verb,
# of any verb of signing ("were inked", "was concluded"), or before a participle that tells where
# or when it was signed ("the memorandum on ..., signed in Minsk on Monday, ...").
SIGNED_PASSIVE_RE = (r"\s+(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?(?:signed|inked|concluded|sealed|initiall?ed)\b"
                     r"|,\s+(?:signed|inked)\s+(?=(?:in|at)\s+(?-i:[A-Z])|on\s+(?:monday|tuesday|wednesday|thursday|"
                     r"friday|saturday|sunday|\d)|today\b|yesterday\b)")

# What follows an army or the military where it speaks: its spokesman or its statement, or a
# verb of saying (elsewhere it is what the news is about: "the army had fired").
_ARMY_SPEAKS = (r"(?=\s+(?:spokes\w+|press\b|statement|sources?\b|officials?\b|said\b|says\b|stated\b|"
               r"announced\b|added\b|claimed\b|denied\b|reported\b)|\s*[,.;:])")

# Institutions that speak ("the ministry said", "a spokesman for the Foreign Office"): regex
# of the phrase, its English name, and the country it always belongs to ("" = the country named
# beside it, or the one the document speaks from). "*" as the name: the kind named last before.
INSTITUTION_SPEAKERS = [
    (r"\bKremlin press service\b|\bpress service of the Kremlin\b", "Kremlin press service", "RUS"),
    (r"\bKremlin\b", "Kremlin", "RUS"),
    (r"\bWhite House\b", "White House", "USA"),
    (r"\bPentagon\b", "Pentagon", "USA"),
    # seats that stand for a government's office, as wire copy writes them ("said Itamaraty")
    (r"\bItamaraty\b", "Foreign Ministry", "BRA"),
    (r"\bQuai d['’]Orsay\b", "Foreign Ministry", "FRA"),
    (r"\b(?:Élysée|Elysee)(?: Palace)?\b", "Presidency", "FRA"),
    (r"\bDowning Street\b", "Prime Minister's Office", "GBR"),
    (r"\bState Department\b|\bDepartment of State\b", "State Department", "USA"),
    # joint statements speak for both countries of the report
    (r"\b[Jj]oint (?:statement|declaration|communiqu[eé])\b", "joint statement", "&"),
    # India's ministry keeps its own name in English ("Indian Ministry of External Affairs")
    (r"\b(?:[Mm]inistry of [Ee]xternal [Aa]ffairs|MEA)\b", "Ministry of External Affairs", ""),
    (r"\b(?:Department of Foreign Affairs and Trade|DFAT)\b", "Department of Foreign Affairs and Trade", ""),
    # Mexico's and others' "Ministry of Foreign Relations" is the foreign ministry too
    (r"\b(?:[Mm]inistry of [Ff]oreign (?:[Aa]ffairs|[Rr]elations)|(?:Foreign|[Ee]xternal) (?:[Aa]ffairs |[Rr]elations )?[Mm]inistry|"
     r"foreign ministry|MFA)\b",
     "Foreign Ministry", ""),
    (r"\bForeign Office\b", "Foreign Office", ""),
    (r"\b(?:Ministry of Defen[cs]e|[Dd]efen[cs]e [Mm]inistry)\b", "Defence Ministry", ""),
    (r"\b(?:Ministry of (?:the )?Interior|[Ii]nterior [Mm]inistry)\b", "Interior Ministry", ""),
    (r"\b(?:presidential press service|[Pp]ress service of the President|[Pp]resident's press service)\b",
     "presidential press service", ""),
    (r"\b(?:Presidency|[Pp]residen(?:t's|t|tial) [Oo]ffice|presidential administration)\b", "Presidency", ""),
    (r"\bChancellery\b", "Chancellery", ""),
    (r"\b(?:[Ee]mbassy)\b", "Embassy", ""),
    (r"\bpress service\b", "press service", ""),
    # an army or the military speaks through its spokesman ("an Indian army spokesman said"); the
    # adjective "military" only where it stands for the body ("a military spokesman", "the
    # military said"), not before any other noun ("military cooperation")
    (r"\b[Aa]rmy\b" + _ARMY_SPEAKS, "Army", ""),
    (r"\b(?:[Mm]ilitary|[Aa]rmed [Ff]orces)\b" + _ARMY_SPEAKS, "military", ""),
    (r"\b(?:[Gg]overnment|[Cc]abinet)\b", "Government", ""),
    # any other department named in full ("the Department of International Cooperation"):
    # named in English as written ("="). (Not a ministry: a garbled "Ministry of Europe" is
    # often one part of the foreign ministry, which "the ministry" after it still means.)
    (r"\bDepartment (?:of|for) (?:the )?[A-Z][\w-]*(?:(?: and| of| for)?(?: the)? [A-Z][\w-]*){0,4}", "=", ""),
    (r"\b[Tt]he (?:[Mm]inistry|department)\b", "*", ""),
]
# A person's role right before an institution makes the phrase a person ("the head of the
# government said"), not the institution speaking.
INSTITUTION_PERSON_HEAD_RE = r"\b(?:head|chief|leader|minister|chairman|chairwoman|chair|director)\s+of\s+(?:the\s+)?(?:\w+\s+)?$"

# Where a list of signed documents ends and the talks go on to their next act (", and also
# agreed on ...").
NEXT_ACT_RE = r",\s+and\s+(?:also\s+)?(?:agreed|signed|discussed|decided|reached|noted|exchanged|expressed|held|adopted|approved|considered|reviewed|stressed|emphasi[sz]ed|pledged|welcomed)\b"

# Where a signed document's title ends: the words that go on to say when or what followed
# ("and agreed to ...": the signers' next act, a new predicate of the same subject).
# (a period closes a plan's title: "a roadmap for 2024-2026 to raise trade" ends at the year)
TITLE_TAIL_RE = r"(?<=\d{4})\s+to\s+(?=[a-z])|\s+by\s+(?=(?-i:[A-Z]))|\s+(?:on|last|this)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)|,?\s+(?:after which|following which|during which|while|when|as well as (?:the|a)\b)|\s+and\s+(?:also\s+)?(?:agreed|decided|discussed|pledged|vowed|reaffirmed|stressed|emphasi[sz]ed|welcomed|expressed|noted|exchanged)\b|\s+following\s+(?:talks|negotiations|(?:the|their|his|her)\s+(?:talks|negotiations|meetings?))\b|,\s+[^,]{0,40}\b(?:reports?|reported|said|says|told|informs|according to)\b"

# Counts: a number (digits or a word) before a plural noun phrase ("five Russian diplomats",
# "7 Iranian individuals", 'two Belarusian "intelligence officers"').
COUNT_DIGITS = r"\d{1,3}(?:,\d{3})+|\d{1,6}(?![.,]\d)"
# (collective nouns without a plural -s count too: "five embassy staff", "40 police")
# (documents are often named with a capital: "six Memorandums of Understanding"; other capital
# plurals are left out, a headline in title case counts nothing: "2 Soldiers Killed")
# (irregular plurals of people count too: "seven other servicemen"; so does a people's name
# after a lower-case word: "130,000 ethnic Azerbaijanis", "five Uzbeks were killed"; not after
# digits, where a headline in title case counts nothing: "2 Soldiers Killed")
COUNT_NOUN = r"(?:[\"“”']?[A-Za-z][\w-]*[\"“”']?[ \u00a0]+){0,3}[\"“”']?(?:[a-z][\w-]*s|staff|personnel|police|people|" \
             r"(?:service|police|fisher|sea|crew)?men|women|children|(?:(?<=[a-z][ \u00a0])|^)[A-Z][a-z]+[^su\W]s|" \
             r"Memorand(?:a|ums)|MoUs|Agreements|Treaties|Contracts)\b"
# Between a number and the noun it counts: a partitive ("three of its soldiers", "46 out of
# 65 barriers"); a regex fragment, "" when the language has none worth reading.
COUNT_PARTITIVE = r"(?:of\s+(?:its|their|our|his|her|the)(?:\s+own)?|out\s+of\s+\d[\d,]*)(?=[ \u00a0])"
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
               "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
               "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
               "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
               "a dozen": 12, "half-a-dozen": 6, "half a dozen": 6}
# After a number, a word that stands for the noun of a count just named ("two soldiers were killed
# and five others were wounded"); a regex fragment, "" for none.
# A number with no noun at all is a count of people when the verb says what befell them ("at
# least 12 have been killed"); the noun is then empty.
COUNT_ELLIPSIS = r"(?:others|more)(?=\s+(?:were|have|had|are|was|remain\w*)\b)|" \
                 r"(?=(?:have|had)\s+been\s+(?:killed|wounded|injured|shot)\b|were\s+(?:killed|wounded|injured|shot)\b)"
# Plural nouns that a number before makes no claim: the two sides of every bilateral report.
COUNT_WORD_STOP_NOUNS = {"countries", "sides", "leaders", "states", "nations", "presidents", "parties", "ministers",
                         "heads", "governments", "neighbours", "neighbors", "capitals", "delegations", "men", "women",
                         "decades", "rounds", "occasions", "others", "things", "ways", "issues", "points", "words",
                         "peoples"}
# A number written as a word counts only people, bodies, documents and arms (what conflict and
# cooperation reports count); the head noun's stem must be one of these.
COUNT_WORD_NOUNS = ("diplomat", "official", "employee", "staff", "citizen", "national", "people", "person", "soldier",
                    "serviceme", "troop", "individual", "compan", "entit", "firm", "journalist", "activist", "member",
                    "officer", "agent", "spy", "spies", "prisoner", "detainee", "hostage", "civilian", "worker",
                    # crews, carriers and their flights ("five of the fishermen", "the four Chinese airlines",
                    # "eight weekly flights"), and the agencies a sanction names
                    "fisherm", "sailor", "airline", "carrier", "flight", "agenc",
                    "ship", "vessel", "aircraft", "plane", "jet", "drone", "missile", "rocket", "tank", "helicopter",
                    "memorand", "mou", "agreement", "note", "document", "contract", "treat", "deal", "crossing", "checkpoint",
                    "consulate", "embass", "mission", "bank", "organi", "institution", "student", "migrant",
                    "refugee", "victim", "casualt", "fighter", "militant", "police", "guard", "shell", "bomb", "grenade",
                    "boat", "warship", "car", "vehicle", "truck", "violation")
# Titles of a country's envoy: the person a summons, an expulsion or a recall acts on.
ENVOY_TITLE_RE = r"\b(?:ambassador|envoy|charg[eé] d.affaires|high commissioner|head of (?:the )?(?:diplomatic )?mission)"
# The preposition before the host country of an envoy ("ambassador in Paris", "envoy to Minsk").
HOST_PREP_RE = r"\b(?:in|to|at)\s+(?:the\s+)?$"
# A condition in the sentence turns a conflict act into a threat ("will close the border unless ...").
CONDITION_RE = r"\b(?:unless|if|otherwise|or else)\b"
# Auxiliaries of the future: a conflict act announced for later is a threat.
FUTURE_WORDS = ("will", "would", "shall", "'ll")
# The pronoun an institution is referred back with ("..., it said in a statement").
NEUTER_PRONOUNS = ("it",)

# A sentence that goes on with the documents signed: "Among them are a memorandum on ...".
# A sentence that opens with "In addition," and a document with the indefinite article names one
# more ("In addition, an MoU between ... and an MoU between ...").
SIGNED_LIST_OPENER_RE = (r"^\W*(?:(?:among them|among these|these include|they include|they included|these are|they are)\b|"
                         r"(?:additionally|in addition|furthermore|moreover|also)\b,?(?=\s+an?\s))")
# Lower-case adjectives a document's title may open with ("an intergovernmental agreement on ...").
AGREEMENT_ADJECTIVES = r"(?:(?:intergovernmental|bilateral|trilateral|joint|comprehensive|framework|strategic|long-term|additional)\s+)"
# A title that names a value is a package of deals, not one document ("agreements worth $5 billion").
AGREEMENT_VALUE_RE = r"\b(?:worth|valued at|totall?ing)\b|\d[\d.,]*\s*(?:billion|million|bn|mln)\b"
# Plural document words: with a value, a package of deals ("agreements worth $5 billion").
AGREEMENT_PLURAL_RE = r"\b(?:agreements|memorand(?:ums|a)|contracts|deals|documents|accords)\b"
# Within the signing sentence: "documents were signed ..., including an agreement on ...".
SIGNED_INLINE_LIST_RE = r"\b(?:including|among them|among which|such as|namely)\s+"

# A protest lodged (a note, a demarche): words voiced in it belong to the summons or note the
# report codes already, not to a statement of their own.
PROTEST_RE = r"\b(?:protest(?:ed|s)?|demarche|démarche)\b"
