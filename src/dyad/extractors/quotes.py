"""Quotes and their speakers: “…”, „…“, «…», "…" and dash-led quotes ("- We …, the Head of State said.")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from dyad import gazetteer
from dyad.extractors.institutions import Institution
from dyad.extractors.text import PAIRS, QuoteSpan, inside, paragraphs
from dyad.lang import rules

DASH_LEAD_RE = re.compile(r"\s*[-–—]\s*(?=\S)")
# The typographic quote marks of every language (an opening mark unlike its closing one):
# the next quote's opening mark ends an attribution after a quote; the closing mark of the
# one before starts the stretch before a quote.
CURLY_OPENERS = tuple(o for o, c in PAIRS.items() if o != c)
CURLY_CLOSERS = tuple(c for o, c in PAIRS.items() if o != c)


@dataclass
class QuoteFound:
    start: int
    end: int
    outer: tuple[int, int]
    speaker: int | None  # person index
    rule: str
    institution: Institution | None = None  # the speaker when no person is named ("the ministry said")


@lru_cache(maxsize=8)
def speech_verb_re(lang: str | None) -> re.Pattern[str]:
    verbs = sorted(rules(lang).SPEECH_VERBS, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(v) for v in verbs) + r")(?!\w)", re.I)


@lru_cache(maxsize=8)
def quote_verb_re(lang: str | None) -> re.Pattern[str]:
    """The verbs that attribute a quote: the verbs of saying and those that only lead a quoted
    phrase ("described the incident as “...”"); never the second half of a word ("so-called")."""
    verbs = sorted((*rules(lang).SPEECH_VERBS, *rules(lang).QUOTE_LEAD_VERBS), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?<!\w-)(?:" + "|".join(re.escape(v) for v in verbs) + r")(?!\w)", re.I)


@lru_cache(maxsize=8)
def statement_noun_re(lang: str | None) -> re.Pattern[str]:
    """A statement an institution issued, named in a quote's lead-in ("The statement reads:")."""
    nouns = sorted(rules(lang).STATEMENT_NOUNS, key=len, reverse=True)
    # (the noun ends the word, with at most an inflection: "noted" is a verb, not a "note")
    end = rules(lang).STATEMENT_NOUN_END
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in nouns) + r")" + end + r"(?!\w)", re.I)


@lru_cache(maxsize=8)
def neuter_pronoun_re(lang: str | None) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(rules(lang).NEUTER_PRONOUNS) + r")(?!\w)", re.I)


@lru_cache(maxsize=8)
def according_to_re(lang: str | None) -> re.Pattern[str]:
    return re.compile(rules(lang).ACCORDING_TO_RE)


@lru_cache(maxsize=8)
def not_name_words(lang: str | None) -> frozenset[str]:
    """Capitalised words that never name a person (weekdays, months, bodies) in any pack."""
    return frozenset(rules(lang).NOT_NAME_WORDS) | frozenset(rules(lang).DATE_WEEKDAYS)


@lru_cache(maxsize=8)
def relative_says_re(lang: str | None) -> re.Pattern[str]:
    return re.compile(rules(lang).RELATIVE_SAYS_RE)


# How far before a relative clause that quotes a document its author may be named
# ("a post of the British embassy in Moscow, in which ...").
AUTHOR_REACH = 80


def author_of_clause(text: str, lang: str | None, before_start: int, quote_start: int,
                     find: SpeakerFinder) -> Institution | None:
    """The institution whose document a relative clause right before a quote quotes ("... drew
    attention to a post of the British embassy, in which it says that “...”"): the one named
    last before the clause; the person who drew attention to it is not the one speaking."""
    clause = max(relative_says_re(lang).finditer(text, before_start, quote_start), key=lambda m: m.start(),
                 default=None)
    if clause is None or any(clause.end() <= s < quote_start for s, _e, _p in find.anchors):
        return None
    lo = max(before_start, clause.start() - AUTHOR_REACH)
    return next((i for i in reversed(find.institutions) if lo <= i.start < clause.start()), None)


@lru_cache(maxsize=8)
def quoted_as_re(lang: str | None) -> re.Pattern[str]:
    return re.compile(rules(lang).QUOTED_AS_RE)


def dashed_quotes(text: str, lang: str | None, speaker_in: SpeakerFinder) -> list[QuoteFound]:
    """Paragraphs that open with a dash and close with an attribution are quotes."""
    out: list[QuoteFound] = []
    verb_re = speech_verb_re(lang)
    paras = paragraphs(text)
    for pi, (ps, pe) in enumerate(paras):
        m = DASH_LEAD_RE.match(text, ps, pe)
        if not m:
            continue
        body = text[m.end() : pe]
        if pi > 0 and not any(q.outer == (ps, pe) for q in out) and unattributed_speech(text, m.end(), pe, verb_re) \
                and verb_re.search(text, *paras[pi - 1]):
            # "X thanked Y and noted that ... / – Today's visit is ...": the speaker of the
            # paragraph before goes on speaking
            speaker = subject_of_paragraph_before(text, paras[pi - 1], speaker_in)
            if speaker is not None:
                out.append(QuoteFound(m.end(), pe, (ps, pe), speaker, "dash-quote+speaker-before"))
            continue
        # The attribution follows the last comma (", the Head of State said." / ", - he said.").
        for cm in reversed(list(re.finditer(r",", body))):
            tail_s = m.end() + cm.end()
            tail = text[tail_s:pe]
            if len(tail.split()) > 12 or not verb_re.search(tail):
                continue
            speaker = speaker_in(tail_s, pe)
            if speaker is not None:
                q_end = m.end() + cm.start()
                out.append(QuoteFound(m.end(), q_end, (ps, pe), speaker, "dash-quote+attribution"))
                break
    return out


def unattributed_speech(text: str, start: int, end: int, verb_re: re.Pattern[str]) -> bool:
    """A dash-led paragraph that reads as speech with no attribution: whole sentences (five
    words or more, with a full stop) and no verb of saying after a comma in it."""
    body = text[start:end].rstrip()
    return len(body.split()) >= 5 and re.search(r"[.!?…](?:\s|$)", body) is not None \
        and not any(verb_re.search(text, start + c.end(), end) for c in re.finditer(r",", body))


def transcript_quotes(text: str, anchors: list[tuple[int, int, int]]) -> list[QuoteFound]:
    """Transcripts (Kremlin, Akorda): a paragraph that opens with a person's name and a colon
    ("Vladimir Putin: Mr President, friends, ...") is that person speaking."""
    out: list[QuoteFound] = []
    by_start = {s: (e, p) for s, e, p in anchors}
    for ps, pe in paragraphs(text):
        hit = by_start.get(ps)
        if hit is None:
            continue
        end, person = hit
        m = re.match(r"\s*:\s*", text[end : end + 4])
        # A headline "Kochanova: Kazakhstan is ..." has no closing stop; a transcript turn has.
        if m and pe - (end + m.end()) > 20 and re.search(r"[.!?…\"»”]\s*$", text[ps:pe]):
            out.append(QuoteFound(end + m.end(), pe, (ps, pe), person, "transcript-speaker"))
    return out


class SpeakerFinder:
    """Finds the person a stretch of text names: a mention, a role reference or a pronoun."""

    def __init__(self, anchors: list[tuple[int, int, int]], pronoun_resolver,  # type: ignore[no-untyped-def]
                 institutions: list[Institution] | None = None, text: str = "",
                 quoted_anchors: list[tuple[int, int, int]] | None = None) -> None:
        self.text = text
        self.quoted_anchors = quoted_anchors or []  # people named inside quotes
        self.anchors = sorted(anchors)  # (start, end, person)
        self.pronoun_resolver = pronoun_resolver
        self.institutions = institutions or []

    def institution(self, start: int, end: int, last: bool = False) -> Institution | None:
        """An institution named in [start, end) when no person is: "the ministry said"."""
        if any(start <= s < end for s, _e, _p in self.anchors):
            return None
        found = [i for i in self.institutions if start <= i.start < end]
        if not found:
            return None
        return found[-1] if last else found[0]

    def __call__(self, start: int, end: int, last: bool = False) -> int | None:
        """The first person named in [start, end) (the last one, for text just before a quote)."""
        found = [person for s, _e, person in self.anchors if start <= s < end]
        if found:
            return found[-1] if last else found[0]
        return self.pronoun_resolver(start, end)

    def text_of(self, start: int, end: int) -> str:
        return self.text[start:end]

    def subject_institution(self, start: int, end: int) -> Institution | None:
        """The institution a sentence opens with, when it is named before any person: the
        subject that speaks ("Morocco's Foreign Ministry announced ... of Ambassador X: “...”")."""
        found = [i for i in self.institutions if start <= i.start < end]
        people = [s for s, _e, _p in self.anchors if start <= s < end]
        # "Foreign ministry spokesman Zhao Lijian told ...": the ministry in a title is no subject
        if found and people and found[0].start < min(people) and found[0].start - start < 40 \
                and len(self.text_of(found[0].end, min(people)).split()) > 2:
            return found[0]
        return None

    def last_institution(self, end: int) -> Institution | None:
        """The institution named last before ``end``: who issued the statement quoted there."""
        return next((i for i in reversed(self.institutions) if i.end <= end), None)

    def sentence_subject(self, start: int, end: int) -> tuple[int | None, Institution | None]:
        """What a sentence opens with, a person or an institution, when named within its first
        few words (the subject in news copy); else neither."""
        people = [(s, p) for s, _e, p in self.anchors if start <= s < end]
        bodies = [i for i in self.institutions if start <= i.start < end]
        first_person = people[0] if people else None
        first_body = bodies[0] if bodies else None
        if first_body and (first_person is None or first_body.start < first_person[0]):
            return (None, first_body) if len(self.text[start : first_body.start].split()) <= 3 else (None, None)
        if first_person and len(self.text[start : first_person[0]].split()) <= 3:
            return first_person[1], None
        return None, None

    def subject_of_verb(self, start: int, verb: int) -> tuple[int | None, Institution | None] | None:
        """The subject a sentence opens with when its first verb of saying follows it closely
        ("The Kremlin press service noted that ...", "President X said ..."): (person, None)
        or (None, institution); None when the verb has no such subject."""
        person, body = self.sentence_subject(start, verb)
        if body is not None:
            subject_end = body.end
        elif person is not None:
            subject_end = next(e for s, e, p in self.anchors if start <= s < verb and p == person)
        else:
            return None
        return (person, body) if len(self.text[subject_end:verb].split()) <= 2 else None

    def pronoun_beside_verb(self, start: int, end: int, verb_re: re.Pattern[str]) -> int | None:
        """The person a pronoun right next to a speech verb points to, when it comes before
        anyone named (", he said at the meeting with X", "— сказал он ... с Путиным"): the
        pronoun is the subject, the name after it an object."""
        first = min((s for s, _e, _p in self.anchors if start <= s < end), default=end)
        for v in verb_re.finditer(self.text, start, first):
            after = re.match(r"\s*\S+", self.text[v.end() : first])
            before = re.search(r"\S+\s*$", self.text[start : v.start()])
            spans = [(v.end(), v.end() + after.end())] if after else []
            spans += [(start + before.start(), v.start())] if before else []
            for s, e in spans:
                person = self.pronoun_resolver(s, e)
                if person is not None:
                    return person
        return None

    def first_named(self, start: int, end: int, skip: frozenset[int] = frozenset()) -> int | None:
        return next((person for s, _e, person in self.anchors if start <= s < end and person not in skip), None)

    def named_inside(self, start: int, end: int) -> frozenset[int]:
        """The people a quote's own words name ("President Ali has shown ..."): talked about,
        so not who is talking when nothing else says so."""
        return frozenset(p for s, _e, p in self.quoted_anchors if start <= s < end)


def said_just_before(text: str, since: int, quote_start: int, verb_re: re.Pattern[str],
                     find: SpeakerFinder) -> int | None:
    """The speaker of the sentence right before a quote that reports speech ("..., said the
    deputy prime minister, X, on radio. “...”"): the person named right after its speech verb,
    else the last one named before it; not whoever the paragraph named first."""
    end = quote_start
    while end > since and text[end - 1].isspace():
        end -= 1
    start = max(since, text.rfind(". ", since, max(since, end - 2)) + 1)
    verbs = list(verb_re.finditer(text, start, end))
    if not verbs:
        return None
    subject = find.subject_of_verb(start, verbs[0].start())
    if subject is not None and subject[0] is not None:
        return subject[0]  # "X noted that Y told Z about ...": X speaks
    v = verbs[-1]
    after = find.first_named(v.end(), end)
    return after if after is not None else find(start, v.start(), last=True)


# A title cut short before a name ("Mr.", "Dr.", "Gen."): its stop ends no sentence.
ABBREVIATION_STOP_RE = re.compile(r"(?<!\w)[^\W\d_][^\W\d_A-Z]{1,2}\.(?=\s+[^\W\d_])")


def sentence_stop(text: str, start: int, end: int) -> int:
    """The first full stop in [start, end) that ends a sentence, else -1."""
    pos = text.find(".", start, end)
    while pos >= 0:
        m = ABBREVIATION_STOP_RE.search(text, max(start, pos - 3), min(len(text), pos + 3))
        # (a short name ending a sentence follows a capitalised word: "said President Ali.")
        # (an acronym in capitals, "USA." or "UN.", is no title: its stop ends the sentence)
        is_title = m is not None and m.end() == pos + 1 and text[m.start()].isupper() \
            and text[m.start() + 1 : pos].islower() \
            and not re.search(r"(?<!\w)[^\W\d_]*[A-Z][^\W\d_]*\s+$", text[max(0, m.start() - 30) : m.start()])
        if not is_title:
            return pos
        pos = text.find(".", pos + 1, end)
    return -1


def attribution_end(text: str, oe: int, sent_end: int, verb_re: re.Pattern[str]) -> int:
    """Where the attribution after a quote ends. A short rest of the sentence is all of it; a
    long one that opens with its verb (", remarked the head of state and added that ...") is
    cut after the verb's subject: up to the next comma (past a name in apposition: ", said the
    president of X, Y Z, at ..."), at most six words on. A long one whose subject comes first
    (", Foreign Minister of the Republic X Y told reporters in ...") is cut after its verb."""
    if len(text[oe:sent_end].split()) <= 14:
        return sent_end
    m = verb_re.search(text, oe, sent_end)
    lead = len(text[oe : m.start()].split()) if m else 0
    if m is None or lead > MAX_SUBJECT_WORDS:
        return sent_end
    if lead > 3:
        return m.end()
    comma = text.find(",", m.end(), sent_end)
    if comma >= 0:
        second = text.find(",", comma + 1, sent_end)
        piece = text[comma + 1 : second].split() if second >= 0 else []
        if 0 < len(piece) <= 4 and piece[0][:1].isupper():
            comma = second  # a name in apposition to the role before it
    words = list(re.finditer(r"\S+", text[m.end() : sent_end]))
    six = m.end() + words[5].end() if len(words) > 6 else sent_end
    return min(x for x in (comma, six, sent_end) if x >= 0)


# The longest subject before a verb of saying after a quote (a title, a country, a name).
MAX_SUBJECT_WORDS = 12


def institution_said_before(text: str, lo: int, quote_start: int, said_re: list[re.Pattern[str]],
                            find: SpeakerFinder) -> Institution | None:
    """The institution that speaks in the sentence right before a quote when that sentence
    names no person ("..., the ministry reported on Wednesday. / “...”"); ``lo`` may lie in the
    paragraph before, for a quote that opens its own paragraph."""
    end = quote_start
    while end > lo and text[end - 1].isspace():
        end -= 1
    start = max(lo, text.rfind(". ", lo, max(lo, end - 2)) + 1, text.rfind("\n", lo, max(lo, end - 1)) + 1)
    said = [m for rx in said_re if (m := rx.search(text, start, end)) is not None]
    if not said:
        return None
    subject = find.subject_of_verb(start, min(m.start() for m in said))
    if subject is not None:
        return subject[1]  # "The press service noted that X told Y ...": the service speaks
    return find.institution(start, end, last=True)


def attribution_in_next_paragraph(text: str, q: QuoteSpan, oe: int, ape: int,
                                  paras: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A quote that ends its paragraph on a comma ("...Route",) whose attribution a page broke
    into the next paragraph, which opens in lower case ("the press service said."): that next
    paragraph, as (start, end); else None."""
    tail = text[oe:ape].strip()
    if tail not in {"", ","} or not (tail == "," or text[q.start : q.end].rstrip().endswith(",")):
        return None
    nxt = next(((s, e) for s, e in paras if s > oe and text[s:e].strip()), None)
    if nxt is None:
        return None
    first = re.match(r"\s*([^\W\d_])", text[nxt[0] : nxt[1]])
    return nxt if first is not None and first.group(1).islower() else None


WRAPPED_TAIL_WORDS = 6  # the most words of an attribution left on the quote's line before a hard line break


def attribution_over_line_break(text: str, oe: int, ape: int, paras: list[tuple[int, int]],
                                verb_re: re.Pattern[str], find: SpeakerFinder) -> tuple[int, int] | None:
    """The next line, when a page wrapped at a fixed width broke an attribution at the line's end
    (“...,” Brazilian Foreign / Minister X told reporters.): the words after the quote end no
    sentence and name no one who speaks, and the next line follows with no blank line between.
    Returns the next line as (start, end); else None."""
    tail = text[oe:ape]
    if not tail.strip() or re.search(r"[.!?;:]", tail) or len(tail.split()) > WRAPPED_TAIL_WORDS:
        return None
    if verb_re.search(tail) and find(oe, ape) is not None:
        return None  # ", he said" or ", said X" is whole on its line
    if find.institution(oe, ape) is not None:
        return None
    nxt = next(((s, e) for s, e in paras if s > ape), None)
    if nxt is None or text[ape:nxt[0]] != "\n":
        return None  # a blank line: a new paragraph, not a wrapped line
    stop = sentence_stop(text, nxt[0], nxt[1])
    first_sentence = text[oe : stop if stop >= 0 else nxt[1]]
    return nxt if verb_re.search(first_sentence) else None


def body_of_sentence_before(text: str, lo: int, end: int, find: SpeakerFinder) -> Institution | None:
    """The institution the sentence before ``end`` opens with, when it opens with one and no
    person ("Thailand's foreign ministry issued a message. / “...,” it said."): what "it"
    after a quote points back to. ``lo`` may lie in the paragraph before, for a quote that
    opens its own paragraph."""
    while end > lo and text[end - 1].isspace():
        end -= 1
    start = max(lo, text.rfind(". ", lo, max(lo, end - 2)) + 1, text.rfind("\n", lo, max(lo, end - 1)) + 1)
    person, body = find.sentence_subject(start, end)
    return body if person is None else None


def statement_says(before: str, verb_re: re.Pattern[str], statement_re: re.Pattern[str]) -> bool:
    """A statement is the subject of the verb of saying right before a quote ("The note said
    the envoy “...”", "В заявлении говорится, что ..."): the words are the issuer's."""
    verbs = list(verb_re.finditer(before))
    if not verbs:
        return False
    lead = before[: verbs[-1].start()].split()[-3:]
    return any(statement_re.match(w) for w in lead)


def closes_sentence(text: str, start: int, end: int, oe: int) -> bool:
    """A quote that ends with its own full stop and is followed by a capitalised word ("...
    not one-way.” Meanwhile, X said ...") closed its sentence: what follows is no attribution."""
    inner = text[start:end].rstrip()
    nxt = re.match(r"\s*(\S)", text[oe : oe + 10])
    return bool(inner) and inner[-1] in ".!?…" and nxt is not None and nxt.group(1).isupper()


# The most capitalised words a name with its title takes ("SVP-Nationalrat Hans Peter Meier").
MAX_NAME_WORDS = 6


def unknown_name_beside_verb(after: str, verb_re: re.Pattern[str], articles: tuple[str, ...],
                             not_names: frozenset[str], lang: str | None = None) -> bool:
    """An attribution that is only a verb and a capitalised word (", said Smith.", ", Smith
    said", "— сказал Смит."), where that word names no one we know: the quote is that unknown
    person's, not someone's from the sentences around it. A word after an article is a noun
    ("sagte der Präsident"), and some capitalised words are never names (", said Friday")."""
    m = verb_re.search(after)
    if m is None:
        return False
    right = re.fullmatch(r"\s+([^\W\d_][\w-]*)[\W\d_]*", after[m.end() :])
    left = re.fullmatch(r"[\W\d_]*([^\W\d_][\w-]*)\s+", after[: m.start()])
    verb_words = m.group(0).lower().split()
    if right is not None and verb_words[-1] in articles:
        right = None
    if any(w is not None and w.group(1)[0].isupper() and w.group(1).lower() not in not_names
           for w in (right, left)):
        return True
    # ", sagte der Nationalrat Hans Meier": a full name (two or more capitalised words, none of
    # them a word that never names anyone) ends the attribution
    tail = re.sub(r"[\W\d_]+$", "", after[m.end() :]).split()
    words: list[str] = []
    for w in reversed(tail):
        if not re.fullmatch(r"[^\W\d_][\w-]*", w) or not w[0].isupper() or w.lower() in not_names:
            break
        words.insert(0, w)
    # (a role with its country is no name: "sagte der Präsident Kasachstans")
    return 2 <= len(words) <= MAX_NAME_WORDS and not gazetteer.find_countries(" ".join(words), lang)


def subject_of_paragraph_before(text: str, para: tuple[int, int], find: SpeakerFinder) -> int | None:
    """Who a quote that opens its paragraph with no attribution anywhere belongs to: the person
    the paragraph before was about, the subject of one of its last two sentences ("X thanked Y
    for the invitation and noted that ... / “...”"), or the pronoun that opens one ("He praised
    ..."). A paragraph that names no subject gives no one."""
    ps, pe = para
    stops = re.finditer(r"[.!?]\s+", text[ps:pe])
    starts = [ps] + [ps + m.end() for m in stops if sentence_stop(text, ps + m.start(), ps + m.start() + 1) >= 0
                     or text[ps + m.start()] != "."]
    spans = [(s, e) for s, e in zip(starts, [*starts[1:], pe], strict=True) if text[s:e].strip()]
    for s, e in reversed(spans[-2:]):
        person, _body = find.sentence_subject(s, e)
        if person is None:
            lead = re.match(r"\s*\S+", text[s:e])
            person = find.pronoun_resolver(s, s + lead.end()) if lead else None
        if person is not None:
            return person
    return None


def neuter_referent(found: list[QuoteFound], pi: int, para_index) -> Institution | None:  # type: ignore[no-untyped-def]
    """Whom "it" refers to in "..., it added" / "It further noted that “...”" when its sentence
    names no institution: the institution quoted just before, in the same or the previous
    paragraph (any other body named on the way is an object, not the one speaking)."""
    if found and found[-1].speaker is None and found[-1].institution is not None \
            and para_index(found[-1].start) in (pi, pi - 1):
        return found[-1].institution
    return None


def country_said(text: str, lang: str | None, start: int, end: int, verb_re: re.Pattern[str]) -> Institution | None:
    """A country or its capital as the subject of the speech verb ("London claimed that ...",
    "Russia said"): its government speaks. The name must stand right before the verb (one
    adverb between at most); an adjective ("Russian officials said") is no speaker."""
    for v in verb_re.finditer(text, start, end):
        lead = text[max(start, v.start() - 40) : v.start()]
        for m in gazetteer.find_countries(lead, lang):
            between = lead[m.end :]
            if m.kind in {"name", "alias", "capital"} and len(between.split()) <= 1 \
                    and not re.search(r"[^\w\s]", between):
                s = v.start() - len(lead) + m.start
                return Institution(s, s + m.end - m.start, lead[m.start : m.end], "Government", m.iso3)
    return None


# How many words may open a sentence before its subject ("However, South Africa has ...").
SUBJECT_LEAD_WORDS = 3


def country_opens_sentence(text: str, lang: str | None, start: int, end: int) -> Institution | None:
    """A country (or its capital) as the subject a sentence opens with, right before a lower-case
    word, its verb ("However, South Africa has criticised the recall, calling it “...”"): its
    government speaks. An adjective ("Russian officials") or a possessive ("Russia's") is no
    subject."""
    head = text[start:end]
    for m in gazetteer.find_countries(head, lang):
        if len(head[: m.start].split()) > SUBJECT_LEAD_WORDS:
            break
        verb = re.match(r"\s+([^\W\d_])", head[m.end :])
        if m.kind in {"name", "alias", "capital"} and verb is not None and verb.group(1).islower():
            return Institution(start + m.start, start + m.end, head[m.start : m.end], "Government", m.iso3)
    return None


def named_before_verb(find: SpeakerFinder, verb_re: re.Pattern[str], before: str, offset: int) -> bool:
    """A person named right before the last verb of saying ahead of a quote: its subject."""
    verbs = list(verb_re.finditer(before))
    if not verbs:
        return False
    verb_start = offset + verbs[-1].start()
    return any(offset <= e <= verb_start and not find.text[e:verb_start].strip() for _s, e, _p in find.anchors)


@lru_cache(maxsize=8)
def role_reference_re(lang: str | None) -> re.Pattern[str]:
    return re.compile(rules(lang).ROLE_REFERENCE_RE)


def unresolved_role_subject(find: SpeakerFinder, lang: str | None, verb_re: re.Pattern[str], before: str,
                            offset: int) -> bool:
    """The last verb of saying ahead of a quote has a role noun for its subject that points to no
    one named ("Speaking of the talks with X, the envoy said: “...”" with no envoy named): the
    speaker is unknown, and the person named before the role is what was spoken of."""
    verbs = list(verb_re.finditer(before))
    if not verbs:
        return False
    text = find.text
    verb_start, verb_end = offset + verbs[-1].start(), offset + verbs[-1].end()
    if rules(lang).SUBJECT_AFTER_SPEECH_VERB:
        # (the verb may hold the role's article: "sagte der | Botschafter")
        rest = text[verb_end : verb_end + 80]
        first = verb_end + len(rest) - len(rest.lstrip())
        m = next((r for r in role_reference_re(lang).finditer(text, verb_start, first + 80) if r.start() <= first), None)
    else:
        lo = max(offset, verb_start - 80)
        m = next((r for r in role_reference_re(lang).finditer(text, lo, verb_start)
                  if not text[r.end() : verb_start].strip()), None)
    return m is not None and not any(m.start() <= s < m.end() for s, _e, _p in find.anchors)


def subject_of_last_verb(find: SpeakerFinder, verb_re: re.Pattern[str], before: str, offset: int,
                         subject_after: bool) -> int | None:
    """The subject of the last speech verb ahead of a quote: the person named right before the
    verb ("Trump said Landry “...”", "Lukashenko told Putin: “...”" quote Trump and
    Lukashenko), or right after it where the language puts the subject there after an opening
    phrase ("Nach dem Gespräch mit X sagte Scholz: „...“"; `subject_after`), either one when
    only one is there, else the one named last before the verb. None when no one is named
    before or right after it ("Dazu sagte er: ..." is left to the pronoun)."""
    verbs = list(verb_re.finditer(before))
    if not verbs:
        return None
    verb_start, verb_end = offset + verbs[-1].start(), offset + verbs[-1].end()
    text = find.text
    right_before = [p for _s, e, p in find.anchors if offset <= e <= verb_start and not text[e:verb_start].strip()]
    # (a role whose article the verb holds, "sagte der | Botschafter", starts inside the verb)
    right_after = [p for s, _e, p in find.anchors
                   if verb_start < s < verb_end or (verb_end <= s and not text[verb_end:s].strip())]
    if not subject_after and not right_before:
        # "He also alleged the Venezuelan President was “...”": a pronoun a word or two before
        # the verb is its subject, the person after the verb what was said about
        lead = re.search(r"(?:\S+\s+){1,2}$", text[offset:verb_start])
        person = find.pronoun_resolver(offset + lead.start(), verb_start) if lead else None
        if person is not None:
            return person
    sides = [right_after[:1], right_before[-1:]] if subject_after else [right_before[-1:], right_after[:1]]
    for side in sides:
        if side:
            return side[0]
    if not any(offset <= s < verb_start for s, _e, _p in find.anchors):
        return None
    return find(offset, verb_start, last=True)


def quotes_with_speakers(text: str, lang: str | None, spans: list[QuoteSpan], find: SpeakerFinder) -> list[QuoteFound]:
    verb_re = quote_verb_re(lang)
    neuter_re = neuter_pronoun_re(lang)
    according_re = according_to_re(lang)
    statement_re = statement_noun_re(lang)
    found: list[QuoteFound] = []
    para_of = paragraphs(text)

    def para_index(pos: int) -> int:
        for i, (s, e) in enumerate(para_of):
            if s <= pos <= e:
                return i
        return -1

    opened: dict[int, QuoteFound] = {}  # quotes over several paragraphs, by their opening mark
    for q in spans:
        os_, oe = q.outer
        pi = para_index(os_)
        ps, pe = para_of[pi] if pi >= 0 else (0, len(text))
        speaker, rule = None, ""
        if q.opened_at is not None and q.opened_at in opened:
            # a later paragraph of a quote over several: whoever said its first one
            first = opened[q.opened_at]
            found.append(QuoteFound(q.start, q.end, q.outer, first.speaker, "quote-over-paragraphs",
                                    first.institution))
            continue
        # 1. Attribution after the quote, up to the end of its sentence (in the paragraph where
        #    a quote over several paragraphs closes).
        ape = para_of[para_index(oe)][1] if para_index(oe) >= 0 else pe
        a_from = oe
        broken = attribution_in_next_paragraph(text, q, oe, ape, para_of)
        if broken is None:
            broken = attribution_over_line_break(text, oe, ape, para_of, verb_re, find)
        if broken is not None:
            a_from, ape = broken
        stops = [sentence_stop(text, a_from, ape), *(text.find(c, a_from) for c in (*CURLY_OPENERS, "\n"))]
        after_end = min(ape, *(x for x in stops if x >= 0), ape)
        after_end = attribution_end(text, oe, after_end, verb_re)
        if closes_sentence(text, q.start, q.end, oe):
            after_end = oe  # “... at all.” The next sentence is someone else's news
        after = text[oe:after_end]
        institution = None
        prev_ps = para_of[pi - 1][0] if pi > 0 else ps
        # "...," according to a statement of the presidency / the press release reads
        said_after = verb_re.search(after) or statement_re.search(after)
        if said_after and len(after.split()) <= 14:
            institution = find.institution(oe, after_end)
            if institution is None and neuter_re.search(after) and find.first_named(oe, after_end) is None:
                # "..., it said in a statement": the institution the sentence began with
                opening = max(ps, text.rfind(". ", ps, os_) + 1)
                institution = find.institution(opening, os_) or find.subject_institution(opening, os_) \
                    or body_of_sentence_before(text, prev_ps if opening == ps else ps, opening, find) \
                    or neuter_referent(found, pi, para_index)
            speaker = None if institution else (find.pronoun_beside_verb(oe, after_end, verb_re)
                                                or find(oe, after_end))
            rule = "attribution-after"
            if speaker is None and institution is None:
                institution = country_said(text, lang, oe, after_end, verb_re)
            unknown = unknown_name_beside_verb(after, verb_re, rules(lang).TITLE_APPOSITION_ARTICLES,
                                               not_name_words(lang), lang)
            if speaker is None and institution is None and unknown:
                continue  # ", said Smith" with a Smith we do not know: no one else said it
            if speaker is None and institution is None and not statement_re.search(after):
                # "X hatte die Äußerungen als „…“ bezeichnet": a verb at the end of the sentence
                # with no one after it; the sentence's subject speaks
                opening = max(ps, text.rfind(". ", ps, os_) + 1)
                speaker, institution = find.sentence_subject(opening, os_)
            if speaker is None and institution is None and statement_re.search(after):
                # "...," the press release said: the release of the institution named last
                institution = find.last_institution(os_)
        passed_on = None
        # 2. Attribution before it in the same sentence ("X noted: “…").
        if speaker is None and institution is None:
            # (a closing mark that opens in another language is not looked for right before the quote)
            sent_start = max(text.rfind(". ", ps, os_), *(text.rfind(c, ps, os_ - 1 if c in PAIRS else os_)
                                                           for c in CURLY_CLOSERS), ps)
            # "The government sees a line crossed: Minister X said the ... “...”": the clause after
            # a colon has its own subject and verb of saying, and they speak
            colon = text.rfind(": ", sent_start, os_)
            if colon >= 0 and verb_re.search(text, colon, os_):
                sent_start = colon + 1
            before = text[sent_start:os_]
            passed_on = quoted_as_re(lang).search(before)
            if verb_re.search(before) or before.rstrip().endswith(":") or according_re.search(before) or passed_on \
                    or relative_says_re(lang).search(before):
                institution = author_of_clause(text, lang, sent_start, os_, find) \
                    or find.institution(sent_start, os_, last=True) or find.subject_institution(sent_start, os_)
                if institution is None and statement_says(before, verb_re, statement_re):
                    # "The statement said X “...”": X is what it is about, its issuer speaks
                    institution = find.last_institution(os_)
                if institution is None and not named_before_verb(find, verb_re, before, sent_start):
                    # "Caracas accused President X of continuing to “...”": the capital speaks, the
                    # person after the verb is its object
                    institution = country_said(text, lang, sent_start, os_, verb_re)
                if institution is None and not passed_on \
                        and unresolved_role_subject(find, lang, verb_re, before, sent_start):
                    continue  # a role we cannot name speaks; not whoever was named before it
                if institution is None:
                    speaker = subject_of_last_verb(find, verb_re, before, sent_start,
                                                   rules(lang).SUBJECT_AFTER_SPEECH_VERB)
                    speaker = find(sent_start, os_, last=True) if speaker is None else speaker
                rule = "attribution-before"
                if passed_on:
                    # "He quoted the crown prince as saying, “...”": the one quoted speaks, never the
                    # one who quotes (no one, when we cannot tell who was quoted)
                    who = sent_start + passed_on.start("who"), sent_start + passed_on.end("who")
                    speaker, institution = find.first_named(*who), None
                    rule = "quoted-as-saying"
                if speaker is None and institution is None and not passed_on:
                    # "South Africa has criticised the recall, calling it “...”"
                    institution = country_opens_sentence(text, lang, sent_start, os_)
                if speaker is None and institution is None and neuter_re.search(before) \
                        and find.first_named(sent_start, os_) is None:
                    # "It further noted that “...”": the institution quoted just before
                    institution = neuter_referent(found, pi, para_index)
                if speaker is None and institution is None:
                    institution = country_said(text, lang, sent_start, os_, verb_re)
                if speaker is None and institution is None and statement_re.search(before):
                    # "The statement reads: “…”": the statement of the institution named last
                    institution = find.last_institution(os_)
                    rule = "statement-of-institution"
        if institution is not None:
            found.append(QuoteFound(q.start, q.end, q.outer, None, rule, institution))
            if q.opened_at is not None:
                opened[q.opened_at] = found[-1]
            continue
        if passed_on is not None and speaker is None:
            continue  # words passed on from someone we cannot name
        # 3. Someone named between the previous quote and this one is its subject
        #    ("Putin thanked them for the welcome. „The relations …“").
        if speaker is None:
            since = max(ps, found[-1].outer[1] if found else ps)
            # a quote that opens its paragraph may close the sentence of the paragraph before
            lo = max(prev_ps, found[-1].outer[1] if found else prev_ps) \
                if not text[since:os_].strip() else since
            said_by = institution_said_before(text, lo, os_, [verb_re, according_re, statement_re], find)
            if said_by is not None:
                found.append(QuoteFound(q.start, q.end, q.outer, None, "institution-of-sentence-before", said_by))
                continue
            speaker = said_just_before(text, lo, os_, verb_re, find)
            rule = "speaker-of-sentence-before"
            if speaker is None:
                # "The ministry protested against the “...”": the quote's own sentence opens with
                # who speaks, before anyone named in the sentences ahead of it
                own = max(since, text.rfind(". ", since, os_) + 1)
                subject, body = find.sentence_subject(own, os_)
                if body is not None and subject is None:
                    found.append(QuoteFound(q.start, q.end, q.outer, None, "subject-of-own-sentence", body))
                    continue
                speaker = subject if subject is not None else \
                    find.first_named(since, os_, skip=find.named_inside(q.start, q.end))
                rule = "subject-before"
        # 4. A quote that continues the previous one in the same or the next paragraph.
        if speaker is None and found:
            prev = found[-1]
            gap = text[prev.outer[1] : os_]
            if para_index(prev.start) in (pi, pi - 1) and len(gap.split()) <= 40:
                if prev.institution is not None and prev.speaker is None:
                    found.append(QuoteFound(q.start, q.end, q.outer, None, "continues-previous-quote",
                                            prev.institution))
                    continue
                speaker, rule = prev.speaker, "continues-previous-quote"
        # 4. The paragraph's subject ("According to her, … “…”").
        if speaker is None:
            speaker = find(ps, os_)
            if speaker in find.named_inside(q.start, q.end):
                speaker = find.first_named(ps, os_, skip=find.named_inside(q.start, q.end))
            rule = "paragraph-subject"
        if speaker is None and pi > 0 and not text[ps:os_].strip():
            speaker = subject_of_paragraph_before(text, para_of[pi - 1], find)
            rule = "subject-of-paragraph-before"
        if speaker is not None:
            found.append(QuoteFound(q.start, q.end, q.outer, speaker, rule))
            if q.opened_at is not None:
                opened[q.opened_at] = found[-1]
    return found


# "X said", "X, in particular, noted", "X, who was summoned, said": between the subject's
# name and its verb of saying stands nothing, or one aside set off by commas
SUBJECT_GAP = re.compile(r"\s*(?:,[^,.;:]{0,60},)?\s*$")
SAID_NAME_GAP = 40  # "..., said Deputy Foreign Minister X": the speaker's title and name follow the verb


def reported_speakers(text: str, lang: str | None, sents: list, anchors: list[tuple[int, int, int]],  # type: ignore[type-arg]
                      qspans: list[tuple[int, int]],
                      acted_on: Callable[[int], bool] | None = None,
                      ) -> list[tuple[int, tuple[int, int]]]:
    """People who speak in reported speech ("X said that ...", "X accused Y of ..."): the
    first person named outside quotes in a sentence with a verb of saying, before the verb
    or right after it ("..., said minister X"); one named deep after it is what was said
    about ("announced the recall of its ambassador X"). ``acted_on(person)`` names an envoy
    the report's acts fall on (expelled, summoned): named with a verb of saying he is mostly
    what was said about, so he is passed over unless he stands right before the verb, as its
    subject ("the summoned envoy X said ...")."""
    verb_re = speech_verb_re(lang)
    out: list[tuple[int, tuple[int, int]]] = []
    for s in sents:
        m = verb_re.search(text, s.start, s.end)
        if m is None or inside(qspans, m.start()):
            continue
        named = sorted((a, e, p) for a, e, p in anchors if s.start <= a < s.end and not inside(qspans, a))

        def passive(e: int, p: int, verb: int = m.start()) -> bool:
            return acted_on is not None and acted_on(p) and not (0 <= verb - e and SUBJECT_GAP.match(text, e, verb))

        speaker = next((p for a, e, p in named if not passive(e, p) and (a < m.start() or (
            a - m.end() <= SAID_NAME_GAP and not in_content(text, m.end(), a, lang)))), None)
        if speaker is not None:
            out.append((speaker, (s.start, s.end)))
    return out


@lru_cache(maxsize=8)
def clause_opener_re(lang: str | None) -> re.Pattern[str]:
    """The words that open a clause ("that", "dass", "что"): what follows a verb of saying
    with one of them is what was said."""
    words = "|".join(re.escape(w) for w in rules(lang).CAMEO_CLAUSE_OPENERS)
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.I)


def in_content(text: str, verb_end: int, pos: int, lang: str | None) -> bool:
    """A person named after the verb of saying and a clause opener is inside what was said
    ("the ministry said that it had summoned the envoy X"), not its speaker ("said X")."""
    return bool(clause_opener_re(lang).search(text, verb_end, pos))


# How many first words make two quotes the same words quoted again.
SAME_QUOTE_WORDS = 6


def repeated(texts: list[str]) -> set[int]:
    """The quotes that repeat words quoted earlier in the same report (a headline or lead that
    is quoted again in the body): the same words are one quote, kept where first quoted."""
    seen: set[tuple[str, ...]] = set()
    out: set[int] = set()
    for i, t in enumerate(texts):
        key = tuple(w.lower() for w in re.findall(r"\w+", t)[:SAME_QUOTE_WORDS])
        if key in seen:
            out.add(i)
        seen.add(key)
    return out

