"""The language-wide data of the active language (`lang/<code>/data/`): the abbreviations and
settings of the tokenizer and the sentence splitter, and the stop words."""

from __future__ import annotations

from typing import Any

from . import data_lines, data_mapping, language_cache


@language_cache
def abbreviations() -> frozenset[str]:
    """Abbreviations that end with a period but never end a sentence."""
    return data_lines("data", "abbreviations.txt")


@language_cache
def tokenizer_settings() -> dict[str, Any]:
    """The tokenizer's YAML settings."""
    return data_mapping("data", "tokenizer.yaml")


@language_cache
def stopwords() -> frozenset[str]:
    """Function words and verbs of saying: words that tell nothing of which event a text is about."""
    return data_lines("data", "stopwords.txt")
