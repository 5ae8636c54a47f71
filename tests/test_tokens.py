"""The one token list: spaCy's tokens of the Doc, the same for strings that are not documents."""

from __future__ import annotations

import pytest

from peristiwa.pipeline import load_pipeline
from peristiwa.pipeline.base import doc_tokens
from peristiwa.tokens import Lexicon, key_of, tokenize, within


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("serangan al-Qaeda di Kata’ib", ["serangan", "al-Qaeda", "di", "Kata’ib"]),
        ("3.000 orang luka-luka pukul 11.00.", ["3.000", "orang", "luka-luka", "pukul", "11.00", "."]),
        ("amuk massa—terutama di perbatasan Rusia–Ukraina", ["amuk", "massa", "—", "terutama", "di", "perbatasan"]),
        ('\\"Setuju,\\" katanya', ["\\", '"', "Setuju", ",", "\\", '"', "katanya"]),
        ("tewas.[16] Menurut", ["tewas", ".", "[16]", "Menurut"]),
    ],
)
def test_tokens_tokenize_keeps_words_whole_and_splits_dashes(text: str, words: list[str]) -> None:
    assert [t.text for t in tokenize(text)][: len(words)] == words


def test_tokens_offsets_and_keys_follow_the_text() -> None:
    text = "Milisi  Kata’ib Hizbullah\nmenyerang"
    toks = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert [t.lower for t in toks] == ["milisi", "kata'ib", "hizbullah", "menyerang"]  # no whitespace tokens
    assert [t.space for t in toks] == [True, True, True, False]


def test_tokens_of_a_doc_equal_those_of_its_text() -> None:
    text = "Polisi menangkap 12 orang di Poso, Sulawesi Tengah, Senin (29/3/2021)."
    doc = load_pipeline()(text)
    assert doc_tokens(doc) == tokenize(text)


def test_tokens_within_a_range_are_those_wholly_inside() -> None:
    text = "Massa membakar gedung DPRD. Polisi menembakkan gas air mata."
    toks = tokenize(text)
    second = text.index("Polisi")
    assert [t.text for t in within(toks, second, len(text))][:2] == ["Polisi", "menembakkan"]
    assert [t.text for t in within(toks, 0, second - 2)] == ["Massa", "membakar", "gedung", "DPRD"]


def test_tokens_lexicon_finds_the_longest_phrase() -> None:
    table: Lexicon[str] = Lexicon()
    table.add(key_of("gas air mata"), "tear gas")
    table.add(key_of("gas"), "gas")
    toks = tokenize("menembakkan gas air mata ke arah massa")
    assert table.longest(toks, 1) == (3, ["tear gas"])
    assert table.longest(toks, 1, shortest=4) is None
    assert table.longest(toks, 0) is None
