"""A series as a picture for reports (PNG or SVG, by the file's suffix), drawn with matplotlib.

Top: events per period, cooperation stacked above the zero line and conflict below it, with the
Goldstein mean as a line on its own axis (-10..10). Bottom, when there are trade claims: the
consensus value per period with the range the sources' wording allows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

COLOURS = {"verbal_cooperation": "#8fb8de", "material_cooperation": "#1d4e89",
           "verbal_conflict": "#f4a582", "material_conflict": "#d0021b", "goldstein": "#2a9d8f",
           "trade": "#e09f3e"}


def render(rows: list[dict[str, Any]], path: Path, title: str | None = None) -> None:
    import matplotlib

    matplotlib.use("Agg")  # no display: files only
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    if path.suffix.lower() not in (".png", ".svg"):
        raise ValueError(f"{path.name}: a chart is written as .png or .svg")
    rows = [r for r in rows if r["period"] is not None]  # undated events have no place on a time axis
    labels = [r["period"] for r in rows]
    xs = list(range(len(rows)))
    trade = [r for r in rows if r.get("trade_value") is not None]
    fig, axes = plt.subplots(2 if trade else 1, 1, figsize=(max(7.0, 0.5 * len(rows) + 3), 6.5 if trade else 4.5),
                             sharex=True, squeeze=False, gridspec_kw={"height_ratios": [2, 1]} if trade else None)
    ax = axes[0][0]
    up = [0.0] * len(rows)
    for key in ("verbal_cooperation", "material_cooperation"):
        vals = [r[key] for r in rows]
        ax.bar(xs, vals, bottom=up, color=COLOURS[key], label=key.replace("_", " "))
        up = [a + b for a, b in zip(up, vals, strict=True)]
    down = [0.0] * len(rows)
    for key in ("verbal_conflict", "material_conflict"):
        vals = [-r[key] for r in rows]
        ax.bar(xs, vals, bottom=down, color=COLOURS[key], label=key.replace("_", " "))
        down = [a + b for a, b in zip(down, vals, strict=True)]
    ax.axhline(0, color="#333", linewidth=0.8)
    # Symmetric, so that the zero of the events and the zero of the Goldstein scale are one line.
    reach = max([1.0, *up, *(-d for d in down)]) * 1.1
    ax.set_ylim(-reach, reach)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{abs(v):g}"))
    ax.set_ylabel("events: cooperation ↑  conflict ↓")
    g_ax = ax.twinx()
    gx = [x for x, r in zip(xs, rows, strict=True) if r["goldstein_mean"] is not None]
    gy = [r["goldstein_mean"] for r in rows if r["goldstein_mean"] is not None]
    g_ax.plot(gx, gy, color=COLOURS["goldstein"], marker="o", label="Goldstein mean")
    g_ax.set_ylim(-10, 10)
    g_ax.set_ylabel("Goldstein mean (-10..10)")
    handles = ax.get_legend_handles_labels()[0] + g_ax.get_legend_handles_labels()[0]
    fig.legend(handles, [h.get_label() for h in handles], loc="lower center", ncol=3, fontsize="small",
               frameon=False)
    if rows:
        source = rows[0].get("source")
        pair = rows[0]["pair"]
        what = f"{source} -> {pair.replace(source, '').strip('-')}" if source else pair
        ax.set_title(title or f"{what}: events per period (linked reports counted once)")
    if trade:
        t_ax = axes[1][0]
        tx = [xs[labels.index(r["period"])] for r in trade]
        scale = 1e6
        mid = [r["trade_value"] / scale for r in trade]
        lo = [(r["trade_value"] - r["trade_low"]) / scale for r in trade]
        hi = [(r["trade_high"] - r["trade_value"]) / scale for r in trade]
        t_ax.errorbar(tx, mid, yerr=[lo, hi], fmt="o", color=COLOURS["trade"], capsize=4,
                      label="trade turnover: consensus and range claimed")
        t_ax.set_ylabel(f"million {trade[0].get('trade_currency') or ''}".strip())
        t_ax.legend(loc="upper left", fontsize="small", frameon=False)
    bottom = axes[-1][0]
    bottom.set_xticks(xs)
    bottom.set_xticklabels(labels, rotation=45 if len(rows) > 8 else 0, ha="right" if len(rows) > 8 else "center")
    fig.tight_layout(rect=(0, 0.1, 1, 1))  # room for the legend below
    path.parent.mkdir(parents=True, exist_ok=True)
    # SVG: no creation date in the file, so the same series gives the same bytes.
    fig.savefig(path, metadata={"Date": None} if path.suffix.lower() == ".svg" else None)
    plt.close(fig)
