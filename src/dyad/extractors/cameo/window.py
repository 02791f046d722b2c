"""The rule-window coder: event words found by their companions within a few words, and
who acts on whom from the order of mention groups and their prepositions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dyad.extractors.cameo.actors import Actor, actors_in
from dyad.extractors.cameo.clauses import clause_bounds, clause_breaks, mood, negated
from dyad.extractors.cameo.frames import CodedEvent, Frame, events_from
from dyad.extractors.cameo.lexicon import Lexicon, lexicon
from dyad.extractors.cameo.mentions import Mention
from dyad.extractors.cameo.transforms import negated_code
from dyad.extractors.cameo.units import Unit, find_units
from dyad.extractors.cameo.verbs import VerbPattern, Word, anchored_by, stem_index, verb_patterns

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def match_patterns(words: list[tuple[int, int, str]], lang: str, sentence: str = "") -> list[tuple[int, VerbPattern]]:
    """(word index, pattern) of every event word: the longest pattern anchored at the word
    whose companions occur within the pack's window around it (a particle, where the pack
    says so, up to the next comma)."""
    stems = stem_index(lang)
    by_head = head_index(lang)
    lx = lexicon(lang)
    norm = [lx.norm(w) for _s, _e, w in words]
    joined = _separable_forms(words, norm, sentence, lx)
    heads = [_compound_heads(w, n, lx) for (_s, _e, w), n in zip(words, norm, strict=True)]
    before, after = lx.window
    # A companion word is asked about the same neighbour by many patterns: each answer once.
    head_memo: dict[tuple[int, int], bool] = {}

    def head_at(c: Word, j: int) -> bool:
        key = (id(c), j)
        hit = head_memo.get(key)
        if hit is None:
            hit = head_memo[key] = _head_matches(c, heads[j])
        return hit

    out: list[tuple[int, VerbPattern]] = []
    for i, w in enumerate(norm):
        best: VerbPattern | None = None
        best_key: tuple[int, int, int, int] = (-1, -1, -1, 0)
        forms = [w, *joined.get(i, ()), *_past_of_gerund(w, lx)]
        # a compound's end finds only the patterns whose stem begins it (its first letters)
        at_head = {id(p): p for h in heads[i] for p in by_head.get(h[:_MIN_HEAD], ())
                   if _head_matches(p.anchor, heads[i])}
        at_word = anchored_by(forms, stems)
        if not at_word and not at_head:
            continue
        near = [*range(max(0, i - before), i), *range(i + 1, min(len(norm), i + after + 1))]
        window = [norm[j] for j in near]
        tail = _to_comma(words, norm, i, sentence) if lx.particle_at_clause_end else []
        seen: dict[int, bool] = {}  # companion -> found among the words around (or the tail)
        for p in {**at_word, **at_head}.values():
            direct = id(p) in at_word
            found = []
            for c in p.companions:
                f = seen.get(id(c))
                if f is None:
                    f = seen[id(c)] = (any(c.matches(x) for x in (tail if _particle(c) else window))
                                       or any(c.matches(x) for x in window))
                found.append(f)
            if not all(f or any(head_at(c, j) for j in near) for c, f in zip(p.companions, found, strict=True)):
                continue
            # the longest pattern; among equals the one whose words stand whole, not as a
            # compound's end ("Einreiseverbot" is read by a row naming it before one naming
            # "Verbot"), then the one naming more words than particles ("zog Botschafter ab")
            key = (len(p.companions), direct + sum(found), sum(not _particle(c) for c in p.companions), -p.order)
            if best is None or key > best_key:
                best, best_key = p, key
        if best is not None and best.cameo != "-" and not (_attributive(words[i][2], lx)
                                                            and not _opens_clause(sentence, words[i][0])):
            out.append((i, best))
    return out


def _past_of_gerund(word: str, lx: Lexicon) -> list[str]:
    """The past form a gerund stands for, where the pack names gerund endings ("потребовав":
    "потребовал"): a participle clause's act, read by the verb table's past forms."""
    return [word[: -len(end)] + past for end, past in lx.gerund_endings if word.endswith(end) and len(word) > len(end) + 3][:1]


@lru_cache(maxsize=8)
def head_index(lang: str) -> dict[str, tuple[VerbPattern, ...]]:
    """The patterns an anchor stem can find at a compound's end (stems that are not whole-word
    only and long enough), by the stem's first letters: a compound's ends are looked up here
    rather than through every pattern sharing their first two letters."""
    idx: dict[str, dict[VerbPattern, None]] = {}
    for p in verb_patterns().get(lang, ()):
        for stem, exact in p.anchor.alts:
            if not exact and len(stem) >= _MIN_HEAD:
                idx.setdefault(stem[:_MIN_HEAD], {})[p] = None
    return {k: tuple(v) for k, v in idx.items()}


_MIN_HEAD = 5  # letters of a stem matched at a compound's end: shorter ones hide inside other words


def _compound_heads(word: str, low: str, lx: Lexicon) -> list[str]:
    """The ends of a capitalised compound noun that may be its head ("Raketenangriff":
    "angriff"), where the pack says compounds are so built; none otherwise."""
    if not lx.compound_heads or not word[:1].isupper() or len(low) < 3 + _MIN_HEAD:
        return []
    return [low[k:] for k in range(3, len(low) - _MIN_HEAD + 1)]


def _head_matches(w: Word, heads: list[str]) -> bool:
    """A stem of w (long enough, not whole-word only) begins one of a compound's ends."""
    return any(not exact and len(stem) >= _MIN_HEAD and h.startswith(stem) for stem, exact in w.alts for h in heads)


def _separable_forms(words: list[tuple[int, int, str]], norm: list[str], sentence: str,
                     lx: Lexicon) -> dict[int, list[str]]:
    """Word index -> the forms of a separable verb as one word, particle first: the particle
    standing at the clause end joined to each lower-case word before it in the clause
    ("stellte ... ein" -> "einstellte"), and "ge"/"zu" dropped after a particle
    ("eingestellt" -> "einstellt", "einzustellen" -> "einstellen")."""
    out: dict[int, list[str]] = {}
    if not lx.separable_particles:
        return out
    for i, w in enumerate(norm):
        for part in lx.separable_particles:
            for infix in ("ge", "zu"):
                if w.startswith(part + infix) and len(w) > len(part) + len(infix) + 2:
                    out.setdefault(i, []).append(part + w[len(part) + len(infix):])
    for j, w in enumerate(norm):
        if w not in lx.separable_particles or not _ends_clause(sentence, words[j][1]):
            continue
        start = sentence.rfind(",", 0, words[j][0])
        for i in range(j - 1, -1, -1):
            if words[i][0] < start:
                break
            if words[i][2][:1].islower() and norm[i] not in lx.separable_particles and norm[i] not in lx.articles:
                out.setdefault(i, []).append(w + norm[i])
    return out


def _ends_clause(sentence: str, end: int) -> bool:
    """Nothing but a punctuation mark (or the sentence end) follows the word ending at end."""
    rest = sentence[end:].lstrip()
    return not rest or rest[0] in ",.;:!?)"


def _opens_clause(sentence: str, start: int) -> bool:
    """The word stands right after a comma: a participle there opens a participial clause
    after its noun ("Жапаровым, прибывшим в Астану с визитом", "дипломату, вызванному в МИД"),
    which tells the act; one before its noun ("задержанных граждан") only qualifies it."""
    return sentence[:start].rstrip().endswith(",")


def _attributive(word: str, lx: Lexicon) -> bool:
    """A lower-case participle inflected as an adjective ("inhaftierter Seeleute"): not an act."""
    return lx.attributive_end is not None and word[:1].islower() and bool(lx.attributive_end.search(word.lower()))


def _particle(c: Word) -> bool:
    """A companion matched only as a whole word ("auf=", "ein="): a separable verb's particle."""
    return all(exact for _stem, exact in c.alts)


def _to_comma(words: list[tuple[int, int, str]], norm: list[str], i: int, sentence: str) -> list[str]:
    """The words after word i up to the next comma (or the sentence end)."""
    comma = sentence.find(",", words[i][1]) if sentence else -1
    return [n for (s, _e, _w), n in zip(words[i + 1 :], norm[i + 1 :], strict=True) if comma < 0 or s < comma]


_DEMANDED_GAP = 3  # words between a demand verb and the noun naming what it demands
# words between a verb of criticism and the act it deplores, which its cause may bring in
# ("выразил сожаление в связи с объявлением ...", "bedauere die Abberufung des Botschafters")
_DEPLORED_GAP = 6


def _verb_form(words: list[tuple[int, int, str]], i: int, lx: Lexicon) -> bool:
    """Word i is written as a verb, not as a noun naming the act (where the pack can tell)."""
    w = words[i][2]
    if lx.nouns_capitalised:
        return not w[:1].isupper() or i == 0
    if lx.verb_end is not None:
        # an event noun that ends like a verb ("визит") is a verb only when what follows
        # its stem is a verb ending ("обстреляли", "запретил")
        low = w.lower()
        stem = next((s for s in lx.noun_stems if low.startswith(s)), "")
        return bool(lx.verb_end.search(low[len(stem):]))
    return True


def main_verbs(matches: list[tuple[int, VerbPattern]], words: list[tuple[int, int, str]],
               lang: str, sentence: str = "") -> list[tuple[int, VerbPattern, bool, str]]:
    """Drop what another event verb governs: an infinitive after it ("warf ihr vor, ...
    beschossen zu haben", "prizvala ... vvesti") and a noun naming an event that a verb of
    the same sentence acts on ("verurteilte die Angriffe", "obvinila ... v obstrele")."""
    lx = lexicon(lang)

    def verb_form(i: int) -> bool:
        return _verb_form(words, i, lx)

    def verbal(i: int, p: VerbPattern) -> bool:
        return bool(p.companions) or verb_form(i)

    def infinitive(i: int) -> bool:
        prev = words[i - 1][2].lower() if i else ""
        nxt = words[i + 1][2].lower() if i + 1 < len(words) else ""
        return (prev in lx.infinitive_before or nxt in lx.infinitive_after
                or words[i][2].lower().endswith(lx.infinitive_endings))

    def governs_noun(j: int, i: int) -> bool:
        # nothing between the verb and the noun opens another clause ("предупредил, что
        # прекратит поставки": the supplies are the later verb's)
        return "," not in sentence[words[j][1] : words[i][0]] and \
            not any(lx.norm(words[k][2]) in lx.that_openers for k in range(j + 1, i))

    kinds = [(i, p, verbal(i, p), infinitive(i)) for i, p in matches]
    finite = {i: p for i, p, vb, inf in kinds if vb and not inf}
    dropped: set[int] = set()
    out = []
    for i, p, vb, inf in kinds:
        gov = max((j for j in finite if j < i), default=None) if inf else None
        if gov is not None:
            gcode = finite[gov].cameo
            # "bot an, zu vermitteln", "prigrozil vvesti sanktsii": the offer or threat is
            # the infinitive's intent; "warf vor, beschossen zu haben": the content of a claim
            if gcode.startswith(("03", "13")):
                dropped.add(gov)
                out.append((i, p, True, gcode[:2]))
            continue
        if not verb_form(i) and any(0 < i - j <= _DEMANDED_GAP and finite[j].cameo.startswith(("10", "12"))
                                    or 0 < i - j <= _DEPLORED_GAP and finite[j].cameo.startswith(("110", "111", "112"))
                                    for j in finite):
            # "potrebovala vyvoda voysk", "lehnte die Freilassung ab": the act a demand or a
            # refusal names as a noun just after it is not done; the demand is the event.
            # One deplored or condemned ("bedauerte die Ausweisung", "осудил высылку") was done
            # by the other side, not by the critic: told as the critic's act it has the wrong actor
            continue
        threat = next((j for j in finite if 0 < i - j <= _DEMANDED_GAP and finite[j].cameo.startswith("13")
                       and governs_noun(j, i)), None)
        if not verb_form(i) and threat is not None:
            # "drohte mit der Schließung der Grenze", "prigrozila zakrytiem granitsy": the act a
            # threat names as a noun just after it is threatened, as its infinitive would be
            dropped.add(threat)
            out.append((i, p, True, "13"))
            continue
        if not vb and finite:
            continue
        out.append((i, p, vb, ""))
    return [x for x in out if x[0] not in dropped]


# A word of a state's or body's name is no event word ("Vereinigte Staaten" holds "einigten",
# "Shanghai Cooperation Organisation" a cooperation, "Организация Договора о коллективной
# безопасности" a treaty): the name only says who
NAME_KINDS = frozenset(("name", "igo", "alias", "code", "group"))


@dataclass
class _Window:
    """One sentence for the rule-window coder: its words, mention groups and clause breaks."""

    sentence: str
    lang: str
    lx: Lexicon
    words: list[tuple[int, int, str]]  # (start, end, word)
    units: list[Unit]
    breaks: list[int]
    passive: bool  # the sentence has a passive auxiliary
    matches: list[tuple[int, VerbPattern, bool, str]]  # every event word of the sentence


def code_window(sentence: str, lang: str, offset: int, mentions: list[Mention]) -> list[CodedEvent]:
    """Events of one sentence from its event words and the mention groups around them."""
    words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(sentence)]
    names = [(m.start, m.end) for m in mentions if m.kind in NAME_KINDS]
    matches = [(i, p) for i, p in match_patterns(words, lang, sentence)
               if not any(a <= words[i][0] < b for a, b in names)]
    if not matches:
        return []
    lx = lexicon(lang)
    matches = main_verbs(matches, words, lang, sentence)
    units = find_units(sentence, words, mentions, lang, {m[0] for m in matches})
    passive = lx.passive is not None and bool(lx.passive.search(sentence))
    s = _Window(sentence, lang, lx, words, units, clause_breaks(sentence, lx), passive, matches)
    frames = [f for i, p, verbal, governor in matches if (f := _frame(s, i, p, verbal, governor)) is not None]
    return events_from(frames, offset)


def _frame(s: _Window, i: int, p: VerbPattern, verbal: bool, governor: str) -> Frame | None:
    """The frame of the event word at word i: who acts on whom, the code after mood and
    negation, and the place; None when nobody acts or a conflict act is negated."""
    lo, hi = clause_bounds(s.breaks, s.words[i][0], len(s.sentence))
    if _hypothetical(s, lo, i):
        return None
    clause = [u for u in s.units if lo <= u.start < hi]
    # an act noun a threat or an offer governs is not done ("пригрозила высылкой посла"): whom
    # it would be done to is left to the governing verb's reading
    roles = _roles(s, clause, i, p, verbal, patient_ok=not governor)
    reported = _reported_by(s, lo, i)
    if reported is not None:
        speaker, governor = reported
        # the clause names no acting side, so whoever it names is acted on ("an Polen", "Ирану")
        named = [u for u in clause if not u.is_location]
        partner = next((u for u in named if u.prep in s.lx.prep_with), None)
        roles = speaker, partner or (named[0] if named else None), partner, ["reported"]
    if roles is None:
        return None
    src, tgt, partner, rules = roles
    code, why = mood(s.sentence, s.words, i, lo, s.lang, p.cameo, governor)
    if why:
        rules.append(why)
    loc = next((m.country for u in clause if u.is_location for m in u.mentions if m.country), None)
    if "protest-site" in rules:
        return _site_protest(p, code, src, tgt, loc, lo, hi, rules)
    if src is None:
        return None
    if not _negation_named(p, s.lx) and negated(s.words, i, hi, s.lx, s.sentence):
        nc = negated_code(code)
        if nc is None:
            return None
        code, rules = nc, [*rules, "negated"]
    if "patient-of-noun:no-agent" in rules and tgt is not None:
        # an act noun's patient with no agent named: as a passive's subject, acted on by the
        # state where it was done ("in Zagreb"), else by the report's pair
        return Frame(p, code, [_host(loc, tgt)], tgt.actors, loc, lo, hi, rules=rules)
    if tgt is not None and {a.code for a in tgt.actors} == {a.code for a in src.actors}:
        tgt = None  # "Tokayev received in Akorda ...": not an act on oneself
    if tgt is None and "passive" not in rules and _envoy_acted_on(s, i, p):
        # "der Erste Sekretaer der kroatischen Botschaft wurde ... erklaert": the subject of a
        # passive summons or expulsion is acted on; who acts is left to the report's pair
        rules.append("passive-subject")
        return Frame(p, code, [_host(loc, src)], src.actors, loc, lo, hi, rules=rules)
    src_actors = src.actors
    if tgt is not None and "passive" in rules and p.cameo.startswith(ENVOY_ACTED_ON) and \
            not any(a.known for a in src_actors):
        # "Посол России в Казахстане был вызван в министерство": a ministry of no named
        # country summons; the state the envoy is placed in is the one it belongs to
        src_actors = [_host(loc, tgt)]
    if len(src.mentions) == 1 and src.mentions[0].kind == "capital":
        src_actors = actors_in([(src.start, src.end)], src.mentions, s.sentence, s.lang, as_source=True)
    return Frame(p, code, src_actors, tgt.actors if tgt else [], loc, lo, hi,
                 via_with=tgt is partner and tgt is not None, rules=rules)


def _site_protest(p: VerbPattern, code: str, src: Unit | None, site: Unit | None, loc: str | None,
                  lo: int, hi: int, rules: list[str]) -> Frame | None:
    """A protest held at a site of another state: a demonstration (141), not an official
    complaint; with no protesters named, the people of the place it is held in protest."""
    if site is None:
        return None
    if src is not None:
        doers = src.actors
    elif loc is not None and loc not in {a.country for a in site.actors}:
        doers = [Actor(loc, "PPL")]
    else:
        return None
    return Frame(p, "141" if code == "140" else code, doers, site.actors, loc, lo, hi, rules=rules)


def _negation_named(p: VerbPattern, lx: Lexicon) -> bool:
    """The pattern names a negation word itself ("kommt nicht in Frage", "не видит оснований"):
    the refusal is the phrase's meaning, so the negation does not turn it around again."""
    return any(stem in lx.negations for c in p.companions for stem, _exact in c.alts)


ENVOY_ACTED_ON = ("114", "161")  # a summons, an expulsion: done to another state's envoy


def _host(loc: str | None, envoy: Unit) -> Actor:
    """Who summons or expels an envoy told in the passive: the state the clause places him in
    ("der russische Botschafter in den Niederlanden wurde einbestellt", "посол ... в
    Казахстане был вызван"), the one he is posted to or summoned in; else left to the
    report's pair."""
    if loc is not None and loc not in {a.country for a in envoy.actors}:
        return Actor(loc, "GOV")
    return Actor("---", "GOV")


def _envoy_acted_on(s: _Window, i: int, p: VerbPattern) -> bool:
    """A summons or expulsion told in the passive (the sentence's auxiliary, or a passive
    form of the event word or of the word before it: "obyavleny personami non grata") with
    no agent named."""
    short = s.lx.short_passive is not None and any(
        s.lx.short_passive.search(s.words[j][2].lower()) for j in (i - 1, i) if j >= 0)
    return p.cameo.startswith(ENVOY_ACTED_ON) and not p.recall and (s.passive or short)


def _reported_by(s: _Window, lo: int, i: int) -> tuple[Unit, str] | None:
    """(speaker, governing code) of an act put in a that-clause under a threat or a promise
    ("warnte, dass es die Lieferungen einstellen werde", "предупредила, что прекратит поставки
    Ирану"): with no actor before the act in its own clause, the one who threatens or promises
    is the one who will act, and the act is its threat or intent. None otherwise."""
    if lo <= 0:
        return None
    first = next((w for st, _e, w in s.words if st >= lo), None)
    if first is None or s.lx.norm(first) not in s.lx.that_openers:
        return None
    at = s.words[i][0]
    if any(lo <= u.start and u.end <= at and not u.is_location and (not u.prep or u.prep in s.lx.that_openers)
           for u in s.units):
        return None  # "erklärte, dass Moskau ... beschossen habe": the clause names who acts
    plo, _ = clause_bounds(s.breaks, lo - 1, lo)
    governor = next((p.cameo[:2] for j, p, _v, _g in s.matches
                     if plo <= s.words[j][0] < lo and p.cameo[:2] in ("03", "13")), None)
    if governor is None:
        return None
    speaker = next((u for u in s.units if plo <= u.start < lo and not u.is_location and u.actors), None)
    return (speaker, governor) if speaker is not None else None


def _hypothetical(s: _Window, lo: int, i: int) -> bool:
    """The event word stands in a clause a condition word opens ("..., sollte Paris die
    Resolution unterstuetzen", "esli Tokio nachnet ..."): the act is what a threat or offer
    hinges on, not something that happened. The clause's actors still count for the act
    around it, so only the stretch since the last comma is read here."""
    at = s.words[i][0]
    start = max(lo, s.sentence.rfind(",", lo, at) + 1)
    first = next((w for st, _e, w in s.words[: i + 1] if st >= start), None)
    return first is not None and s.lx.norm(first) in s.lx.condition_openers


def _roles(s: _Window, clause: list[Unit], i: int, p: VerbPattern,
           verbal: bool, patient_ok: bool = True) -> tuple[Unit | None, Unit | None, Unit | None, list[str]] | None:
    """(source, target, partner, rules) of the event word at word i, from the order of the
    clause's mention groups and their prepositions; None when no group acts."""
    a_start = s.words[i][0]
    word = s.words[i][2].lower()
    actors = [u for u in clause if not u.is_location]
    site = _protest_site(s, actors, p)
    if site is not None:
        # "Vor der ungarischen Botschaft protestierten Hunderte Rumänen", "митинг у посольства
        # Китая": the site's state is protested against; another group protests, or no one named
        others = [u for u in actors if u is not site and not _same_side(u, site)]
        return (others[0] if others else None), site, None, ["protest-site"]
    # an act noun's patient ("die Ausweisung von Diplomaten ... wurde bekanntgegeben") is no
    # passive's agent, though both may follow "von"
    noun_patient = None if not patient_ok or _verb_form(s.words, i, s.lx) else \
        _patient(s, [u for u in actors if u.start > a_start], i, p)
    agent = _agent(s, [u for u in actors if u is not noun_patient], word)
    partner = next((u for u in actors if u.prep in s.lx.prep_with), None)
    rest = [u for u in actors if u is not agent and u is not partner]
    before = [u for u in rest if u.end <= a_start]
    after = [u for u in rest if u.start > a_start]
    rules: list[str] = []
    src: Unit | None
    tgt: Unit | None
    if p.partner_only:
        after = []  # "Storony obsudili vizit prezidenta Rossii": a topic, not who talks
    verbal = verbal or _announced(s, i)
    participle = s.lx.participle is not None and bool(s.lx.participle.search(word))
    # an active finite verb, whose subject no preposition governs (see _subject_first)
    active = verbal and not s.passive and not (s.lx.short_passive is not None and s.lx.short_passive.search(word)) \
        and (s.lx.verb_end is None or bool(s.lx.verb_end.search(word)))
    genitive = next((u for u in after if u.first_word <= i + 2 and u.prep not in s.lx.all_preps), None)
    # "der russische Raketenangriff auf Kiew", "российский удар по Киеву": a country's adjective
    # just before an event noun names who acts
    attribute = next((u for u in before if u.last_word == i - 1 and not u.prep), None)
    patient = noun_patient if agent is None and attribute is None else None
    if agent is not None:
        src, tgt = agent, (before[0] if before else (after[0] if after else partner))
        rules.append("passive")
    elif patient is not None:
        # "die Festnahme von zwei Touristen (durch die Polizei)", "задержание граждан Сербии":
        # whom the act is done to; who does it, the group an agent preposition brings in, else
        # the place's state or the report's pair (_frame)
        by = next((u for u in after if u.start > patient.start and u.prep in s.lx.prep_agent
                   and u.prep not in s.lx.prep_of), None)
        src, tgt = (by, patient) if by is not None else (patient, patient)
        rules.append("patient-of-noun" if by is not None else "patient-of-noun:no-agent")
    elif not verbal and attribute is not None:
        src = attribute
        later = [u for u in after if not _same_side(u, src)]
        tgt = partner or (later[0] if later else None)
        rules.append("nominal-attribute")
    elif not verbal and genitive is not None:
        # "Besuch des Kanzlers in Kasachstan", "vizit Prezidenta Rossii v Kazakhstan"
        src = genitive
        later = [u for u in after if u.start > src.start]
        tgt = partner or (later[0] if later else None)
        rules.append("nominal")
    elif before:
        # a participle ("pribyvshim v Astanu") belongs to the noun just before it
        src = max((u for u in [*before, partner] if u is not None and u.end <= a_start),
                  key=lambda u: u.start) if participle else _subject_first(before, s.lx) if active else before[0]
        later = [u for u in rest if u.start > src.start and u is not src and not _same_side(u, src)]
        tgt = partner if (partner or p.partner_only) else (later[0] if later else None)
    elif after:
        # "Am Mittwoch verurteilte Frankreich ...", "zayavil Lavrov"
        src = after[0]
        tgt = partner if (partner or p.partner_only) else (after[1] if len(after) > 1 else None)
    else:
        return None
    if src.prep in s.lx.prep_against:
        src, tgt = _fronted_target(s, rest, src, tgt, rules)
    if p.inverse and tgt is not None:
        src, tgt = tgt, src
    return src, tgt, partner, rules


def _protest_site(s: _Window, actors: list[Unit], p: VerbPattern) -> Unit | None:
    """The group a protest is held at ("vor der Botschaft", "у посольства"), naming a state."""
    if not p.cameo.startswith("14"):
        return None
    return next((u for u in actors if u.prep in s.lx.protest_site and any(a.known for a in u.actors)), None)


def _subject_first(before: list[Unit], lx: Lexicon) -> Unit:
    """The group that acts, of those before the event word: the first no preposition governs.
    A fronted phrase of cause or place ("In connection with the attack on the embassy, the
    ministry summoned ...", "В связи с нападением на посольство МИД вызвал ...") is never the
    subject; with no bare group the order stands ("gegen Iran verhängte ..."). Only an active
    verb has one: an event noun's actor, and a passive's ("в МИД России был вызван посол"),
    whose bare group is the one acted on, are read from the order."""
    return next((u for u in before if u.prep not in lx.all_preps), before[0])


# Acts done to people (an expulsion, an arrest, a detention): an act noun's genitive (or
# "of"/"von" group) names whom it is done to, not who does it, unlike "the visit of the
# chancellor" or "Russia's attack on ...".
DONE_TO_PEOPLE = ("161", "17")
_PATIENT_REACH = 3  # words between the act noun and its patient ("die Ausweisung von zwei ...")


def _patient(s: _Window, after: list[Unit], i: int, p: VerbPattern) -> Unit | None:
    """The group right after an act noun done to people that names whom it is done to."""
    if not p.cameo.startswith(DONE_TO_PEOPLE):
        return None
    return next((u for u in after if u.first_word <= i + _PATIENT_REACH
                 and (u.prep in s.lx.prep_of or u.prep not in s.lx.all_preps | s.lx.origin_preps | s.lx.prep_against)),
                None)


def _fronted_target(s: _Window, rest: list[Unit], src: Unit, tgt: Unit | None,
                    rules: list[str]) -> tuple[Unit, Unit | None]:
    """A group a preposition of opposition brings in is acted on, even when put first ("Neue
    Sanktionen gegen Iran verhängte Frankreich", "Санкции против Ирана ввела Франция"): the
    first later group of a known side that no preposition of the pack governs acts; with none, the order stands."""
    doer = next((u for u in rest if u is not src and u.start > src.start and u.prep not in s.lx.all_preps
                 and u.prep not in s.lx.prep_against and u.prep not in s.lx.origin_preps
                 and any(a.known for a in u.actors) and not _same_side(u, src)), None)
    if doer is None:
        return src, tgt
    rules.append("fronted-target")
    return doer, src


def _same_side(u: Unit, src: Unit) -> bool:
    """A group naming only the acting side again ("the ministry recalled its diplomats from
    Turkey": its own diplomats) is not the side acted on; the next group is."""
    codes = {a.code for a in u.actors}
    return bool(codes) and codes == {a.code for a in src.actors}


def _announced(s: _Window, i: int) -> bool:
    """An event noun that a verb of announcing or ordering governs from at most two words
    before ("объявила об освобождении рыбаков", "kündigte die Freilassung ... an"): the
    act is the announcer's, as if told by a verb."""
    return any(s.lx.norm(w).startswith(s.lx.announce_stems) for _s, _e, w in s.words[max(0, i - 3) : i])


def _agent(s: _Window, actors: list[Unit], word: str) -> Unit | None:
    """The agent of a passive: after an agent preposition ("von", "by"), else the ministry
    one is summoned to ("wurde ins Auswaertige Amt einbestellt", "byl vyzvan v MID Rossii")."""
    agent = next((u for u in actors if s.passive and u.prep in s.lx.prep_agent), None)
    short_passive = s.lx.short_passive is not None and s.lx.short_passive.search(word)
    if agent is None and (s.passive or short_passive):
        agent = next((u for u in actors if u.prep in s.lx.summoned_to
                      and any(a.role == "GOV" or (a.code or "").endswith("GOV") for a in u.actors)), None)
    return agent
