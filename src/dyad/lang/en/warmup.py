"""A short article in English that the web server reads once at start-up (when it may write),
so that the first document posted does not wait for this language's models to load."""

WARM_UP_TEXT: str | None = (
    "MINSK, 9 June (BelTA) – Chair of the Council of the Republic Natalya Kochanova met with Ambassador of "
    "Kazakhstan to Belarus Askar Beisenbayev. Trade reached $1 billion last year, she said."
)
