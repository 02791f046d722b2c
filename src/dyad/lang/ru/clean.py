"""Russian words of page furniture and dates, for the clean stage; see en.clean for each name."""

DATE_MONTHS = (
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
    "ноября", "декабря",
    "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
    "ноябрь", "декабрь",
    "янв", "фев", "февр", "мар", "апр", "июн", "июл", "авг", "сен", "сент", "окт", "ноя", "нояб", "дек",
)
DATE_WEEKDAYS = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье")
# A month's name in a case the date parser does not read, to the form it does: the prepositional of
# "в мае" (the other months' prepositional forms start with a name or abbreviation of DATE_MONTHS).
DATE_MONTH_CASES = {"мае": "мая"}
DATE_YEAR_ABBREVS = ("г",)  # "2024г.", "17 января 2024 г."
DATE_YEAR_WORDS = ("года",)
DATE_ZONES = ("MSK", "МСК", "мск")  # "14:30 MSK"
DATE_OFFSET_ZONES: tuple[str, ...] = ()
DATE_LABELS = ("дата публикации", "дата", "опубликовано", "обновлено")
# See en.DATE_UPDATE_LABELS.
DATE_UPDATE_LABELS = ("обновлено", "обновлён", "обновлен")
DATE_LABEL_JOINERS = ("от",)
DATE_BYLINE_LABELS = ("опубликовано", "размещено")
# "Текст: , 17 января 2024, 13:46"
DATE_FURNITURE_LABELS = ("опубликовано", "текст")
DATE_TODAY_WORDS = ("сегодня",)  # "Сегодня, 23 августа, ..."
DATE_TODAY_JOINERS: tuple[str, ...] = ()

FURNITURE_SHARE = (
    "поделиться", "подписаться", "печать", "назад", "читать далее", "фото", "источник", "теги", "все права",
)
FURNITURE_BUTTONS: tuple[str, ...] = ()
FURNITURE_RELATED_HEADINGS = (
    "читайте также", "смотрите также", "самое читаемое", "последние новости", "новости по теме",
    "другие новости", "лента новостей", "популярное",
)
FURNITURE_COPYRIGHT: tuple[str, ...] = ()
FURNITURE_FOOTER_RE = (
    r"все права защищены",
    r"при (?:использовании|цитировании|перепечатке) материалов",
    r"гиперссылка на",
)
FURNITURE_COOKIE_NOUNS: tuple[str, ...] = ()
FURNITURE_COOKIE_CONSENT = ("соглас",)
FURNITURE_COOKIE_VERBS = ("использует",)
FURNITURE_COOKIE_OBJECTS = ("файлы cookie", "куки")
# "(c) РИА Новости / ..." is recognised by the copyright sign.
FURNITURE_CAPTION_LABELS = ("фото",)
FURNITURE_CAPTION_CREDITS_RE: tuple[str, ...] = ()

SCRIPT_UPPER = ("А-Я", "Ё")
SCRIPT_LOWER = ("а-я", "ё")
SCRIPT_ALPHABET_UPPER = ("А-Я", "Ё")
SCRIPT_ALPHABET_LOWER = ("а-я", "ё")
# Without Ё: the credit pattern has never had it (a letter outside the range А-Я).
SCRIPT_CREDIT_UPPER = ("А-Я",)
