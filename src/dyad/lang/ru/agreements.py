"""Russian words of the agreement finder; see en/agreements.py for what each name means."""

AGREEMENT_INLINE_LIST_WORDS = ("в том числе", "среди них", "среди которых", "включая", "а именно")
AGREEMENT_ARTICLES: tuple[str, ...] = ()
AGREEMENT_LIST_ARTICLES: tuple[str, ...] = ()
AGREEMENT_AND_ARTICLES: tuple[str, ...] = ()
LIST_AND_WORDS = ("и",)
LIST_ALSO_WORDS = ("а также",)
AGREEMENT_PASSIVE_AUXILIARIES = (r"был\w*",)
AGREEMENT_DETERMINERS = ("эти",)
RELATIVE_PRONOUNS = ("который", "которое")
TITLE_PLACE_PREPOSITIONS = ("в", "во")
HISTORY_YEAR_PREPOSITIONS = ("в",)
TITLE_ADJECTIVE_ENDING: str | None = None
# See en/agreements.py. "соглашение между министром X и послом Y": the signers.
# (adjectives only before the title: not "между Администрацией Президента")
SIGNER_BETWEEN_RE = r"\s+между\s+(?:[\w-]+(?:ым|им|ой)\s+){0,2}?(?:президент|министр|посл[аоу]м?|премьер|глав[аоуы]|канцлер)\w*\b"
DESCRIPTIVE_ADJECTIVES = r"(?:двусторонн|межправительственн|межгосударственн|нов)\w*"
# "подписание соглашения о торговле, ...": the genitive singular after a noun, one agreement.
SUBJECT_LIST_SINGULAR_AFTER_RE = r"\b(?:подписани|заключени|проект|текст)[а-яё]*\s+$"
SUBJECT_LIST_RE = r"^(?P<head>(?:[\w-]+\s+)?(?:соглашения|меморандумы|документы|договоры|протоколы)\s+(?:о|об|по)\s+)"
# Only named kinds of document: "the documents cover trade, health ..." tells the areas of a
# package, not the titles of its documents.
COVERED_SUBJECTS_RE = (r"(?P<doc>соглашения|меморандумы)\s+(?:касаются|касались|охватывают|охватили)\s+"
                       r"(?:сфер\w*\s+)?(?P<list>[^.;:\n]+)"
                       r"|(?P<doc2>соглашения|меморандумы)\s+в\s+сферах\s+(?P<list2>[^.;:\n]+)")
DOCUMENT_SINGULAR = {"документы": "документ", "соглашения": "соглашение", "меморандумы": "меморандум"}
SUBJECT_PREPOSITION = "в сфере"
# See en/agreements.py: "совместное заявление".
JOINT_DOCUMENT_RE = r"совместн\w+\s+(?:заявлени|декларац|коммюнике)\w*"
# See en/agreements.py: "Министерство энергетики России и Министерство энергетики Ирана подписали меморандум".
SIGNING_BODY_RE = (r"(?:министерств|ведомств|агентств|комитет|академи|университет|палат|банк|фонд|компани|корпораци|"
                   r"администраци|секретариат|аппарат|служб|институт|совет|област|регион|город|управлени|центр|"
                   r"объединени|ассоциаци)\w*")
SIGNERS_BETWEEN_WORD = "между"
SIGNERS_TRAIL_RE = r"(?:\s+(?:также|сегодня|вчера|совместно|был[аио]?))*\s*$"
PASSIVE_CONTINUATION_RE = r"\s+(?=между\s+[^.;:\n]{3,80}?\s+(?:о|об)\s)"
# A title that ends in (or holds) a relative pronoun names its subject in the clause before
# ("the memorandum on the creation of which was signed"): it refers back, names nothing itself.
TITLE_REFERS_BACK_RE: str | None = r"(?<!\w)котор\w+\s*$"
# See en/agreements.py: "соглашения между министерством и компаниями".
PLURAL_PARTIES_ONLY_RE: str | None = r"^(?:соглашения|меморандумы|контракты|документы|договоры)\s+(?:между|с)\s"
# See en/agreements.py: "В числе подписанных документов — ...", "Документы включают ...".
DOCUMENTS_INCLUDE_RE: str | None = (r"^\W*(?:в числе (?:[\w-]+\s+){0,2}?документов(?:\s+[—–-])?|"
                                    r"(?:[\w-]+\s+){0,3}?(?:документы|соглашения)\s+(?:включают|включали))\s+")
SIGNED_IS_RE = r"(?:соглашение|документ)\s+(?:является|представляет собой)\s+"
# See en/agreements.py: "Совместное заявление президентов было принято по итогам переговоров".
JOINT_ADOPTED_RE = (r"(?P<title>(?-i:[Сс])овместн\w+\s+(?:заявлени|декларац|коммюнике)\w*[^.;:\n]{0,200}?)\s+"
                    r"(?:был[аио]?\s+)?принят[аоы]?(?!\w)")
# See en/agreements.py (none: titles are not so built here).
AGREEMENT_COMPOUND_RE: str | None = None
AGREEMENT_COMPOUND_GOES_ON_RE: str | None = None
