"""Russian words of the CAMEO event coder (dyad.extractors.cameo); see en/cameo.py for what
each name means. Russian sentences are coded by word windows (no parser); CONDITION_RE and
FUTURE_WORDS are in extract.py."""

import re
from types import SimpleNamespace

CAMEO_PARSER: SimpleNamespace | None = None

# ---------------------------------------------------------------- the verb table

CAMEO_LETTER_FOLD: dict[str, str] = {"ё": "е"}
CAMEO_IRREGULAR_VERBS: dict[str, str] = {}
CAMEO_RELAXED_ENDINGS = ""
PATTERN_WINDOW = (6, 6)

# ---------------------------------------------------------------- actors in a sentence

CAMEO_MODIFIER_BEFORE = r"про|анти"  # "про-российские"
CAMEO_MODIFIER_AFTER = r"\s+(?:долл)"  # "США долл.": money
CAMEO_CONJUNCTIONS = ("и", "а также", "или")
CAMEO_CONJ_ARTICLES: tuple[str, ...] = ()
CAMEO_COMMA_ARTICLES: tuple[str, ...] = ()
CAMEO_AND_RE = r"\sи\s|\sили\s"
CAMEO_BARE_NP_ARTICLES: tuple[str, ...] = ()
CAMEO_DATELINE_CAPS = "A-ZА-ЯЁ"  # МИНСК
CAMEO_DATELINE_INITIALS = "A-ZА-ЯЁ"

# ---------------------------------------------------------------- the rule-window coder

CAMEO_PREP_WITH = frozenset(("с", "со"))
CAMEO_PREP_AGENT = frozenset()
CAMEO_PREP_OF: frozenset[str] = frozenset()  # the genitive alone: "задержание туристов"
CAMEO_PREP_LOC = frozenset(("в", "во", "на"))
CAMEO_ORIGIN_PREPS = frozenset(("из", "от"))  # "посла из Литвы"
CAMEO_PREP_AGAINST = frozenset(("против",))  # "санкции против Ирана": the side acted on
CAMEO_PROTEST_SITE_PREPS = frozenset(("у", "возле", "около", "перед"))  # "митинг у посольства Китая": the site's state is protested against
CAMEO_SUMMONED_TO = frozenset(("в", "во"))  # "Посол Эстонии был вызван в МИД России"
CAMEO_PASSIVE: re.Pattern[str] | None = None  # see CAMEO_SHORT_PASSIVE
# a short passive participle ("вызван", "высланы"): the subject is acted on
CAMEO_SHORT_PASSIVE: re.Pattern[str] | None = re.compile(r"(?:ан|ен|ён)[аоы]?$")
# an active participle ("прибывшим в Астану"): belongs to the noun just before it
CAMEO_PARTICIPLE: re.Pattern[str] | None = re.compile(
    r"(?:вш|ющ|ящ|ущ|ащ)(?:ий|ая|ее|ие|его|ему|им|ем|ей|ую|их|ими|ого|ому|ым)$")
CAMEO_NEGATIONS = frozenset(("не", "ни"))
CAMEO_TRAILING_NEGATIONS = frozenset()
CAMEO_TRAILING_NEGATION_UNLESS = frozenset()
CAMEO_INTENT_WORDS = frozenset("намерен намерена намерены намерение намерении готовность готовности планирует планируют собирается "
                               "собираются хочет хотят готов готова готовы".split())
# a perfective verb in the future ("закроет", "вышлет"): the morphology says so
CAMEO_FUTURE_BY_MORPHOLOGY = True
CAMEO_CLAUSE_OPENERS = ("что", "чтобы", "который", "которая", "которые", "когда")
# a conjunction opening a clause with its own subject after a comma (see en): "..., а Литва
# выслала ...", "..., тогда как ..."; not "а также", "а затем", which join a second verb of the
# same subject
CAMEO_CONTRAST_OPENER_RE = r"а(?!\s+(?:также|затем|потом|ещё|еще|и|именно)\b)|тогда как|в то время как|между тем"
CAMEO_CONDITION_OPENERS = frozenset(("если",))
# the word that opens a reported clause ("предупредила, что прекратит поставки"): see de
CAMEO_THAT_OPENERS = frozenset(("что",))
# verbs that make a noun's act known or order it, just before the noun ("объявила об освобождении
# рыбаков", "распорядился о высылке"): the act is the subject's and the genitive is acted on, not
# the actor it is in "визит президента"
CAMEO_ANNOUNCE_STEMS: tuple[str, ...] = ("объяв", "сообщ", "распоряд", "приказ")
# verbs that report a decision ("заявил, что страна отзовёт посла"): see de (a warning,
# "предупредил", is not among them)
CAMEO_DECLARE_STEMS: tuple[str, ...] = ("заяв", "сообщ", "объяв", "подтверд")
CAMEO_ARTICLES = frozenset()
CAMEO_PLACE_NOUNS = frozenset("столице столица городе город".split())
CAMEO_JOIN_WORDS = frozenset()
# "министр иностранных дел Белоруссии": the lower-case words of a title are one actor's name
CAMEO_TITLE_TAIL_JOINS = True
CAMEO_STOP_WORDS = frozenset("в во на с со по за для от до из к ко о об у и а но при под над без через между после "
                             "перед также уже еще ещё не".split())
CAMEO_NOT_VERBS = frozenset(("дел",))
CAMEO_NOUNS_CAPITALISED = False
# the masculine past of verbs in -чь has no -л ("отверг", "расторг", "помог", "поджег")
# (and the perfective gerund of a participle clause: "..., потребовав объяснений", "назвав учения
# провокацией", "обвинившись" is none: its own act beside the main verb's)
CAMEO_VERB_END: re.Pattern[str] | None = re.compile(
    r"(?:л|ла|ло|ли|лся|лась|лись|ть|ться|ет|ют|ит|ят|ут|ат|ется|ются|ится|ятся|рг|мог|жег|жёг|ав|ив|яв|вшись)$")
# event nouns whose endings look like verb endings ("визит" like "говорит")
CAMEO_NOUN_STEMS: tuple[str, ...] = ("визит", "запрет", "совет", "кредит", "ответ", "протест", "арест", "обстрел",
                                     "теракт", "удар")
CAMEO_INFINITIVE_BEFORE = frozenset()
CAMEO_INFINITIVE_AFTER = frozenset()
# A whole-word companion (a separable verb's particle) may stand at the clause end (see de)
# A full participle ("задержанных граждан", "объявленного персоной нон грата дипломата",
# "атаковавшие село боевики") declines like an adjective and qualifies its noun: the act is
# told elsewhere or not at all. A predicate uses the finite verb or the short form
# ("задержаны", "был выслан"), which never ends so. A passive one's -нн- follows а, я, е or ё
# ("задержанных", "объявленного"); an adjective's -онн- ("телефонный разговор") is not one.
CAMEO_ATTRIBUTIVE_END: re.Pattern[str] | None = re.compile(
    r"(?:(?:[аяеё]нн|вш|ющ|ущ|ащ|ящ)(?:ый|ий|ая|ое|ее|ые|ие|ого|его|ых|их|ым|им|ыми|ими|ой|ую|юю|ом|ем|ому|ему|ей)"
    # a short -т- participle ("убитых", "захватом" is a noun): only its ы-forms, as "-том",
    # "-той" end nouns too ("протестом", "ответом")
    r"|т(?:ый|ая|ые|ого|ых|ым|ыми|ую))$")
CAMEO_PARTICLE_AT_CLAUSE_END = False
CAMEO_SEPARABLE_PARTICLES: tuple[str, ...] = ()  # see de
CAMEO_COMPOUND_HEADS = False  # see de
CAMEO_INFINITIVE_ENDINGS: tuple[str, ...] = ("ть", "ться")
# A perfective gerund opens a participle clause of its own act, done by the sentence's subject
# ("вызвал посла, потребовав объяснений", "назвав учения провокацией"): it is read as the past
# form its ending stands for (gerund ending, past ending), which the verb table lists.
CAMEO_GERUND_ENDINGS: tuple[tuple[str, str], ...] = (("вшись", "лся"), ("ав", "ал"), ("ив", "ил"), ("яв", "ял"))
