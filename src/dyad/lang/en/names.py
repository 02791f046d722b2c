"""English: names. English is the spelling every name is brought to, so most features here
are empty; the other packs fill them. The same names are defined in every pack.

- ``name_to_latin(name)``: a name written in the pack's own script (``SCRIPT``) in English
  spelling, or None when the pack has no script of its own.
- ``name_transcription(name)``: a Latin name in this language's transcription of another
  language's name, in English spelling, or None when it is no such name; None: no rules.
- ``name_nominative(name, morph)``: an inflected name back to the nominative, with the
  pack's morphology analyser (``NAME_MORPHOLOGY``); None: names do not inflect.
- ``name_common_word(word, morph)``: a capitalised word whose likeliest reading is a common
  noun, not a name; None: no such test.
- ``name_never_word(word, morph)``: a capitalised word that is never part of a name, even
  in a run of two words (an ordinal number); None: no such test.
- ``NAME_CASE_ENDINGS``: (oblique ending, nominative ending) pairs tried on a name in the
  pack's script that the registry does not know as written.
- ``FIRST_NAMES``, ``FIRST_NAME_VARIANTS``, ``PATRONYMIC_ENDINGS``, ``SURNAME_GENDER``: names
  of people this language's press writes about, in English spelling; dyad.names joins every
  pack's, since a name's origin, not the report's language, decides.
"""

from __future__ import annotations

name_to_latin = None
name_transcription = None
name_nominative = None
name_common_word = None
name_never_word = None
NAME_CASE_ENDINGS: tuple[tuple[str, str], ...] = ()

FIRST_NAMES = """
john james robert michael william david richard joseph thomas charles mary patricia
jennifer linda elizabeth barbara susan jessica sarah karen donald joe hillary antony
marco emmanuel
xi li wang narendra recep tayyip hakan ali hassan mahmoud ebrahim abbas
""".split()
FIRST_NAME_VARIANTS: dict[str, str] = {}
PATRONYMIC_ENDINGS: tuple[str, ...] = ()
SURNAME_GENDER: tuple[tuple[str, str], ...] = ()
