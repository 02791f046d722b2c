"""French words of the event finder; see en/events.py for what each name means."""

PLACE_PREPOSITIONS = ("à",)  # "à Paris"
VISIT_NOUNS = ("visite",)
VISIT_DESTINATION_PREPOSITIONS = ("à", "en", "au")  # "visite à Paris", "en France", "au Kazakhstan"
VISIT_HOST_ARTICLES: tuple[str, ...] = ()
VISIT_STAY_PREPOSITIONS: tuple[str, ...] = ()
VISIT_STAY_LINKS: tuple[str, ...] = ()
VISIT_STAY_ARTICLES: tuple[str, ...] = ()

# A sentence that lists the members of a side's delegation: they take part in its visit.
DELEGATION_RE = r"\b(?:la délégation (?:comprenait|comprend|était composée de)|accompagnée?s? (?:de|par))\b"
# See en.ATTENDANCE_RE ("ont pris part aux entretiens A et B", "étaient également présents C et D").
ATTENDANCE_RE = (r"\b(?:(?:ont|a|avaient|avait) (?:également |aussi )?(?:pris part|participé) (?:aux|à la) (?:entretiens|négociations|discussions|rencontre|réunion|pourparlers)\b|"
                 r"(?:également|aussi) présents?\b|en présence de)")
# "il a également rencontré", "outre son homologue": une rencontre de plus de la visite.
# Des rencontres au pluriel ("des rencontres séparées avec A et B") : une avec chacun.
FURTHER_MEETING_RE = r"\b(?:aussi|également|en outre|outre|par ailleurs|rencontres séparées|des rencontres avec)\b"

# See en.COORDINATED_ACT_RE ("X a rencontré A, a eu des entretiens avec B et a signé ...").
COORDINATED_ACT_RE = r"[,;]|\b(?:et|puis|avant de)\b"

# See en.MEETING_AS_TIME_RE.
MEETING_AS_TIME_RE = r"(?!)"
# see en: "en signe de protestation contre", "pour protester contre"
PROTEST_PURPOSE_RE = r"\ben signe de protestation\b|\bpour protester contre\b"
# See en.PROPOSED_ENCOUNTER_RE: "a proposé d'organiser une visite".
PROPOSED_ENCOUNTER_RE = r"\bpropos(?:é|ée|a|ait|e|ent) (?:de|d['’]) ?(?:organiser|tenir|effectuer|rendre|visiter|rencontrer)\b"

# See en.WELCOME_RE.
WELCOME_RE = r"\b(?:cérémonie d['’]accueil|accueil officiel|honneurs militaires|garde d['’]honneur|tapis rouge|à l['’]aéroport|a été accueillie?)\b"

# See en.BUSINESS_MEETING_RE.
BUSINESS_MEETING_RE = (r"\b(?:(?:forum d['’]affaires|forum économique|conseil d['’]affaires)\b[^.]{0,60}?\b(?:s['’]est tenu|a eu lieu|a réuni)|"
                       r"(?:lors|en marge) du (?:[\w-]+ ){0,3}(?:forum d['’]affaires|forum économique|conseil d['’]affaires))\b")

# See en.CAUSE_OF_ACT_RE.
# See en.CAUSE_AFTER_NAME_RE; not written for this language yet: never matches.
CAUSE_AFTER_NAME_RE = r"(?!)"
CAUSE_BEFORE_NAME_RE = r"(?!)"
CAUSE_OF_ACT_RE = r"\b(?:à cause des?|après les?|pour les?) (?:propos|déclarations?|commentaires?|remarques?) (?:de|du|des|d')\s*(?:\S+\s+){0,4}$"
