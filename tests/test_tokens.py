"""The one token list: spaCy's tokens of the Doc, the same for strings that are not documents."""

from __future__ import annotations

import pytest

from peristiwa.actors import ActorCoder
from peristiwa.events.detect import find_mentions
from peristiwa.pipeline import load_pipeline
from peristiwa.pipeline.base import doc_tokens
from peristiwa.places import find_places
from peristiwa.quantities import find_casualties
from peristiwa.spans import Segment
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
    # the Doc's tokens also carry the tagger's UPOS; the text's own tokens have none
    assert [t._replace(pos=None) for t in doc_tokens(doc)] == tokenize(text)


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


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Kerusuhan pecah di Kab. Poso, Sulawesi Tengah.", "Kab. Poso"),  # the cue's token is "Kab."
        ("Warga Kec. Tanjung Priok mengungsi.", "Kec. Tanjung Priok"),
        ("Bentrokan terjadi di perbatasan Rusia–Ukraina.", "Ukraina"),  # the en dash is a token
    ],
)
def test_tokens_places_read_abbreviated_cues_and_dashes(text: str, place: str) -> None:
    assert place in [p.text for p in find_places(text)]


def test_tokens_actors_match_aliases_tokenised_like_the_text() -> None:
    found = ActorCoder.load().find_entities("Milisi Kata’ib Hizbullah menyerang kedutaan.")
    assert (found[0].text, found[0].name) == ("Milisi Kata’ib Hizbullah", "Kata'ib Hezbollah")


def test_tokens_stages_read_the_docs_tokens() -> None:
    text = (
        "Milisi Kata'ib Hizbullah menyerang Kedutaan Besar AS di Bagdad pada 31 Desember 2019. "
        "Sedikitnya 25 pejuang milisi tewas dan 55 lainnya luka-luka dalam serangan udara itu."
    )
    toks = doc_tokens(load_pipeline()(text))
    second = text.index("Sedikitnya")
    sentences = [Segment(0, second - 1, "sentence"), Segment(second, len(text), "sentence")]
    assert [m.trigger.text for m in find_mentions(text, sentences, toks)] == ["menyerang", "serangan udara"]
    assert "Kata'ib Hezbollah" in [e.name for e in ActorCoder.load().find_entities(text, tokens=toks)]
    assert "Bagdad" in [p.text for p in find_places(text, tokens=toks)]
    assert [(c.kind, c.min) for c in find_casualties(text, tokens=toks)] == [("killed", 25), ("injured", 55)]
