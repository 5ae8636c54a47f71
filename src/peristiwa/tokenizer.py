"""Indonesian tokenizer: spaCy's `id` rules, hyphenated words whole, citation markers, dashes and
escaping backslashes split off (`lang/id/data/tokenizer.yaml`). Every stage reads its tokens (`peristiwa.tokens`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.lang.id import Indonesian
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry
from spacy.vocab import Vocab

from .lang.id import abbreviations, tokenizer_settings


def _is_hyphen_rule(pattern: str, hyphenated: list[str]) -> bool:
    """True for an infix rule that would split one of the hyphenated words we keep whole."""
    rx = re.compile(pattern)
    return any(rx.search(word) for word in hyphenated)


def build_tokenizer(nlp: Language) -> Tokenizer:
    """A tokenizer for `nlp` with peristiwa's Indonesian settings."""
    return tokenizer_for(nlp.vocab)


def tokenizer_for(vocab: Vocab) -> Tokenizer:
    """A tokenizer with peristiwa's Indonesian settings over `vocab`."""
    settings = tokenizer_settings()
    marker = str(settings["citation_marker"])
    defaults = Indonesian.Defaults
    infixes = list(defaults.infixes or [])
    rules = dict(defaults.tokenizer_exceptions)
    if settings.get("keep_hyphenated", True):
        hyphenated = [str(w) for w in settings["hyphenated_examples"]]
        infixes = [p for p in infixes if not _is_hyphen_rule(p, hyphenated)]
        # hyphenated words stay whole anyway; spaCy validates every exception at build time, and
        # the ~15,600 hyphenated ones of the `id` rules make that take seconds
        rules = {k: v for k, v in rules.items() if "-" not in k}
    # each rule in a group: spaCy anchors a rule by writing "^" before it (or "$" after it), so an
    # alternation inside a rule ("<b>|<a …>" of the `id` prefixes) was anchored only in its
    # first branch, and every prefix search scanned the whole string (10 µs a token, not 0.4)
    infixes += [str(p) for p in settings.get("infixes") or ()]
    extra_prefixes = [str(p) for p in settings.get("prefixes") or ()]
    extra_suffixes = [str(p) for p in settings.get("suffixes") or ()]
    prefixes = [f"(?:{p})" for p in (marker, *extra_prefixes, *list(defaults.prefixes or [])) if p.strip()]
    suffixes = [f"(?:{p})" for p in (marker, *extra_suffixes, *list(defaults.suffixes or [])) if p.strip()]
    tokenizer = Tokenizer(
        vocab,
        rules=rules,
        prefix_search=compile_prefix_regex(prefixes).search,
        suffix_search=compile_suffix_regex(suffixes).search,
        infix_finditer=compile_infix_regex(infixes).finditer,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )
    for abbr in abbreviations():
        tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    return tokenizer


def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """Registered factory so that a config can name this tokenizer."""
    return build_tokenizer


TOKENIZER_NAME = "peristiwa.IndonesianTokenizer.v1"
registry.tokenizers.register(TOKENIZER_NAME, func=create_tokenizer)
