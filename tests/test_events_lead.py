"""A news text's headline and lead tell its event first; the body tells it again further on."""

from __future__ import annotations

import peristiwa

_MIDDLE = [
    "Kepala desa setempat mengatakan warga sudah lama resah dengan aksi pencurian di kampung itu.",
    "Menurut warga, sepeda motor yang hilang biasanya diparkir di halaman rumah.",
    "Beberapa warga kemudian memasang kamera pengawas di depan rumah mereka.",
    "Rekaman kamera itu memperlihatkan dua pria mendorong sepeda motor pada dini hari.",
    "Warga lalu melaporkan rekaman tersebut ke kantor polisi terdekat.",
    "Kepala desa berharap kejadian serupa tidak terulang lagi.",
]


def _of_type(text: str, event_type: str) -> list[peristiwa.Event]:
    return [e for e in peristiwa.extract(text).events if e.event_type == event_type]


def _story(opening: str, last: str) -> str:
    """A text that tells `opening` (a headline and lead, or a first paragraph), then six sentences
    of something else, then `last`."""
    return opening + "\n\n" + "\n\n".join(_MIDDLE) + "\n\n" + last + "\n"


def test_an_arrest_in_the_lead_and_told_again_far_down_the_body_is_one_event() -> None:
    text = _story(
        "Dua Pencuri Sepeda Motor di Sleman Ditangkap\n\n"
        "SLEMAN, WartaKota.com - Dua pencuri sepeda motor ditangkap polisi di Kecamatan Depok, Sleman.",
        "Polisi menangkap kedua pencuri itu di sebuah rumah kos pada Rabu (11/6/2025).",
    )
    assert len(_of_type(text, "COERCE")) == 1


def test_an_arrest_in_a_text_without_a_lead_and_another_far_down_stay_two() -> None:
    text = _story(
        "Polisi menangkap seorang pencuri sepeda motor di Kecamatan Depok, Sleman, pada Senin (9/6/2025).",
        "Polisi menangkap seorang penadah di Kecamatan Mlati, Sleman, pada Rabu (11/6/2025).",
    )
    assert len(_of_type(text, "COERCE")) == 2


_DENIAL_LEAD = (
    "Bupati Bantah Terima Uang Proyek Jalan\n\n"
    "SLEMAN, WartaKota.com - Bupati Sleman membantah tuduhan bahwa dirinya menerima uang dari kontraktor jalan."
)


def test_a_denial_in_the_lead_does_not_join_a_further_denial_far_down() -> None:
    text = _story(_DENIAL_LEAD, "Bupati Sleman juga membantah kabar bahwa dirinya mengatur pemenang lelang proyek itu.")
    assert len(_of_type(text, "REJECT")) == 2


def test_a_denial_in_the_lead_told_again_far_down_is_one_event() -> None:
    text = _story(_DENIAL_LEAD, "Di hadapan wartawan, Bupati Sleman membantah menerima uang dari kontraktor jalan.")
    assert len(_of_type(text, "REJECT")) == 1
