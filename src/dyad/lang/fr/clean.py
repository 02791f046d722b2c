"""French words of page furniture and dates, for the clean stage; see en.clean for each name."""

DATE_MONTHS = (
    "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout", "septembre",
    "octobre", "novembre", "décembre", "decembre",
    "janv", "févr", "fevr", "avr", "juil", "sept", "oct", "nov", "déc",
)
DATE_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
# A month's name in a case the date parser does not read, to the form it does (none in French).
DATE_MONTH_CASES: dict[str, str] = {}
DATE_YEAR_ABBREVS: tuple[str, ...] = ()
DATE_YEAR_WORDS: tuple[str, ...] = ()
DATE_ZONES = ("HEC", "HAEC")  # "14:05 HEC"; "14h05" is written apart
DATE_OFFSET_ZONES: tuple[str, ...] = ()
DATE_LABELS = ("date de publication", "publié", "publiée", "mis à jour", "mise à jour", "modifié")
# See en.DATE_UPDATE_LABELS.
DATE_UPDATE_LABELS = ("mis à jour", "mise à jour", "modifié")
DATE_LABEL_JOINERS = ("le",)  # "Publié le 12 mars 2025"
DATE_BYLINE_LABELS = ("publié", "publiée", "mis en ligne")
DATE_FURNITURE_LABELS = ("publié", "publiée", "publié le", "mis en ligne le", "mis à jour le")
DATE_TODAY_WORDS = ("aujourd'hui", "aujourd’hui")
DATE_TODAY_JOINERS = ("le",)

FURNITURE_SHARE = (
    "partager", "partager sur", "s'abonner", "abonnez-vous", "suivez-nous", "imprimer", "retour", "lire la suite",
    "photo", "source", "mots-clés", "tous droits réservés",
)
FURNITURE_BUTTONS: tuple[str, ...] = ()
FURNITURE_RELATED_HEADINGS = (
    "lire aussi", "à lire aussi", "voir aussi", "sur le même sujet", "dernières nouvelles", "dernières actualités",
    "les plus lus", "à la une", "articles liés", "autres articles",
)
FURNITURE_COPYRIGHT: tuple[str, ...] = ()
FURNITURE_FOOTER_RE = (r"tous droits réservés", r"reproduction (?:interdite|des contenus)")
FURNITURE_COOKIE_NOUNS = ("cookie", "cookies", "traceurs")
FURNITURE_COOKIE_CONSENT = ("accept", "consent", "continu")
FURNITURE_COOKIE_VERBS = ("utilise", "utilisent")
FURNITURE_COOKIE_OBJECTS = ("cookies", "des cookies")
FURNITURE_CAPTION_LABELS = ("photo", "illustration")
FURNITURE_CAPTION_CREDITS_RE = (r"\bphoto\s*:",)

SCRIPT_UPPER = ("A-Z", "ÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸ")
SCRIPT_LOWER = ("a-z", "àâæçéèêëîïôœùûüÿ")
SCRIPT_ALPHABET_UPPER = ("A-Z",)
SCRIPT_ALPHABET_LOWER = ("a-z",)
SCRIPT_CREDIT_UPPER = ("A-Z",)
