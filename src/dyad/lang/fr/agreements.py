"""French words of the agreement finder; see en/agreements.py for what each name means."""

AGREEMENT_INLINE_LIST_WORDS = ("dont", "notamment", "parmi lesquels", "parmi lesquelles")
# (an elided "l'" is no word of its own: AGREEMENT_VERB_GAP takes it)
AGREEMENT_ARTICLES = ("un", "une", "le", "la", "les")
AGREEMENT_LIST_ARTICLES = ("un", "une", "le", "la")
AGREEMENT_AND_ARTICLES = ("un", "une", "le", "la")
LIST_AND_WORDS = ("et",)
# "ainsi qu'un protocole": the elided "que" is one word with the article
LIST_ALSO_WORDS = ("ainsi que", r"ainsi qu['’]une?")
AGREEMENT_PASSIVE_AUXILIARIES = ("a été", "ont été")
AGREEMENT_DETERMINERS = ("les", "ces")
RELATIVE_PRONOUNS = ("qui", "que", "dont")
TITLE_PLACE_PREPOSITIONS = ("à",)
HISTORY_YEAR_PREPOSITIONS = ("en",)
TITLE_ADJECTIVE_ENDING: str | None = None
# See en/agreements.py. "un accord entre le ministre X et l'ambassadeur Y": the signers.
SIGNER_BETWEEN_RE = (r"\s+entre\s+(?:le|la|les)\s+(?:(?!d[ue]s?\b)[\w'’-]+\s+){0,2}?"
                     r"(?:président|ministre|ambassadeur|ambassadrice|premier ministre|chancelier)\w*\b")
DESCRIPTIVE_ADJECTIVES = r"(?:bilatéra|intergouvernementa|nouve)\w*"
SUBJECT_LIST_SINGULAR_AFTER_RE: str | None = None
SUBJECT_LIST_RE = (r"^(?P<head>(?:[\w-]+\s+)?(?:accords|mémorandums|memorandums|documents|protocoles|traités)\s+"
                   r"(?:sur|dans|relatifs?\s+à)\s+)")
# Only named kinds of document: "the documents cover trade, health ..." tells the areas of a
# package, not the titles of its documents.
COVERED_SUBJECTS_RE = (r"\b(?:les\s+)?(?P<doc>accords|mémorandums)\s+(?:portent|portaient|couvrent|couvraient)\s+"
                       r"(?:sur\s+)?(?P<list>[^.;:\n]+)"
                       r"|\b(?P<doc2>accords)\s+dans\s+les\s+domaines\s+(?:de\s+|des\s+)?(?P<list2>[^.;:\n]+)")
DOCUMENT_SINGULAR = {"accords": "accord", "documents": "document", "mémorandums": "mémorandum", "traités": "traité"}
SUBJECT_PREPOSITION = "sur"
# See en/agreements.py: "une déclaration commune".
JOINT_DOCUMENT_RE = r"(?:la\s+|une\s+|le\s+|un\s+)?(?:déclaration|communiqué)\s+commun\w*"
# See en/agreements.py: "le ministère de la Culture et l'Institut ... ont signé un mémorandum".
SIGNING_BODY_RE = (r"\b(?:minist[èe]res?|agences?|comités?|académies?|universités?|chambres?|banques?|fonds|"
                   r"sociétés?|entreprises?|autorités?|offices?|conseils?|instituts?|commissions?|services?|"
                   r"administrations?|régions?|provinces?|villes?|secrétariats?|centres?)\b")
SIGNERS_BETWEEN_WORD = "entre"
SIGNERS_TRAIL_RE = r"(?:\s+(?:ont|a|aussi|également|aujourd['’]hui|hier|un|une|le|la|les))*\s*$"
PASSIVE_CONTINUATION_RE = r"\s+(?=entre\s+[^.;:\n]{3,80}?\s+(?:sur|relatif)\s)"
SIGNED_IS_RE = r"\b(?:accord|document)\s+est\s+(?:une?|la|le)\s+"
# See en/agreements.py: "Une déclaration commune sur ... a été adoptée".
JOINT_ADOPTED_RE = (r"(?P<title>(?-i:[Dd])éclaration\s+(?:commune|conjointe)[^.;:\n]{0,200}?)\s+"
                    r"(?:a été|ont été|avait été)\s+adoptée?s?\b")
# See en/agreements.py (none: titles are not so built here).
AGREEMENT_COMPOUND_RE: str | None = None
AGREEMENT_COMPOUND_GOES_ON_RE: str | None = None
# A title that ends in (or holds) a relative pronoun names its subject in the clause before
# ("the memorandum on the creation of which was signed"): it refers back, names nothing itself.
TITLE_REFERS_BACK_RE: str | None = r"(?<!\w)(?:dont|duquel|desquels|desquelles|de laquelle)(?!\w)"
PLURAL_PARTIES_ONLY_RE: str | None = None
DOCUMENTS_INCLUDE_RE: str | None = None
