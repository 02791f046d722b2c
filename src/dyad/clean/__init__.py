"""Clean stage: RawDoc -> Doc (main text, language, outlet, title, dateline, dates)."""

from dyad.clean.pipeline import clean

__all__ = ["clean"]
