"""Text from documents, file names and servers made safe to print on a terminal."""

from __future__ import annotations

import re

# C0 and C1 controls (ESC starts a terminal escape sequence), DEL, line and paragraph separators
# and the bidirectional overrides that make text read differently from what it is.
CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: object) -> str:
    """`text` with every control character shown as an escape ("\\x1b"), so that no name can
    move the cursor, retitle the terminal or hide a line."""
    return CONTROLS.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), str(text))
