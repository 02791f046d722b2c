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
# "также встретился", "помимо коллеги", "кроме того": ещё одна встреча визита.
# Встречи во множественном числе ("состоялись встречи с А и Б") — по одной с каждым.
FURTHER_MEETING_RE = r"(?:\bтакже\b|\bтоже\b|\bкроме того\b|\bпомимо\b|\bкроме\b|\bсостоял\w* (?:\w+ )?встречи\b|\bпровел\w* (?:\w+ )?встречи\b|\bотдельн\w* встреч\w*)"

# See en.WELCOME_RE.
WELCOME_RE = r"(?:\bцеремони\w+ (?:\w+ )?встречи\b|\bторжественн\w+ встреч\w*|\bпочетн\w+ караул\w*|\bприветствовал\w*|\bаэропорт\w*|\bвоздушной гавани\b|\bкрасн\w+ дорожк\w*)"

# See en.BUSINESS_MEETING_RE.
BUSINESS_MEETING_RE = (r"(?:(?:состо(?:ял|явш)\w*|прош(?:ел|ёл|ла|ли|едш\w*)|провед\w*)\s[^.]{0,80}?(?:бизнес-форум\w*|делов\w+ совет\w*)|"
                       r"(?:бизнес-форум\w*|заседани\w+ делового совета)\s[^.]{0,60}?(?:состоял\w*|прош(?:ел|ёл|ла|ли))|"
                       r"(?:в ходе|в рамках|на полях) (?:[\w-]+ ){0,3}(?:бизнес-форум\w*|делового совета))")
