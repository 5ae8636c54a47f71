"""The one token list of peristiwa: spaCy's tokens of the Doc, for every stage.

`from_doc` reads a Doc's tokens (offsets into its text, whitespace tokens left out); `tokenize`
gives the same tokens for a string that is not from a document (an actor alias, a trigger
phrase) with the same tokenizer, so that dictionary keys and text keys match. `within` finds the
tokens inside a character range by binary search. A token of a tagged Doc carries its UPOS tag
(`pos`, spaCy's `token.pos_`); without a tagger (`tokenize`, a pipeline without the model) it is
None and the stages fall back on their affix tests. `Lexicon` is the one phrase table: values
keyed by the token keys of a phrase, tried longest first at a token.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Generic, NamedTuple, TypeVar

from spacy.attrs import IDX, LENGTH, POS
from spacy.parts_of_speech import NAMES
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .tokenizer import tokenizer_for

__all__ = ["Lexicon", "Token", "from_doc", "key_of", "tokenize", "tokenized", "unquote", "within", "words"]

V = TypeVar("V")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


class Token(NamedTuple):
    """One token of a text: its characters, its key and where it is."""

    text: str
    lower: str  # the key: lower-cased, typographic quotes as "'" ("Kata’ib" → "kata'ib")
    start: int
    end: int
    space: bool  # whitespace (a space, a line break) follows it
    pos: str | None = None  # the tagger's UPOS ("VERB", "NOUN"), None when no tagger ran

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def unquote(text: str) -> str:
    """`text` with typographic single quotes and backticks as "'" (as in a token's key)."""
    return text.translate(_QUOTES)


def doc_text(doc: Doc) -> str:
    """The document's text, built once: spaCy's `Doc.text` joins every token on each access."""
    text = doc.user_data.get("peristiwa.text")
    if not isinstance(text, str):
        text = doc.text
        doc.user_data["peristiwa.text"] = text
    return text


def from_doc(doc: Doc, text: str) -> list[Token]:
    """The tokens of `doc` (whose text is `text`), whitespace tokens left out."""
    out: list[Token] = []
    append, new = out.append, tuple.__new__  # a Token made without NamedTuple's Python-level __new__
    size = len(text)
    for idx, length, pos in doc.to_array([IDX, LENGTH, POS]).tolist():
        end = idx + length
        word = text[idx:end]
        if word.isspace():
            continue
        lower = word.lower()
        if not lower.isascii() or "`" in lower:
            lower = lower.translate(_QUOTES)
        append(new(Token, (word, lower, idx, end, end < size and text[end].isspace(), _UPOS.get(pos))))
    return out


# spaCy's part-of-speech symbols by id; 0 (no tag) is left out, so an untagged token reads None
_UPOS: dict[int, str] = {int(k): str(v) for k, v in NAMES.items() if k and v}


@lru_cache(maxsize=1)
def _tokenizer() -> Tokenizer:
    """The pipeline's tokenizer over a vocabulary of its own (built once; a whole blank pipeline
    would take ten times as long to build)."""
    return tokenizer_for(Vocab())


def tokenize(text: str) -> list[Token]:
    """The tokens of a string that is not a pipeline's document, by the same tokenizer."""
    return from_doc(tokenized(text), text)


def tokenized(text: str) -> Doc:
    """A Doc of a string that is not a pipeline's document (a training text), by the same
    tokenizer."""
    doc: Doc = _tokenizer()(text)
    return doc


@lru_cache(maxsize=65536)
def key_of(text: str) -> tuple[str, ...]:
    """The token keys of a phrase: how a dictionary stores it."""
    return tuple(t.lower for t in tokenize(text))


def words(tokens: Sequence[Token]) -> list[Token]:
    """The tokens that hold a letter or a digit: punctuation left out (a citation marker "[16]"
    stays, and keeps the words on either side of it apart)."""
    return [t for t in tokens if t.text[:1].isalnum() or any(c.isalnum() for c in t.text)]


def within(tokens: Sequence[Token], start: int, end: int) -> list[Token]:
    """The tokens that lie wholly inside text[start:end] (`tokens` in text order)."""
    lo = bisect_left(tokens, start, key=_start)
    hi = bisect_left(tokens, end, lo=lo, key=_start)
    while hi > lo and tokens[hi - 1].end > end:
        hi -= 1
    return list(tokens[lo:hi])


def _start(token: Token) -> int:
    return token.start


@dataclass(slots=True)
class Lexicon(Generic[V]):
    """Phrases keyed by their token keys, with the lengths to try per first token (longest first)."""

    entries: dict[tuple[str, ...], list[V]] = field(default_factory=dict)
    lengths: dict[str, list[int]] = field(default_factory=dict)

    def add(self, key: tuple[str, ...], value: V) -> None:
        if not key:
            return
        self.entries.setdefault(key, []).append(value)
        lens = self.lengths.setdefault(key[0], [])
        if len(key) not in lens:
            lens.append(len(key))
            lens.sort(reverse=True)

    def longest(self, tokens: Sequence[Token], i: int, *, shortest: int = 1) -> tuple[int, list[V]] | None:
        """The longest entry of at least `shortest` tokens starting at token `i`: (its length, values)."""
        lens = self.lengths.get(tokens[i].lower) if i < len(tokens) else None
        if not lens:
            return None
        for n in lens:
            if n >= shortest and i + n <= len(tokens):
                values = self.entries.get(tuple(t.lower for t in tokens[i : i + n]))
                if values:
                    return n, values
        return None
