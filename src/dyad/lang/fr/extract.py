"""French rules, the counterpart of de/extract.py name for name. French writes titles in lower
case before the name ("le ministre des Affaires étrangères Jean-Noël Barrot"), puts country
adjectives after the noun ("le président français") and the speech verb in the passé composé
("a déclaré", "a souligné")."""

# Words that head a title; matched as word prefixes, case-insensitive.
TITLE_HEADS = (
    "président", "présidente", "premier ministre", "première ministre", "ministre", "chancelier",
    "chancelière", "ambassadeur", "ambassadrice", "envoyé", "envoyée", "consul", "chef", "cheffe",
    "porte-parole", "secrétaire", "gouverneur", "gouverneure", "maire", "roi", "reine", "émir",
    "sultan", "prince héritier", "cheikh", "dirigeant", "dirigeante", "sénateur", "sénatrice", "député", "directeur", "directrice",
    "commissaire", "conseiller", "conseillère", "vice-président", "vice-ministre", "homologue",
    "haut représentant", "représentant", "représentante", "chargé d'affaires", "numéro un",
    # The article elided before a vowel is one word with the head: "l'ambassadeur de Russie".
    "l'ambassadeur", "l’ambassadeur", "l'ambassadrice", "l’ambassadrice", "l'envoyé", "l’envoyé",
    "l'émir", "l’émir", "d'ambassadeur", "d’ambassadeur",
)
# Words that may open a title before its head ("le nouvel ambassadeur", "l'ancien président").
TITLE_MODIFIERS = ("nouveau", "nouvel", "nouvelle", "ancien", "ancienne", "sortant", "sortante",
                   "premier", "première", "vice", "haut", "haute", "futur", "future", "intérimaire",
                   "l'ancien", "l’ancien", "l'ancienne", "l’ancienne", "l'actuel", "l’actuel", "l'actuelle",
                   "l’actuelle", "l'ex", "l’ex")
# Words a title may contain between its capitalised words ("ministre de l'Europe et des Affaires étrangères").
TITLE_CONNECTORS = {"de", "des", "du", "d'", "d’", "la", "le", "l'", "l’", "les", "et", "à", "au", "aux",
                    "en", "pour", "chargé", "chargée", "auprès"}
# Words that end a backward scan for a title: the verb or preposition before it.
TITLE_STOPS = {"avec", "a", "ont", "avait", "dit", "déclaré", "selon", "par", "que", "qui", "entre",
               "lors", "après", "avant", "pendant", "reçu", "rencontré", "remercié", "comme", "est",
               "sont", "était", "s'est", "s’est", "mardi", "lundi", "mercredi", "jeudi", "vendredi",
               "samedi", "dimanche", "aujourd'hui", "hier", "où", "dont", "sur", "mais"}
# "le chef de l'État" and friends: role nouns that point to a person named elsewhere.
ROLE_REFERENCES = {
    "chef de l'état": "head_of_state", "chef d'état": "head_of_state", "président": "head_of_state",
    "présidente": "head_of_state", "dirigeant": "head_of_state",
    "roi": "head_of_state", "émir": "head_of_state", "sultan": "head_of_state",
    "premier ministre": "head_of_government", "première ministre": "head_of_government",
    "chef du gouvernement": "head_of_government", "chancelier": "head_of_government",
    "chancelière": "head_of_government",
    "ministre des affaires étrangères": "foreign_minister", "chef de la diplomatie": "foreign_minister",
    "ambassadeur": "ambassador", "ambassadrice": "ambassador", "diplomate": "diplomat",
    "porte-parole": "spokesperson",
    "député": "deputy", "parlementaire": "deputy", "sénateur": "deputy",
    "président de l'assemblée": "speaker", "présidente de l'assemblée": "speaker", "ministre": "minister",
}
ROLE_REFERENCE_RE = (
    r"\b(?:[Ll]e|[Ll]a|[Dd]u|[Aa]u|[Ll]'|[Ll]’)\s*"
    r"(?P<role>[Cc]hef de l['’][ÉéEe]tat|[Rr]oi|[ÉéEe]mir|[Ss]ultan|[Cc]hef du [Gg]ouvernement|[Cc]hef de la diplomatie|"
    r"[Pp]remi(?:er|ère) [Mm]inistre|[Mm]inistre des [Aa]ffaires [ÉéEe]trangères|"
    r"[Pp]résident(?:e)? de l['’][Aa]ssemblée|[Pp]résident(?:e)?|[Cc]hancelière?|[Dd]irigeant(?:e)?|"
    r"[Aa]mbassadeur|[Aa]mbassadrice|[Dd]iplomate|[Pp]orte-parole|[Dd]éputé(?:e)?|[Pp]arlementaire|[Ss]énat(?:eur|rice)|[Mm]inistre)"
    r"(?:\s+(?P<adj>[a-zéèêëïîôûç]+(?:ais|aise|ain|aine|ien|ienne|en|enne|and|ande|ois|oise|e|in|ine|ique|ol|ole|on|onne|ec|èque|an|ane|ote|ate)s?))?"
    r"(?:\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’])?(?P<of>[A-ZÉÈÎ][\w'’-]*))?"
)
# French writes an article before a role ("a déclaré le ministre"): no bare role.
ROLE_REFERENCE_BARE_RE: str | None = None
PRONOUNS = {"il": "m", "elle": "f"}

# The name right before a speech verb ahead of a quote is its subject.
SUBJECT_AFTER_SPEECH_VERB = False

SPEECH_VERBS = (
    "a déclaré", "a dit", "a souligné", "a affirmé", "a indiqué", "a ajouté", "a précisé", "a estimé",
    "a expliqué", "a rappelé", "a assuré", "a insisté", "a noté", "a observé", "a relevé", "a annoncé",
    "a averti", "a prévenu", "a martelé", "a plaidé", "a répondu", "a écrit", "a confié", "a reconnu",
    "a admis", "a jugé", "a dénoncé", "a condamné", "a critiqué", "a exigé", "a réclamé", "a accusé",
    "a salué", "a conclu", "a poursuivi", "a lancé", "a fait valoir", "a fait savoir", "a déploré",
    "ont déclaré", "ont souligné", "ont affirmé", "ont indiqué", "ont dit", "ont annoncé", "ont assuré",
    "déclare", "souligne", "affirme", "indique", "ajoute", "précise", "estime", "explique", "rappelle",
    "assure", "dit", "déclaré", "souligné", "selon", "a-t-il déclaré", "a-t-elle déclaré", "a-t-il dit",
    "a-t-elle dit", "a-t-il souligné", "a-t-elle souligné", "a-t-il ajouté", "a-t-elle ajouté",
    "a-t-il affirmé", "a-t-elle affirmé", "a-t-il assuré", "a-t-elle assuré", "a-t-il précisé",
    "a-t-elle précisé", "a-t-il estimé", "a-t-elle estimé", "a-t-il indiqué", "a-t-elle indiqué",
)
# "selon lui", "d'après le ministre", "aux yeux de"
ACCORDING_TO_RE = r"(?:\b[Ss]elon|\b[Dd]['’]après|\b[Aa]ux yeux d(?:e|u|es)|\b[Pp]our reprendre les mots d(?:e|u))\b"

EVENT_TRIGGERS = {
    "phone_call": r"\b(?:entretien(?:s)? téléphonique(?:s)?|conversation(?:s)? téléphonique(?:s)?|appel téléphonique|"
                  r"au téléphone|par téléphone|(?:s['’]est|se sont) entretenu(?:e|s|es)? par téléphone|visioconférence|vidéoconférence)\b",
    "agreement_signing": r"\b(?:sign(?:é|ée|és|ées|ent|aient|ait|er)|ont signé|a signé|signature(?:s)?|paraph(?:é|ée|és|ées))\b",
    "briefing": r"\b(?:conférence de presse|point de presse|déclarations? (?:conjointe|commune)s? (?:à|devant) la presse|"
                r"déclarations? à la presse)\b",
    "talks": r"\b(?:pourparlers|négociations|entretiens|négocié(?:e|s|es)?|discussions)\b",
    "visit": r"\b(?:visite (?:officielle|d['’]État|de travail|d['’]Etat)|en visite|visit(?:e|é|ée|ait|era) (?!l['’]usine|le site|l['’]exposition|de courtoisie)|"
             r"est arrivée? à|arrivé(?:e|s)? à|s['’]est rendue? à|effectue une visite)\b",
    "meeting": r"\b(?:(?:s['’]est|se sont) entretenu(?:e|s|es)?\b(?! par téléphone| au téléphone)|a rencontré|ont rencontré|a reçu (?=[A-ZÉ]|son |sa |le |la |l['’])|"
               r"visites? de courtoisie|rencontre (?:avec|entre)|réunion (?:avec|entre)|s['’]est réunie? avec|se sont réunis|"
               r"a accueilli|entrevue avec|tête-à-tête|lettres de créance)\b",
    "statement": r"\b(?:(?:a|ont) déclaré (?:à|devant) (?:la presse|les journalistes|des journalistes)|aux journalistes|"
                 r"devant (?:les journalistes|la presse)|communiqué de presse|dans un communiqué|déclaration à la presse)\b",
}
# Clauses about the past or the future: a trigger there is no event of this report.
NOT_NOW_RE = r"\b(?:sera|seront|serait|seraient|va |vont |devrait|devraient|prévu(?:e|s|es)?|prévoi\w*|" \
             r"prochaine?s?|à venir|il y a \w+ ans|autrefois|naguère|préparati\w+|(?<!l['’])invitation|invité(?:e|s)?|" \
             r"mise en œuvre|mise en oeuvre|anniversaire|ans depuis|(?:lors de|au cours de) (?:sa|leur) précédente)\b"
# A sentence that opens with one of these reports something earlier: background, never the event.
BACKGROUND_RE = r"\b(?:la semaine (?:dernière|passée)|le mois (?:dernier|passé)|il y a (?:\w+ )?(?:jours|semaines|mois)|" \
                r"auparavant|précédemment|plus tôt (?:cette|ce) (?:semaine|mois|année))\b"
# A main clause in the plus-que-parfait ("Paris avait auparavant rappelé son ambassadeur"): an act before
# the report's news. Only the opening clause, before any word of speech or subordination ("a déclaré
# qu'il avait convoqué" backshifts the news itself).
PLUPERFECT_RE = r"^\W*(?:(?!(?:a|ont|que|qu|qui|après|avant|lorsque|quand|selon|dont|où|si|car)\b)[^\s,;:']+\s+){1,7}?" \
                r"(?:avait|avaient|était|étaient)\s+(?:(?:déjà|auparavant|alors|aussi)\s+)*\w+(?:é|ée|és|ées|i|is|it|u|us|te)\b"
# A claim the speaker keeps making ("a accusé à plusieurs reprises", "depuis des années"): a standing
# position of the relations, not something said in this report's news.
STANDING_RE = r"\b(?:à plusieurs reprises|maintes fois|depuis (?:longtemps|des années|des décennies))\b"
SIGNED_LIST_RE = r"\b(?:signé(?:e|s|es)?|ont signé|signature)\b[^.\n]*:\s*$"
# "The MoUs include:" after a signing told before: a line that opens the list of the documents
DOCUMENT_LIST_OPENER_RE = r"\b(?:accords|documents|mémorandums|contrats|protocoles)\b[^.\n]{0,60}:\s*$"
# A document named in an unmarked line of such a list ("Supply agreement: between ...").
LIST_ITEM_DOCUMENT_RE = r"(?i:(?:accord|mémorandum|contrat|protocole|traité|déclaration|programme|plan\b|feuille de route))"

# Figures
SCALE_WORDS = {"mille": 1e3, "millier": 1e3, "milliers": 1e3, "million": 1e6, "millions": 1e6, "mln": 1e6,
               "m": 1e6, "milliard": 1e9, "milliards": 1e9, "mrd": 1e9, "md": 1e9, "mds": 1e9,
               "billion": 1e12, "billions": 1e12}
# French puts "de" between the scale and the currency ("1,2 milliard de dollars"): the currency
# words carry it.
CURRENCY_WORDS = {"$": "USD", "de dollars américains": "USD", "dollars américains": "USD", "de dollars": "USD",
                  "d'euros": "EUR", "d’euros": "EUR", "dollars": "USD", "dollar": "USD", "usd": "USD",
                  "€": "EUR", "euros": "EUR", "euro": "EUR", "eur": "EUR", "de roubles": "RUB", "roubles": "RUB",
                  "rouble": "RUB", "de yuans": "CNY", "yuans": "CNY", "yuan": "CNY", "£": "GBP", "de livres sterling": "GBP",
                  "livres sterling": "GBP", "de tenges": "KZT", "tenges": "KZT", "tenge": "KZT", "de soums": "UZS",
                  "soums": "UZS", "de francs suisses": "CHF", "francs suisses": "CHF", "chf": "CHF", "de manats": "AZN",
                  "manats": "AZN", "de drams": "AMD", "drams": "AMD", "de laris": "GEL", "laris": "GEL", "de yens": "JPY", "yens": "JPY"}
PERCENT_WORDS = ("pour cent", "pourcent", "%", "points de pourcentage", "points")
TIMES_WORDS = ("fois",)
WORD_MULTIPLIERS = {"doublé": 2, "doubler": 2, "doublement": 2, "triplé": 3, "tripler": 3, "quadruplé": 4,
                    "quintuplé": 5, "décuplé": 10}
# See en.DISTANCE_UNITS.
DISTANCE_UNITS = r"km|kilomètres?"
# See en.DISTANCE_PLACE_AFTER_RE.
DISTANCE_PLACE_AFTER_RE = r"^\s*(?:\([^)]*\)\s*)?(?:au nord|au sud|à l['’]est|à l['’]ouest|au nord-est|au nord-ouest|au sud-est|au sud-ouest|de distance)\b"
OTHER_UNITS = r"(?:tonnes|passagers|touristes|visiteurs|personnes|mètres cubes|barils|conteneurs|véhicules|hectares)"
WORD_NUMBERS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
                "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20,
                "trente": 30, "quarante": 40, "cinquante": 50, "cent": 100}
QUALIFIERS = [  # (regex before the number, qualifier); checked in order
    (r"(?:presque|près de|quasiment|pratiquement|avoisinant)\s*$", "almost"),
    (r"(?:environ|quelque|quelques|approximativement|autour de|de l['’]ordre de|estimé(?:e|s|es)? à)\s*$", "approx"),
    (r"(?:plus de|au-delà de|au moins|supérieure? à|dépassé|dépasse|dépassant|franchi la barre (?:des|de))\s*$", "over"),
    # ("jusqu'à" names the level a target sets: see en.QUALIFIERS)
    (r"(?:moins de|inférieure? à|au plus)\s*$", "under"),
]
QUALIFIER_AFTER = [(r"^\s*(?:et plus|ou plus|au moins)\b", "over"),
                   (r"^\s*(?:ou moins|au plus)\b", "under")]
METRIC_WORDS = [  # (regex in the clause, metric); first match wins
    (r"\b(?:balance commerciale|excédent|déficit|solde)\b", "trade_balance"),
    (r"\b(?:échanges commerciaux|échanges|chiffre d['’]affaires commercial|commerce\w*|volume des échanges)\b", "trade_turnover"),
    (r"\b(?:exportations?|exporté\w*|livraisons?)\b", "export"),
    (r"\b(?:importations?|importé\w*)\b", "import"),
    (r"\b(?:investi\w*)\b", "investment"),
    # see en: a loan, a credit or a guarantee
    (r"\b(?:crédits?|prêts?|garanties?)\b", "other"),
]
DECLINE_WORDS = r"\b(?:baiss\w*|recul\w*|diminu\w*|chut\w*|contract\w*|repli\w*|reflu\w*|en moins)\b"
GROWTH_WORDS = r"\b(?:hausse|augment\w*|progress\w*|croissance|cr[uû]|bondi\w*|doubl\w*|grimp\w*)\b"
FORECAST_RE = r"\b(?:sera|seront|serait|devrait|devraient|prévu\w*|prévoi\w*|prévision\w*|objectif\w*|" \
              r"vise\w*|d['’]ici (?:à )?20\d\d|pourrait|pourraient|porter (?:\w+ ){0,4}à|l['’]an prochain|" \
              r"l['’]année prochaine|ambition\w*)\b"
# The base a change is measured against is not the figure's period.
COMPARISON_BASE_RE = r"(?<!\w)(?:par rapport (?:à|au|aux)|comparé(?:e|s|es)? (?:à|au)|contre|que|qu['’]|depuis)\s+(?:la même période(?: de| d['’])?\s*|en\s+)?$"
# "6,2 % de moins qu'en 2023": a change written as a comparison.
# See en.LEVEL_AFTER_RE.
LEVEL_AFTER_RE = r"^\s*(?:du niveau|par rapport (?:au|à l['’])\s*(?:niveau|année|même période))"
# See en.OCCURRENCE_BEFORE_RE.
OCCURRENCE_BEFORE_RE = r"\b(?:rencontrés|rencontré|rencontrées|entretenus|visité)\s+(?:\w+\s+){0,3}$"
COMPARATIVE_AFTER_RE = r"^\s*(?:de\s+)?(?P<dir>moins|plus)\b[^.;]{0,30}\bqu(?:e|['’])"
# A share of a vote is an election result, not a figure between two countries.
NOT_BILATERAL_AFTER_RE = r"^\s*des (?:voix|suffrages|votes)\b"
# "le nombre d'entreprises ... dépasse 250"
COUNT_OF_RE = r"\bnombre d(?:e |['’])(?P<noun>[a-zéèêà]+(?: [a-zéèêà]+)?)\b[^.;]{0,90}?\b(?:dépasse|a dépassé|atteint|a atteint|s['’]élève à|s['’]élevait à|est de|était de|est passé à)\s+(?:plus de |environ |près de |presque )?(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)\b"
HYPOTHETICAL_RE = r"\b(?:rêv\w*|espérai\w*|imagin\w*)\b"
# See en.SAME_PERIOD_RE.
SAME_PERIOD_RE = r"\b(?:pendant|durant|au cours de) (?:cette|la même) période\b|\bdepuis lors\b"
# See en.SAME_SPAN_RE (not read in this language yet).
SAME_SPAN_RE: str | None = None
ANAPHORIC_FIGURE_RE = r"\b(?:ce|cet|cette|le même) (?:chiffre|niveau|seuil|montant|volume|cap)\b"
COUNT_STOP_NOUNS = {
    "an", "ans", "année", "années", "mois", "jour", "jours", "semaine", "semaines", "heure", "heures",
    "minutes", "pour", "fois", "hectares", "kilomètres", "km", "tonnes", "h", "millions", "milliards",
    "mille", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre", "et", "ou", "à", "de", "des", "du", "le", "la", "les", "en",
}
# Periods: (regex, kind) with the captured numbers; resolved in figures.py
PERIOD_PATTERNS = [
    (r"\b(?:de |entre |sur la période )?(?P<m1>janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre)"
     r"\s*(?:[-–—]|à|et)\s*(?P<m2>février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?:\s+(?P<year>\d{4}))?\b", "month_range"),
    (r"\bau (?P<q>premier|deuxième|second|troisième|quatrième|1er|2e|3e|4e) trimestre(?: (?:de |d['’])?(?P<year>\d{4}|cette année|l['’]année en cours|l['’]année dernière))?", "quarter"),
    (r"\b(?:au cours des |sur les |pendant les )?(?:premiers )?(?P<n>\d{1,2}|six|neuf|trois|huit|dix|onze|sept|cinq|quatre|deux) (?:premiers )?mois(?: (?:de |d['’])?(?P<year>\d{4}|cette année|l['’]année en cours|l['’]année dernière))?", "months"),
    (r"\bau premier semestre(?: (?:de |d['’])?(?P<year>\d{4}|cette année|l['’]année en cours))?", "half"),
    (r"\bau (?:second|deuxième) semestre(?: (?:de |d['’])?(?P<year>\d{4}|cette année|l['’]année en cours|l['’]année dernière))?", "second_half"),
    (r"\b(?:au cours des|ces|sur les|pendant les) (?P<n>\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) dernières années\b", "last_n_years"),
    (r"\b(?:au cours des|dans les|pendant les) (?P<n>\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) prochaines années\b", "next_n_years"),
    (r"\b(?:au cours de|pendant) la dernière décennie\b|\b(?:au cours des|pendant les) (?P<n>deux|trois|quatre|cinq) "
     r"dernières décennies\b", "last_decades"),
    (r"\bces dernières années\b|\bau cours des dernières années\b", "recent_years"),
    (r"\bdans les (?:prochaines|années à venir)\b(?: années\b)?|\bau cours des prochaines années\b", "coming_years"),
    (r"\bl['’]an dernier\b|\bl['’]année dernière\b|\bl['’]année précédente\b|\bun an plus tôt\b", "last_year"),
    (r"\bcette année\b|\bl['’]année en cours\b", "this_year"),
    (r"\bl['’]an prochain\b|\bl['’]année prochaine\b", "next_year"),
    (r"\b(?:entre|de) (?P<year>(?:19|20)\d{2}) (?:et|à) (?P<year2>(?:19|20)\d{2})\b|\b(?P<year3>(?:19|20)\d{2})\s*[-–—]\s*(?P<year4>(?:19|20)\d{2})\b", "year_range"),
    (r"\bdepuis (?:l['’]an(?:née)? )?(?P<year>(?:19|20)\d{2})\b", "since_year"),
    (r"\b(?:en|d['’]ici|pour|de|jusqu['’]en|pendant)\s+(?P<year>(?:19|20)\d{2})\b", "year"),
    (r"\b(?P<year>(?:19|20)\d{2})\b", "year"),
]
MONTH_NUMBERS = {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
                 "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
                 "décembre": 12, "decembre": 12}
NUMBER_WORDS_SMALL = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
                      "neuf": 9, "dix": 10, "onze": 11}
ORDINALS = {"premier": 1, "deuxième": 2, "second": 2, "troisième": 3, "quatrième": 4, "1er": 1, "2e": 2,
            "3e": 3, "4e": 4}

AGREEMENT_KINDS = [
    (r"^(?:protocole d['’]accord|mémorandum|memorandum)", "memorandum"),
    (r"^(?:feuille de route)", "roadmap"),
    (r"^(?:programme)", "program"),
    (r"^(?:plan|plan d['’]action)", "plan"),
    (r"^(?:accord|traité|convention|protocole|contrat)", "agreement"),
    (r"^(?:déclaration|communiqué)", "other"),
]
AGREEMENT_HEADS = r"(?:[Aa]ccord|[Tt]raité|[Cc]onvention|[Pp]rotocole d['’]accord|[Mm][ée]morandum|[Pp]rotocole|[Pp]rogramme|" \
                  r"[Pp]lan d['’]action|[Pp]lan|[Ff]euille de route|[Dd]éclaration (?:commune|conjointe)|[Dd]éclaration|[Cc]ommuniqué commun|[Cc]ontrat)"
# Words that say a document is signed, before its title ("ont signé un accord", "la signature d'un").
SIGNING_WORDS = r"ont signé|a signé|signé|signée|signés|signées|signature\s+(?:d['’]un|d['’]une|du|de la|des)"
# French may put the subject after a signing noun ("la signature par les deux ministres d'un ..."),
# and elides the article before a vowel ("ont signé l'accord").
AGREEMENT_VERB_GAP = r"(?:[\w'’-]+\s+){0,2}?(?:[lLdD]['’])?"
AGREEMENT_NOMINATIVE: dict[str, str] = {}
# "un accord ... a été signé": the document before a passive verb.
SIGNED_PASSIVE_RE = r"\s+(?:a été|ont été|avait été|avaient été|sera|seront|est|sont)\s+(?:[\w'’-]+\s+)?sign(?:é|ée|és|ées)\b"

# Institutions that speak ("a indiqué le Quai d'Orsay"); see en.INSTITUTION_SPEAKERS.
INSTITUTION_SPEAKERS = [
    (r"\bservice de presse du Kremlin\b", "Kremlin press service", "RUS"),
    (r"\bKremlin\b", "Kremlin", "RUS"),
    (r"\bMaison[- ]Blanche\b", "White House", "USA"),
    (r"\bPentagone\b", "Pentagon", "USA"),
    # see the English pack
    (r"\bItamaraty\b", "Foreign Ministry", "BRA"),
    (r"\bDowning Street\b", "Prime Minister's Office", "GBR"),
    (r"\bDépartement d['’]État\b", "State Department", "USA"),
    (r"\b(?:[Dd]éclaration|[Cc]ommuniqué) commun(?:e)?\b", "joint statement", "&"),
    (r"\bQuai d['’]Orsay\b", "Foreign Ministry", "FRA"),
    (r"\b[Mm]inistère (?:de l['’]Europe et )?des [Aa]ffaires [ée]trangères\b|\bdiplomatie (?:française|russe|ouzbèke|kazakhe)\b",
     "Foreign Ministry", ""),
    (r"\b[Mm]inistère (?:de la|des) (?:Défense|Armées)\b", "Defence Ministry", ""),
    (r"\b[Mm]inistère de l['’]Intérieur\b", "Interior Ministry", ""),
    (r"\b[ÉE]lysée\b|\bprésidence (?:de la République|française)\b", "presidential administration", ""),
    (r"\b[Mm]atignon\b", "Government", "FRA"),
    (r"\b[Aa]mbassade\b", "Embassy", ""),
    (r"\bservice de presse\b", "press service", ""),
    # an army speaks through its spokesman (see the English pack)
    (r"\b[Aa]rmée\b", "Army", ""),
    (r"\b[Ff]orces armées\b", "military", ""),
    (r"\b[Gg]ouvernement\b", "Government", ""),
    (r"\b(?:[Ll]e|[Dd]u|[Aa]u) [Mm]inistère\b", "*", ""),
]
# A person's role right before an institution makes the phrase a person ("le chef du gouvernement a dit").
INSTITUTION_PERSON_HEAD_RE = r"\b(?:chef|ministre|directeur|directrice|président|présidente|porte-parole)\s+(?:du|de la|de l['’]|des)\s*(?:\w+\s+)?$"

# Where a list of signed documents ends and the talks go on to their next act (", et ont
# également convenu ...").
NEXT_ACT_RE = r",\s+et\s+(?:ont\s+)?(?:également\s+|aussi\s+)?(?:convenu|signé|discuté|décidé|échangé|exprimé|adopté|souligné|salué)\b"

# Where a signed document's title ends: the words that go on to say when or what followed.
TITLE_TAIL_RE = r"\s+(?:le|ce|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\d)|" \
                r",?\s+(?:après quoi|à l['’]issue|tandis que|alors que|lorsque)\b|,\s+[^,]{0,40}\b(?:rapporte|indique|a indiqué|a déclaré|selon)\b"

# Counts: "cinq diplomates russes", "250 entreprises". French groups thousands with a space.
COUNT_DIGITS = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{1,6}(?![.,]\d)"
COUNT_NOUN = r"(?:[\"«»“”']?\s?[a-zéèêàâîôûç][\w'’-]*[\"«»“”']?[ \u00a0]+){0,2}?[a-zéèêàâîôûç][\w-]*[sx]\b"
# See en.COUNT_PARTITIVE ("trois de ses soldats").
COUNT_PARTITIVE = r"(?:de\s+(?:ses|leurs|nos)|sur\s+\d+)(?=[ \u00a0])"
COUNT_WORDS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
               "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50}
# Plural nouns that a number before makes no claim: the two sides of every bilateral report.
COUNT_WORD_STOP_NOUNS = {"pays", "parties", "dirigeants", "états", "etats", "nations", "présidents", "ministres",
                         "chefs", "gouvernements", "voisins", "capitales", "délégations", "hommes", "femmes",
                         "décennies", "tours", "fois", "côtés", "autres", "choses", "façons", "questions", "points",
                         "mots"}
# See en.COUNT_ELLIPSIS.
COUNT_ELLIPSIS = r"autres(?=\s+(?:ont|sont|étaient|restent)\b)"
# A number written as a word counts only people, bodies, documents and arms (see en.COUNT_WORD_NOUNS).
COUNT_WORD_NOUNS = ("diplomate", "fonctionnaire", "employé", "agent", "citoyen", "ressortissant", "personne",
                    "soldat", "militaire", "individu", "entreprise", "société", "journaliste", "militant", "membre",
                    "officier", "espion", "prisonnier", "détenu", "otage", "civil", "travailleur", "navire",
                    "bateau", "avion", "appareil", "drone", "missile", "roquette", "char", "hélicoptère",
                    "mémorandum", "protocole", "accord", "document", "contrat", "traité", "poste-frontière",
                    "point de passage", "consulat", "ambassade", "banque", "organisation", "institution",
                    "étudiant", "migrant", "réfugié", "victime", "combattant", "policier", "mort", "note")
# Titles of a country's envoy: the person a summons, an expulsion or a recall acts on.
ENVOY_TITLE_RE = r"(?i:ambassadeur|ambassadrice|envoyé|chargé d['’]affaires|chef de (?:la )?mission)"
# The preposition before the host country of an envoy ("ambassadeur en France", "ambassadeur à Paris").
HOST_PREP_RE = r"\b(?:en|à|au|aux|auprès d(?:e|u|es))\s+(?:la\s+|l['’])?$"
# A condition turns a conflict act into a threat ("fermera la frontière si ...").
CONDITION_RE = r"\b(?:si|sinon|faute de|à moins que|à défaut)\b"
# Auxiliaries of the future: a conflict act announced for later is a threat.
FUTURE_WORDS = ("va", "vont", "sera", "seront", "serait", "seraient", "allait")
# Words before and after an event word searched for the rest of its phrase; see de.PATTERN_WINDOW.
PATTERN_WINDOW = (8, 10)
# The pronoun an institution is referred back with ("a-t-il indiqué dans un communiqué"): French
# has no neuter; "il" would take every man for a ministry, so none.
NEUTER_PRONOUNS = ("celui-ci",)

# A sentence that goes on with the documents signed: "Parmi eux figurent un mémorandum ...".
SIGNED_LIST_OPENER_RE = r"^\W*(?:parmi eux|parmi ceux-ci|parmi ces documents|il s['’]agit notamment)\b"
# Lower-case adjectives a document's title may carry ("un accord intergouvernemental").
AGREEMENT_ADJECTIVES = r"(?:(?:intergouvernemental\w*|bilatéra\w*|trilatéra\w*|conjoint\w*|commun\w*|global\w*|cadre|stratégique\w*)\s+)"
# A title that names a value is a package of deals ("des accords d'une valeur de 5 milliards").
AGREEMENT_VALUE_RE = r"\b(?:d['’]une valeur (?:totale )?de|d['’]un montant (?:total )?de|pour un montant)\b|\d[\d.,]*\s*(?:milliards?|millions?|mds?)\b"
# Plural document words: with a value, a package of deals.
AGREEMENT_PLURAL_RE = r"\b(?:accords|mémorandums|protocoles|contrats|documents|traités)\b"
# Within the signing sentence: "des documents ont été signés, dont un accord sur ...".
SIGNED_INLINE_LIST_RE = r"\b(?:dont|notamment|parmi lesquels|parmi lesquelles|y compris)\s+"

# A protest lodged (a note, a demarche): words voiced in it belong to the summons or note the
# report codes already, not to a statement of their own.
PROTEST_RE = r"\b(?:protest\w*|démarche)\b"
