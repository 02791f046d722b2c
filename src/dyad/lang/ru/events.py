"""Russian words of the event finder; see en/events.py for what each name means."""

PLACE_PREPOSITIONS = ("в", "во")
VISIT_NOUNS = ("визит",)
VISIT_DESTINATION_PREPOSITIONS = ("в", "во")
VISIT_HOST_ARTICLES: tuple[str, ...] = ()
VISIT_STAY_PREPOSITIONS = (r"\bв", r"\bво")
VISIT_STAY_LINKS = ("с",)
VISIT_STAY_ARTICLES: tuple[str, ...] = ()

# A sentence that lists the members of a side's delegation: they take part in its visit.
DELEGATION_RE = r"(?:\bв состав\w* (?:[\w-]+ ){0,3}делегац\w* (?:\w+ ){0,2}вош\w*|\bв сопровождении)"
# See en.ATTENDANCE_RE ("в переговорах приняли участие А и Б", "также на встрече присутствуют В и Г").
ATTENDANCE_RE = (r"(?:\b(?:принима|приня|принял)\w* участие (?:[\w-]+ ){0,2}в (?:[\w-]+ ){0,3}(?:переговор|встреч|обсуждени|бесед|консультаци)\w*|"
                 r"\bучасти[еи] (?:в|во) (?:[\w-]+ ){0,2}(?:переговор|встреч|обсуждени|бесед|консультаци)\w* (?:[\w-]+ ){0,2}(?:принима|приня|принял)\w*|"
                 r"\b(?:в|во|на) (?:[\w-]+ ){0,2}(?:переговор|встреч|обсуждени|бесед|консультаци|мероприяти)\w*\b[^.]{0,150}?"
                 r"(?:\b(?:принима|приня|принял)\w* участие|\bприсутств(?:овал|ует|уют|овали|овала)\b))")
# "также встретился", "помимо коллеги", "кроме того": ещё одна встреча визита.
# Встречи во множественном числе ("состоялись встречи с А и Б") — по одной с каждым.
FURTHER_MEETING_RE = r"(?:\bтакже\b|\bтоже\b|\bкроме того\b|\bпомимо\b|\bкроме\b|\bсостоял\w* (?:\w+ )?встречи\b|\bпровел\w* (?:\w+ )?встречи\b|\bотдельн\w* встреч\w*)"

# See en.COORDINATED_ACT_RE ("X встретился с A, провел переговоры с B и подписал ...").
COORDINATED_ACT_RE = r"[,;]|(?<!\w)(?:и|а также|а затем|затем|после чего)(?!\w)"

# See en.MEETING_AS_TIME_RE (every form of "встреча" is a meeting trigger of its own here).
MEETING_AS_TIME_RE = r"(?!)"

# See en.WELCOME_RE.
WELCOME_RE = r"(?:\bцеремони\w+ (?:\w+ )?встречи\b|\bторжественн\w+ встреч\w*|\bпочетн\w+ караул\w*|\bприветствовал\w*|\bаэропорт\w*|\bвоздушной гавани\b|\bкрасн\w+ дорожк\w*)"

# See en.BUSINESS_MEETING_RE.
BUSINESS_MEETING_RE = (r"(?:(?:состо(?:ял|явш)\w*|прош(?:ел|ёл|ла|ли|едш\w*)|провед\w*)\s[^.]{0,80}?(?:бизнес-форум\w*|делов\w+ совет\w*)|"
                       r"(?:бизнес-форум\w*|заседани\w+ делового совета)\s[^.]{0,60}?(?:состоял\w*|прош(?:ел|ёл|ла|ли))|"
                       r"(?:в ходе|в рамках|на полях) (?:[\w-]+ ){0,3}(?:бизнес-форум\w*|делового совета))")

# See en.CAUSE_OF_ACT_RE.
# See en.CAUSE_AFTER_NAME_RE; not written for this language yet: never matches.
CAUSE_AFTER_NAME_RE = r"(?!)"
CAUSE_BEFORE_NAME_RE = r"(?!)"
CAUSE_OF_ACT_RE = (r"(?:из-за|в связи с|после|в знак протеста против|в ответ на) (?:\w+ )?"
                   r"(?:заявлени\w*|высказывани\w*|слов\w*|комментари\w*|реплик\w*|обвинени\w*|критик\w*)\s+(?:\S+\s+){0,4}$")
