"""German words of the agreement finder; see en/agreements.py for what each name means."""

AGREEMENT_INLINE_LIST_WORDS = ("darunter", "nämlich")
AGREEMENT_ARTICLES = (r"ein\w*", "die", "das", "den")
AGREEMENT_LIST_ARTICLES = (r"ein\w*",)
# ("... und ein Memorandum über ...", "... sowie eine Absichtserklärung ...")
AGREEMENT_AND_ARTICLES: tuple[str, ...] = (r"ein\w*",)
LIST_AND_WORDS = ("und",)
LIST_ALSO_WORDS = ("sowie",)
AGREEMENT_PASSIVE_AUXILIARIES = ("wurde", "wurden")
AGREEMENT_DETERMINERS = ("die", "diese")
RELATIVE_PRONOUNS = ("der", "die", "das")
TITLE_PLACE_PREPOSITIONS = ("in", "im", "in der", "in den")
HISTORY_YEAR_PREPOSITIONS = ("in", "im")
# "Gemeinsame Absichtserklärung": a capitalised adjective before the head word.
TITLE_ADJECTIVE_ENDING: str | None = r"e[rns]?"
# See en/agreements.py. "zwischen dem Planungsminister X und Botschafterin Y": the signers.
# (adjectives only between the article and the title: not "zwischen dem Amt des Präsidenten")
SIGNER_BETWEEN_RE = (r"\s+zwischen\s+(?:de[mnr]|die)\s+(?:(?-i:[a-zäöüß])[\w-]*\s+){0,3}?"
                     r"[\w-]*(?:[Mm]inister|[Pp]räsident|[Bb]otschafter|[Kk]anzler|[Gg]esandte)(?:in|en|n)?\b")
DESCRIPTIVE_ADJECTIVES = r"(?:bilateral|zwischenstaatlich|neu|weiter)\w*"
SUBJECT_LIST_SINGULAR_AFTER_RE: str | None = None
SUBJECT_LIST_RE = (r"^(?P<head>(?:[\w-]+\s+)?(?:Vereinbarungen|Verträge|Dokumente|Absichtserklärungen|Memoranden)\s+"
                   r"(?:über|zur|zum|zu)\s+)")
# Only named kinds of document: "the documents cover trade, health ..." tells the areas of a
# package, not the titles of its documents.
COVERED_SUBJECTS_RE = (r"\b(?:die\s+)?(?P<doc>Vereinbarungen|Abkommen|Verträge)\s+(?:betreffen|betrafen|umfassen|umfassten)\s+"
                       r"(?:die\s+(?:Bereiche|Felder)\s+)?(?P<list>[^.;:\n]+)"
                       r"|\b(?P<doc2>Vereinbarungen)\s+in\s+den\s+Bereichen\s+(?P<list2>[^.;:\n]+)")
DOCUMENT_SINGULAR = {"vereinbarungen": "Vereinbarung", "abkommen": "Abkommen", "dokumente": "Dokument",
                     "verträge": "Vertrag"}
SUBJECT_PREPOSITION = "über"
# See en/agreements.py: "eine gemeinsame Erklärung".
JOINT_DOCUMENT_RE = r"(?:die\s+|eine\s+|das\s+|ein\s+)?gemeinsame[rns]?\s+(?:erklärung|deklaration|kommuniqu\w+)"
# See en/agreements.py: "Das Bildungsministerium und der Rat für Hochschulausbildung haben ein Memorandum
# unterzeichnet", "Zwischen dem Ministerium ... und dem Innenministerium ... wurde eine Absichtserklärung ...".
SIGNING_BODY_RE = (r"(?:ministeri(?:um|en)|behörden?|agentur(?:en)?|akademien?|universität(?:en)?|kammern?|banken?|"
                   r"\bbank\b|fonds|unternehmen|konzern\w*|\brat\b|\brates\b|\bamt\b|verwaltung(?:en)?|kommission(?:en)?|"
                   r"institut\w*|gebiet\w*|region(?:en)?|stadt|städte|sekretariat\w*|verb(?:and|ände)|post\b|zentr(?:um|en))")
SIGNERS_BETWEEN_WORD = "zwischen"
SIGNERS_TRAIL_RE = (r"(?:\s+(?:haben|hat|hatten|hatte|wurde|wurden|ist|sind|auch|außerdem|zudem|heute|gestern|ebenfalls|"
                    r"ein\w*|die|das|den|der))*\s*$")
PASSIVE_CONTINUATION_RE = r"\s+(?=zwischen\s+[^.;:\n]{3,80}?\s+(?:über|zur|zum)\s)"
# A title that ends in (or holds) a relative pronoun names its subject in the clause before
# ("the memorandum on the creation of which was signed"): it refers back, names nothing itself.
TITLE_REFERS_BACK_RE: str | None = r"(?<!\w)(?:deren|dessen)(?!\w)"
# See en/agreements.py: "Vereinbarungen zwischen Ministerium und Firmen" (not "Abkommen", which
# is singular too: "ein Abkommen zwischen der Schweiz und Kasachstan über ..." is a title).
PLURAL_PARTIES_ONLY_RE: str | None = r"^(?:\w*vereinbarungen|\w*verträge|dokumente|absichtserklärungen)\s+(?:zwischen|mit)\b"
# See en/agreements.py: "Zu den unterzeichneten Dokumenten gehört ein Fahrplan ...".
DOCUMENTS_INCLUDE_RE: str | None = (r"^\W*(?:zu den (?:[\w-]+\s+){0,2}?(?:Dokumenten|Abkommen|Vereinbarungen)\s+"
                                    r"gehör\w*(?:\s+auch)?|(?:die\s+)?(?:[\w-]+\s+){0,2}?(?:Dokumente|Abkommen|Vereinbarungen)\s+"
                                    r"umfass\w*)\s+")
SIGNED_IS_RE = r"\b(?:Abkommen|Vereinbarung|Dokument)\s+ist\s+(?:eine?|die|das|der)\s+"
# See en/agreements.py: "Es wurde eine gemeinsame Erklärung der Staatschefs verabschiedet".
JOINT_ADOPTED_RE = (r"(?P<title>(?-i:[Gg])emeinsame\s+(?:Erklärung|Deklaration|Kommuniqué)[^.;:\n]{0,200}?)\s+"
                    r"(?:(?:wurde|wurden|ist|sind|haben|hat)\s+(?:[\w-]+\s+){0,4}?)?(?:verabschiedet|angenommen)\b")
# See en/agreements.py (none: titles are not so built here).
AGREEMENT_COMPOUND_RE: str | None = None
AGREEMENT_COMPOUND_GOES_ON_RE: str | None = None
