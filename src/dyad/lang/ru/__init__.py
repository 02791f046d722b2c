"""The Russian pack. Data by topic in the modules beside this one; dyad.lang.pack joins them."""

CODE = "ru"
LINGUA_NAME = "RUSSIAN"
SCRIPT: tuple[str, str] | None = ("\u0400", "\u04ff")  # Cyrillic: no other pack is written in it
