"""German words of page furniture and dates, for the clean stage; see en.clean for each name."""

DATE_MONTHS = (
    "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
    "november", "dezember",
    "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez",
)
DATE_WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag")
# A month's name in a case the date parser does not read, to the form it does (none in German).
DATE_MONTH_CASES: dict[str, str] = {}
DATE_YEAR_ABBREVS: tuple[str, ...] = ()
DATE_YEAR_WORDS: tuple[str, ...] = ()
DATE_ZONES = ("Uhr", "h", "MEZ", "MESZ")  # "17:34 Uhr"
DATE_OFFSET_ZONES: tuple[str, ...] = ()
DATE_LABELS = ("datum", "veröffentlicht", "aktualisiert")
# See en.DATE_UPDATE_LABELS.
DATE_UPDATE_LABELS = ("aktualisiert", "zuletzt aktualisiert")
DATE_LABEL_JOINERS = ("am",)
# "Von Anna Muster, veröffentlicht am 3. März 2024"
DATE_BYLINE_LABELS = ("veröffentlicht", "erschienen")
# "Stand: 29.10.2023 01:06 Uhr"
DATE_FURNITURE_LABELS = ("stand", "veröffentlicht", "erschienen", "aktualisiert am")
DATE_TODAY_WORDS = ("heute",)
DATE_TODAY_JOINERS = ("am",)  # "heute, am 23. August"

FURNITURE_SHARE = (
    "teilen", "abonnieren", "drucken", "zurück", "weiterlesen", "foto", "bild", "quelle", "alle rechte",
)
FURNITURE_BUTTONS: tuple[str, ...] = ()
FURNITURE_RELATED_HEADINGS = (
    "lesen sie auch", "auch interessant", "mehr zum thema", "meistgelesen", "neueste artikel",
    "neueste nachrichten", "weitere nachrichten",
)
FURNITURE_COPYRIGHT: tuple[str, ...] = ()
FURNITURE_FOOTER_RE = (r"alle rechte vorbehalten",)
FURNITURE_COOKIE_NOUNS = ("cookie", "cookies")
FURNITURE_COOKIE_CONSENT = ("zustimm", "akzeptier", "einverstanden", "verwende")
FURNITURE_COOKIE_VERBS = ("verwendet", "nutzt")
FURNITURE_COOKIE_OBJECTS = ("cookies",)
# "(Archivbild) Foto: dpa"
FURNITURE_CAPTION_LABELS = ("foto", "bild")
FURNITURE_CAPTION_CREDITS_RE = (r"\(archivbild\)",)

SCRIPT_UPPER = ("A-Z", "ÄÖÜ")
SCRIPT_LOWER = ("a-z", "äöüß")
SCRIPT_ALPHABET_UPPER = ("A-Z",)
SCRIPT_ALPHABET_LOWER = ("a-z",)
SCRIPT_CREDIT_UPPER = ("A-Z",)
