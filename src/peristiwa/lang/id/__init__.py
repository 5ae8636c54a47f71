"""Indonesian, the packaged language (`lang/id/`). Its data are files only; the functions that
read the language-wide ones are in `peristiwa.lang.wordlists` (they read the active language) and
are named here too for the modules that import them from here."""

from __future__ import annotations

from ..wordlists import abbreviations, stopwords, tokenizer_settings

__all__ = ["abbreviations", "stopwords", "tokenizer_settings"]
