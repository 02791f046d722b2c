"""English words of the agreement finder that the tables of extract.py do not hold. Items are
regex fragments; the finder joins them into alternations."""

# Words after the signing verb that open a list of the documents ("signed, among them, a ..."),
# and the inverted order of agency copy ("Also signed were a treaty on ...", "Among the documents
# signed was a memorandum on ...").
AGREEMENT_INLINE_LIST_WORDS = ("among them", "including", "among which", "namely", "were", "was")
# Articles before a document's title: after the signing verb or in one breath with another
# document ("a Joint Statement ..., as well as a Joint Statement ...").
AGREEMENT_ARTICLES = (r"an?", "the")
# Articles before the next document of a list after a comma (", a roadmap on ...").
AGREEMENT_LIST_ARTICLES = (r"an?", "the")
# Articles before the next document of a list after "and" (" and an agreement on ...").
AGREEMENT_AND_ARTICLES = (r"an?", "the")
# "and" and "as well as" between two documents of a list.
LIST_AND_WORDS = ("and",)
LIST_ALSO_WORDS = ("as well as",)
# Auxiliaries after a title that refer back to a document ("the agreement was ...").
AGREEMENT_PASSIVE_AUXILIARIES = ("was", "were")
# Determiners of a title that names no document ("the agreements", "these agreements").
AGREEMENT_DETERMINERS = ("the", "these")
# Relative pronouns after a comma: the title ends before them (", which ...").
RELATIVE_PRONOUNS = ("which", "that")
# Prepositions before a city or country that end a title ("... declaration in Kyiv").
TITLE_PLACE_PREPOSITIONS = ("in", "at")
# Prepositions before a year that make a signing history ("was signed in 1995").
HISTORY_YEAR_PREPOSITIONS = ("in",)
# The ending of a capitalised adjective that may open a title ("Gemeinsame" in German); None
# where titles do not open so.
TITLE_ADJECTIVE_ENDING: str | None = None
# "an agreement between Minister X and Ambassador Y": the signers, not the document's name; the
# title ends before "between" when an official's title follows it (not "between the two
# governments", "between the Ministries of ...", "between the Office of the President").
SIGNER_BETWEEN_RE = (r"\s+between\s+(?:the\s+|[A-Z][\w-]*['’]s\s+)?(?:(?!of\b)[\w-]+\s+){0,3}?"
                     r"(?:president|prime minister|minister|ambassador|envoy|chancellor|premier|secretary|leader)s?\b")
# Adjectives that only describe a document ("a bilateral agreement"): with the head alone they
# name none (unlike "joint declaration", a kind of document).
DESCRIPTIVE_ADJECTIVES = r"(?:bilateral|intergovernmental|trilateral|new|further|several)"
# A plural document word and its preposition before a list of subjects ("cooperation documents
# on drug control, cooperation in energy and ..."): one document per subject.
# A word just before a plural-looking document word that makes it a singular one (Russian
# "подписание соглашения о ...": the genitive singular, one agreement); None where plurals are plain.
SUBJECT_LIST_SINGULAR_AFTER_RE: str | None = None
SUBJECT_LIST_RE = (r"^(?P<head>(?:[\w-]+\s+)?(?:agreements|memorand(?:ums|a)(?:\s+of\s+understanding)?|mous|documents|"
                   r"accords|protocols|treaties)\s+(?:on|in|regarding)\s+)")
# "The sectors covered in the MoUs include A, B and C": the subjects of documents signed.
# Only named kinds of document: "the documents cover trade, health ..." tells the areas of a
# package, not the titles of its documents.
COVERED_SUBJECTS_RE = (r"\b(?:sectors|areas|fields|spheres)\s+(?:that\s+(?:were|are)\s+)?covered\s+(?:in|by)\s+"
                       r"the\s+(?P<doc>agreements|memorand(?:ums|a)|mous|accords|protocols|treaties)\s+include[sd]?\s+(?P<list>[^.;:\n]+)"
                       r"|\bthe\s+(?P<doc2>agreements|memorand(?:ums|a)|mous|accords)\s+(?:cover|covered)\s+(?:areas\s+such\s+as\s+|the\s+(?:areas|fields|sectors)\s+of\s+)?"
                       r"(?P<list2>[^.;:\n]+)")
# The singular name of a plural or shortened document word, to title one document of the list.
DOCUMENT_SINGULAR = {"mous": "Memorandum of Understanding", "memos": "Memorandum", "memorandums": "Memorandum of Understanding",
                     "memoranda": "Memorandum of Understanding", "agreements": "Agreement", "accords": "Accord",
                     "protocols": "Protocol", "treaties": "Treaty", "documents": "document"}
# The preposition between a document word and its subject ("Memorandum of Understanding on health").
SUBJECT_PREPOSITION = "on"
# A joint statement or declaration is one document of its meeting: named by its kind alone ("signed
# a joint declaration in Kyiv"), it is a title, unlike "an agreement".
JOINT_DOCUMENT_RE = r"(?:the\s+|an?\s+)?joint\s+(?:statement|declaration|communiqu\w+)"
# A document signed by bodies named before it ("The Cuban Ministry of Tourism and the Belarusian Ministry
# of Tourism signed a memorandum", "between the two news agencies, a cooperation agreement was
# signed"): the words of bodies that sign (institutions, not persons), the word that joins the
# signers to a title, and the words that may stand between the signers and the document (auxiliaries,
# adverbs, articles) and are not part of the signers' names.
SIGNING_BODY_RE = (r"\b(?:ministr(?:y|ies)|agenc(?:y|ies)|committees?|academ(?:y|ies)|universit(?:y|ies)|chambers?|banks?|"
                   r"funds?|compan(?:y|ies)|corporations?|authorit(?:y|ies)|offices?|councils?|institutes?|posts?|groups?|"
                   r"commissions?|services?|administrations?|departments?|boards?|cent(?:re|er)s?|organi[sz]ations?|"
                   r"regions?|provinces?|municipalit(?:y|ies)|complex|secretariats?|federations?|associations?)\b")
SIGNERS_BETWEEN_WORD = "between"
SIGNERS_TRAIL_RE = (r"(?:\s+(?:also|today|yesterday|jointly|formally|officially|have|has|had|was|were|then|on\s+\w+day|"
                    r"an?|the))*\s*$")
# "an agreement was signed between the two governments on ...": the name goes on after the verb,
# as the parties and then the subject (not "was signed on the sidelines of ...", a setting).
PASSIVE_CONTINUATION_RE = (r"\s+(?=between\s+[^.;:\n]{3,80}?\s+(?:on|regarding|concerning)\s+"
                           r"(?!the\s+(?:sidelines|margins|eve|occasion|basis)\b))")
# Lower-case nouns before the head that make a compound title ("a maritime search and rescue
# agreement", "a military cooperation plan"); a regex fragment or None where titles are not so
# built (German joins them in one word). Words of quantity and function words never open it.
AGREEMENT_COMPOUND_RE: str | None = (
    r"(?:(?!(?:of|the|an?|on|in|with|for|and|to|new|number|series|package|set|total|range|couple|several|bilateral|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|more|other|some|many|various|further|"
    r"these|those|its|their|both|all|each|this|that)\b)"
    r"[a-z][a-z-]+\s+(?:and\s+)?){1,4}")
# After such a compound's head, the words that carry its name on ("a trade agreement on ...", "an
# action plan to develop ..."); anything else ends it ("the rescue agreement reflects ..." is the
# sentence going on).
AGREEMENT_COMPOUND_GOES_ON_RE: str | None = r"\s+(?:on|of|for|between|regarding|concerning|to(?=\s+(?-i:[a-z])))\b"
# A title that ends in (or holds) a relative pronoun names its subject in the clause before
# ("the memorandum on the creation of which was signed"): it refers back, names nothing itself.
TITLE_REFERS_BACK_RE: str | None = r"(?<!\w)(?:of|on|for|in|under|about|to)\s+(?:which|whom)\s*$|(?<!\w)whose(?!\w)"
# Plural documents followed only by who signed them ("memorandums of understanding among the
# ministry and companies"): unnamed documents of a package, no title. None where not read.
PLURAL_PARTIES_ONLY_RE: str | None = (r"^(?:agreements|memorand(?:ums|a)|mous|contracts|documents|accords)"
                                      r"(?:\s+of\s+understanding)?\s+(?:between|among|with)\b")
# A sentence that opens with the documents of a signing told before and goes on to list them:
# "The 12 cooperation pacts include agreements on ...". None where not read.
DOCUMENTS_INCLUDE_RE: str | None = (r"^\W*(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:documents|agreements|pacts|deals|accords|"
                                    r"memorand(?:ums|a)|mous)\s+(?:signed\s+(?:[\w-]+\s+){0,4}?)?(?:include[sd]?)\s+")
# "The agreement is a 'declaration of intent' to ...": a document signed just before, named by
# what it is.
SIGNED_IS_RE = r"\b(?:agreement|deal|pact|accord|document)\s+is\s+(?:an?|the)\s+"
# A joint statement or declaration is adopted, not signed, and the passive tells it too ("A joint
# declaration on ... was adopted"): the title before the verb of adopting (only of these documents:
# "a plan was adopted" is a decision).
JOINT_ADOPTED_RE = (r"(?P<title>(?-i:[Jj])oint\s+(?:statement|declaration|communiqu\w+)[^.;:\n]{0,200}?)\s+"
                    r"(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?(?:adopted|passed|approved)\b")
