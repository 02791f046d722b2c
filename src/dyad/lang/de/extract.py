"""German rules. German has no offline NER model here, so titles and speech verbs carry names."""

TITLE_HEADS = (
    "präsident", "staatspräsident", "bundespräsident", "premierminister", "premier", "ministerpräsident",
    "regierungschef", "kanzler", "bundeskanzler", "minister", "außenminister", "aussenminister",
    "botschafter", "gesandte", "konsul", "vorsitzende", "vorsitzender", "vorsitz", "sprecher",
    "parlamentspräsident", "chef", "leiter", "stellvertret", "vize", "staatssekretär", "gouverneur",
    "bürgermeister", "abgeordnete", "senator", "direktor", "kommissar", "berater", "generalsekretär",
    "könig", "emir", "oberhaupt", "staatsoberhaupt", "außenamtschef", "amtskollege", "diplomat",
    "bundesrat", "bundesrätin", "bundesrätinnen", "landeshauptmann", "regierungsrat",
    "sultan", "königin", "kronprinz", "prinz", "scheich",
    # the envoy who heads an embassy without an ambassador ("der Geschäftsträger in Ankara")
    "geschäftsträger",
    # members of the Swiss chambers, and the politicians and members of parliament a report
    # quotes by party ("der FDP-Politiker X", "SVP-Nationalrat X", "Bundestagsabgeordnete X")
    "nationalrat", "nationalrätin", "ständerat", "ständerätin", "politiker", "parlamentarier",
)
TITLE_MODIFIERS = ("außerordentlich", "ausserordentlich", "scheidend", "ehemalig", "amtierend",
                   "neu", "erst", "kommissarisch", "designiert")
TITLE_CONNECTORS = {"des", "der", "die", "dem", "den", "für", "und", "in", "zu", "von", "im", "beim",
                    "am", "auf"}
TITLE_STOPS = {"mit", "sagte", "traf", "sich", "erklärte", "betonte", "dass", "als", "wie", "bei",
               "zwischen", "nach", "vor", "während", "empfing", "dankte", "hat", "hatte", "ist",
               "war", "sprach", "so", "laut", "heute", "gestern"}
ROLE_REFERENCES = {
    "staatschef": "head_of_state", "staatsoberhaupt": "head_of_state", "präsident": "head_of_state",
    "staatspräsident": "head_of_state", "präsidentin": "head_of_state",
    "könig": "head_of_state", "emir": "head_of_state", "sultan": "head_of_state",
    "kanzler": "head_of_government", "bundeskanzler": "head_of_government",
    "premierminister": "head_of_government", "regierungschef": "head_of_government",
    "premier": "head_of_government",
    "außenminister": "foreign_minister", "aussenminister": "foreign_minister",
    "außenministerin": "foreign_minister", "chefdiplomat": "foreign_minister",
    "botschafter": "ambassador", "diplomat": "diplomat",
    "abgeordnete": "deputy", "parlamentarier": "deputy",
    # "der Sprecher", "der Ministeriumssprecher": a spokesperson (a parliament's speaker is its
    # "Präsident" in German)
    "sprecher": "spokesperson", "sprecherin": "spokesperson",
    "vorsitzende": "speaker", "parlamentschef": "speaker", "minister": "minister",
    "kronprinz": "crown_prince",
}
ROLE_REFERENCE_RE = (
    r"\b(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]es|[Dd]em|[Dd]en)\s+(?:(?P<adj>[a-zäöü]+(?:isch|sch)\w*)\s+)?"
    # (the first half of a compound spokesperson noun stays outside the role: "Ministeriums|sprecher")
    r"(?:[A-ZÄÖÜ][a-zäöüß]+(?=sprecher))?"
    r"(?P<role>Staatschef|König(?:in)?|Emir|Sultan|Premier(?!minister)|Staatsoberhaupt|Staatspräsident(?:in)?|Präsident(?:in)?|Bundeskanzler(?:in)?|Kanzler(?:in)?|"
    r"Premierminister(?:in)?|Regierungschef(?:in)?|Außenminister(?:in)?|Aussenminister(?:in)?|Chefdiplomat(?:in)?|"
    r"Botschafter(?:in)?|Diplomat(?:in)?|Abgeordneten?|Parlamentarier(?:in)?|[Ss]precher(?:in)?|Vorsitzenden?|Parlamentschef(?:in)?|Minister(?:in)?|Kronprinz(?:essin)?)(?:en|s)?(?!\w)"
    # (or the body a spokesperson speaks for: "der Sprecher des Verteidigungsministeriums")
    r"(?:\s+(?P<of>[A-ZÄÖÜ][\wäöüß'’-]*s)\b|\s+(?:des|der)\s+(?P<body>[A-ZÄÖÜ][\wäöüß-]+))?"
)
# German writes an article before a role ("sagte der Außenminister"): no bare role.
ROLE_REFERENCE_BARE_RE: str | None = None
PRONOUNS = {"er": "m", "sie": "f"}

# Verb second: after an opening phrase the subject follows the verb ("Nach dem Treffen mit X sagte Y:"),
# so the name right after a speech verb before a quote is its subject, the one before it an object.
SUBJECT_AFTER_SPEECH_VERB = True

SPEECH_VERBS = (
    "sagte", "sagt", "betonte", "betont", "erklärte", "erklärt", "unterstrich", "hob hervor",
    "fügte hinzu", "fügte", "meinte", "merkte an", "stellte fest", "teilte mit", "sagte der",
    "bekräftigte", "versicherte", "warnte", "forderte", "kündigte an", "erinnerte", "schloss",
    "äußerte", "zitiert", "so", "teilte", "hieß es", "heißt es", "kritisierte", "verurteilte", "erklärten",
    "sagten", "betonten", "schrieb", "warnten", "bemerkte", "gab an", "kommentierte", "bezeichnet", "bezeichnete",
    "antwortete", "entgegnete", "konterte", "ergänzte", "mahnte", "zitierte", "räumte ein", "sagt der",
)
ACCORDING_TO_RE = r"\b(?:[Ll]aut|[Nn]ach (?:Angaben|Worten) (?:von|des|der)|[Ii]hren? Worten zufolge|[Ss]einen Worten zufolge)\b"

EVENT_TRIGGERS = {
    "phone_call": r"\b(?:Telefongespräch\w*|Telefonat\w*|telefonierte\w*|telefonisch\w*|Videokonferenz\w*|Videoschalte\w*)\b",
    # (ein Abkommen schließen: "schlossen die Länder ein Abkommen über ...")
    "agreement_signing": r"\b(?:unterzeichnet\w*|unterschrieben\w*|Unterzeichnung\w*|besiegelt\w*|paraphiert\w*|"
                         r"(?:Dokumente|Abkommen|Vereinbarungen|Urkunden) (?:[\w-]+ ){0,4}ausgetauscht|"
                         r"schlossen (?:[\w-]+ ){0,3}(?:ein|eine|das|die) (?:[\w-]+ ){0,2}\w*(?:abkommen|vertrag|vereinbarung|verträge)\w*)\b",
    "briefing": r"\b(?:gemeinsame\w* Presseerklärung\w*|Pressekonferenz\w*|Briefing\w*|Pressebriefing\w*|Presseerklärungen|traten [^.]{0,40}vor die Presse|vor die Presse)\b",
    "talks": r"\b(?:Verhandlungen|Gespräch\w*|verhandelt\w*|politische\w* Konsultationen)\b",
    "visit": r"\b(?:(?:Staats|Arbeits|Gegen|offiziellen?)[- ]?[Bb]esuch\w*|Besuch\w*|besucht\w*|reiste\w* nach|traf in \w+ ein)\b",
    "meeting": r"\b(?:(?:nach|bei|während) (?:dem|einem|ihrem|seinem|ihrem) (?:\w+ )?Treffen\b(?! der| des| von)|(?:beim|nach dem) Treffen\b(?! der| des| von)|Höflichkeitsbesuch\w*|Antrittsbesuch\w* bei|zusammengekommen|zusammengetroffen|getroffen|traf\w* sich|trafen sich|traf (?=\w+ \w+)|Treffen\w* (?:mit|zwischen)|empfing(?:en)?|empfangen|(?:beim|bei dem|während des) Empfang\b|zusammengetroffen|kam\w* mit [^.]{0,80} zusammen|Beglaubigungsschreiben)\b",
    "statement": r"\b(?:vor (?:den )?Journalisten|vor der Presse|gegenüber (?:der Presse|Journalisten|Medien)|Presseerklärung|(?<!gemeinsame )(?<!gemeinsamen )Erklärung)\b",
}
NOT_NOW_RE = r"\b(?:kommende\w* (?:Woche|Monat|Jahr)|wird|werden|würde|soll|sollen|will|wollen|beabsichtig\w*|geplant\w*|plant\w*|bevorstehend\w*|nächste\w*|" \
             r"damals|früher|vor \w+ Jahren|im vergangenen Herbst|Vorbereitung\w*|(?<!auf )(?<!für die )Einladung|eingeladen|" \
             r"vereinbart\w*|Umsetzung|Jahrestag|Jahren? seit|sollte|sollten|ist vorgesehen|sind vorgesehen)\b"
BACKGROUND_RE = r"\b(?:zur Erinnerung|zuletzt|hatten? (?:sich )?bereits|bereits im|(?:vergangene|letzte)n? Woche|(?:im )?(?:vergangenen|letzten) Monat|vor \w+ (?:Tagen|Wochen|Monaten)|damals|früher)\b"
# A main clause in the pluperfect ("Berlin hatte zuvor den Botschafter einbestellt", "Der Präsident war
# im Herbst zurückgetreten"): the finite "hatte"/"war" in second place and its participle at the
# clause's end tell an act before the report's news. Reported speech takes the subjunctive ("habe",
# "sei"), and a subordinate clause puts "hatte" last ("..., nachdem er ihn empfangen hatte"): neither
# matches, so the news told with them stays. "Zuvor", "am Vortag" set the act just before the news, in its
# own sequence ("Zuvor war der Gast vom König empfangen worden"): it stays too.
PLUPERFECT_RE = r"^(?!.*\b(?:zuvor|vorher|kurz davor|kurz zuvor|am Vortag)\b)\W*[^,;:.!?]{1,80}?\b(?:(?:hatte|hatten)\s+(?![,;:.!?])[^,;:.!?]*?\s(?<!zu )(?-i:(?!(?:nicht|jetzt|zuletzt|selbst|sonst|damit|erst|bisher|noch|mehr)\b)" \
                r"[a-zäöüß]\w{2,}(?:t|en))|(?:war|waren)\s+(?![,;:.!?])[^,;:.!?]*?\s(?-i:[a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]{3,}(?:t|en)\s+worden))" \
                r"\s*(?:[,;:.!?]|$|\s+(?:und|aber|doch|nachdem|weil|als|da|bevor)\b)"
# A claim the speaker keeps making ("wirft seit langem vor", "mehrfach"): a standing position of
# the relations, not something said in this report's news.
STANDING_RE = r"\b(?:mehrfach|mehrmals|immer wieder|seit (?:langem|langer Zeit|Jahren|Jahrzehnten))\b"
SIGNED_LIST_RE = r"\b(?:unterzeichnet\w*|Unterzeichnung)\b[^.\n]*:\s*$"
# "The MoUs include:" after a signing told before: a line that opens the list of the documents
DOCUMENT_LIST_OPENER_RE = r"\b(?:Abkommen|Vereinbarungen|Dokumente|Verträge|Absichtserklärungen|Memoranden)\b[^.\n]{0,60}:\s*$"
# A document named in an unmarked line of such a list ("Supply agreement: between ...").
LIST_ITEM_DOCUMENT_RE = r"(?i:(?:abkommen|vereinbarung|memorand|vertr[aä]g|erklärung|protokoll|programm|plan\b|fahrplan))"

SCALE_WORDS = {"tausend": 1e3, "tsd.": 1e3, "tsd": 1e3, "million": 1e6, "millionen": 1e6,
               "mio.": 1e6, "mio": 1e6, "milliarde": 1e9, "milliarden": 1e9, "mrd.": 1e9, "mrd": 1e9,
               "billion": 1e12, "billionen": 1e12}
CURRENCY_WORDS = {"$": "USD", "us-dollar": "USD", "dollar": "USD", "usd": "USD", "€": "EUR",
                  "euro": "EUR", "eur": "EUR", "rubel": "RUB", "yuan": "CNY", "renminbi": "CNY",
                  "tenge": "KZT", "pfund": "GBP", "£": "GBP", "schweizer franken": "CHF", "franken": "CHF",
                  "chf": "CHF", "sum": "UZS", "som": "KGS", "zloty": "PLN", "złoty": "PLN", "yen": "JPY"}
PERCENT_WORDS = ("prozent", "%", "prozentpunkte")
# ("um das 1,5-Fache": the noun of the multiple too)
TIMES_WORDS = ("mal", "fach", "-fach", "fache", "-fache", "fachen", "-fachen")
# (the verbs of "-fach" read by their stem: "vervierfacht", "vervierfachte", "Vervierfachung")
WORD_MULTIPLIERS = {"verdoppelt": 2, "verdoppeln": 2, "verdopplung": 2, "verdreifacht": 3,
                    "verdreifachen": 3, "zweifach": 2, "doppelt": 2, "dreifach": 3, "verdreifachung": 3,
                    "vervierfach": 4, "verfünffach": 5, "versechsfach": 6, "versiebenfach": 7,
                    "verachtfach": 8, "verneunfach": 9, "verzehnfach": 10}
# See en.DISTANCE_UNITS.
DISTANCE_UNITS = r"km|Kilometer[n]?"
# See en.DISTANCE_PLACE_AFTER_RE.
DISTANCE_PLACE_AFTER_RE = r"^\s*(?:\([^)]*\)\s*)?(?:von|vor|nördlich|südlich|östlich|westlich|nordöstlich|nordwestlich|südöstlich|südwestlich|entfernt|hinter|außerhalb)\b"
OTHER_UNITS = r"(?:Tonnen|Passagiere|Touristen|Besucher|Menschen|Kubikmeter|Barrel|Container|Fahrzeuge|Hektar)"
WORD_NUMBERS = {"eine": 1, "einer": 1, "ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
                "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "zwölf": 12, "zwanzig": 20,
                "dreißig": 30, "vierzig": 40, "fünfzig": 50, "hundert": 100}
QUALIFIERS = [
    (r"(?:fast|beinahe|knapp|nahezu|annähernd)\s*$", "almost"),
    (r"(?:etwa|rund|ungefähr|circa|ca\.|zirka|gut|schätzungsweise)\s*$", "approx"),
    (r"(?:mehr als|über|über der Marke von|oberhalb von|die Marke von|mindestens|überschritt\w*|übersteig\w*|überstieg\w*)\s*$", "over"),
    # ("bis zu" names the level a target sets: see en.QUALIFIERS)
    (r"(?:weniger als|unter|unterhalb von|höchstens)\s*$", "under"),
]
# (the infinitive after a modal too: "kann bis Ende des Jahres $60 Mrd. übersteigen")
QUALIFIER_AFTER = [(r"^\s*(?:überschritten|übertroffen|und mehr|oder mehr|übersteigt|überstieg\w*|übersteigen|überschreiten|"
                    r"überschreitet|überschritt\w*|übertreffen|übertrifft|übertraf\w*)\b", "over"),
                   (r"^\s*(?:oder weniger|unterschritten)\b", "under")]
METRIC_WORDS = [
    (r"(?:Handelsbilanz|Überschuss|Defizit|Saldo)", "trade_balance"),
    # ("Saldo im Handel": the trade a balance word governs is the balance's)
    # ("der Waren- und Dienstleistungsverkehr hat $58 Mrd. erreicht": the exchange of goods is trade)
    (r"(?:Handelsumsatz|Warenumsatz|Handelsvolumen|Warenaustausch|Außenhandel|Warenverkehr\w*|Dienstleistungsverkehr\w*|"
     r"(?<!Saldo im )(?<!Saldo des )(?<!Überschuss im )(?<!Defizit im )Handel\w*|Umsatz)", "trade_turnover"),
    (r"(?:\w*[Kk]redit\w*|\w*[Gg]arantie\w*|\w*[Bb]ürgschaft\w*|Darlehen)", "other"),
    # (a credit or guarantee for exports is no export: "Exportkreditgarantien"; see en)
    (r"(?:Export(?!\w*(?:kredit|garantie|bürgschaft|versicherung))\w*|Ausfuhr(?!\w*(?:kredit|garantie|bürgschaft))\w*|"
     r"exportiert\w*|Lieferung\w*)", "export"),
    (r"(?:Import\w*|Einfuhr\w*|importiert\w*)", "import"),
    (r"(?:Investition\w*|investiert\w*|Investor\w*)", "investment"),
]
DECLINE_WORDS = r"\b(?:gesunken|sank\w*|zurückgegangen|ging\w* zurück|Rückgang|verringert\w*|fiel\w*|gefallen|eingebrochen|schrumpft\w*)\b"
# (every form of the verbs of rising: "wuchsen", "steigerten ihre Käufe um 46%", "um 92% gesteigert",
# "ein Anstieg von 11,8 Prozent", "nahmen um 5 Prozent zu")
GROWTH_WORDS = r"\b(?:zulegt\w*|legte\w*\b(?=[^.;]{0,80}\bzu\b)|zugelegt|gestiegen|stieg\w*|wuchs\w*|gewachsen|wachs\w*|Wachstum|Zuwachs\w*|erhöht\w*|zugenommen|" \
               r"nahm\w*\b(?=[^.;]{0,80}\bzu\b)|nimmt\b(?=[^.;]{0,80}\bzu\b)|steigert\w*|gesteigert\w*|Anstieg\w*|Zunahme|" \
               r"Steigerung|Plus|verdoppelt\w*|geklettert|kletter\w*)\b"
FORECAST_RE = r"\b(?:soll\w*|wird|werden|würde|erwartet\w*|prognostiziert\w*|geplant\w*|plant\w*|" \
              r"Ziel\w*|anstreb\w*|bis 20\d\d|kann noch|könnte|voraussichtlich|steigern|ausbauen|nächsten Jahr)\b"
COMPARISON_BASE_RE = r"(?<!\w)(?:im Vergleich zu(?:m)?|verglichen mit|gegenüber|als|von)\s+(?:dem\s+|der\s+|im\s+|in\s+)?(?:(?:gleichen\s+|selben\s+)?(?:Vorjahreszeitraum|Zeitraum)\s+(?:des\s+)?)?$"
# See en.LEVEL_AFTER_RE.
LEVEL_AFTER_RE = r"^\s*(?:gegenüber|im Vergleich zu[mr]?|verglichen mit)\s+(?:dem\s+|der\s+)?(?:Niveau|Stand|Vorjahr|Vorjahreszeitraum|Zeitraum)"
# See en.OCCURRENCE_BEFORE_RE.
OCCURRENCE_BEFORE_RE = r"\b(?:trafen sich|getroffen|telefonierten|besuchte\w*)\s+(?:\w+\s+){0,3}$"
COMPARATIVE_AFTER_RE = r"^\s*(?P<dir>weniger|niedriger|geringer|mehr|höher)\b[^.;]{0,30}\b(?:als|gegenüber|im Vergleich)\b"
NOT_BILATERAL_AFTER_RE = r"^\s*der (?:abgegebenen Stimmen|Stimmen|(?:\w+\s+)?Bevölkerung|Einwohner)\b"
COUNT_OF_RE = r"\bZahl der (?P<noun>[A-ZÄÖÜ][\wäöüß-]+)\b[^.;]{0,90}?\b(?:liegt bei|lag bei|stieg auf|beträgt|betrug|übersteigt|überstieg|erreichte)\s+(?:mehr als |über |rund |etwa |fast )?(?P<num>\d{1,3}(?:\.\d{3})+|\d+)\b"
HYPOTHETICAL_RE = r"\b(?:träumte\w*|geträumt|erhoffte)\b"
# See en.SAME_PERIOD_RE.
SAME_PERIOD_RE = r"\b(?:in|während) (?:dieser|jener) Zeit\b|\bin diesem Zeitraum\b|\bseitdem\b|\bseither\b"
# See en.SAME_SPAN_RE (not read in this language yet).
SAME_SPAN_RE: str | None = None
ANAPHORIC_FIGURE_RE = r"\b(?:diese[rsnm]?|dieselbe) (?:Zahl|Marke|Niveau|Wert|Volumen|Summe)\b"
COUNT_STOP_NOUNS = {
    "jahr", "jahre", "jahren", "jahres", "monat", "monate", "monaten", "tag", "tage", "tagen", "woche",
    "wochen", "stunde", "stunden", "minute", "minuten", "sekunde", "sekunden", "prozent", "mal", "hektar", "kilometer", "km", "tonnen", "uhr",
    "millionen", "milliarden", "mrd.", "mio.", "tausend", "januar", "februar", "märz", "april", "mai",
    "juni", "juli", "august", "september", "oktober", "november", "dezember", "und", "oder", "bis",
    "von", "der", "die", "das", "des", "im", "in", "am", "prozentpunkte",
}
PERIOD_PATTERNS = [
    (r"\b(?:im Zeitraum |von |zwischen )?(?P<m1>Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November)"
     r"\s*(?:[-–—/]|bis)\s*(?P<m2>Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?:\s+(?P<year>\d{4}|dieses Jahres|des laufenden Jahres|des vergangenen Jahres|des Vorjahres))?\b", "month_range"),
    (r"\bim (?P<q>ersten|zweiten|dritten|vierten|I\.|II\.|III\.|IV\.|[1-4]\.) Quartal(?: (?P<year>\d{4}|dieses Jahres|des laufenden Jahres|des vergangenen Jahres))?", "quarter"),
    # the abbreviation: "im Q1 2015", "Q3/2024"
    (r"\b(?:im )?(?-i:Q)(?P<q>[1-4])(?:(?:\s*/\s*|\s+)(?P<year>(?:19|20)\d{2}))?\b", "quarter"),
    (r"\b(?:in den )?(?:ersten )?(?P<n>\d{1,2}|sechs|neun|drei|acht|zehn|elf|sieben|fünf|vier|zwei|beiden) Monaten(?: (?:des Jahres )?(?P<year>\d{4}|dieses Jahres|des laufenden Jahres|des vergangenen Jahres))?", "months"),
    (r"\bim ersten Halbjahr(?: (?:des Jahres )?(?P<year>\d{4}|dieses Jahres|des laufenden Jahres))?", "half"),
    (r"\bim zweiten Halbjahr(?: (?P<year>\d{4}|dieses Jahres|des laufenden Jahres|des vergangenen Jahres))?", "second_half"),
    # one month ("im Januar 2025", "im März dieses Jahres"): after the ranges and halves
    (r"\bim\s+(?P<m1>Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)"
     r"(?:\s+(?P<year>\d{4}|dieses Jahres|des laufenden Jahres|des vergangenen Jahres|des Vorjahres))?\b", "month"),
    (r"\b(?:in den|während der|über die) (?:letzten|vergangenen) (?P<n>\d{1,2}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn) Jahre[n]?\b", "last_n_years"),
    (r"\b(?:in den|während der|über die) (?:nächsten|kommenden) (?P<n>\d{1,2}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn) Jahre[n]?\b", "next_n_years"),
    (r"\b(?:im|während des) (?:letzten|vergangenen) Jahrzehnts?\b|\b(?:in den|während der) (?:letzten|vergangenen) "
     r"(?P<n>zwei|drei|vier|fünf) Jahrzehnten\b", "last_decades"),
    (r"\b(?:in den|während der) (?:letzten|vergangenen) Jahren\b", "recent_years"),
    (r"\bin den (?:kommenden|nächsten|folgenden) Jahren\b", "coming_years"),
    (r"\b(?:im|des) (?:letzten|vergangenen|Vor)[- ]?[Jj]ahr(?:es)?\b|\bim Vorjahr\b|\bletztes Jahr\b", "last_year"),
    (r"\b(?:in )?diese[sm] Jahr(?:es)?\b|\b(?:im|des) laufenden Jahr(?:es)?\b", "this_year"),
    (r"\b(?:im )?(?:nächsten|kommenden) Jahr\b|\bnächstes Jahr\b", "next_year"),
    (r"\b(?:zwischen|von) (?P<year>(?:19|20)\d{2}) (?:und|bis) (?P<year2>(?:19|20)\d{2})\b|\b(?P<year3>(?:19|20)\d{2})\s*[-–—]\s*(?P<year4>(?:19|20)\d{2})\b", "year_range"),
    (r"\b(?:seit|ab) (?:dem Jahre? )?(?P<year>(?:19|20)\d{2})\b(?!\s*(?:bis|und)\s)", "since_year"),
    (r"\b(?:im Jahr|im Jahre|in|bis|für)\s+(?P<year>(?:19|20)\d{2})\b", "year"),
    (r"\b(?P<year>(?:19|20)\d{2})\b", "year"),
]
MONTH_NUMBERS = {"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
                 "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12}
NUMBER_WORDS_SMALL = {"beiden": 2, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
                      "neun": 9, "zehn": 10, "elf": 11}
# (the digits are those of "im 1. Quartal" and "Q1")
ORDINALS = {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4, "i.": 1, "ii.": 2, "iii.": 3, "iv.": 4,
            "1.": 1, "2.": 2, "3.": 3, "4.": 4, "1": 1, "2": 2, "3": 3, "4": 4}

AGREEMENT_KINDS = [
    (r"^\w*(?:memorandum|absichtserklärung)", "memorandum"),
    (r"^(?:fahrplan|roadmap|straßenkarte)", "roadmap"),
    (r"^(?:programm)", "program"),
    (r"^(?:plan|aktionsplan)", "plan"),
    (r"^\w*(?:abkommen|vertrag|vereinbarung|übereinkommen|protokoll|konvention)", "agreement"),
    (r"^(?:gemeinsame erklärung|\w*erklärung|deklaration|kommuniqu)", "other"),
]
AGREEMENT_HEADS = r"(?:Abkommen|Vertrag|Vereinbarung|Übereinkommen|Memorandum|Absichtserklärung|Protokoll|Programm|Plan|Aktionsplan|Fahrplan|Roadmap|Erklärung|Deklaration|" \
                  r"[a-zäöüß]{3,}(?:abkommen|vertrag|vereinbarung|erklärung|deklaration|memorandum|programm|protokoll))"
# See en.SIGNING_WORDS; the nominal "Unterzeichnung einer ..." too.
# "schlossen ein Abkommen" (concluded) is its signing too.
# A joint declaration is adopted ("verabschiedeten eine gemeinsame Erklärung"), as in English.
SIGNING_WORDS = (r"unterzeichne\w*|unterschrieb\w*|Unterzeichnung\s+(?:einer|eines|des|der|von)|schlossen|schloss|"
                 r"besiegelte\w*|paraphierte\w*|"
                 r"verabschiede\w*(?=\s+(?:[\w-]+\s+){0,4}?(?:eine|die)\s+gemeinsame\s+(?:Erklärung|Deklaration))")
# German puts the subject between verb and object: "unterzeichneten die beiden Minister eine ...".
AGREEMENT_VERB_GAP = r"(?:[\w-]+\s+){0,4}?"
AGREEMENT_NOMINATIVE: dict[str, str] = {}
# German puts the participle last, in the passive and in the perfect alike: "ein Abkommen
# wurde ... unterzeichnet", "haben ... ein Friedensabkommen unterzeichnet".
# Words between the title and the participle only after an auxiliary ("wurde am Montag in
# Berlin unterzeichnet"): with none, they are the title's own ("ein Abkommen über die
# Zusammenarbeit in der Raumfahrt unterzeichnet").
# (the bodies that sign may stand between them at any length: "wurde zwischen dem Ministerium ... und
# dem Innenministerium ... unterzeichnet")
SIGNED_PASSIVE_RE = (r"\s+(?:(?:wurde|wurden|ist|sind|haben|hat)\s+(?:zwischen\s+[^.;:\n]{3,200}?\s+|(?:[\w-]+\s+){0,4}?))?"
                     r"unterzeichnet\b")

# Institutions that speak ("teilte das Auswärtige Amt mit"); see en.INSTITUTION_SPEAKERS.
INSTITUTION_SPEAKERS = [
    (r"\bKreml-Pressedienst\b|\bPressedienst des Kremls?\b", "Kremlin press service", "RUS"),
    (r"\bKreml\w*", "Kremlin", "RUS"),
    (r"\bWei(?:ß|ss)\w* Haus\w*", "White House", "USA"),
    (r"\bPentagon\w*", "Pentagon", "USA"),
    # Amtssitze, die für ein Amt stehen ("teilte der Élysée mit"; see the English pack)
    (r"\bItamaraty\b", "Foreign Ministry", "BRA"),
    (r"\bQuai d['’]Orsay\b", "Foreign Ministry", "FRA"),
    (r"\b(?:Élysée|Elysée)(?:-?[Pp]alast\w*)?", "Presidency", "FRA"),
    (r"\bDowning Street\b", "Prime Minister's Office", "GBR"),
    (r"\bUS-Au(?:ß|ss)enministerium\w*|\bState Department\b", "State Department", "USA"),
    (r"\b[Gg]emeinsame\w* (?:Erklärung|Abschlusserklärung|Mitteilung|Kommuniqué)", "joint statement", "&"),
    (r"\bAuswärtig\w* Amt\w*", "Foreign Ministry", "DEU"),  # as English reports name it
    (r"\b\w*[Aa]u(?:ß|ss)enministeri\w*", "Foreign Ministry", ""),
    # "Außenamtssprecher X": the foreign office of the country named beside or before
    (r"\b[Aa]u(?:ß|ss)enamt\w*", "Foreign Ministry", ""),
    (r"\b\w*[Vv]erteidigungsministeri\w*", "Defence Ministry", ""),
    (r"\b\w*[Ii]nnenministeri\w*", "Interior Ministry", ""),
    (r"\bBundeskanzleramt\w*|\bKanzleramt\w*", "Chancellery", ""),
    (r"\bPräsidialamt\w*|\bPräsidialverwaltung\b", "presidential administration", ""),
    (r"\bBotschaft\b", "Embassy", ""),
    (r"\bPressedienst\w*|\bPressestelle\b", "press service", ""),
    # an army or the military speaks through its spokesman (see the English pack)
    # (only as a speaker: the army as what the news is about, "die Armee habe geschossen", is not)
    (r"\bArmeesprecher\w*|\bSprecher\w* der Armee\b", "Army", ""),
    (r"\bMilitärsprecher\w*|\bSprecher\w* (?:des Militärs|der Streitkräfte)\b", "military", ""),
    (r"\bBundesregierung\b", "Government", "DEU"),
    (r"\bRegierung\b", "Government", ""),
    (r"\b(?:[Dd]as|[Dd]em|[Dd]es) Ministeri\w*", "*", ""),
]
# See en.INSTITUTION_PERSON_HEAD_RE.
INSTITUTION_PERSON_HEAD_RE = r"\b(?:Chef\w*|Leiter\w*|Minister\w*|Vorsitzende\w*)\s+(?:des|der)\s+(?:\w+\s+)?$"

# Where a list of signed documents ends and the talks go on to their next act (", und
# vereinbarten zudem ...").
NEXT_ACT_RE = r",\s+und\s+(?:zudem\s+|auch\s+|außerdem\s+)?(?:vereinbarten|unterzeichneten|besprachen|erörterten|beschlossen|einigten|tauschten|betonten|begrüßten|verabschiedeten)\b"

# Where a signed document's title ends: the words that go on to say when or what followed.
TITLE_TAIL_RE = (r"(?<=\d{4}),?\s+um\s|\s+(?:am|vom|diesen|letzten)\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|\d)|,?\s+(?:nachdem|wobei|während|als)\b|,\s+[^,]{0,40}\b(?:berichtet\w*|meldet\w*|teilte|sagte|hieß es)\b|\s+und\s+(?:zudem\s+|auch\s+|außerdem\s+)?(?:vereinbarten|beschlossen|einigten|bekräftigten|betonten|begrüßten|erörterten|besprachen|"
                 # any weak verb in the past plural not followed by a noun it qualifies ("und paraphierten
                 # einen Vertrag", not "und bewährten Verfahren"): the signers' next act
                 r"(?-i:[a-zäöüß]{3,}ten)(?!\s+(?-i:[A-ZÄÖÜ])))\b")

# Counts; see en.COUNT_DIGITS.
COUNT_DIGITS = r"\d{1,3}(?:\.\d{3})+|\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,6}(?![.,]\d)"
COUNT_NOUN = r"(?:[a-zäöüß][\w-]*[ \u00a0]+){0,2}[A-ZÄÖÜ][\wäöüß-]+"
# See en.COUNT_PARTITIVE ("zwei von sechs Übergängen", "drei von ihren Soldaten").
COUNT_PARTITIVE = r"von\s+(?:ihren|seinen|den|\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)(?=[ \u00a0])"
COUNT_WORDS = {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
               "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16,
               "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "vierzig": 40,
               "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
               "ein dutzend": 12, "ein halbes dutzend": 6}
COUNT_WORD_STOP_NOUNS = {"länder", "ländern", "seiten", "staaten", "präsidenten", "minister", "regierungen",
                         "parteien", "nachbarn", "hauptstädte", "delegationen", "jahrzehnte", "runden", "male"}
# See en.COUNT_ELLIPSIS ("fünf weitere verletzt", "150 weitere sollen ...": no noun follows).
COUNT_ELLIPSIS = r"weitere(?=[ \u00a0]+[a-zäöüß])"
# See en.COUNT_WORD_NOUNS.
COUNT_WORD_NOUNS = ("diplomat", "mitarbeiter", "beamt", "bürger", "staatsangehörig", "mensch", "person", "soldat",
                    "militärangehörig", "einzelperson", "unternehmen", "firm", "journalist", "aktivist", "mitglied",
                    "offizier", "agent", "spion", "gefangen", "häftling", "geisel", "zivilist", "arbeiter", "schiff",
                    "flugzeug", "kampfjet", "drohne", "rakete", "panzer", "hubschrauber", "memorand", "abkommen",
                    "vereinbarung", "dokument", "vertr", "grenzübergäng", "landübergäng", "übergäng", "konsulat",
                    "botschaft", "bank", "organisation", "student", "migrant", "flüchtling", "opfer", "kämpfer",
                    "polizist", "tote", "protestnote", "note", "wache", "granate", "bombe", "boot", "fahrzeug",
                    "auto", "verstöß", "verletzung")
# See en.ENVOY_TITLE_RE.
# A "Diplomat" named in a summons is the envoy acted on ("dem Diplomaten X wurde eine Note übergeben").
ENVOY_TITLE_RE = r"(?i:botschafter|gesandt|geschäftsträger|missionschef|diplomat)"
# See en.HOST_PREP_RE.
HOST_PREP_RE = r"\b(?:in|nach|bei)\s+(?:der\s+|dem\s+|den\s+)?$"
# See en.CONDITION_RE and en.FUTURE_WORDS.
# "..., sollte Paris ... unterstützen": a clause opened by "sollte" is a condition too
CONDITION_RE = r"\b(?:falls|sofern|wenn|andernfalls|ansonsten|es sei denn)\b|(?:^|,\s*)sollten?\b"
FUTURE_WORDS = ("wird", "werden", "würde", "würden", "werde")  # "werde": the future in reported speech
# Words before and after an event word searched for the rest of its phrase: German splits
# verbs ("zog ... ab", "erklärte ... zu unerwünschten Personen") across the clause.
PATTERN_WINDOW = (8, 10)
# See en.NEUTER_PRONOUNS.
NEUTER_PRONOUNS = ("es",)

# See en.SIGNED_LIST_OPENER_RE.
# ("Dazu zählen ein Abkommen ...", "Sie sind eine Rahmenvereinbarung ... und ein Memorandum ...";
# "Außerdem/Zudem" with a document and the indefinite article, as in English)
SIGNED_LIST_OPENER_RE = (r"^\W*(?:(?:darunter|unter ihnen|dazu gehör(?:en|ten)|dazu zähl(?:en|ten)|es sind|es waren|sie sind|"
                         r"sie waren|das sind|das waren)\b|(?:außerdem|zudem|darüber hinaus)\b,?(?=\s+(?:ein|eine)\s))")
# See en.AGREEMENT_ADJECTIVES (German adjectives are capitalised in titles and matched apart).
AGREEMENT_ADJECTIVES = r"(?:(?:zwischenstaatlich|bilateral|gemeinsam)\w*\s+)"
# See en.AGREEMENT_VALUE_RE.
AGREEMENT_VALUE_RE = r"\bim Wert von\b|\d[\d.,]*\s*(?:Milliarden|Millionen|Mrd|Mio)\b"
# See en.AGREEMENT_PLURAL_RE.
AGREEMENT_PLURAL_RE = r"(?i:\w*(?:erklärungen|vereinbarungen|verträge|abkommen|dokumente))\b"
# See en.SIGNED_INLINE_LIST_RE.
SIGNED_INLINE_LIST_RE = r"\b(?:darunter|unter anderem|etwa|nämlich)\s+"

# A protest lodged (a note, a demarche): words voiced in it belong to the summons or note the
# report codes already, not to a statement of their own.
PROTEST_RE = r"\b(?:Protest\w*|protestiert\w*|Demarche)"
