"""A short article in Russian that the web server reads once at start-up (when it may write),
so that the first document posted does not wait for this language's models to load."""

WARM_UP_TEXT: str | None = (
    "АСТАНА, 3 мая (Казинформ) – Президент Казахстана Касым-Жомарт Токаев встретился с Премьер-министром "
    "Беларуси Романом Головченко. Товарооборот составил 1 миллиард долларов, отметил он."
)
