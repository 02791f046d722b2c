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

# See en.WELCOME_RE.
WELCOME_RE = r"(?:\bцеремони\w+ (?:\w+ )?встречи\b|\bторжественн\w+ встреч\w*|\bпочетн\w+ караул\w*|\bприветствовал\w*|\bаэропорт\w*|\bвоздушной гавани\b|\bкрасн\w+ дорожк\w*)"
