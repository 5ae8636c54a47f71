"""Segmentation and tokenization of Indonesian text: sentences, headings, markers, hard tokens."""

from __future__ import annotations

import pytest
import spacy

from peristiwa.segment import find_citations, segment
from peristiwa.tokenizer import build_tokenizer


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    nlp = spacy.blank("id")
    nlp.tokenizer = build_tokenizer(nlp)
    return nlp


@pytest.mark.parametrize(
    "text,token",
    [
        ("Rapat dimulai pukul 11.00 di balai desa.", "11.00"),
        ("Ledakan terdengar sekitar 23:00 WIB.", "23:00"),
        ("Pemerintah mengirim 14.000 paket bantuan.", "14.000"),
        ("Parade HUT ke-82 berlangsung meriah.", "ke-82"),
        ("Pasukan bergerak menuju al-Qa'im di perbatasan.", "al-Qa'im"),
        ("Unit SPMAGTF-CR-CC dikerahkan dari Kuwait.", "SPMAGTF-CR-CC"),
        ("Korban luka-luka dibawa ke rumah sakit.", "luka-luka"),
        ("Peserta membawa spanduk, poster, dll. ke lokasi.", "dll."),
        ("Kantor itu berada di Jl. Merdeka No. 5 Bandung.", "Jl."),
        ("Kantor itu berada di Jl. Merdeka No. 5 Bandung.", "No."),
        ("Acara dibuka oleh Prof. Salim dan Dr. Rina.", "Prof."),
        ("Pengacara H. Umar, S.H. hadir di sidang.", "H."),
        ("Pengacara H. Umar S.H. hadir di sidang.", "S.H."),
    ],
)
def test_tokenizer_keeps_hard_tokens_whole(nlp: spacy.language.Language, text: str, token: str) -> None:
    assert token in [t.text for t in nlp(text)]


def test_tokenizer_splits_citation_markers(nlp: spacy.language.Language) -> None:
    tokens = [t.text for t in nlp("Serangan itu menewaskan dua orang.[12][13] Polisi datang.")]
    assert tokens[tokens.index("orang") : tokens.index("orang") + 4] == ["orang", ".", "[12]", "[13]"]


def test_tokenizer_keeps_quotes_separate(nlp: spacy.language.Language) -> None:
    tokens = [t.text for t in nlp('Massa meneriakkan "Turunkan harga!" di depan gedung.')]
    assert tokens[2] == '"' and "Turunkan" in tokens


def _texts(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in segment(text)]


def test_segment_splits_sentences_after_citation_markers() -> None:
    text = "Gempa mengguncang Cianjur.[3] Ratusan rumah rusak. Warga mengungsi."
    assert [t for _, t in _texts(text)] == ["Gempa mengguncang Cianjur.[3]", "Ratusan rumah rusak.", "Warga mengungsi."]


def test_segment_does_not_split_after_abbreviations() -> None:
    text = "Ia tinggal di Jl. Sudirman No. 12 Jakarta. Dr. Wahyu datang kemudian."
    assert [t for _, t in _texts(text)] == ["Ia tinggal di Jl. Sudirman No. 12 Jakarta.", "Dr. Wahyu datang kemudian."]


def test_segment_keeps_headings_as_their_own_segments() -> None:
    text = "Latar belakang\nKonflik dimulai pada 1999. Banyak warga mengungsi.\nDampak\nSekolah ditutup."
    kinds = _texts(text)
    assert kinds[0] == ("heading", "Latar belakang")
    assert ("heading", "Dampak") in kinds
    assert ("sentence", "Sekolah ditutup.") in kinds


def test_segment_offsets_survive_crlf() -> None:
    text = "Judul berita\r\nPolisi menangkap dua orang. Mereka ditahan.\r\n"
    for seg in segment(text):
        assert "\r" not in text[seg.start : seg.end] and "\n" not in text[seg.start : seg.end]
    assert _texts(text)[1] == ("sentence", "Polisi menangkap dua orang.")


def test_find_citations_labels_markers() -> None:
    text = "Demo berlangsung damai.[7] Polisi berjaga.[8][a]"
    found = [(c.label, text[c.start : c.end]) for c in find_citations(text)]
    assert found == [("7", "[7]"), ("8", "[8]"), ("a", "[a]")]


def test_tokenizer_prefix_rules_are_anchored_each_on_its_own() -> None:
    """A prefix rule with an alternation inside is anchored as a whole: the search looks at the
    start of the string only, and currency prefixes still split off ("Rp1,2" → "Rp", "1,2")."""
    from peristiwa.pipeline import build_pipeline

    tokenizer = build_pipeline(use_model=False).tokenizer
    assert tokenizer.prefix_search("pemerintah <a href=x>") is None
    assert [t.text for t in tokenizer("sebesar Rp1,2 juta.")] == ["sebesar", "Rp", "1,2", "juta", "."]
