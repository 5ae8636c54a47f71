"""The legal process told by wording the lexicon missed (D37 investigation, D42 trials): the
public prosecutors' statement of what a defendant did, suspects identified or revealed, and the
investigators' own words with the agent before the bare verb ("sudah kami periksa"); and the senses
of the same words that are none (the prosecutors' answer to a verdict, a body identified, a
disclosure only hoped for, an invitation). A condemnation in a clause of concession after a demand
("meskipun ada kecaman") is told, not what is demanded.

Sentences are written for these tests in general Indonesian news style (not from the corpus).
"""

from __future__ import annotations

import pytest

from peristiwa.events.detect import find_mentions
from peristiwa.segment import segment


def accusations(text: str) -> list[tuple[tuple[str, ...], str]]:
    """(modes, trigger) of the ACCUSE mentions the rules report as acts that happened."""
    return [
        (tuple(m.spec.mode), m.trigger.text)
        for m in find_mentions(text, segment(text))
        if m.event_type == "ACCUSE" and not (m.negated or m.content)
    ]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Tim JPU menyatakan terdakwa memerintahkan stafnya memecah nilai proyek.", "menyatakan"),
        ("Menurut JPU, terdakwa menyamarkan uang suap sebagai biaya konsultasi.", "Menurut JPU"),
    ],
)
def test_the_prosecutors_account_of_a_defendants_acts_is_an_allegation(text: str, trigger: str) -> None:
    assert (("allege",), trigger) in accusations(text)


def test_the_prosecutors_answer_to_a_verdict_is_no_allegation() -> None:
    assert not accusations("Setelah mendengar putusan hakim, JPU menyatakan pikir-pikir selama tujuh hari.")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Penyidik telah mengidentifikasi dua pelaku perusakan kantor kecamatan itu.", "mengidentifikasi"),
        ("Aparat Polsek Cibinong akhirnya mengungkap pelaku pencurian kotak amal masjid.", "mengungkap pelaku"),
        ("Kedua kurir itu sudah kami periksa di Mapolres.", "kami periksa"),
        ("Sopir travel itu kita jerat dengan Pasal 359 KUHP.", "kita jerat"),
        ("Pemilik toko itu kami tetapkan sebagai tersangka.", "kami tetapkan"),
        ("Perintah penahanan telah dikeluarkan bagi sembilan anggota milisi itu.", "Perintah penahanan"),
    ],
)
def test_suspects_identified_revealed_questioned_or_warranted_are_investigated(text: str, trigger: str) -> None:
    assert (("investigate",), trigger) in accusations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Petugas mengidentifikasi jenazah penumpang kapal dari pakaiannya.",
        "Warga berharap polisi bisa mengungkap pelaku teror di kampung itu.",
        "Mari kita periksa lagi data pemilih sebelum hari pemungutan suara.",
    ],
)
def test_a_body_identified_a_hoped_disclosure_or_an_invitation_is_no_investigation(text: str) -> None:
    assert not accusations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Junta itu tetap mendesakkan pemilihan umum meskipun ada kecaman internasional.",
        "Presiden meminta pemilu digelar bulan depan, meski kecaman dari negara tetangga terus berdatangan.",
    ],
)
def test_a_condemnation_in_a_clause_of_concession_is_told_not_asked(text: str) -> None:
    assert (("disapprove",), "kecaman") in accusations(text)
