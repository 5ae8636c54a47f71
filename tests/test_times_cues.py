"""The cue pass finds exactly the matches that running every time template over the text finds.

`cues.matches` tries a template only where a cue word or a digit run of the right shape starts;
these tests compare it with the plain way (each template's `finditer` over the whole text) on
the project's Indonesian texts and on generated text made of cue words, numbers and separators.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peristiwa.times import lexicon as lx
from peristiwa.times.cues import matches
from peristiwa.times.patterns import TEMPLATES, pattern

ROOT = Path(__file__).resolve().parent.parent
Found = set[tuple[str, int, int]]


def every_template(text: str) -> Found:
    return {
        (name, m.start(), m.end()) for name in TEMPLATES for m in pattern(name).finditer(text) if m.end() > m.start()
    }


def by_cues(text: str) -> Found:
    return {(name, start, start - negative_length) for start, negative_length, _, name, _ in matches(text)}


def _texts() -> list[str]:
    texts = [(ROOT / "examples" / "contoh-berita.txt").read_text(encoding="utf-8")]
    with (ROOT / "tests" / "data" / "times" / "timex_id.tsv").open(encoding="utf-8", newline="") as fh:
        texts.extend(sorted({row["sentence"] for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)}))
    return texts


def test_cue_pass_equals_every_template_on_the_time_test_set() -> None:
    texts = _texts()
    assert len(texts) > 200
    for text in texts:
        assert by_cues(text) == every_template(text), text


def test_cue_pass_equals_every_template_on_dev_texts_and_corpus(gold_dev: Path) -> None:
    corpus = gold_dev.parent.parent / "corpus"
    texts = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix != ".md")
    paths = [*sorted(gold_dev.glob("*.txt")), *texts]
    checked = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        expected = every_template(text)
        assert by_cues(text) == expected, path.name
        checked += len(expected)
    assert checked > 1000


def test_cue_pass_keeps_offsets_when_lower_casing_changes_length() -> None:
    text = "İstanbul, Selasa (31/12/2019) pukul 11.00 WIB — İzmir 3 hari kemudian."
    assert len(text.lower()) != len(text)
    assert by_cues(text) == every_template(text)
    assert ("wdnum", 10, 29) in by_cues(text)


_WORDS = sorted(
    {
        *lx.months(),
        *lx.weekdays(),
        *lx.modifiers(),
        *lx.relative_words(),
        *lx.references(),
        *lx.units(),
        *lx.one_forms(),
        *lx.dayparts(),
        *lx.zone_abbreviations(),
        *("tanggal", "tgl.", "tahun", "bulan", "pukul", "jam", "abad", "ke-19", "setiap", "hari", "waktu"),
        *("dua", "tiga", "sebelas", "beberapa", "sejak", "hingga", "lalu", "M", "H", "Masehi", "WIB", "an"),
        *("polisi", "Jakarta", "Minggu", "menyerang", "QS", "Yosua", "Nomor", "Rp"),
    }
)
_NUMBERS = st.integers(min_value=0, max_value=30000).map(str) | st.sampled_from(["00", "07", "1998", "2019", "90"])
_GLUE = st.sampled_from([" ", " ", " ", "", "-", "–", "/", ".", ":", ",", "(", ")", "[", "]", "\n", ". ", " s.d. "])
_TOKENS = st.sampled_from(_WORDS) | _NUMBERS | st.sampled_from([w.upper() for w in _WORDS[:40]])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_TOKENS, _GLUE), min_size=1, max_size=14))
def test_cue_pass_equals_every_template_on_generated_text(parts: list[tuple[str, str]]) -> None:
    text = "".join(token + glue for token, glue in parts)
    assert by_cues(text) == every_template(text)


@pytest.mark.parametrize(
    ("text", "kind", "expression"),
    [
        ("Bentrokan terjadi pukul10.00 WIB di Sampang.", "clock", "pukul10.00 WIB"),
        ("Demo berlangsung 13-14 Mei 2018 di Surabaya.", "dmy", "13-14 Mei 2018"),
        ("Kerusuhan pecah pada 1990-an di Ambon.", "decade", "1990-an"),
        ("Mereka ditahan sejak 2019.", "year", "2019"),
    ],
)
def test_cue_pass_finds_expressions_glued_to_their_cue(text: str, kind: str, expression: str) -> None:
    found = {(name, text[s:e]) for name, s, e in by_cues(text)}
    assert (kind, expression) in found
