"""English words of page furniture and dates, for the clean stage (dyad.clean).

The cleaner reads a page before it knows the page's language, so it joins these tables over
every pack (dyad.lang.union). Plain tuples are words and phrases, matched whole and in any
case; names ending in _RE hold regular-expression fragments.
"""

# Dates. Month names and their abbreviations in every form a date writes them.
DATE_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
)
DATE_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A month's name in a case the date parser does not read, to the form it does (none in English).
DATE_MONTH_CASES: dict[str, str] = {}
# The word for "year" after a year ("2024 g."): an abbreviation (may touch the digits, takes a
# dot) and full words.
DATE_YEAR_ABBREVS: tuple[str, ...] = ()
DATE_YEAR_WORDS: tuple[str, ...] = ()
# After a time of day: "17:34 GMT"; and the zones a UTC offset is written with ("UTC +04:00").
DATE_ZONES = ("GMT", "UTC", "CET", "CEST")
DATE_OFFSET_ZONES = ("UTC", "GMT")
# Labels of a date line ("Published: 3 May 2024") and the word between label and date ("on").
DATE_LABELS = ("date of publication", "publication date", "date", "published", "updated")
# Those of DATE_LABELS (or not) that date a page's update: another date line is the publication.
DATE_UPDATE_LABELS = ("updated", "last updated")
DATE_LABEL_JOINERS = ("on",)
# A byline that carries the publication date: "Staff Writer Published March 11, 2021".
DATE_BYLINE_LABELS = ("published", "posted")
# Labels before a full date in running furniture: "This report was first published Aug. 23, 2022."
DATE_FURNITURE_LABELS = ("first published", "published", "posted")
# "Today, 23 August, ...": the report's own day; the word between "today" and the date.
DATE_TODAY_WORDS = ("today",)
DATE_TODAY_JOINERS: tuple[str, ...] = ()

# Page furniture. Share, print and navigation lines ("Share on", "Read more", "Tags").
FURNITURE_SHARE = (
    "share", "share on", "share via", "subscribe", "follow us", "print", "go back", "read more", "photo",
    "source", "tag", "tags", "related", "recent news", "all news", "copyright", "all rights reserved",
)
# Words of a row of share buttons besides the networks' names ("Share on", "Go back", "Print").
FURNITURE_BUTTONS = ("print", "go", "back", "share", "on")
# Headings of the lists of other stories a page carries.
FURNITURE_RELATED_HEADINGS = (
    "read also", "see also", "also read", "read more on", "related news", "related articles",
    "related stories", "related materials", "latest news", "latest", "more news", "top news", "most read",
    "most popular", "popular", "news feed", "other news",
)
# Footer sentences, recognised by what they say.
FURNITURE_COPYRIGHT = ("copyright",)
FURNITURE_FOOTER_RE = (
    r"all rights reserved",
    r"(?:reproduction|use|republication) of (?:the )?materials?",
    r"hyperlink to",
)
# Cookie notices: "cookies ... accept", "This site uses cookies".
FURNITURE_COOKIE_NOUNS = ("cookie", "cookies")
FURNITURE_COOKIE_CONSENT = ("accept", "agree", "consent", "continu")  # word starts
FURNITURE_COOKIE_VERBS = ("uses", "use")
FURNITURE_COOKIE_OBJECTS = ("cookies",)
# A photo caption's credit: "Photo: Reuters", "photograph by ...".
FURNITURE_CAPTION_LABELS = ("photo", "image", "picture", "pictured")
FURNITURE_CAPTION_CREDITS_RE = (r"\bphoto(?:graph)?\s+by\b",)

# Letters, as regular-expression class ranges: the capitals and small letters of the language,
# and those of its plain alphabet (agency names are written in it: "BelTA", "INTERFAX.RU").
SCRIPT_UPPER = ("A-Z",)
SCRIPT_LOWER = ("a-z",)
SCRIPT_ALPHABET_UPPER = ("A-Z",)
SCRIPT_ALPHABET_LOWER = ("a-z",)
# The capitals a closing credit's agency starts with: "(APA, 17.3.2017)".
SCRIPT_CREDIT_UPPER = ("A-Z",)
