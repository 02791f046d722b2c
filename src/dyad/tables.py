"""Rich tables that fit the terminal: a few columns by default, every column with ``--wide``.

By default each cell stays on one line and long text ends in an ellipsis, so a table of a
thousand events is still one row per event at 80 columns; ``--wide`` adds the other columns
and wraps long text instead of cutting it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rich.table import Table

from dyad.terminal import printable

# Columns whose cells say little at full length: a list of document ids is shown as its count.
COUNTED = {"documents", "reports_n"}
# Minimum widths, so that truncation takes from the long text columns first.
MIN_WIDTH = {"date": 10, "published": 10, "type": 9, "pair": 7, "country": 7, "value": 6, "metric": 10,
             "period": 7, "conflict": 8}


def cell(v: Any, column: str = "") -> str:
    if v is None:
        return ""
    if column in COUNTED and isinstance(v, list):
        return str(len(v))
    if isinstance(v, dict):  # a linked report: who published it, or the file it came from
        return printable(v.get("outlet") or Path(str(v.get("source") or "")).name or v.get("doc_id") or "")
    if isinstance(v, list):
        return ", ".join(cell(x) for x in v)
    if isinstance(v, bool):
        return "yes" if v else ""
    if isinstance(v, float) and v.is_integer():
        return f"{int(v):,}"
    return printable(v)  # names and titles come from documents: no escape sequences on the terminal


def fit(natural: Sequence[int], minimum: Sequence[int], budget: int) -> list[int]:
    """Column widths within ``budget`` characters: the widest columns give up room first, none
    below its minimum (so a table wider than the terminal happens only with too many columns)."""
    if sum(natural) <= budget:
        return list(natural)
    lo, hi = 0, max(natural)
    while lo < hi:  # the highest level L at which min(n, max(L, m)) still fits
        mid = (lo + hi + 1) // 2
        if sum(min(n, max(mid, m)) for n, m in zip(natural, minimum, strict=True)) <= budget:
            lo = mid
        else:
            hi = mid - 1
    return [min(n, max(lo, m)) for n, m in zip(natural, minimum, strict=True)]


def clip(text: str, width: int) -> str:
    text = " ".join(text.split())  # one line: a newline inside a quote would break the row
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


def render(rows: Sequence[dict[str, Any]], columns: Sequence[str], title: str, wide: bool = False,
           width: int = 80, cell_of: Callable[[Any, str], str] = cell) -> Table:
    """A table of ``columns``; without ``wide`` it fits ``width`` characters, each cell on one
    line, long ones ending in "…"."""
    cells = [[cell_of(r.get(c), c) for c in columns] for r in rows]
    table = Table(title=title)
    if wide:
        for c in columns:
            table.add_column(c, overflow="fold")
        for row in cells:
            table.add_row(*row)
        return table
    natural = [max([len(c), *(len(" ".join(row[i].split())) for row in cells)]) for i, c in enumerate(columns)]
    minimum = [min(n, max(len(c), MIN_WIDTH.get(c, 6))) for n, c in zip(natural, columns, strict=True)]
    # Each column costs its width plus two spaces of padding and one border; one more border closes it.
    widths = fit(natural, minimum, width - 3 * len(columns) - 1)
    for c, w in zip(columns, widths, strict=True):
        table.add_column(clip(c, w), width=w, no_wrap=True, overflow="ellipsis")
    for row in cells:
        table.add_row(*[clip(v, w) for v, w in zip(row, widths, strict=True)])
    return table
